"""Problems and warnings about a plan: line positions, validation, rules, the privacy guard."""
