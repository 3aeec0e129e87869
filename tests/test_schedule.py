"""What dates mean for a given today."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from regiotrack.errors import UserError
from regiotrack.plan.model import Agreement, PartnerMeeting, Step
from regiotrack.plan.schedule import paper_deadline, resolve_today, standing


def agreement(**fields: object) -> Agreement:
    return Agreement.model_validate({"id": "B2-01", "titel": "x", "trekker": "VT", **fields})


def step(**fields: object) -> Step:
    return Step.model_validate({"id": "T01", "activiteit": "x", "soort": "sessie", **fields})


def test_date_only_deadline_is_due_at_the_end_of_that_day() -> None:
    item = agreement(deadline=date(2026, 3, 31))
    assert standing(item, date(2026, 3, 31)).state == "binnenkort"
    assert standing(item, date(2026, 3, 31)).days_left == 0
    assert standing(item, date(2026, 4, 1)).state == "verlopen"


def test_soon_horizon_is_14_days_by_default_and_adjustable() -> None:
    item = agreement(deadline=date(2026, 3, 31))
    assert standing(item, date(2026, 3, 17)).state == "binnenkort"
    assert standing(item, date(2026, 3, 16)).state == "op schema"
    assert standing(item, date(2026, 3, 1), horizon=30).state == "binnenkort"


def test_period_deadline_falls_due_on_its_last_day() -> None:
    item = agreement(deadline="2026-Q1")
    assert standing(item, date(2026, 3, 31)).state == "binnenkort"
    assert standing(item, date(2026, 4, 1)).state == "verlopen"


@pytest.mark.parametrize(
    ("fields", "state"),
    [
        ({"status": "gereed", "gereed_op": date(2026, 3, 30)}, "gereed"),
        ({"status": "gereed", "gereed_op": date(2026, 4, 2)}, "gereed, te laat"),
        ({"status": "gereed"}, "gereed"),
        ({"status": "vervallen"}, "vervallen"),
        ({"status": "geblokkeerd"}, "geblokkeerd"),
        ({"status": "lopend"}, "verlopen"),
    ],
)
def test_status_decides_before_the_calendar(fields: dict[str, object], state: str) -> None:
    item = agreement(deadline=date(2026, 3, 31), **fields)
    assert standing(item, date(2026, 6, 1)).state == state


def test_blocked_past_deadline_counts_as_overdue() -> None:
    item = agreement(deadline=date(2026, 3, 31), status="geblokkeerd")
    assert standing(item, date(2026, 6, 1)).overdue
    assert not standing(item, date(2026, 3, 1)).overdue


def test_no_deadline() -> None:
    assert standing(agreement(), date(2026, 6, 1)).state == "geen termijn"


def test_step_falls_due_on_af_op_or_its_last_day() -> None:
    assert standing(step(van=date(2025, 11, 11), tot=date(2025, 11, 22)), date(2025, 11, 23)).state == "verlopen"
    late = step(van=date(2025, 11, 11), tot=date(2025, 11, 22), af_op=date(2025, 11, 25))
    assert standing(late, date(2025, 11, 23)).state == "binnenkort"


def test_partner_meeting_without_date_falls_due_at_the_end_of_its_half_year() -> None:
    meeting = PartnerMeeting.model_validate({"id": "PO-2026-2", "halfjaar": "2026-H2"})
    assert standing(meeting, date(2026, 11, 22)).days_left == 39


def test_paper_deadline_from_lead_time() -> None:
    assert paper_deadline(step(datum=date(2025, 12, 4), stukken_vooraf="1 week")) == date(2025, 11, 27)
    assert paper_deadline(step(datum=date(2025, 12, 4), stukken_vooraf="5 dagen")) == date(2025, 11, 29)
    # Working days skip the weekend: Thursday 4 Dec minus 5 working days is Thursday 27 Nov.
    assert paper_deadline(step(datum=date(2025, 12, 4), stukken_vooraf="5 werkdagen")) == date(2025, 11, 27)
    assert paper_deadline(step(periode="2026-02", stukken_vooraf="1 week")) == date(2026, 1, 25)
    assert paper_deadline(step(datum=date(2025, 12, 4))) is None


def test_today_from_option_then_environment_then_clock() -> None:
    env = {"REGIOTRACK_VANDAAG": "2025-10-01"}
    assert resolve_today("22-11-2026", env) == date(2026, 11, 22)
    assert resolve_today(None, env) == date(2025, 10, 1)
    # 23:30 UTC on 31 March is already 1 April in Amsterdam (summer time).
    late = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)
    assert resolve_today(None, {}, now=late) == date(2026, 4, 1)


def test_bad_today_is_a_user_error() -> None:
    with pytest.raises(UserError, match="--vandaag 'gisteren' is geen datum"):
        resolve_today("gisteren", {})
    with pytest.raises(UserError, match="REGIOTRACK_VANDAAG"):
        resolve_today(None, {"REGIOTRACK_VANDAAG": "31-2-2026"})
