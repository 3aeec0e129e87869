"""Which fields of which section hold ids of other items, declared once.

Used to check a plan (``check.references``), to check a value typed for such a field
("bedoelde u …?"), to refuse removing an item others still refer to, and to find an
organisation's items.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from regiotrack.plan.model import FileModel, Plan
from regiotrack.plan.vocabulary import BY_KEY, SECTIONS

ACTORS = ("organisatie", "gremium")
"""Who can pull or join: an organisation or a body."""

SETTERS = ("partneroverleg", "gremium")
"""Who can set (vaststellen) an afspraak: a partneroverleg or a body."""


@dataclass(frozen=True)
class Reference:
    """One field that holds the id (or ids) of other items."""

    section: str
    """File key of the section, e.g. 'afspraak'."""
    key: str
    """Dutch field key, e.g. 'trekker'."""
    targets: tuple[str, ...]
    """The sections whose ids it may name."""
    what: str
    """How a message names one value: 'trekker', 'partner', 'aanwezige' …"""


REFERENCES: tuple[Reference, ...] = (
    Reference("stap", "gremium", ("gremium",), "gremium"),
    Reference("stap", "stukken_voor", ("stap",), "stap"),
    Reference("afspraak", "trekker", ACTORS, "trekker"),
    Reference("afspraak", "partners", ACTORS, "partner"),
    Reference("afspraak", "werkgroep", ("werkgroep",), "werkgroep"),
    Reference("afspraak", "gremium", ("gremium",), "gremium"),
    Reference("werkgroep", "trekkers", ACTORS, "trekker"),
    Reference("werkgroep", "facilitators", ACTORS, "facilitator"),
    Reference("afspraak", "vastgesteld_in", SETTERS, "vastgesteld_in"),
    Reference("partneroverleg", "voorbereiding", ACTORS, "voorbereiding"),
    Reference("partneroverleg", "aanwezig", ACTORS, "aanwezige"),
    Reference("randvoorwaarde", "stap", ("stap",), "stap"),
    Reference("terugkerend", "trekker", ACTORS, "trekker"),
)
"""Every field that names other items, declared once: ``controleer`` checks them
(``check.references``), ``nieuw``/``wijzig`` check typed values, ``verwijder`` refuses to remove
what they still name, ``toon`` shows them both ways, and the privacy guard skips them (ids, no
free text). Listed in the order their problems are reported within an item. Effects
(``effecten``) and a local plan's ``dient`` are checked on their own (``check.monitoring``,
``check.localplan``): they name items of another file or carry their own messages."""

REFERENCE_KEYS: frozenset[tuple[str, str]] = frozenset((r.section, r.key) for r in REFERENCES)
"""(section, key) of every field that holds ids."""

_TARGETS = {(r.section, r.key): r.targets for r in REFERENCES}

LEAD_FIELDS = frozenset({"trekker", "trekkers"})
"""Fields that name who pulls an item; the other actor fields name partners or helpers."""


def targets(section: str, key: str) -> tuple[str, ...]:
    """The sections a field refers to; empty for a field that holds no reference."""
    return _TARGETS.get((section, key), ())


def all_ids(plan: Plan) -> list[str]:
    """Every item id in the plan, section by section, in file order."""
    ids: list[str] = []
    for section in SECTIONS:  # map and extend run at C speed: a plan may hold 100,000 items
        ids.extend(map(attrgetter("id"), getattr(plan, section.attr, ())))
    return ids


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
        keys = [r.key for r in REFERENCES if r.section == section.key]
        for item in getattr(plan, section.attr, ()):
            for key in keys:
                if target_id in field_values(item, key):
                    yield item, key


def references_to(plan: Plan) -> dict[str, list[tuple[Any, str]]]:
    """:func:`referring` for every id at once: who names each id, and in which field, in file order.

    One pass over the plan instead of one per id (``toon`` of every item of a large plan).
    """
    found: dict[str, list[tuple[Any, str]]] = {}
    for section in SECTIONS:
        keys = [r.key for r in REFERENCES if r.section == section.key]
        for item in getattr(plan, section.attr, ()) if keys else ():
            for key in keys:
                for target in dict.fromkeys(field_values(item, key)):  # named twice in a list: once, as referring
                    found.setdefault(target, []).append((item, key))
    return found
