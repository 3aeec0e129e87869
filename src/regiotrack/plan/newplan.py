"""A new, empty plan for ``regiotrack init --leeg``: only what every plan needs."""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError

from regiotrack.errors import UserError
from regiotrack.plan.model import Plan


def empty_plan(
    region: str, municipalities: tuple[str, ...], start: date, end: date, title: str | None, plan_id: str | None
) -> Plan:
    """A minimal valid plan: id, titel, regio, gemeenten and looptijd, no items yet."""
    if not region or not municipalities:
        raise UserError("een plan heeft een regio en minstens één gemeente", "Geef --regio en --gemeenten.")
    if end < start:
        raise UserError(f"de looptijd eindigt ({end}) voordat ze begint ({start})", "Verwissel --van en --tot.")
    data = {
        "id": plan_id or f"PLAN-{start.year}-{end.year}",
        "titel": title or f"Beleidskader {region} {start.year}-{end.year}",
        "regio": region,
        "gemeenten": municipalities,
        "looptijd": {"van": start, "tot": end},
    }
    try:
        return Plan.model_validate(data)
    except ValidationError as err:
        first = err.errors(include_url=False)[0]
        raise UserError(
            f"{first['loc'][0]}: {str(first['msg']).removeprefix('Value error, ')}", "Verbeter de waarde."
        ) from None
