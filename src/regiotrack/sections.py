"""The sections of a plan file, in canonical order. No imports: light enough for every path."""

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
