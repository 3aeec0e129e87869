"""Progress per werkgroep and trekker: grouped in one pass, the same as counting group by group."""

from __future__ import annotations

from datetime import date

import pytest
from synth import synthetic_plan

from regiotrack.plan.model import Agreement, Plan
from regiotrack.plan.progress import plan_standing, progress_of


@pytest.mark.parametrize("n", [1, 40, 600])
def test_progress_per_group_and_lead_equals_a_scan_per_group(n: int) -> None:
    plan = Plan.model_validate(synthetic_plan(n))
    today = date(2026, 11, 22)
    standing = plan_standing(plan, today)
    agreements = [r for r in standing.rows if r.type == "afspraak"]
    expected_groups = tuple(
        progress_of(
            f"{g.id} {g.name}",
            [r for r in agreements if isinstance(r.item, Agreement) and r.item.working_group == g.id],
        )
        for g in plan.working_groups
    )
    leads = sorted({r.lead for r in agreements if r.lead})
    expected_leads = tuple(progress_of(lead, [r for r in agreements if r.lead == lead]) for lead in leads)
    assert standing.by_working_group == expected_groups
    assert standing.by_lead == expected_leads
    for group in plan.working_groups:
        expected = [r for r in agreements if isinstance(r.item, Agreement) and r.item.working_group == group.id]
        assert list(standing.agreements_by_group.get(group.id, ())) == expected
    assert sum(p.total for p in standing.by_lead) == sum(r.standing.state != "vervallen" for r in agreements)


def test_items_with_the_same_keys_share_their_fields_set_safely() -> None:
    """Memory at 100,000 items: one 'fields set' per combination of keys; copies stay independent."""
    plan = Plan.model_validate(synthetic_plan(60))
    by_keys: dict[frozenset[str], list[Agreement]] = {}
    for item in plan.agreements:
        by_keys.setdefault(frozenset(item.model_fields_set), []).append(item)
    group = max(by_keys.values(), key=len)
    assert len(group) > 1
    assert all(item.__pydantic_fields_set__ is group[0].__pydantic_fields_set__ for item in group)
    before = set(group[1].model_fields_set)
    changed = group[0].model_copy(update={"note": "nieuw"})
    assert "note" in changed.model_fields_set
    assert set(group[1].model_fields_set) == before
    assert [i.model_dump(exclude_unset=True) for i in group] == [
        Agreement.model_validate(i.model_dump(by_alias=True, exclude_unset=True)).model_dump(exclude_unset=True)
        for i in group
    ]
