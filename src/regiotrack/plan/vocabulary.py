"""The plan file's fixed vocabulary: its sections, statuses and step kinds, declared once.

Everything that needs to know about a section (its file key, the Plan attribute, its Dutch
name, whether it carries a status and falls due) reads :data:`SECTIONS`. No imports beyond
``typing``: light enough for every command-line path.
"""

from typing import NamedTuple

SCHEMA_VERSION = 2
"""The plan-file schema this version of regiotrack writes; it reads this one and every older one.

2: notes are a dated log (``[[afspraak.notities]]`` with dag, auteur, tekst) instead of one
``notitie`` text; an item may carry ``reden`` (why it was dropped).
"""

STATUSES: tuple[str, ...] = ("open", "lopend", "gereed", "geblokkeerd", "vervallen")
"""Stored statuses of a step, agreement or partner meeting."""

CLOSED_STATUSES: frozenset[str] = frozenset({"gereed", "vervallen"})
"""Statuses after which an item no longer needs anything: done or dropped."""

STEP_KINDS: tuple[str, ...] = ("periode", "sessie", "deadline", "dag")
"""Kinds of timeline rows."""


UNITS: dict[str, tuple[float, float | None, bool]] = {
    "aantal": (0, None, True),
    "plekken": (0, None, True),
    "per 1000 inwoners": (0, 1000, False),
    "procent": (0, 100, False),
}
"""Units of an indicator: (lowest value, highest value or None, whole numbers only)."""


class Section(NamedTuple):
    """One array of tables in the plan file, such as ``[[afspraak]]``."""

    key: str
    """The file key (and the word people type: ``regiotrack nieuw afspraak``)."""
    attr: str
    """The Plan attribute in code."""
    label: str
    """Dutch name of one item, for messages and listings."""
    plural: str
    """Dutch name of several items."""
    tracked: bool
    """Its items carry a status and fall due (steps, agreements, partner meetings)."""


SECTIONS: tuple[Section, ...] = (
    Section("organisatie", "organisations", "organisatie", "organisaties", False),
    Section("gremium", "bodies", "gremium", "gremia", False),
    Section("effect", "effects", "effect", "effecten", False),
    Section("gebied", "areas", "gebied", "gebieden", False),
    Section("stap", "steps", "stap", "stappen", True),
    Section("randvoorwaarde", "constraints", "randvoorwaarde", "randvoorwaarden", False),
    Section("afspraak", "agreements", "afspraak", "afspraken", True),
    Section("werkgroep", "working_groups", "werkgroep", "werkgroepen", False),
    Section("partneroverleg", "partner_meetings", "partneroverleg", "partneroverleggen", True),
    Section("terugkerend", "recurring", "terugkerend moment", "terugkerende momenten", False),
    Section("indicator", "indicators", "indicator", "indicatoren", False),
    Section("meting", "measurements", "meting", "metingen", False),
    Section("reflectie", "reflections", "reflectie", "reflecties", False),
)
"""Every section, in canonical file order."""

SECTION_KEYS: frozenset[str] = frozenset(s.key for s in SECTIONS)
"""The file keys of all sections, for 'is this key a section?'."""

BY_KEY: dict[str, Section] = {s.key: s for s in SECTIONS}
"""File key -> section."""

BY_ATTR: dict[str, Section] = {s.attr: s for s in SECTIONS}
"""Plan attribute -> section."""

TRACKED: tuple[Section, ...] = tuple(s for s in SECTIONS if s.tracked)
"""The sections whose items carry a status and fall due, in file order."""

ITEM_TYPES: tuple[str, ...] = tuple(s.key for s in TRACKED)
"""The kinds of tracked item, as listings name them: stap, afspraak, partneroverleg."""


def label_of(key: str) -> str:
    """Dutch name of one item of a section (the key itself for 'plan' and unknown keys)."""
    section = BY_KEY.get(key)
    return section.label if section else key


MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
"""Dutch month names, January first (dates as people write them: '31 maart 2026')."""
