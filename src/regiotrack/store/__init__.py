"""The plan on disk: which file, TOML in and out, canonical atomic writes, caches on content."""
