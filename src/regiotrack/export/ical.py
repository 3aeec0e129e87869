"""iCalendar (RFC 5545) export that calendar clients import, re-import and subscribe to cleanly.

- One UID per event that never changes (plan id + item id), so a second import updates.
- SEQUENCE and LAST-MODIFIED from git history (``calhistory``): they rise for every change to
  what the calendar shows; DTSTAMP is "today", never before LAST-MODIFIED, so the same plan,
  history and today give byte-identical output.
- A feed cancels exactly what it once held and holds no more (STATUS:CANCELLED, raised SEQUENCE).
- Date-only items as VALUE=DATE with an exclusive DTEND; timed items with TZID and a VTIMEZONE
  built from zoneinfo for the years of the events (``vtimezone``).
- Only timed sessions and meetings block time; periods, deadlines and due-dates are TRANSPARENT.
- Reminders (VALARM) before deadlines and paper due-dates; LOCATION, CATEGORIES, URL; a
  calendar name per feed and a refresh interval for subscriptions.
- Text escaped and lines folded here, by hand: building 10,000 events through icalendar's
  property objects takes several seconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from regiotrack.errors import UserError
from regiotrack.export.calhistory import CalendarHistory
from regiotrack.export.feeds import Feed
from regiotrack.export.icalevents import Event, collect, escape_text, fold
from regiotrack.export.vtimezone import vtimezone
from regiotrack.plan.model import Plan

__all__ = ["DEFAULT_REMINDER", "ExportOptions", "escape_text", "export_calendar", "fold", "reminder_trigger", "uid"]

REFRESH = "PT12H"
"""How often a subscribed client should fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL)."""

DEFAULT_REMINDER = "2d"
"""Default lead of reminders before deadlines and paper due-dates."""

_LEAD = re.compile(r"^(\d{1,3})\s*(d|dag|dagen|w|week|weken|u|uur|h)$")


def reminder_trigger(text: str) -> str | None:
    """'2d' -> '-P2D', '1w' -> '-P1W', '12u' -> '-PT12H', 'geen' or '0' -> None (no reminders)."""
    value = text.strip().lower()
    if value in ("geen", "0", "nee"):
        return None
    match = _LEAD.match(value)
    if match is None or int(match[1]) == 0:
        raise UserError(
            f"--herinnering '{text}' is geen termijn",
            "Schrijf bijvoorbeeld 2d (twee dagen), 1w (een week), 12u (twaalf uur), of 'geen'.",
        )
    amount, unit = int(match[1]), match[2]
    if unit.startswith(("u", "h")):
        return f"-PT{amount}H"
    return f"-P{amount}{'W' if unit.startswith('w') else 'D'}"


@dataclass(frozen=True)
class ExportOptions:
    """What to export and how."""

    feed: Feed = field(default_factory=Feed)
    """Which events (everything, one trekker, werkgroep, gremium, kind, or --voor an organisation)."""
    as_tasks: bool = False
    """Agreements as VTODO instead of VEVENT (Outlook does not import VTODO)."""
    name: str | None = None
    """Calendar name; default from the feed (the plan's title for the whole plan)."""
    reminder: str | None = "-P2D"
    """TRIGGER of reminders before deadlines and paper due-dates (None: no reminders)."""


def uid(plan: Plan, key: str) -> str:
    """The event's permanent UID."""
    return f"{plan.id}-{key}@regiotrack"


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def export_calendar(
    plan: Plan,
    today: date,
    options: ExportOptions | None = None,
    history: CalendarHistory | None = None,
) -> str:
    """The whole VCALENDAR as text with CRLF line ends."""
    options = options or ExportOptions()
    history = history or CalendarHistory()
    stamp = datetime(today.year, today.month, today.day, tzinfo=UTC)
    events = [e for e in collect(plan, options.as_tasks) if options.feed.keeps(plan, e)]
    events += history.cancelled(options.feed, (e.key for e in events))
    name = options.name or options.feed.name(plan)
    out = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//regiotrack//regiotrack//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        fold(f"NAME:{escape_text(name)}"),
        fold(f"X-WR-CALNAME:{escape_text(name)}"),
        f"X-WR-TIMEZONE:{plan.timezone}",
        f"REFRESH-INTERVAL;VALUE=DURATION:{REFRESH}",
        f"X-PUBLISHED-TTL:{REFRESH}",
    ]
    years = sorted({e.timed_year for e in events if e.timed_year is not None})
    if not events:
        years = [plan.term.start.year]  # RFC 5545 wants one component at least: an empty feed keeps its zone
    if years:
        out += vtimezone(plan.timezone, years[0], years[-1])
    for event in events:
        out += _component(plan, event, stamp, history, options.reminder)
    out.append("END:VCALENDAR")
    return "\r\n".join(out) + "\r\n"


def _component(plan: Plan, event: Event, stamp: datetime, history: CalendarHistory, trigger: str | None) -> list[str]:
    sequence, modified = history.versions.get(event.key, (0, None))
    lines = [f"BEGIN:{event.component}", fold(f"UID:{uid(plan, event.key)}")]
    lines.append(f"DTSTAMP:{_utc(max(stamp, modified) if modified else stamp)}")
    lines.append(f"SEQUENCE:{sequence}")
    if modified is not None:
        lines.append(f"LAST-MODIFIED:{_utc(modified)}")
    lines += event.lines
    if event.reminder and trigger:
        related = ";RELATED=END" if event.component == "VTODO" else ""
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            fold(f"DESCRIPTION:{escape_text(event.reminder)}"),
            f"TRIGGER{related}:{trigger}",
            "END:VALARM",
        ]
    lines.append(f"END:{event.component}")
    return lines
