"""Edits for the half-yearly monitoring: record a measurement, write a reflection.

Each returns an :class:`~regiotrack.plan.edits.Edit` that ``saving.save_and_commit`` writes
and commits like every other edit. Input is checked here, with Dutch messages that name the
argument: an unknown indicator, area or effect, a value in the wrong unit or out of range, a
half-year outside the plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from regiotrack.errors import UserError, did_you_mean
from regiotrack.plan.edits import Edit
from regiotrack.plan.model import Plan
from regiotrack.plan.monitoring import (
    Measurement,
    Reflection,
    half_year_problem,
    reflection_id,
    unit_problem,
)
from regiotrack.plan.periods import Period, PeriodError
from regiotrack.plan.vocabulary import BY_KEY

_UNIT_SUFFIXES = (
    ("%", "procent"),
    ("procent", "procent"),
    ("per 1000 inwoners", "per 1000 inwoners"),
    ("per 1000", "per 1000 inwoners"),
    ("plekken", "plekken"),
    ("meldingen", "aantal"),
)
_THOUSANDS = re.compile(r"^-?\d{1,3}(\.\d{3})+$")


@dataclass(frozen=True)
class PutItem(Edit):
    """Add an item to a section, or replace the item with the same id (keeping its place)."""

    section: str = ""
    """The file key of the section (``meting``, ``reflectie``)."""
    item: Any = None
    """The new item."""

    def commit_body(self) -> str:
        """No body: the summary says it all."""
        return ""

    def apply(self, plan: Plan) -> Plan:
        """The plan with the item put in place."""
        attr = BY_KEY[self.section].attr
        items = getattr(plan, attr)
        if any(i.id == self.item.id for i in items):
            updated = tuple(self.item if i.id == self.item.id else i for i in items)
        else:
            updated = (*items, self.item)
        return plan.model_copy(update={attr: updated})


def parse_value(text: str) -> tuple[float, str | None]:
    """A value as people write it ("9.951", "82,5%", "11 per 1000") -> (number, unit or None)."""
    raw = text.strip()
    unit = None
    for suffix, name in _UNIT_SUFFIXES:
        if raw.lower().endswith(suffix):
            raw, unit = raw[: -len(suffix)].strip(), name
            break
    number = raw.replace(" ", "")
    if "," in number:
        number = number.replace(".", "").replace(",", ".")
    elif _THOUSANDS.match(number):
        number = number.replace(".", "")
    try:
        return float(number), unit
    except ValueError:
        raise UserError(
            f"WAARDE '{text}' is geen getal",
            'Schrijf een getal, zoals 4812, "4.812", "82,5" of "82%".',
        ) from None


def _half_year(plan: Plan, text: str) -> Period:
    try:
        period = Period.parse(text)
    except PeriodError:
        period = None
    if period is None or period.precision != "halfjaar" or period.end is not None or period.start.part is not None:
        raise UserError(f"--halfjaar '{text}' is geen halfjaar", "Schrijf bijvoorbeeld --halfjaar 2026-H1.")
    if why := half_year_problem(period, plan.term):
        raise UserError(f"--halfjaar: {why}", "Kies een halfjaar binnen de looptijd.")
    return period


def _known(option: str, value: str, known: list[str], what: str) -> None:
    if value not in known:
        guess = did_you_mean(value, known)
        raise UserError(
            f"{option} '{value}': {what} bestaat niet in dit plan" + (f"; {guess}" if guess else ""),
            f"Kies uit: {', '.join(known)}." if known else f"Declareer eerst een [[{what}]].",
        )


def record_measurement(
    plan: Plan,
    indicator_id: str,
    text: str,
    half_year: str,
    area: str | None = None,
    municipality: str | None = None,
    source: str | None = None,
) -> Edit:
    """Record (or correct) the value of an indicator for a half-year in the region, an area or a municipality."""
    indicators = {i.id: i for i in plan.indicators}
    _known("INDICATOR", indicator_id, list(indicators), "indicator")
    indicator = indicators[indicator_id]
    if area is not None and municipality is not None:
        raise UserError("geef --gebied óf --gemeente, niet beide", "Een meting hoort bij één plaats.")
    if area is not None:
        _known("--gebied", area, [a.id for a in plan.areas], "gebied")
    if municipality is not None:
        _known("--gemeente", municipality, list(plan.municipalities), "gemeente")
    period = _half_year(plan, half_year)
    value, unit = parse_value(text)
    if unit is not None and unit != indicator.unit:
        raise UserError(
            f"WAARDE '{text}' is in '{unit}', maar {indicator.id} ({indicator.name}) meet in '{indicator.unit}'",
            f"Geef de waarde in '{indicator.unit}'.",
        )
    if why := unit_problem(value, indicator.unit):
        raise UserError(f"WAARDE: {why}", f"Controleer de waarde; {indicator.id} meet in '{indicator.unit}'.")
    place = area or municipality or "regio"
    same = next(
        (
            m
            for m in plan.measurements
            if m.indicator == indicator_id and m.period == period and m.area == area and m.municipality == municipality
        ),
        None,
    )
    new_id = same.id if same is not None else _next_id(plan)
    data = {
        "id": new_id,
        "indicator": indicator_id,
        "periode": str(period),
        "waarde": value,
        "gebied": area,
        "gemeente": municipality,
        "bron": source,
    }
    item = Measurement.model_validate({k: v for k, v in data.items() if v is not None})
    shown = f"{value:g} {indicator.unit}"
    if same is not None:
        summary = f"{new_id}: meting {indicator_id} {period} {place} {same.value:g} → {value:g} ({indicator.unit})"
    else:
        summary = f"{new_id}: meting {indicator_id} {period} {place} = {shown}"
    return PutItem(new_id, {}, summary, section="meting", item=item)


def _next_id(plan: Plan) -> str:
    numbers = [int(m.id[2:]) for m in plan.measurements if re.fullmatch(r"M-\d+", m.id)]
    return f"M-{max(numbers, default=0) + 1:03d}"


def write_reflection(plan: Plan, effect_id: str, half_year: str, text: str) -> Edit:
    """Write (or rewrite) the reflection on an effect for a half-year."""
    _known("EFFECT", effect_id, [e.id for e in plan.effects], "effect")
    period = _half_year(plan, half_year)
    body = text.replace("\r\n", "\n").strip()
    if not body:
        raise UserError("de reflectie is leeg", "Schrijf in een paar zinnen wat de acties bijdroegen aan het effect.")
    item_id = reflection_id(effect_id, period)
    item = Reflection.model_validate({"id": item_id, "effect": effect_id, "halfjaar": str(period), "tekst": body})
    existed = any(r.id == item_id for r in plan.reflections)
    summary = f"{item_id}: reflectie op {effect_id} in {period.label()} " + ("herschreven" if existed else "toegevoegd")
    return PutItem(item_id, {}, summary, section="reflectie", item=item)
