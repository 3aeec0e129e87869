"""The calendar events of one plan version: what each item looks like in a calendar.

An :class:`Event` holds its content lines without the volatile properties (UID, DTSTAMP,
SEQUENCE, LAST-MODIFIED, reminders), so that the same function serves both the export and
the history pass (``calhistory``): an event's version rises exactly when these lines change,
i.e. for every change to what a calendar shows.

What Outlook users see must be complete without tasks (Outlook does not import VTODO): the
stored status is the SUMMARY's prefix ("[gereed] B2-05: …") and a DESCRIPTION line. The status
shown is the stored one, never the derived "verlopen": that depends on today, and an event
whose text changes without a new SEQUENCE is not updated by clients.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from regiotrack.plan.meeting import AGENDA_LEAD_DEFAULT, agenda_due
from regiotrack.plan.model import Agreement, PartnerMeeting, Plan, Recurring, Step, notes_text, time_parts
from regiotrack.plan.periods import Period
from regiotrack.plan.schedule import paper_deadline, tracked_items

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

_STATUS_EVENT = {"open": "CONFIRMED", "lopend": "CONFIRMED", "gereed": "CONFIRMED", "geblokkeerd": "CONFIRMED"}
_STATUS_TODO = {"open": "NEEDS-ACTION", "lopend": "IN-PROCESS", "gereed": "COMPLETED", "geblokkeerd": "NEEDS-ACTION"}
_CLOSED = ("gereed", "vervallen")


def escape_text(value: str) -> str:
    """A TEXT value per RFC 5545 §3.3.11: no plan text can break out of its property."""
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines start with a space
    return "\r\n ".join(parts)


def ical_date(day: date) -> str:
    """A DATE value: 20260331."""
    return day.strftime("%Y%m%d")


@dataclass(frozen=True)
class Event:
    """One calendar component of one item, without its volatile properties."""

    key: str
    """Item id plus suffix ("T17", "T17-stukken"): the UID is built from it."""
    item: Step | Agreement | PartnerMeeting | Recurring
    """The item it shows (feeds select on it)."""
    component: str
    """VEVENT or VTODO."""
    lines: tuple[str, ...]
    """Folded content lines (no BEGIN/END, UID, DTSTAMP, SEQUENCE, LAST-MODIFIED, VALARM)."""
    reminder: str | None = None
    """Text of a reminder before it (deadlines, paper due-dates), or None."""
    timed_year: int | None = None
    """The year of a timed start (the VTIMEZONE must cover it), None for all-day events."""

    def cancelled(self) -> Event:
        """The same event as STATUS:CANCELLED and without a reminder: clients drop it."""
        status = "STATUS:CANCELLED"
        lines = tuple(status if line.startswith("STATUS:") else line for line in self.lines)
        if status not in lines:
            lines = (*lines, status)
        return Event(self.key, self.item, self.component, lines, None, self.timed_year)


class _Lines:
    """Collects content lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, name: str, value: str) -> None:
        self.lines.append(fold(f"{name}:{value}"))

    def text(self, name: str, value: str | None) -> None:
        if value:
            self.add(name, escape_text(value))

    def busy(self, blocks_time: bool) -> None:
        """TRANSP, and the same for Outlook, which reads its own property for free/busy."""
        self.add("TRANSP", "OPAQUE" if blocks_time else "TRANSPARENT")
        self.add("X-MICROSOFT-CDO-BUSYSTATUS", "BUSY" if blocks_time else "FREE")

    def categories(self, values: Iterable[str | None]) -> None:
        kept = [escape_text(v) for v in dict.fromkeys(v for v in values if v)]
        self.add("CATEGORIES", ",".join(kept))


class _Context:
    """Plan-level facts events show: names of organisations, bodies and groups; the web address."""

    def __init__(self, plan: Plan):
        self.plan = plan
        self.names = {o.id: o.name for o in plan.organisations} | {b.id: b.name for b in plan.bodies}
        self.groups = {g.id: g for g in plan.working_groups}

    def name(self, actor: str | None) -> str:
        if actor is None:
            return ""
        return f"{self.names[actor]} ({actor})" if actor in self.names else actor

    def url(self, item_id: str) -> str | None:
        return f"{self.plan.url}#{item_id}" if self.plan.url else None


def _prefix(status: str) -> str:
    return "" if status == "open" else f"[{status}] "


def _status_line(status: str, done_on: date | None) -> str:
    return f"Status: {status}" + (f" (op {done_on.isoformat()})" if done_on else "")


def _span(out: _Lines, tz: str, first: date, last: date, time: str | None) -> int | None:
    if time is None:
        out.add("DTSTART;VALUE=DATE", ical_date(first))
        out.add("DTEND;VALUE=DATE", ical_date(last + timedelta(days=1)))
        return None
    (sh, sm), end = time_parts(time)
    eh, em = end if end is not None else (sh + 1 if sh < 23 else 23, sm if sh < 23 else 59)
    out.add(f"DTSTART;TZID={tz}", f"{ical_date(first)}T{sh:02d}{sm:02d}00")
    out.add(f"DTEND;TZID={tz}", f"{ical_date(first)}T{eh:02d}{em:02d}00")
    return first.year


def _finish(out: _Lines, ctx: _Context, item_id: str, description: Iterable[str | None]) -> None:
    out.text("DESCRIPTION", "\n".join(d for d in description if d))
    link = ctx.url(item_id)
    if link:
        out.add("URL;VALUE=URI", link)


def _step(ctx: _Context, step: Step) -> list[Event]:
    out = _Lines()
    tz = ctx.plan.timezone
    year = _span(out, tz, step.first_day, step.last_day, step.time)
    when = "" if step.is_exact else f" ({step.period.label() if step.period else ''})"
    out.text("SUMMARY", f"{_prefix(step.status)}{step.activity}{when}")
    out.text("LOCATION", step.location)
    out.add("STATUS", "CANCELLED" if step.status == "vervallen" else ("CONFIRMED" if step.is_exact else "TENTATIVE"))
    out.busy(year is not None)  # only a timed session blocks time
    out.categories(("regiotrack", step.kind, step.body, step.status))
    _finish(
        out,
        ctx,
        step.id,
        (
            f"{step.id} · {step.kind}" + (f" · {step.duration}" if step.duration else ""),
            f"Gremium: {ctx.name(step.body)}" if step.body else None,
            f"Af op: {step.done_by.isoformat()}" if step.done_by else None,
            "Vaste datum" if step.fixed_date else None,
            _status_line(step.status, step.done_on),
            step.remark,
            f"Vervallen: {step.reason}" if step.reason else None,
            notes_text(step.notes) or None,
        ),
    )
    reminder = f"Deadline: {step.activity}" if step.kind == "deadline" and step.status not in _CLOSED else None
    events = [Event(step.id, step, "VEVENT", tuple(out.lines), reminder, year)]
    papers = paper_deadline(step)
    if papers is not None:
        paper = _Lines()
        _span(paper, tz, papers, papers, None)
        paper.text("SUMMARY", f"{_prefix(step.status)}Stukken aanleveren: {step.activity}")
        paper.add("RELATED-TO;RELTYPE=PARENT", f"{ctx.plan.id}-{step.id}@regiotrack")
        paper.add("STATUS", "CANCELLED" if step.status == "vervallen" else "CONFIRMED")
        paper.busy(False)
        paper.categories(("regiotrack", "stukken", step.body, step.status))
        _finish(paper, ctx, step.id, (f"{step.papers_lead_time} voor {step.id} ({step.activity})",))
        alarm = f"Stukken aanleveren: {step.activity}" if step.status not in _CLOSED else None
        events.append(Event(f"{step.id}-stukken", step, "VEVENT", tuple(paper.lines), alarm))
    return events


def _agreement(ctx: _Context, agreement: Agreement, as_task: bool) -> list[Event]:
    deadline = agreement.deadline
    if deadline is None and not as_task:
        return []  # nothing to put on a day; the task list (--taken) shows it
    due = deadline.last_day if isinstance(deadline, Period) else deadline
    out = _Lines()
    if as_task:
        if due is not None:
            out.add("DUE;VALUE=DATE", ical_date(due))
        out.add("STATUS", _STATUS_TODO.get(agreement.status, "CANCELLED"))
        if agreement.done_on is not None:
            out.add("COMPLETED", f"{ical_date(agreement.done_on)}T000000Z")
    else:
        assert due is not None
        _span(out, ctx.plan.timezone, due, due, None)
        out.add("STATUS", _STATUS_EVENT.get(agreement.status, "CANCELLED"))
        out.busy(False)
    out.text("SUMMARY", f"{_prefix(agreement.status)}{agreement.id}: {agreement.title}")
    group = ctx.groups.get(agreement.working_group or "")
    out.categories(("regiotrack", "afspraak", agreement.working_group, agreement.lead, agreement.status))
    _finish(
        out,
        ctx,
        agreement.id,
        (
            f"Trekker: {ctx.name(agreement.lead)}",
            f"Partners: {', '.join(ctx.name(p) for p in agreement.partners)}" if agreement.partners else None,
            f"Werkgroep: {group.id} {group.name} (trekkers: {', '.join(group.leads)}"
            + (f"; facilitators: {', '.join(group.facilitators)}" if group.facilitators else "")
            + ")"
            if group
            else None,
            f"Gremium: {ctx.name(agreement.body)}" if agreement.body else None,
            f"Termijn: {deadline.label()}" if isinstance(deadline, Period) else None,
            _status_line(agreement.status, agreement.done_on),
            agreement.description,
            f"Bron: {agreement.source}" if agreement.source else None,
            f"Vervallen: {agreement.reason}" if agreement.reason else None,
            notes_text(agreement.notes) or None,
        ),
    )
    reminder = f"Deadline {agreement.id}: {agreement.title}" if agreement.status not in _CLOSED and due else None
    return [Event(agreement.id, agreement, "VTODO" if as_task else "VEVENT", tuple(out.lines), reminder)]


def _meeting(ctx: _Context, meeting: PartnerMeeting) -> list[Event]:
    if meeting.day is None:
        return []  # not planned yet: nothing to put in a calendar
    out = _Lines()
    year = _span(out, ctx.plan.timezone, meeting.day, meeting.day, meeting.time)
    out.text("SUMMARY", f"{_prefix(meeting.status)}{meeting.title}")
    out.text("LOCATION", meeting.location)
    out.add("STATUS", "CANCELLED" if meeting.status == "vervallen" else "CONFIRMED")
    out.busy(year is not None)
    out.categories(("regiotrack", "partneroverleg", meeting.prepared_by, meeting.status))
    _finish(
        out,
        ctx,
        meeting.id,
        (
            f"Voorbereiding: {ctx.name(meeting.prepared_by)}" if meeting.prepared_by else None,
            _status_line(meeting.status, meeting.done_on),
            f"Vervallen: {meeting.reason}" if meeting.reason else None,
            notes_text(meeting.notes) or None,
        ),
    )
    return [Event(meeting.id, meeting, "VEVENT", tuple(out.lines), None, year), *_agenda_reminder(ctx, meeting)]


def _agenda_reminder(ctx: _Context, meeting: PartnerMeeting) -> list[Event]:
    """'Agenda verzenden' on the day the agenda should go out (``agenda_vooraf``, two weeks by default).

    The event belongs to the meeting (its item), so feeds select it as they select the meeting:
    it is on the full calendar and on the calendar of whoever prepares it (``--voor PT``,
    ``--trekker PT``). Its key is the meeting's id with '-agenda': a re-import moves it along.
    """
    due = agenda_due(meeting)
    if due is None:
        return []
    out = _Lines()
    _span(out, ctx.plan.timezone, due, due, None)
    out.text("SUMMARY", f"Agenda verzenden: {meeting.title}")
    out.add("STATUS", "CANCELLED" if meeting.status == "vervallen" else "CONFIRMED")
    out.busy(False)
    out.categories(("regiotrack", "agenda", meeting.prepared_by))
    lead = meeting.agenda_lead_time or AGENDA_LEAD_DEFAULT
    sent = f"Verzonden op {meeting.agenda_sent}." if meeting.agenda_sent else "Nog niet verzonden."
    _finish(
        out,
        ctx,
        meeting.id,
        (
            f"Agendapakket voor {meeting.id} op {meeting.day}, {lead} vooraf. {sent}",
            f"regiotrack partneroverleg agenda {meeting.id} -o agenda.html",
            f"Voorbereiding: {ctx.name(meeting.prepared_by)}" if meeting.prepared_by else None,
        ),
    )
    open_ = meeting.agenda_sent is None and not meeting.has_minutes and meeting.status != "vervallen"
    reminder = f"Agenda verzenden: {meeting.title}" if open_ else None
    return [Event(f"{meeting.id}-agenda", meeting, "VEVENT", tuple(out.lines), reminder)]


def _recurring(ctx: _Context, moment: Recurring) -> Event:
    out = _Lines()
    _span(out, ctx.plan.timezone, moment.first, moment.first, None)
    rule = moment.rule
    if moment.until is not None and "UNTIL=" not in rule and "COUNT=" not in rule:
        rule += f";UNTIL={ical_date(moment.until)}"
    out.add("RRULE", rule)
    out.text("SUMMARY", moment.name)
    out.add("STATUS", "CONFIRMED")
    out.busy(False)
    out.categories(("regiotrack", "terugkerend", moment.lead))
    _finish(
        out,
        ctx,
        moment.id,
        (
            f"Trekker: {ctx.name(moment.lead)}" if moment.lead else None,
            f"Bron: {moment.source}" if moment.source else None,
            notes_text(moment.notes) or None,
        ),
    )
    return Event(moment.id, moment, "VEVENT", tuple(out.lines))


def item_events(ctx: _Context, item: Step | Agreement | PartnerMeeting | Recurring, as_tasks: bool) -> list[Event]:
    """The events of one item (none for an agreement without a deadline or an unplanned meeting)."""
    if isinstance(item, Step):
        return _step(ctx, item)
    if isinstance(item, Agreement):
        return _agreement(ctx, item, as_tasks)
    if isinstance(item, PartnerMeeting):
        return _meeting(ctx, item)
    return [_recurring(ctx, item)]


def context(plan: Plan) -> _Context:
    """The plan-level facts events show (names, groups, web address), for :func:`item_events`."""
    return _Context(plan)


def calendar_items(plan: Plan) -> list[Step | Agreement | PartnerMeeting | Recurring]:
    """The items a calendar can show, in file order."""
    return [*tracked_items(plan), *plan.recurring]


def collect(plan: Plan, as_tasks: bool = False) -> list[Event]:
    """Every event of the plan, in file order: steps (and paper deadlines), agreements,
    partner meetings, recurring moments."""
    ctx = _Context(plan)
    return [event for item in calendar_items(plan) for event in item_events(ctx, item, as_tasks)]
