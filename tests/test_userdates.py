"""Dates as people type them."""

from datetime import date

import pytest

from regiotrack.plan.periods import Period
from regiotrack.plan.userdates import parse_day, parse_deadline


@pytest.mark.parametrize(
    "text",
    [
        "31-3-2026",
        "31-03-2026",
        "31/3/2026",
        "31.3.2026",
        "31 maart 2026",
        "31 mrt 2026",
        "2026-03-31",
        " 31 Maart 2026 ",
    ],
)
def test_day_notations(text: str) -> None:
    assert parse_day(text) == date(2026, 3, 31)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("31-2-2026", "bestaat niet"),
        ("31 maartje 2026", "geen maand"),
        ("morgen", "geen datum"),
        ("2026-02-30", "bestaat niet"),
    ],
)
def test_bad_days_say_why(text: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_day(text)


def test_deadline_accepts_a_period() -> None:
    assert parse_deadline("2026-Q2") == Period.parse("2026-Q2")
    assert parse_deadline("1-7-2026") == date(2026, 7, 1)
    with pytest.raises(ValueError, match="periode"):
        parse_deadline("ooit")


def test_seasons_on_the_command_line() -> None:
    from regiotrack.plan.userdates import parse_deadline, parse_period

    assert str(parse_deadline("najaar  2026")) == "najaar 2026"
    assert parse_period("voor de zomer 2026").last_day.isoformat() == "2026-06-30"


@pytest.mark.parametrize("text", ["2-1-0001", "31-12-9999", "0001-01-01", "1 januari 1899", "1-1-2201"])
def test_days_regiotrack_cannot_handle_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="ligt buiten de jaren die regiotrack aankan"):
        parse_day(text)
    with pytest.raises(ValueError, match="ligt buiten de jaren die regiotrack aankan"):
        parse_deadline(text)


@pytest.mark.parametrize("text", ["9999-Q4", "0001", "begin 2300-02"])
def test_periods_regiotrack_cannot_handle_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="ligt buiten de jaren die regiotrack aankan"):
        parse_deadline(text)


def test_the_edges_of_the_range_are_fine() -> None:
    assert parse_day("1-1-1900") == date(1900, 1, 1)
    assert parse_day("31-12-2200") == date(2200, 12, 31)
