"""iCalendar (RFC 5545) export that calendar clients import and re-import cleanly.

- One UID per item that never changes (plan id + item id), so a second import updates.
- SEQUENCE and LAST-MODIFIED from git history when available; DTSTAMP from "today", so the
  same plan and the same today give byte-identical output.
- Date-only items as VALUE=DATE with an exclusive DTEND; timed items with TZID and a VTIMEZONE.
- vervallen items, and items removed from the plan, as STATUS:CANCELLED.
- Text escaped and lines folded here, by hand: building 10,000 events through icalendar's
  property objects takes several seconds. icalendar itself supplies the VTIMEZONE.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from pydantic import ValidationError

from regiotrack.plan.filters import RowFilter
from regiotrack.plan.model import (
    Agreement,
    NoteEntry,
    PartnerMeeting,
    Plan,
    Recurring,
    Step,
    notes_text,
    section_model,
    time_parts,
)
from regiotrack.plan.periods import Period
from regiotrack.plan.schedule import Row, paper_deadline, rows
from regiotrack.plan.vocabulary import ITEM_TYPES

_STATUS_EVENT = {
    "open": "CONFIRMED",
    "lopend": "CONFIRMED",
    "gereed": "CONFIRMED",
    "geblokkeerd": "CONFIRMED",
    "vervallen": "CANCELLED",
}
_STATUS_TODO = {
    "open": "NEEDS-ACTION",
    "lopend": "IN-PROCESS",
    "gereed": "COMPLETED",
    "geblokkeerd": "NEEDS-ACTION",
    "vervallen": "CANCELLED",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

_CALENDAR_SECTIONS = (*ITEM_TYPES, "terugkerend")
"""Sections whose items appear in a calendar."""

Versions = Mapping[str, tuple[int, datetime]]
"""Item id -> (SEQUENCE, LAST-MODIFIED), from ``history.log.calendar_versions``."""


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


def _date(day: date) -> str:
    return day.strftime("%Y%m%d")


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


@dataclass(frozen=True)
class ExportOptions:
    """What to export and how."""

    selection: RowFilter = field(default_factory=RowFilter)
    """Which items (trekker, werkgroep, gremium, soort)."""
    as_tasks: bool = False
    """Agreements as VTODO instead of VEVENT."""
    name: str | None = None
    """Calendar name; default the plan's title."""


class _Writer:
    """Collects content lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, name: str, value: str) -> None:
        self.lines.append(fold(f"{name}:{value}"))

    def text(self, name: str, value: str | None) -> None:
        if value:
            self.add(name, escape_text(value))


def export_calendar(
    plan: Plan,
    today: date,
    options: ExportOptions | None = None,
    versions: Versions | None = None,
    removed: Iterable[tuple[str, dict[str, Any]]] = (),
) -> str:
    """The whole VCALENDAR as text with CRLF line ends."""
    versions = versions or {}
    options = options or ExportOptions()
    stamp = f"{_date(today)}T000000Z"
    selected = options.selection.apply(rows(plan, today))
    out = _Writer()
    out.lines += [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//regiotrack//regiotrack//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    out.text("X-WR-CALNAME", options.name or plan.title)
    out.add("X-WR-TIMEZONE", plan.timezone)
    body = _Writer()
    timed = False
    for row in selected:
        timed |= _item(body, plan, row, stamp, versions, options)
    for moment in plan.recurring:
        if _keep_recurring(moment, options.selection):
            _recurring(body, plan, moment, stamp, versions)
    for section, data in removed:
        _cancelled(body, plan, section, data, stamp, versions, options)
    if timed:
        out.lines += _vtimezone(plan.timezone, today)
    out.lines += body.lines
    out.lines.append("END:VCALENDAR")
    return "\r\n".join(out.lines) + "\r\n"


def uid(plan: Plan, item_id: str, suffix: str = "") -> str:
    """The item's permanent UID."""
    return f"{plan.id}-{item_id}{suffix}@regiotrack"


def _common(out: _Writer, plan: Plan, item_id: str, stamp: str, versions: Versions, suffix: str = "") -> None:
    out.add("UID", uid(plan, item_id, suffix))
    out.add("DTSTAMP", stamp)
    sequence, modified = versions.get(item_id, (0, None))
    out.add("SEQUENCE", str(sequence))
    if modified is not None:
        out.add("LAST-MODIFIED", _utc(modified))


def _span(out: _Writer, plan: Plan, first: date, last: date, time: str | None) -> bool:
    if time is None:
        out.add("DTSTART;VALUE=DATE", _date(first))
        out.add("DTEND;VALUE=DATE", _date(last + timedelta(days=1)))
        return False
    (sh, sm), end = time_parts(time)
    eh, em = end if end is not None else (sh + 1 if sh < 23 else 23, sm if sh < 23 else 59)
    out.add(f"DTSTART;TZID={plan.timezone}", f"{_date(first)}T{sh:02d}{sm:02d}00")
    out.add(f"DTEND;TZID={plan.timezone}", f"{_date(first)}T{eh:02d}{em:02d}00")
    return True


def _item(out: _Writer, plan: Plan, row: Row, stamp: str, versions: Versions, options: ExportOptions) -> bool:
    item = row.item
    if isinstance(item, Step):
        return _step(out, plan, item, stamp, versions)
    if isinstance(item, Agreement):
        _agreement(out, plan, item, stamp, versions, options.as_tasks)
        return False
    return _meeting(out, plan, item, stamp, versions)


def _step(out: _Writer, plan: Plan, step: Step, stamp: str, versions: Versions) -> bool:
    out.lines.append("BEGIN:VEVENT")
    _common(out, plan, step.id, stamp, versions)
    timed = _span(out, plan, step.first_day, step.last_day, step.time)
    precise = step.period is None
    out.text("SUMMARY", f"{step.activity}" + ("" if precise else f" ({step.period.label() if step.period else ''})"))
    details = [f"{step.kind}", step.duration or "", step.remark or "", _reason(step.reason), notes_text(step.notes)]
    out.text("DESCRIPTION", "\n".join(d for d in details if d))
    out.add("STATUS", "CANCELLED" if step.status == "vervallen" else ("CONFIRMED" if precise else "TENTATIVE"))
    out.add("TRANSP", "TRANSPARENT" if step.kind == "periode" else "OPAQUE")
    out.add("CATEGORIES", f"regiotrack,{step.kind}")
    out.lines.append("END:VEVENT")
    papers = paper_deadline(step)
    if papers is not None:
        out.lines.append("BEGIN:VEVENT")
        _common(out, plan, step.id, stamp, versions, "-stukken")
        _span(out, plan, papers, papers, None)
        out.text("SUMMARY", f"Stukken aanleveren: {step.activity}")
        out.text("DESCRIPTION", f"{step.papers_lead_time} voor {step.id} ({step.activity})")
        out.add("RELATED-TO;RELTYPE=PARENT", uid(plan, step.id))
        out.add("STATUS", "CANCELLED" if step.status == "vervallen" else "CONFIRMED")
        out.add("TRANSP", "TRANSPARENT")
        out.add("CATEGORIES", "regiotrack,stukken")
        out.lines.append("END:VEVENT")
    return timed


def _agreement(out: _Writer, plan: Plan, agreement: Agreement, stamp: str, versions: Versions, as_task: bool) -> None:
    deadline = agreement.deadline
    if deadline is None and not as_task:
        return
    due = deadline.last_day if isinstance(deadline, Period) else deadline
    kind = "VTODO" if as_task else "VEVENT"
    out.lines.append(f"BEGIN:{kind}")
    _common(out, plan, agreement.id, stamp, versions)
    if as_task:
        if due is not None:
            out.add("DUE;VALUE=DATE", _date(due))
        out.add("STATUS", _STATUS_TODO[agreement.status])
        if agreement.done_on is not None:
            out.add("COMPLETED", f"{_date(agreement.done_on)}T000000Z")
    else:
        assert due is not None
        _span(out, plan, due, due, None)
        out.add("STATUS", _STATUS_EVENT[agreement.status])
        out.add("TRANSP", "TRANSPARENT")
    out.text("SUMMARY", f"{agreement.id}: {agreement.title}")
    details = [f"Trekker: {agreement.lead}", f"Status: {agreement.status}"]
    if isinstance(deadline, Period):
        details.append(f"Termijn: {deadline.label()}")
    details += [
        f"Bron: {agreement.source}" if agreement.source else "",
        _reason(agreement.reason),
        notes_text(agreement.notes),
    ]
    out.text("DESCRIPTION", "\n".join(d for d in details if d))
    out.add("CATEGORIES", "regiotrack,afspraak")
    out.lines.append(f"END:{kind}")


def _meeting(out: _Writer, plan: Plan, meeting: PartnerMeeting, stamp: str, versions: Versions) -> bool:
    if meeting.day is None:
        return False  # not planned yet: nothing to put in a calendar
    out.lines.append("BEGIN:VEVENT")
    _common(out, plan, meeting.id, stamp, versions)
    timed = _span(out, plan, meeting.day, meeting.day, meeting.time)
    out.text("SUMMARY", meeting.title)
    out.text("DESCRIPTION", "\n".join(d for d in (_reason(meeting.reason), notes_text(meeting.notes)) if d) or None)
    out.add("STATUS", "CANCELLED" if meeting.status == "vervallen" else "CONFIRMED")
    out.add("CATEGORIES", "regiotrack,partneroverleg")
    out.lines.append("END:VEVENT")
    return timed


def _keep_recurring(moment: Recurring, selection: RowFilter) -> bool:
    if selection.overdue or selection.soon or selection.status or selection.working_group or selection.body:
        return False
    if selection.kind and selection.kind not in ("terugkerend",):
        return False
    return not selection.lead or moment.lead == selection.lead


def _recurring(out: _Writer, plan: Plan, moment: Recurring, stamp: str, versions: Versions) -> None:
    out.lines.append("BEGIN:VEVENT")
    _common(out, plan, moment.id, stamp, versions)
    _span(out, plan, moment.first, moment.first, None)
    rule = moment.rule
    if moment.until is not None and "UNTIL=" not in rule and "COUNT=" not in rule:
        rule += f";UNTIL={_date(moment.until)}"
    out.add("RRULE", rule)
    out.text("SUMMARY", moment.name)
    out.text(
        "DESCRIPTION",
        "\n".join(d for d in (f"Bron: {moment.source}" if moment.source else "", notes_text(moment.notes)) if d),
    )
    out.add("TRANSP", "TRANSPARENT")
    out.add("CATEGORIES", "regiotrack,terugkerend")
    out.lines.append("END:VEVENT")


def _reason(reason: str | None) -> str:
    return f"Vervallen: {reason}" if reason else ""


def _cancelled(
    out: _Writer, plan: Plan, section: str, data: dict[str, Any], stamp: str, versions: Versions, options: ExportOptions
) -> None:
    """A removed item, exported once more as CANCELLED so that clients drop it on re-import."""
    if section not in _CALENDAR_SECTIONS:
        return
    model = section_model(section)
    try:
        item = model.model_validate(data)
    except ValidationError:
        return
    if isinstance(item, Recurring):
        item = item.model_copy(
            update={"notes": (NoteEntry.model_validate({"tekst": "Vervallen: niet meer in het plan."}),)}
        )
        _recurring(out, plan, item, stamp, versions)
        out.lines.insert(len(out.lines) - 1, "STATUS:CANCELLED")
        return
    if isinstance(item, (Step, Agreement, PartnerMeeting)):
        cancelled = item.model_copy(update={"status": "vervallen"})
        from regiotrack.plan.schedule import item_type, standing

        row = Row(
            item_type(cancelled),
            cancelled,
            getattr(cancelled, "title", cancelled.id),
            getattr(cancelled, "lead", None),
            standing(cancelled, date.min),
        )
        _item(out, plan, row, stamp, versions, options)


def _vtimezone(tzid: str, today: date) -> list[str]:
    """The VTIMEZONE for the plan's zone, from icalendar (a deterministic rendering)."""
    from icalendar import Timezone

    component = Timezone.from_tzid(tzid, first_date=date(today.year - 5, 1, 1), last_date=date(today.year + 5, 12, 31))
    lines = component.to_ical().decode("utf-8").replace("\r\n ", "").split("\r\n")
    return [fold(line) for line in lines if line]
