"""Dates as people type them: '31-3-2026', '31 maart 2026', '2026-03-31', or a period '2026-Q2', 'najaar 2026'.

Used by the command line and the TUI for input; the plan file itself holds TOML dates.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from regiotrack.plan.dayrange import out_of_range
from regiotrack.plan.vocabulary import MONTHS_NL

if TYPE_CHECKING:
    from regiotrack.plan.periods import Period

_SHORT_MONTHS = {name[:3]: number for number, name in enumerate(MONTHS_NL, start=1)}
_SHORT_MONTHS["mrt"] = 3
_MONTHS = {name: number for number, name in enumerate(MONTHS_NL, start=1)} | _SHORT_MONTHS

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_WORDS = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$")

EXAMPLES = "31-3-2026, 31 maart 2026 of 2026-03-31"


class OutOfRangeError(ValueError):
    """A real calendar day that regiotrack cannot work with (see ``periods.FIRST_YEAR``)."""


def parse_day(text: str) -> date:
    """One day from Dutch or ISO notation; ValueError with a Dutch message otherwise."""
    cleaned = text.strip().lower()
    if match := _ISO.match(cleaned):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DMY.match(cleaned):
        day, month, year = (int(g) for g in match.groups())
    elif match := _WORDS.match(cleaned):
        day, year = int(match[1]), int(match[3])
        name = match[2]
        if name not in _MONTHS:
            raise ValueError(f"'{match[2]}' is geen maand; schrijf bijvoorbeeld {EXAMPLES}")
        month = _MONTHS[name]
    else:
        raise ValueError(f"'{text}' is geen datum; schrijf bijvoorbeeld {EXAMPLES}")
    try:
        result = date(year, month, day)
    except ValueError:
        raise ValueError(f"{text.strip()} bestaat niet in de kalender; controleer dag en maand") from None
    if message := out_of_range(result):
        raise OutOfRangeError(message)
    return result


def parse_deadline(text: str) -> date | Period:
    """A deadline as typed: a day (see :func:`parse_day`) or a period such as '2026-Q2'."""
    from regiotrack.plan.periods import Period, PeriodError, PeriodRangeError

    try:
        return parse_day(text)
    except OutOfRangeError:
        raise
    except ValueError as day_error:
        try:
            return Period.parse(" ".join(text.split()))
        except PeriodRangeError as err:
            raise OutOfRangeError(str(err)) from None
        except PeriodError:
            raise ValueError(f"{day_error}, of een periode als 2026-Q2, 2026-06 of najaar 2026") from None


def parse_period(text: str) -> Period:
    """A period as typed: the file grammar ('2026-H1', 'begin 2026-02') or a season ('najaar 2026')."""
    from regiotrack.plan.periods import Period, PeriodError

    try:
        return Period.parse(" ".join(text.split()))
    except PeriodError as err:
        raise ValueError(str(err)) from None
