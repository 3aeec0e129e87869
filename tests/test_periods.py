"""Imprecise dates: the file grammar, their first and last days, and Dutch labels."""

from datetime import date

import pytest

from regiotrack.plan.periods import Period, PeriodError, half_year_of, quarter_of


@pytest.mark.parametrize(
    ("text", "first", "last", "label"),
    [
        ("2027", date(2027, 1, 1), date(2027, 12, 31), "2027"),
        ("2026-H1", date(2026, 1, 1), date(2026, 6, 30), "1e halfjaar 2026"),
        ("2026-H2", date(2026, 7, 1), date(2026, 12, 31), "2e halfjaar 2026"),
        ("2026-Q1", date(2026, 1, 1), date(2026, 3, 31), "Q1 2026"),
        ("2026-01", date(2026, 1, 1), date(2026, 1, 31), "januari 2026"),
        ("2028-02", date(2028, 2, 1), date(2028, 2, 29), "februari 2028"),
        ("begin 2026-02", date(2026, 2, 1), date(2026, 2, 10), "begin februari 2026"),
        ("midden 2026-02", date(2026, 2, 11), date(2026, 2, 20), "midden februari 2026"),
        ("eind 2026-02", date(2026, 2, 21), date(2026, 2, 28), "eind februari 2026"),
        ("eind 2025", date(2025, 9, 1), date(2025, 12, 31), "eind 2025"),
        ("eind 2026-02/begin 2026-03", date(2026, 2, 21), date(2026, 3, 10), "eind februari 2026/begin maart 2026"),
        ("eind 2025/begin 2026", date(2025, 9, 1), date(2026, 4, 30), "eind 2025/begin 2026"),
    ],
)
def test_period_bounds_and_label(text: str, first: date, last: date, label: str) -> None:
    period = Period.parse(text)
    assert (period.first_day, period.last_day, period.label()) == (first, last, label)
    assert str(period) == text


@pytest.mark.parametrize("text", ["2026-Q5", "2026-13", "Q1 2026", "begin", "2026/", "2027/2026", "laat 2026"])
def test_bad_periods_are_refused_in_dutch(text: str) -> None:
    with pytest.raises(PeriodError) as info:
        Period.parse(text)
    assert "2026" in str(info.value) or "maand" in str(info.value) or "eindigt" in str(info.value)


def test_quarter_and_half_year_of_a_day() -> None:
    assert str(quarter_of(date(2026, 5, 31))) == "2026-Q2"
    assert str(half_year_of(date(2026, 7, 1))) == "2026-H2"
    assert str(half_year_of(date(2026, 6, 30))) == "2026-H1"


@pytest.mark.parametrize(
    ("text", "first", "last", "written"),
    [
        ("voorjaar 2027", date(2027, 3, 1), date(2027, 5, 31), "voorjaar 2027"),
        ("lente 2027", date(2027, 3, 1), date(2027, 5, 31), "voorjaar 2027"),
        ("zomer 2026", date(2026, 6, 1), date(2026, 8, 31), "zomer 2026"),
        ("najaar 2026", date(2026, 9, 1), date(2026, 11, 30), "najaar 2026"),
        ("Herfst 2026", date(2026, 9, 1), date(2026, 11, 30), "najaar 2026"),
        ("winter 2027", date(2027, 12, 1), date(2028, 2, 29), "winter 2027"),
        ("voor de zomer 2026", date(2026, 1, 1), date(2026, 6, 30), "voor de zomer 2026"),
        ("na de zomer 2026", date(2026, 9, 1), date(2026, 10, 31), "na de zomer 2026"),
        ("zomer 2026/najaar 2026", date(2026, 6, 1), date(2026, 11, 30), "zomer 2026/najaar 2026"),
    ],
)
def test_seasons_have_a_first_and_last_day(text: str, first: date, last: date, written: str) -> None:
    period = Period.parse(text)
    assert (period.first_day, period.last_day, str(period)) == (first, last, written)
    assert Period.parse(str(period)) == period


@pytest.mark.parametrize("text", ["begin voorjaar 2027", "voorjaar", "zomer 26", "na zomer 2026"])
def test_bad_seasons_are_refused(text: str) -> None:
    with pytest.raises(PeriodError):
        Period.parse(text)
