"""References between items, as one table: which field of which section must name what.

``validation.cross_check`` walks this table in one loop; ``content`` uses it to know which
text fields are ids (and therefore no free text to check for resident data).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from regiotrack.errors import Problem, did_you_mean
from regiotrack.plan.model import Plan
from regiotrack.plan.vocabulary import BY_KEY

Target = str
"""What a reference names: 'actor' (organisation or body), 'gremium', 'stap' or 'werkgroep'."""


@dataclass(frozen=True)
class Reference:
    """One field that holds the id (or ids) of another item."""

    section: str
    """File key of the section, e.g. 'afspraak'."""
    key: str
    """Dutch field key, e.g. 'trekker'."""
    target: Target
    """What it must name."""
    what: str
    """How a message names the reference: 'trekker', 'partner', 'gremium' …"""


REFERENCES: tuple[Reference, ...] = (
    Reference("stap", "gremium", "gremium", "gremium"),
    Reference("stap", "stukken_voor", "stap", "stap"),
    Reference("afspraak", "trekker", "actor", "trekker"),
    Reference("afspraak", "partners", "actor", "partner"),
    Reference("afspraak", "werkgroep", "werkgroep", "werkgroep"),
    Reference("afspraak", "gremium", "gremium", "gremium"),
    Reference("werkgroep", "trekkers", "actor", "trekker"),
    Reference("werkgroep", "facilitators", "actor", "facilitator"),
    Reference("partneroverleg", "voorbereiding", "actor", "voorbereiding"),
    Reference("randvoorwaarde", "stap", "stap", "stap"),
    Reference("terugkerend", "trekker", "actor", "trekker"),
)
"""Every reference field, in the order its problems are reported within an item."""

REFERENCE_KEYS: frozenset[tuple[str, str]] = frozenset((r.section, r.key) for r in REFERENCES)
"""(section, key) of every field that holds ids."""

_DECLARED_IN = {
    "actor": "[[organisatie]] of [[gremium]]",
    "gremium": "[[gremium]]",
    "stap": "[[stap]]",
    "werkgroep": "[[werkgroep]]",
}


def known_ids(plan: Plan) -> dict[Target, dict[str, Any]]:
    """Per target, the declared ids with what a near miss can be matched on (name or step)."""
    actors: dict[str, Any] = {o.id: o.name for o in getattr(plan, "organisations", ())}
    actors.update({b.id: b.name for b in getattr(plan, "bodies", ())})
    return {
        "actor": actors,
        "gremium": {b.id: b.name for b in getattr(plan, "bodies", ())},
        "stap": {s.id: s for s in getattr(plan, "steps", ())},
        "werkgroep": {g.id: g.name for g in getattr(plan, "working_groups", ())},
    }


def reference_problems(plan: Plan, file: str, at: Callable[[str, int, str], int | None]) -> Iterator[Problem]:
    """One problem per reference to something undeclared, with the closest known id."""
    known = known_ids(plan)
    by_section: dict[str, list[Reference]] = {}
    for reference in REFERENCES:
        by_section.setdefault(reference.section, []).append(reference)
    for section, references in by_section.items():
        model_keys = _attributes(section)
        for number, item in enumerate(getattr(plan, BY_KEY[section].attr, ())):
            for reference in references:
                value = getattr(item, model_keys[reference.key], None)
                values = value if isinstance(value, tuple) else (value,)
                for one in values:
                    if one is not None and one not in known[reference.target]:
                        yield _undeclared(
                            reference, one, known[reference.target], file, at(section, number, reference.key), item.id
                        )


def _attributes(section: str) -> dict[str, str]:
    """Dutch key -> model attribute for the items of a section."""
    from regiotrack.plan.model import section_model

    return {f.alias or name: name for name, f in section_model(section).model_fields.items()}


def _undeclared(
    reference: Reference, value: str, known: dict[str, Any], file: str, line: int | None, item_id: str
) -> Problem:
    by_name = {str(getattr(n, "activity", n)).lower(): i for i, n in known.items()}
    guess = f"bedoelde u '{by_name[value.lower()]}'?" if value.lower() in by_name else did_you_mean(value, known)
    return Problem(
        f"{reference.what} '{value}' is niet gedeclareerd" + (f"; {guess}" if guess else ""),
        f"Gebruik een id dat in {_DECLARED_IN[reference.target]} staat, of declareer het daar eerst.",
        file,
        line,
        item_id,
        reference.key,
    )
