"""The cross-item rules for an edit: check only what it replaced, when that is the same.

``validation.cross_check`` looks at every item: at 100,000 afspraken that is about 0.4 s of
CPU, on every save. But an afspraak is looked up by no rule within the plan (no reference
names an afspraak; ``dient`` in a local plan is checked across files by ``controleer``), and
every rule about one afspraak reads only that afspraak and the sections it names. So when the
plan before the edit broke no rule and the edit changed only afspraken, the rules for the new
plan are the rules for those afspraken, with everything else as it is. Anything else (another
section changed, a duplicate id possible, the old plan not known to be clean) checks it all.
"""

from __future__ import annotations

from regiotrack.check.lineindex import LineIndex
from regiotrack.check.validation import cross_check
from regiotrack.errors import Problem
from regiotrack.plan.model import Plan
from regiotrack.plan.replaced import stretches
from regiotrack.plan.vocabulary import BY_ATTR

_SOURCE_ONLY = "afspraak"
"""The section no cross-item rule looks up, and the one that grows with a programme."""


def edit_cross_check(old: Plan, new: Plan, file: str, old_clean: bool) -> tuple[list[Problem], list[Problem]]:
    """(errors the edit adds, every cross-item problem of the new plan, without lines).

    ``old_clean``: the old plan is known to break no cross-item rule (a complete read found
    no problem at all).
    """
    if old_clean:
        found = _changed_afspraken_only(old, new, file)
        if found is not None:
            return [p for p in found if p.severity == "fout"], found
    found = cross_check(new, LineIndex(), file)
    errors = [p for p in found if p.severity == "fout"]
    if not errors:  # the usual case: the old plan's problems are not needed
        return [], found
    before = {_key(p) for p in cross_check(old, LineIndex(), file) if p.severity == "fout"}
    return [p for p in errors if _key(p) not in before], found


def _changed_afspraken_only(old: Plan, new: Plan, file: str) -> list[Problem] | None:
    """The rules checked on the replaced afspraken alone; None when that would not be the same."""
    parts = stretches(old, new)
    if any(part.section != _SOURCE_ONLY for part in parts):
        return None
    if any(getattr(old, name) != getattr(new, name) for name in Plan.model_fields if name not in BY_ATTR):
        return None  # the plan's own fields (its gemeenten, looptijd) changed: check everything
    changed: list[object] = []
    for part in parts:
        gone = {id(item) for item in part.gone}
        changed += [item for item in part.come if id(item) not in gone]
        same_ids = sorted(i.id for i in part.gone) == sorted(i.id for i in part.come)
        if not same_ids:  # added or removed afspraken: a new id could repeat one outside the stretch
            ids = [item.id for item in new.agreements]
            if len(set(ids)) != len(ids):
                return None
    return cross_check(new.model_copy(update={"agreements": tuple(changed)}), LineIndex(), file)


def _key(problem: Problem) -> tuple[object, ...]:
    return (problem.item, problem.field, problem.message)
