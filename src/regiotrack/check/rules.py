"""Rule warnings: things a careful planner would want to know, which do not make a plan invalid.

- papers due later than a session's lead time allows;
- sessions, deadlines and single days on a weekend or a Dutch public holiday;
- constraints such as "decision before the elections of 18 March 2026";
- a partner meeting coming close without a date, or without its agenda sent;
- deadlines before or after the plan period; a 'gereed_op' day on an item that is not gereed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from regiotrack.check.lineindex import LineIndex
from regiotrack.errors import Problem
from regiotrack.plan.meeting import AGENDA_WARNING_DAYS, agenda_warning, when_example
from regiotrack.plan.model import Plan
from regiotrack.plan.periods import Period
from regiotrack.plan.schedule import paper_deadline
from regiotrack.plan.vocabulary import CLOSED_STATUSES, SECTIONS

PARTNER_MEETING_WARNING_DAYS = AGENDA_WARNING_DAYS
"""Warn from six weeks before a half-year starts when its partner meeting has no date."""

_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


class _Where:
    """Line lookup by item id and key, for warnings."""

    def __init__(self, plan: Plan, index: LineIndex, file: str):
        self.file = file
        self.index = index
        self.sections: dict[str, tuple[str, int]] = {}
        for section in SECTIONS:
            alias, name = section.key, section.attr
            for number, item in enumerate(getattr(plan, name)):
                self.sections[item.id] = (alias, number)

    def warn(self, item_id: str | None, field: str | None, message: str, hint: str = "") -> Problem:
        line = None
        if item_id in self.sections:
            section, number = self.sections[item_id]
            path: tuple[str, ...] = (section, str(number)) + ((field,) if field else ())
            line = self.index.line_of(path)
        return Problem(message, hint, self.file, line, item_id, field, "waarschuwing")


def rule_warnings(plan: Plan, today: date, index: LineIndex, file: str) -> list[Problem]:
    """All rule warnings for the plan as of ``today``, in file order of the items."""
    where = _Where(plan, index, file)
    warnings = [
        *_paper_deadlines(plan, where),
        *_free_days(plan, where),
        *_constraints(plan, where),
        *_partner_meetings(plan, today, where),
        *_bookkeeping(plan, where),
    ]
    return sorted(warnings, key=lambda p: p.line or 0)


def _paper_deadlines(plan: Plan, where: _Where) -> Iterator[Problem]:
    steps = {s.id: s for s in plan.steps}
    for step in plan.steps:
        if step.papers_for is None or step.papers_for not in steps:
            continue
        session = steps[step.papers_for]
        due = paper_deadline(session)
        if due is not None and step.last_day > due:
            yield where.warn(
                step.id,
                "stukken_voor",
                f"levert stukken tot {_day(step.last_day)}, maar {session.id} ({session.activity}) "
                f"vraagt ze {session.papers_lead_time} vooraf: uiterlijk {_day(due)}",
                f"Vervroeg {step.id} of spreek met {session.id} een latere aanlevering af.",
            )


def _free_days(plan: Plan, where: _Where) -> Iterator[Problem]:
    years = range(plan.term.start.year - 1, plan.term.end.year + 2)
    holidays = _dutch_holidays(years)

    def check(item_id: str, field: str, day: date | None, what: str) -> Iterator[Problem]:
        if day is None:
            return
        reason = holidays.get(day) or (_WEEKDAYS[day.weekday()] if day.weekday() >= 5 else None)
        if reason:
            yield where.warn(
                item_id,
                field,
                f"{what} valt op {_day(day)} ({reason})",
                "Kies een werkdag, of laat het zo als dat de bedoeling is.",
            )

    for step in plan.steps:
        if step.kind != "periode" and step.day is not None:
            yield from check(step.id, "datum", step.day, step.kind)
        if step.kind == "deadline" and step.end is not None:
            yield from check(step.id, "tot", step.end, "deadline")
        if step.papers_lead_time:
            yield from check(step.id, "stukken_vooraf", paper_deadline(step), "stukken aanleveren")
        yield from check(step.id, "af_op", step.done_by, "af-datum")
    for agreement in plan.agreements:
        if isinstance(agreement.deadline, date):
            yield from check(agreement.id, "deadline", agreement.deadline, "deadline")
    for meeting in plan.partner_meetings:
        yield from check(meeting.id, "datum", meeting.day, "partneroverleg")


def _dutch_holidays(years: range) -> dict[date, str]:
    """Dutch public holidays by date, with Dutch names (the 'holidays' package's, without its import cost)."""
    from regiotrack.plan.publicholidays import dutch_holidays

    return dutch_holidays(years)


def _constraints(plan: Plan, where: _Where) -> Iterator[Problem]:
    steps = {s.id: s for s in plan.steps}
    for constraint in plan.constraints:
        step = steps.get(constraint.step)
        done_in_time = (
            step is not None
            and step.status in CLOSED_STATUSES
            and (step.done_on is None or step.done_on < constraint.before)
        )
        if step is None or done_in_time:
            continue
        strength = "eis" if constraint.strength == "eis" else "voorkeur"
        if step.first_day >= constraint.before:
            yield where.warn(
                constraint.id,
                "voor",
                f"{step.id} ({step.activity}) valt op of na {_day(constraint.before)}: "
                f"{constraint.description} ({strength}) wordt niet gehaald",
                f"Vervroeg {step.id} of bespreek de gevolgen.",
            )
        elif step.last_day >= constraint.before:
            yield where.warn(
                constraint.id,
                "voor",
                f"{step.id} ({step.activity}) kan tot {_day(step.last_day)} duren: "
                f"{constraint.description} ({strength}) is niet zeker",
                f"Leg {step.id} vast op een datum vóór {_day(constraint.before)}.",
            )


def _partner_meetings(plan: Plan, today: date, where: _Where) -> Iterator[Problem]:
    """A meeting within six weeks without a date, or without its agenda sent (``plan/meeting.py``)."""
    for meeting in plan.partner_meetings:
        warning = agenda_warning(meeting, today)
        if warning is None:
            continue
        if meeting.day is None:
            start, end = meeting.half_year.first_day, meeting.half_year.last_day
            when = (
                f"het halfjaar begint over {(start - today).days} dagen"
                if today < start
                else f"het halfjaar eindigt over {(end - today).days} dagen"
            )
            yield where.warn(
                meeting.id,
                "datum",
                f"{warning}; {when}",
                f'Plan het overleg: regiotrack partneroverleg plannen {meeting.id} "{when_example(meeting)}" '
                '--locatie "…".',
            )
        else:
            yield where.warn(
                meeting.id,
                "agenda_verzonden",
                warning,
                f"Maak het agendapakket (regiotrack partneroverleg agenda {meeting.id} -o agenda.html), "
                f"verzend het en leg dat vast: regiotrack partneroverleg agenda {meeting.id} --verzonden.",
            )


def _bookkeeping(plan: Plan, where: _Where) -> Iterator[Problem]:
    items: list[Any] = [*plan.steps, *plan.agreements, *plan.partner_meetings]
    for item in items:
        if item.done_on is not None and item.status != "gereed":
            yield where.warn(
                item.id,
                "gereed_op",
                f"heeft gereed_op = {item.done_on} maar status '{item.status}'",
                "Zet de status op gereed, of verwijder gereed_op.",
            )
    for agreement in plan.agreements:
        deadline = agreement.deadline
        last = deadline.last_day if isinstance(deadline, Period) else deadline
        if last is not None and last > plan.term.end:
            yield where.warn(
                agreement.id,
                "deadline",
                f"deadline ({_label(deadline)}) ligt na de looptijd van het plan (tot {_day(plan.term.end)})",
                "Neem het mee in het volgende plan, of controleer de deadline.",
            )
        elif last is not None and last < plan.term.start:
            yield where.warn(
                agreement.id,
                "deadline",
                f"deadline ({_label(deadline)}) ligt vóór de looptijd van het plan (vanaf {_day(plan.term.start)})",
                "Controleer de deadline (het jaar?), of laat het zo als het een afspraak uit het vorige plan is.",
            )


def _label(value: date | Period | None) -> str:
    if isinstance(value, Period):
        return value.label()
    return _day(value) if value else ""


def _day(day: date | None) -> str:
    return day.isoformat() if day else "?"


def step_paper_deadlines(plan: Plan) -> dict[str, date]:
    """Derived paper deadline per session id, for views and calendars."""
    return {s.id: d for s in plan.steps if (d := paper_deadline(s)) is not None}
