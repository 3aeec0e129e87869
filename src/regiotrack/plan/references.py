"""Which fields of which section hold ids of other items, declared once.

Used to check a value typed for such a field ("bedoelde u …?"), to refuse removing an item
others still refer to, and to find an organisation's items.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from regiotrack.plan.model import FileModel, Plan
from regiotrack.plan.vocabulary import BY_KEY, SECTIONS

ACTORS = ("organisatie", "gremium")
"""Who can pull or join: an organisation or a body."""

REFERENCES: dict[tuple[str, str], tuple[str, ...]] = {
    ("stap", "gremium"): ("gremium",),
    ("stap", "stukken_voor"): ("stap",),
    ("randvoorwaarde", "stap"): ("stap",),
    ("afspraak", "trekker"): ACTORS,
    ("afspraak", "partners"): ACTORS,
    ("afspraak", "werkgroep"): ("werkgroep",),
    ("afspraak", "gremium"): ("gremium",),
    ("werkgroep", "trekkers"): ACTORS,
    ("werkgroep", "facilitators"): ACTORS,
    ("partneroverleg", "voorbereiding"): ACTORS,
    ("terugkerend", "trekker"): ACTORS,
}
"""(section key, field key) -> the sections whose ids the field may name."""

LEAD_FIELDS = frozenset({"trekker", "trekkers"})
"""Fields that name who pulls an item; the other actor fields name partners or helpers."""


def targets(section: str, key: str) -> tuple[str, ...]:
    """The sections a field refers to; empty for a field that holds no reference."""
    return REFERENCES.get((section, key), ())


def ids_in(plan: Plan, sections: tuple[str, ...]) -> list[str]:
    """The ids declared in these sections."""
    return [item.id for key in sections if key in BY_KEY for item in getattr(plan, BY_KEY[key].attr, ())]


def field_values(item: FileModel, key: str) -> tuple[str, ...]:
    """The ids a reference field of an item holds (none, one, or a list)."""
    attr = next((a for a, f in type(item).model_fields.items() if (f.alias or a) == key), None)
    value: Any = getattr(item, attr) if attr else None
    if value is None:
        return ()
    return tuple(value) if isinstance(value, tuple) else (str(value),)


def referring(plan: Plan, target_id: str) -> Iterator[tuple[Any, str]]:
    """Every (item, field key) that names ``target_id``, in file order."""
    for section in SECTIONS:
        keys = [key for (sec, key) in REFERENCES if sec == section.key]
        for item in getattr(plan, section.attr, ()):
            for key in keys:
                if target_id in field_values(item, key):
                    yield item, key
