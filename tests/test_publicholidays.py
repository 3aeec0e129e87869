"""Dutch public holidays computed in ``plan/publicholidays.py`` against the 'holidays' package."""

from __future__ import annotations

from datetime import date

import holidays
import pytest

from regiotrack.plan.publicholidays import OWN_RULES_FROM, dutch_holidays, easter_sunday


@pytest.mark.parametrize("year", range(OWN_RULES_FROM, 2101))
def test_own_rules_equal_the_package(year: int) -> None:
    expected = dict(holidays.country_holidays("NL", years=[year], language="nl").items())
    assert dutch_holidays(range(year, year + 1)) == expected


def test_years_before_2014_come_from_the_package() -> None:
    expected = dict(holidays.country_holidays("NL", years=[2012, 2013, 2014], language="nl").items())
    found = dutch_holidays(range(2012, 2015))
    assert found == expected
    assert found[date(2013, 4, 30)] == "Koninginnedag"


def test_kings_day_on_a_sunday_moves_to_saturday() -> None:
    assert dutch_holidays(range(2025, 2026))[date(2025, 4, 26)] == "Koningsdag"
    assert date(2025, 4, 27) not in dutch_holidays(range(2025, 2026))


def test_easter_known_dates() -> None:
    assert [easter_sunday(y) for y in (2024, 2025, 2026, 2038)] == [
        date(2024, 3, 31),
        date(2025, 4, 20),
        date(2026, 4, 5),
        date(2038, 4, 25),
    ]
