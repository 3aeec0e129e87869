"""Imprecise dates: a year, half-year, quarter or month, or a part of one.

The source plan says "Januari", "Begin februari", "Eind februari/begin maart", "Q1 van 2026",
"eind 2025/begin 2026" and "in 2027". Such a moment is stored as what it is, a
:class:`Period`, written in the plan file in a small Dutch grammar:

==========================  =====================================
file text                   meaning
==========================  =====================================
``2027``                    the whole year 2027
``2026-H1``                 first half of 2026
``2026-Q1``                 first quarter of 2026
``2026-01``                 January 2026
``begin 2026-02``           early February 2026 (days 1-10)
``eind 2025``               late 2025 (the last quarter)
``eind 2026-02/begin 2026-03``  from late February to early March
``voorjaar 2027``           spring 2027: 1 March - 31 May
``zomer 2026``              summer 2026: 1 June - 31 August
``najaar 2026``             autumn 2026: 1 September - 30 November
``winter 2026``             winter 2026/27: 1 December 2026 - end of February 2027
``voor de zomer 2026``      before the summer recess: 1 January - 30 June 2026
``na de zomer 2026``        after the summer holidays: 1 September - 31 October 2026
==========================  =====================================

Seasons are the meteorological ones (whole months, as policy texts and quarters count), so
that a season never ends mid-month. "Winter 2026" is the winter that begins in December 2026.
"Voor de zomer" ends on 30 June, before the councils' summer recess and the school holidays of
region Noord (mid-July); "na de zomer" is the first two months after the holidays. "lente" and
"herfst" are read as "voorjaar" and "najaar". A season cannot take begin/midden/eind.

A period has a first and a last day; a deadline given as a period falls due on its last day.
This module has no I/O and no third-party imports, so the command line stays fast.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal, cast

from regiotrack.plan.dayrange import FIRST_YEAR as FIRST_YEAR
from regiotrack.plan.dayrange import LAST_YEAR as LAST_YEAR
from regiotrack.plan.dayrange import out_of_range as out_of_range
from regiotrack.plan.vocabulary import MONTHS_NL as MONTHS_NL

Precision = Literal["jaar", "halfjaar", "kwartaal", "maand", "seizoen"]
Part = Literal["begin", "midden", "eind"]


SEASONS: tuple[tuple[str, int, int], ...] = (
    ("voorjaar", 3, 5),
    ("zomer", 6, 8),
    ("najaar", 9, 11),
    ("winter", 12, 14),  # December to February of the next year
    ("voor de zomer", 1, 6),
    ("na de zomer", 9, 10),
)
"""Season name, first month and last month (13, 14 = January, February of the next year)."""

_SEASON_WORDS = {name: number for number, (name, _, _) in enumerate(SEASONS, start=1)} | {"lente": 1, "herfst": 3}
_SEASON = re.compile(r"^(?P<name>" + "|".join(sorted(_SEASON_WORDS, key=len, reverse=True)) + r") (?P<year>\d{4})$")


_UNIT = re.compile(
    r"^(?:(?P<part>begin|midden|eind) )?"
    r"(?P<year>\d{4})(?:-(?:(?P<half>H[12])|(?P<quarter>Q[1-4])|(?P<month>\d{2})))?$"
)


class PeriodError(ValueError):
    """A text that is not a period in the plan's grammar; the message is Dutch."""


class PeriodRangeError(PeriodError):
    """A period in a year regiotrack cannot work with."""


@dataclass(frozen=True, slots=True)
class PeriodUnit:
    """One calendar unit (year, half-year, quarter or month), optionally only a part of it."""

    year: int
    precision: Precision
    number: int = 1
    """Half-year (1-2), quarter (1-4) or month (1-12); 1 for a year."""
    part: Part | None = None
    """Only the beginning, middle or end of the unit."""

    def _bounds(self) -> tuple[date, date]:
        return _unit_bounds(self.year, self.precision, self.number)

    @property
    def first_day(self) -> date:
        """The earliest day this unit (or its part) can mean."""
        first, last = self._bounds()
        if self.part in (None, "begin"):
            return first
        return _part_bounds(first, last, self.part, self.precision)[0]

    @property
    def last_day(self) -> date:
        """The latest day this unit (or its part) can mean."""
        first, last = self._bounds()
        if self.part in (None, "eind"):
            return last
        return _part_bounds(first, last, self.part, self.precision)[1]

    def __str__(self) -> str:
        if self.precision == "jaar":
            core = f"{self.year}"
        elif self.precision == "seizoen":
            core = f"{SEASONS[self.number - 1][0]} {self.year}"
        elif self.precision == "halfjaar":
            core = f"{self.year}-H{self.number}"
        elif self.precision == "kwartaal":
            core = f"{self.year}-Q{self.number}"
        else:
            core = f"{self.year}-{self.number:02d}"
        return f"{self.part} {core}" if self.part else core

    def label(self) -> str:
        """Dutch words for people: 'begin februari 2026', 'Q1 2026', '2e halfjaar 2026'."""
        if self.precision == "jaar":
            core = f"{self.year}"
        elif self.precision == "seizoen":
            core = f"{SEASONS[self.number - 1][0]} {self.year}"
        elif self.precision == "halfjaar":
            core = f"{self.number}e halfjaar {self.year}"
        elif self.precision == "kwartaal":
            core = f"Q{self.number} {self.year}"
        else:
            core = f"{MONTHS_NL[self.number - 1]} {self.year}"
        return f"{self.part} {core}" if self.part else core


@functools.lru_cache(maxsize=4096)
def _unit_bounds(year: int, precision: str, number: int) -> tuple[date, date]:
    """First and last day of a whole unit; cached: a large plan asks for the same few quarters again and again."""
    if precision == "seizoen":
        _, first_month, last_month = SEASONS[number - 1]
        last_year = year + (last_month - 1) // 12
        last_month = (last_month - 1) % 12 + 1
        return date(year, first_month, 1), date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
    months_per_unit = {"jaar": 12, "halfjaar": 6, "kwartaal": 3, "maand": 1}[precision]
    first_month = (number - 1) * months_per_unit + 1
    last_month = first_month + months_per_unit - 1
    first = date(year, first_month, 1)
    last = date(year, last_month, calendar.monthrange(year, last_month)[1])
    return first, last


def _part_bounds(first: date, last: date, part: Part, precision: Precision) -> tuple[date, date]:
    """Split a unit in three: begin, midden, eind (for a month: days 1-10, 11-20, 21-end)."""
    if precision == "maand":
        edges = {"begin": (1, 10), "midden": (11, 20), "eind": (21, last.day)}
        lo, hi = edges[part]
        return first.replace(day=lo), first.replace(day=hi)
    # Larger units split into thirds by whole months: "eind 2025" is September-December,
    # "begin 2026-H1" is January-February, "midden 2026-Q2" is May.
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    third = max(1, months // 3)
    if part == "begin":
        end_month = first.month + third - 1
        return first, date(first.year, end_month, calendar.monthrange(first.year, end_month)[1])
    if part == "eind":
        start_month = last.month - third + 1
        return date(last.year, start_month, 1), last
    start_month = first.month + third
    end_month = last.month - third
    return date(first.year, start_month, 1), date(first.year, end_month, calendar.monthrange(first.year, end_month)[1])


@dataclass(frozen=True, slots=True)
class Period:
    """An imprecise moment or span: one :class:`PeriodUnit`, or a span from one to another."""

    start: PeriodUnit
    end: PeriodUnit | None = None
    """Set for spans such as 'eind 2026-02/begin 2026-03'."""

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read the file grammar; raise :class:`PeriodError` with a Dutch message."""
        parts = [p.strip() for p in text.strip().split("/")]
        if len(parts) > 2 or not all(parts):
            raise PeriodError(_grammar_help(text))
        start = _parse_unit(parts[0], text)
        end = _parse_unit(parts[1], text) if len(parts) == 2 else None
        if end is not None and end.last_day < start.first_day:
            raise PeriodError(f"periode '{text}' eindigt voordat ze begint; zet het vroegste deel voor de '/'")
        return cls(start, end)

    @property
    def first_day(self) -> date:
        """The earliest day the period can mean."""
        return self.start.first_day

    @property
    def last_day(self) -> date:
        """The latest day the period can mean; a deadline given as a period falls due then."""
        return (self.end or self.start).last_day

    @property
    def precision(self) -> Precision:
        """The coarsest unit involved, e.g. 'maand' for 'begin 2026-02'."""
        return self.start.precision

    def __str__(self) -> str:
        return f"{self.start}/{self.end}" if self.end else str(self.start)

    def label(self) -> str:
        """Dutch words for people, e.g. 'eind februari 2026/begin maart 2026'."""
        if self.end is None:
            return self.start.label()
        return f"{self.start.label()}/{self.end.label()}"


def _parse_unit(text: str, whole: str) -> PeriodUnit:
    season = _SEASON.match(text.lower())
    match = season or _UNIT.match(text)
    if not match:
        raise PeriodError(_grammar_help(whole))
    year = int(match["year"])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PeriodRangeError(
            f"jaar {year} in '{whole}' ligt buiten de jaren die regiotrack aankan "
            f"({FIRST_YEAR} tot en met {LAST_YEAR}); controleer het jaar"
        )
    if season:
        return PeriodUnit(year, "seizoen", _SEASON_WORDS[season["name"]])
    part = cast("Part | None", match["part"])  # a string: no typing union built per call
    if match["half"]:
        return PeriodUnit(year, "halfjaar", int(match["half"][1]), part)
    if match["quarter"]:
        return PeriodUnit(year, "kwartaal", int(match["quarter"][1]), part)
    if match["month"]:
        month = int(match["month"])
        if not 1 <= month <= 12:
            raise PeriodError(f"maand {month:02d} in '{whole}' bestaat niet; gebruik 01 tot en met 12")
        return PeriodUnit(year, "maand", month, part)
    return PeriodUnit(year, "jaar", 1, part)


def _grammar_help(text: str) -> str:
    return (
        f"'{text}' is geen datum of periode; gebruik een datum zonder aanhalingstekens "
        '(2026-03-31) of een periode als "2026", "2026-H1", "2026-Q1", "2026-02", '
        '"begin 2026-02", "eind 2026-02/begin 2026-03", "voorjaar 2027" of "voor de zomer 2026"'
    )


def quarter_of(day: date) -> Period:
    """The quarter a day falls in."""
    return Period(PeriodUnit(day.year, "kwartaal", (day.month - 1) // 3 + 1))


def half_year_of(day: date) -> Period:
    """The half-year a day falls in."""
    return Period(PeriodUnit(day.year, "halfjaar", 1 if day.month <= 6 else 2))
