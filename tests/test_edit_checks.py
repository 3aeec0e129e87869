"""A save checks only what the edit replaced; the result must be what a check of everything finds."""

from __future__ import annotations

import pytest

from conftest import REAL_PLAN
from regiotrack.check.edited import edit_cross_check
from regiotrack.plan.model import Plan
from regiotrack.plan.replaced import replaced, stretches
from regiotrack.store.reading import load_bytes

LOADED = load_bytes(REAL_PLAN.read_bytes(), REAL_PLAN)
PLAN = LOADED.plan


def _changed(plan: Plan, item_id: str, **changes: object) -> Plan:
    items = tuple(a.model_copy(update=changes) if a.id == item_id else a for a in plan.agreements)
    return plan.model_copy(update={"agreements": items})


def _as_set(problems: list) -> set[tuple[object, ...]]:  # type: ignore[type-arg]
    return {(p.item, p.field, p.message, p.severity) for p in problems}


EDITS = {
    "status": lambda p: _changed(p, "B2-03", status="lopend"),
    "unknown trekker": lambda p: _changed(p, "B2-03", lead="NIEMAND"),
    "unknown gremium and werkgroep": lambda p: _changed(p, "A-06", body="XX", working_group="WG-99"),
    "unknown effect": lambda p: _changed(p, "A-07", effects=("E9",)),
    "unknown gemeente": lambda p: _changed(p, "A-08", municipalities=("Haarlem",)),
    "added": lambda p: p.model_copy(
        update={"agreements": (*p.agreements, p.agreements[0].model_copy(update={"id": "A-99"}))}
    ),
    "added twice": lambda p: p.model_copy(update={"agreements": (*p.agreements, p.agreements[3])}),
    "duplicate by renaming": lambda p: _changed(p, "B2-03", id="B2-04"),
    "removed": lambda p: p.model_copy(update={"agreements": p.agreements[1:]}),
    "gemeente removed from the plan": lambda p: p.model_copy(update={"municipalities": p.municipalities[1:]}),
    "organisation removed": lambda p: p.model_copy(update={"organisations": p.organisations[1:]}),
}


def test_the_real_plan_is_clean_so_the_quick_path_applies() -> None:
    assert LOADED.checked and LOADED.warnings == ()


@pytest.mark.parametrize("name", sorted(EDITS))
def test_checking_the_replaced_afspraken_finds_what_checking_all_finds(name: str) -> None:
    new = EDITS[name](PLAN)
    quick = edit_cross_check(PLAN, new, "plan.toml", old_clean=True)
    full = edit_cross_check(PLAN, new, "plan.toml", old_clean=False)
    assert (_as_set(quick[0]), _as_set(quick[1])) == (_as_set(full[0]), _as_set(full[1]))
    if name != "status" and name != "removed" and name != "added":
        assert full[0], "each of these edits breaks a rule, so the comparison means something"


def test_what_an_edit_replaced_is_found_by_identity() -> None:
    new = _changed(PLAN, "B2-03", status="lopend")
    (part,) = stretches(PLAN, new)
    assert part.section == "afspraak" and [i.id for i in part.come] == ["B2-03"]
    assert replaced(PLAN, new).ids == {"B2-03"}
    assert replaced(PLAN, PLAN.model_copy(update={"agreements": PLAN.agreements[1:]})).ids == {PLAN.agreements[0].id}


def test_an_edit_that_replaced_nothing_has_nothing_to_check() -> None:
    assert stretches(PLAN, PLAN) == [] and edit_cross_check(PLAN, PLAN, "plan.toml", old_clean=True) == ([], [])
