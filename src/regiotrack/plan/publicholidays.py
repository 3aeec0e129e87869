"""Dutch public holidays by date, with their Dutch names, for the rule warnings.

The 'holidays' package is the reference, but importing it costs about 0.18 s of CPU (its
country registry imports every country), more than all the rest of ``regiotrack controleer``.
Since 2014 (Koningsdag) the Dutch rules are few and fixed, so they are computed here; earlier
years come from the package. ``tests/test_publicholidays.py`` holds this module to the
package, year by year, so a change in the package's rules (or the law) shows up as a failing
test rather than as a silent difference.
"""

from __future__ import annotations

from datetime import date, timedelta

OWN_RULES_FROM = 2014
"""The first year computed here: Koningsdag on 27 April (Koninginnedag before)."""


def dutch_holidays(years: range) -> dict[date, str]:
    """Public holidays of the Netherlands in ``years``, as the 'holidays' package has them (language nl)."""
    days: dict[date, str] = {}
    older = [year for year in years if year < OWN_RULES_FROM]
    if older:
        import holidays  # only for years before 2014: costly to import (see the module docstring)

        days.update(holidays.country_holidays("NL", years=older, language="nl").items())
    for year in years:
        if year >= OWN_RULES_FROM:
            days.update(_own_rules(year))
    return days


def _own_rules(year: int) -> dict[date, str]:
    easter = easter_sunday(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:  # on a Sunday it moves to the Saturday before
        kings_day = date(year, 4, 26)
    days = {
        date(year, 1, 1): "Nieuwjaarsdag",
        easter - timedelta(days=2): "Goede vrijdag",
        easter: "Eerste paasdag",
        easter + timedelta(days=1): "Tweede paasdag",
        kings_day: "Koningsdag",
        easter + timedelta(days=39): "Hemelvaartsdag",
        easter + timedelta(days=49): "Eerste pinksterdag",
        easter + timedelta(days=50): "Tweede pinksterdag",
        date(year, 12, 25): "Eerste kerstdag",
        date(year, 12, 26): "Tweede kerstdag",
    }
    if year % 5 == 0:  # a day off in lustrum years only (as the package counts it: 2025, 2030, …)
        days[date(year, 5, 5)] = "Bevrijdingsdag"
    return dict(sorted(days.items()))


def easter_sunday(year: int) -> date:
    """Western Easter Sunday, from python-dateutil (already a dependency, and cheap to import)."""
    from dateutil.easter import easter

    return easter(year)
