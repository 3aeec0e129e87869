"""What the plan does for each beoogd effect (§1.3), and how the indicators move (§10.3).

Pure derivation, no I/O: per effect the afspraken and werkgroepen that serve it (with their
standing), the indicators that follow it with their values per place over time, and the
reflections per half-year. The regional value of a half-year is the region's own measurement,
or else (for counts) the sum of the areas and of the municipalities outside those areas.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from regiotrack.plan.model import Plan, WorkingGroup
from regiotrack.plan.monitoring import Effect, Indicator, Measurement, Reflection
from regiotrack.plan.periods import Period
from regiotrack.plan.schedule import Row, rows
from regiotrack.plan.vocabulary import UNITS

REGION = "regio"
"""The place of a measurement without gebied or gemeente."""


@dataclass(frozen=True)
class Point:
    """One value of a series."""

    period: Period
    value: float
    summed: bool = False
    """True when the regional value is a sum of areas and municipalities, not measured as such."""


@dataclass(frozen=True)
class Series:
    """An indicator's values in one place, oldest first."""

    place: str
    """'regio', an area id or a municipality."""
    name: str
    """How the place reads: 'regio', 'Amsterdam Nieuw-West', 'Diemen'."""
    points: tuple[Point, ...]


@dataclass(frozen=True)
class IndicatorView:
    """An indicator with its series, the region first."""

    indicator: Indicator
    series: tuple[Series, ...]


@dataclass(frozen=True)
class EffectView:
    """Everything about one effect."""

    effect: Effect
    agreements: tuple[Row, ...]
    groups: tuple[WorkingGroup, ...]
    indicators: tuple[IndicatorView, ...]
    reflections: tuple[Reflection, ...]
    """Oldest first."""


def _period_key(period: Period) -> tuple[date, date]:
    return period.first_day, period.last_day


def regional_total(plan: Plan, indicator: Indicator, period: Period) -> Point | None:
    """The region's value in a period: measured, or the sum of its parts for counts; None if unknown."""
    found = [m for m in plan.measurements if m.indicator == indicator.id and m.period == period]
    region = next((m for m in found if m.place == REGION), None)
    if region is not None:
        return Point(period, region.value)
    if not UNITS[indicator.unit][2]:  # rates and percentages do not add up
        return None
    areas = {a.id: a for a in plan.areas}
    by_area = [m for m in found if m.area is not None]
    covered = {town for m in by_area if m.area in areas for town in areas[m.area].municipalities}
    towns = [m for m in found if m.municipality is not None and m.municipality not in covered]
    parts = by_area + towns
    if not parts:
        return None
    return Point(period, sum(m.value for m in parts), summed=True)


def indicator_view(plan: Plan, indicator: Indicator) -> IndicatorView:
    """The indicator's series: the region (measured or summed), then every area and municipality."""
    names = {a.id: a.name for a in plan.areas}
    mine = [m for m in plan.measurements if m.indicator == indicator.id]
    periods = sorted({m.period for m in mine}, key=_period_key)
    region = tuple(p for period in periods if (p := regional_total(plan, indicator, period)) is not None)
    series = [Series(REGION, REGION, region)] if region else []
    places: dict[str, list[Measurement]] = {}
    for measurement in mine:
        if measurement.place != REGION:
            places.setdefault(measurement.place, []).append(measurement)
    for place, found in places.items():
        points = tuple(Point(m.period, m.value) for m in sorted(found, key=lambda m: _period_key(m.period)))
        series.append(Series(place, names.get(place, place), points))
    return IndicatorView(indicator, tuple(series))


def effect_views(plan: Plan, today: date, all_rows: Sequence[Row] | None = None) -> list[EffectView]:
    """One view per effect, in the plan's order; ``all_rows``: the rows already derived for today (or a part)."""
    agreement_rows = [r for r in (rows(plan, today) if all_rows is None else all_rows) if r.type == "afspraak"]
    views = []
    for effect in plan.effects:
        views.append(
            EffectView(
                effect,
                tuple(r for r in agreement_rows if effect.id in r.effects),
                tuple(g for g in plan.working_groups if effect.id in g.effects),
                tuple(indicator_view(plan, i) for i in plan.indicators if effect.id in i.effects),
                tuple(
                    sorted(
                        (r for r in plan.reflections if r.effect == effect.id), key=lambda r: _period_key(r.half_year)
                    )
                ),
            )
        )
    return views


SPARK = "▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[float]) -> str:
    """A one-line chart of the values, for terminals and plain text."""
    if not values:
        return ""
    low, high = min(values), max(values)
    if high == low:
        return SPARK[3] * len(values)
    return "".join(SPARK[round((v - low) / (high - low) * (len(SPARK) - 1))] for v in values)


@dataclass(frozen=True)
class AreaView:
    """A gebied: its afspraken and their standing, and its latest values."""

    area_id: str
    name: str
    municipalities: tuple[str, ...]
    agreements: tuple[Row, ...]


def area_views(plan: Plan, today: date, all_rows: Sequence[Row] | None = None) -> list[AreaView]:
    """Per gebied the afspraken that concern it (the regional view adds them up); ``all_rows`` as above."""
    agreement_rows = [r for r in (rows(plan, today) if all_rows is None else all_rows) if r.type == "afspraak"]
    return [
        AreaView(a.id, a.name, a.municipalities, tuple(r for r in agreement_rows if a.id in r.areas))
        for a in plan.areas
    ]
