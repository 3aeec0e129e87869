"""Value types of plan fields: statuses, days in range, deadlines, lead times, times of day.

Annotated types with their validators and serialisers, shared by the models in ``model.py``
and ``timeline.py``. No I/O.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BeforeValidator,
    PlainSerializer,
    WithJsonSchema,
)

from regiotrack.plan.fields import FileModel as FileModel
from regiotrack.plan.fields import ItemId as ItemId
from regiotrack.plan.fields import PeriodField as PeriodField
from regiotrack.plan.fields import to_period as _to_period
from regiotrack.plan.periods import Period, out_of_range
from regiotrack.plan.vocabulary import SCHEMA_VERSION as SCHEMA_VERSION
from regiotrack.plan.vocabulary import STATUSES as STATUSES
from regiotrack.plan.vocabulary import STEP_KINDS as STEP_KINDS

Status = Literal["open", "lopend", "gereed", "geblokkeerd", "vervallen"]
"""Stored status of a step, agreement or partner meeting."""

StepKind = Literal["periode", "sessie", "deadline", "dag"]
"""Kind of a timeline row: a span of work, a meeting, a delivery moment, or one working day."""


def _check_range(value: date) -> date:
    message = out_of_range(value)
    if message is not None:
        raise ValueError(message)
    return value


PlanDate = Annotated[date, AfterValidator(_check_range)]
"""A day in the years regiotrack handles (``periods.FIRST_YEAR`` to ``LAST_YEAR``)."""


def _to_deadline(value: Any) -> Any:
    if isinstance(value, date):
        return _check_range(value)
    if isinstance(value, Period):
        return value
    if isinstance(value, str):
        return _to_period(value)
    raise ValueError('moet een datum zijn (2026-03-31, zonder aanhalingstekens) of een periode als "2026-Q1"')


def _deadline_text(value: date | Period) -> date | str:
    return value if isinstance(value, date) else str(value)


Deadline = Annotated[
    date | Period,
    BeforeValidator(_to_deadline),
    PlainSerializer(_deadline_text),
    WithJsonSchema({"type": "string"}),
]
"""A deadline: an exact day, or a period that falls due on its last day."""

_LEAD = re.compile(r"^(\d+) (dag|dagen|werkdag|werkdagen|week|weken)$")


def _check_lead_time(value: Any) -> Any:
    if isinstance(value, str) and not _LEAD.match(value.strip()):
        raise ValueError(
            f'\'{value}\' is geen doorlooptijd; schrijf bijvoorbeeld "1 week", "2 weken", "5 dagen" of "3 werkdagen"'
        )
    return value


LeadTime = Annotated[str, BeforeValidator(_check_lead_time)]

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)(?:-([01]\d|2[0-3]):([0-5]\d))?$")


def _check_time(value: Any) -> Any:
    match = _TIME.match(value) if isinstance(value, str) else None
    if isinstance(value, str) and (match is None or (match[3] and (match[3], match[4]) <= (match[1], match[2]))):
        raise ValueError(f'\'{value}\' is geen tijd; schrijf "14:00" of "14:00-16:00" (einde na begin)')
    return value


TimeOfDay = Annotated[str, BeforeValidator(_check_time)]
"""A start time or time span on the item's day: "14:00" or "14:00-16:00" (Europe/Amsterdam)."""


def time_parts(text: str) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """((hour, minute) start, (hour, minute) end or None) of a valid time text."""
    match = _TIME.match(text)
    assert match is not None
    end = (int(match[3]), int(match[4])) if match[3] else None
    return (int(match[1]), int(match[2])), end


"""A lead time in words: "1 week", "5 dagen", "3 werkdagen"."""


def lead_time_parts(text: str) -> tuple[int, bool]:
    """Split a valid lead time into (number of days, counts working days only)."""
    match = _LEAD.match(text.strip())
    if match is None:
        raise ValueError(text)
    amount, unit = int(match[1]), match[2]
    if unit in ("week", "weken"):
        return amount * 7, False
    return amount, unit.startswith("werkdag")


VERDICTS = ("vasthouden", "versterken", "vernieuwen", "verlaten")
"""The verdicts of a yearly review (as in seed 003, Samen Veilig 2019-2022)."""


def parse_review(text: str) -> tuple[int, str, str]:
    """'2026: versterken — toelichting' -> (2026, 'versterken', 'toelichting'); ValueError in Dutch."""
    match = re.fullmatch(r"(\d{4}): (\w+)(?: — (.+))?", text, re.DOTALL)
    if match is None:
        raise ValueError(f'beoordeling \'{text}\' heeft niet de vorm "JAAR: OORDEEL" of "JAAR: OORDEEL — TOELICHTING"')
    year, verdict, explanation = match.groups()
    if verdict not in VERDICTS:
        raise ValueError(f"oordeel '{verdict}' is onbekend; kies uit {', '.join(VERDICTS)}")
    return int(year), verdict, explanation or ""


def _check_review(text: str) -> str:
    parse_review(text)
    return text


ReviewText = Annotated[str, AfterValidator(_check_review)]
"""One yearly review as one line of text (diffs and merges per line)."""
