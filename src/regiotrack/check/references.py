"""References that name nothing: one loop over the table ``plan.references.REFERENCES``.

``validation.cross_check`` calls it; the table itself (which field of which section names
what) lives in the plan layer, where edits use it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from regiotrack.errors import Problem, did_you_mean
from regiotrack.plan.model import Plan
from regiotrack.plan.references import REFERENCE_KEYS as REFERENCE_KEYS
from regiotrack.plan.references import REFERENCES, Reference
from regiotrack.plan.vocabulary import BY_KEY


def known_ids(plan: Plan, sections: tuple[str, ...]) -> dict[str, Any]:
    """The ids declared in these sections, with what a near miss can be matched on (name or activity)."""
    known: dict[str, Any] = {}
    for key in sections:
        for item in getattr(plan, BY_KEY[key].attr, ()):
            known.setdefault(item.id, getattr(item, "activity", None) or getattr(item, "name", None) or item.id)
    return known


def reference_problems(plan: Plan, file: str, at: Callable[[str, int, str], int | None]) -> Iterator[Problem]:
    """One problem per reference to something undeclared, with the closest known id."""
    known = {targets: known_ids(plan, targets) for targets in {r.targets for r in REFERENCES}}
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
                    if one is not None and one not in known[reference.targets]:
                        yield _undeclared(
                            reference, one, known[reference.targets], file, at(section, number, reference.key), item.id
                        )


def _attributes(section: str) -> dict[str, str]:
    """Dutch key -> model attribute for the items of a section."""
    from regiotrack.plan.model import section_model

    return {f.alias or name: name for name, f in section_model(section).model_fields.items()}


def _undeclared(
    reference: Reference, value: str, known: dict[str, Any], file: str, line: int | None, item_id: str
) -> Problem:
    by_name = {str(n).lower(): i for i, n in known.items()}
    guess = f"bedoelde u '{by_name[value.lower()]}'?" if value.lower() in by_name else did_you_mean(value, known)
    return Problem(
        f"{reference.what} '{value}' is niet gedeclareerd" + (f"; {guess}" if guess else ""),
        f"Gebruik een id dat in {' of '.join(f'[[{t}]]' for t in reference.targets)} staat, "
        "of declareer het daar eerst.",
        file,
        line,
        item_id,
        reference.key,
    )
