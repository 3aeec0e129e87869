"""``propose_id``: the next free id of a section's series, never one that was ever used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from regiotrack.plan.creating import propose_id
from regiotrack.plan.model import Plan
from regiotrack.plan.vocabulary import SECTIONS
from regiotrack.store.reading import read_plan

FIXTURES = Path(__file__).parent / "fixtures"
_SERIES = re.compile(r"^(.*?)(\d+)$")


def by_the_definition(plan: Plan, kind: str, reserved: set[str]) -> str:
    """The rule written out plainly: the last item's series, one past the highest number in it."""
    section = next(s for s in SECTIONS if s.key == kind)
    series = next(m for item in reversed(getattr(plan, section.attr)) if (m := _SERIES.match(item.id)))
    prefix, width = series[1], len(series[2])
    used = {*(i.id for s in SECTIONS for i in getattr(plan, s.attr, ())), *reserved}
    numbers = [int(m[2]) for u in used if (m := _SERIES.match(u)) and m[1] == prefix]
    return f"{prefix}{max(numbers, default=0) + 1:0{width}d}"


@pytest.mark.parametrize(
    "reserved",
    [
        set(),
        {"B2-99"},  # a higher number of the series, from git: skipped past
        {"B2-1x2", "B2-", "B2-07a", "XB2-50", "B2-٣٣"},  # look alike but are not of the series (but the last)
        {"12", "B2-0003", "B2--4"},
        {"B2-100"},  # wider than the series: the number still counts
    ],
    ids=["niets", "hoger", "lijkt-erop", "allerlei", "breder"],
)
def test_the_proposed_id_follows_the_rule(reserved: set[str]) -> None:
    plan = read_plan(FIXTURES / "basis.toml").plan
    assert plan.agreements[-1].id.startswith("B2-")  # the fixture's series this test is about
    assert propose_id(plan, "afspraak", reserved) == by_the_definition(plan, "afspraak", reserved)


def test_ids_ever_used_are_never_proposed() -> None:
    plan = read_plan(FIXTURES / "basis.toml").plan
    first = propose_id(plan, "afspraak")
    assert propose_id(plan, "afspraak", {first}) != first
