"""Which partneroverleg can have a verslag: held ones only; and the example date of the plan dialog."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import REAL_PLAN
from regiotrack.plan.meeting import awaiting_minutes, is_held, parse_when, require_meeting, when_example
from regiotrack.store.reading import read_plan

PLAN = read_plan(REAL_PLAN).plan


def _dated(meeting_id: str, day: date):  # type: ignore[no-untyped-def]
    meetings = tuple(m.model_copy(update={"day": day}) if m.id == meeting_id else m for m in PLAN.partner_meetings)
    return PLAN.model_copy(update={"partner_meetings": meetings})


def test_undated_meeting_is_held_once_its_half_year_began() -> None:
    meeting = require_meeting(PLAN, "PO-2026-2")
    assert not is_held(meeting, date(2026, 6, 30))
    assert is_held(meeting, date(2026, 7, 1))


def test_dated_meeting_is_held_from_its_day() -> None:
    meeting = require_meeting(_dated("PO-2026-2", date(2026, 11, 18)), "PO-2026-2")
    assert not is_held(meeting, date(2026, 11, 17))
    assert is_held(meeting, date(2026, 11, 18))


def test_awaiting_minutes_is_the_most_recent_held_meeting_not_the_next_one() -> None:
    assert awaiting_minutes(PLAN, date(2026, 11, 22)).id == "PO-2026-2"  # type: ignore[union-attr]
    assert awaiting_minutes(PLAN, date(2026, 3, 1)).id == "PO-2026-1"  # type: ignore[union-attr]
    assert awaiting_minutes(PLAN, date(2025, 12, 1)) is None  # nothing held yet
    # PO-2026-2 planned for a day still to come: the verslag that waits is PO-2026-1's
    later = _dated("PO-2026-2", date(2026, 12, 10))
    assert awaiting_minutes(later, date(2026, 11, 22)).id == "PO-2026-1"  # type: ignore[union-attr]


@pytest.mark.parametrize(("meeting_id", "example"), [("PO-2026-1", "18 juni 2026"), ("PO-2027-2", "12 november 2027")])
def test_when_example_lies_in_the_meetings_half_year(meeting_id: str, example: str) -> None:
    meeting = require_meeting(PLAN, meeting_id)
    text = when_example(meeting)
    assert text == f"{example} 14:00-16:00"
    day, time = parse_when(text)
    assert meeting.half_year.first_day <= day <= meeting.half_year.last_day and time == "14:00-16:00"
