"""The plan file's fixed vocabulary: sections, statuses, step kinds. No imports: light enough for every path."""

SCHEMA_VERSION = 1
"""The newest plan-file schema this version of regiotrack reads and writes."""

STATUSES: tuple[str, ...] = ("open", "lopend", "gereed", "geblokkeerd", "vervallen")
"""Stored statuses of a step, agreement or partner meeting."""

STEP_KINDS: tuple[str, ...] = ("periode", "sessie", "deadline", "dag")
"""Kinds of timeline rows."""

SECTIONS: dict[str, str] = {
    "organisatie": "organisations",
    "gremium": "bodies",
    "stap": "steps",
    "randvoorwaarde": "constraints",
    "afspraak": "agreements",
    "werkgroep": "working_groups",
    "partneroverleg": "partner_meetings",
    "terugkerend": "recurring",
}
"""File section (array-of-tables) name -> Plan attribute, in canonical file order."""
