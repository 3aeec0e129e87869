"""The partneroverleg as an item with a cycle: plan it (day, time, place), send its agenda, list verslagen.

Pure functions over a Plan; edits are :class:`~regiotrack.plan.edits.Edit` values written
through ``saving.save_and_commit`` like every other change. The verslag itself (decisions
carried into the plan) is ``plan/verslag.py``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from regiotrack.errors import UserError, did_you_mean
from regiotrack.plan.edits import Edit
from regiotrack.plan.model import PartnerMeeting, Plan, lead_time_parts
from regiotrack.plan.userdates import EXAMPLES, parse_day

AGENDA_LEAD_DEFAULT = "2 weken"
"""How long before a meeting its agenda goes out when the meeting does not say (``agenda_vooraf``)."""

AGENDA_WARNING_DAYS = 42
"""From six weeks before a meeting, a missing date or an unsent agenda is a warning."""

_TIME_TAIL = re.compile(
    r"\s*(?:om\s+|van\s+)?(\d{1,2})[:.](\d{2})(?:\s*(?:-|–|tot)\s*(\d{1,2})[:.](\d{2}))?(?:\s*uur)?\s*$"
)

WHEN_EXAMPLE = '"18 juni 2026 14:00-16:00"'


def when_example(meeting: PartnerMeeting) -> str:
    """An example day and time inside the meeting's own half-year, as ``plannen`` takes it."""
    year = meeting.half_year.first_day.year
    month = "juni" if meeting.half_year.first_day.month == 1 else "november"
    return f"{18 if month == 'juni' else 12} {month} {year} 14:00-16:00"


def require_meeting(plan: Plan, meeting_id: str) -> PartnerMeeting:
    """The partner meeting with this id, or a UserError that names the closest one."""
    for meeting in plan.partner_meetings:
        if meeting.id == meeting_id:
            return meeting
    known = [m.id for m in plan.partner_meetings]
    guess = did_you_mean(meeting_id, known)
    raise UserError(
        f"'{meeting_id}' is geen partneroverleg in dit plan" + (f"; {guess}" if guess else ""),
        f"Kies uit: {', '.join(known)}." if known else "Het plan heeft nog geen [[partneroverleg]].",
    )


def parse_when(text: str) -> tuple[date, str | None]:
    """Day and time from one text: '18 juni 2026 14:00-16:00', '18-6-2026 14.00 uur', '2026-06-18'.

    The time is returned as the file writes it ("14:00-16:00" or "14:00"); ValueError with a
    Dutch message when the text is not a day (and time).
    """
    cleaned = text.strip()
    time: str | None = None
    match = _TIME_TAIL.search(cleaned)
    if match and match.start() > 0:
        start = (int(match[1]), int(match[2]))
        end = (int(match[3]), int(match[4])) if match[3] else None
        for hour, minute in (start, *([end] if end else [])):
            if hour > 23 or minute > 59:
                raise ValueError(f"'{match.group(0).strip()}' is geen tijd; schrijf 14:00 of 14:00-16:00")
        if end is not None and end <= start:
            raise ValueError(f"'{match.group(0).strip()}': de eindtijd ligt niet na de begintijd")
        time = f"{start[0]:02d}:{start[1]:02d}" + (f"-{end[0]:02d}:{end[1]:02d}" if end else "")
        cleaned = cleaned[: match.start()].strip()
    try:
        day = parse_day(cleaned)
    except ValueError as err:
        raise ValueError(f"{err}; met tijd, zoals {WHEN_EXAMPLE}") from None
    return day, time


def plan_meeting(plan: Plan, meeting_id: str, day: date, time: str | None, location: str | None) -> Edit:
    """Set a meeting's day, time and place in one edit; the day must lie in its half-year.

    A time or place not given is left as it was; a meeting that was already held is refused.
    """
    meeting = require_meeting(plan, meeting_id)
    half = meeting.half_year
    if not half.first_day <= day <= half.last_day:
        raise UserError(
            f"{day.isoformat()} valt niet in {half.label()} ({half.first_day} t/m {half.last_day})",
            f"Kies een dag in {half.label()}, of plan het overleg van het andere halfjaar.",
        )
    if meeting.has_minutes:
        raise UserError(
            f"{meeting_id} is al gehouden op {meeting.done_on}; het verslag staat in het plan",
            "Een gehouden overleg plant u niet opnieuw.",
        )
    changes: dict[str, Any] = {"day": day}
    if time is not None:
        changes["time"] = time
    text = location.strip() if location is not None else None
    if text is not None:
        changes["location"] = text or None
    new = meeting.model_copy(update=changes)
    return Edit(meeting_id, changes, f"{meeting_id}: gepland op {when_label(new)}")


def mark_agenda_sent(plan: Plan, meeting_id: str, day: date) -> Edit:
    """Record the day the agenda pack went out."""
    meeting = require_meeting(plan, meeting_id)
    if meeting.day is not None and day > meeting.day:
        raise UserError(
            f"de agenda kan niet na het overleg ({meeting.day}) verzonden zijn ({day})",
            "Geef de dag waarop de agenda werkelijk is verzonden (--vandaag DATUM).",
        )
    return Edit(meeting_id, {"agenda_sent": day}, f"{meeting_id}: agenda verzonden op {day.isoformat()}")


def when_label(meeting: PartnerMeeting) -> str:
    """'2026-06-18 14:00-16:00, Stadhuis' or '2e halfjaar 2026 (nog niet gepland)'."""
    if meeting.day is None:
        return f"{meeting.half_year.label()} (nog niet gepland)"
    text = meeting.day.isoformat() + (f" {meeting.time}" if meeting.time else "")
    return text + (f", {meeting.location}" if meeting.location else "")


def agenda_due(meeting: PartnerMeeting) -> date | None:
    """The day the agenda should go out: the meeting day less ``agenda_vooraf`` (two weeks by default)."""
    if meeting.day is None:
        return None
    days, working = lead_time_parts(meeting.agenda_lead_time or AGENDA_LEAD_DEFAULT)
    if not working:
        return meeting.day - timedelta(days=days)
    day = meeting.day
    while days:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def agenda_warning(meeting: PartnerMeeting, today: date) -> str | None:
    """Why this meeting needs attention now (no date, or no agenda sent), or None.

    Only for a meeting not yet held whose day (or half-year, without a day) is at most six
    weeks away.
    """
    if meeting.has_minutes or meeting.status in ("gereed", "vervallen"):
        return None
    half = meeting.half_year
    if meeting.day is None:
        if half.first_day - timedelta(days=AGENDA_WARNING_DAYS) <= today <= half.last_day:
            return f"{meeting.title} heeft nog geen datum"
        return None
    if meeting.agenda_sent is None and meeting.day - timedelta(days=AGENDA_WARNING_DAYS) <= today <= meeting.day:
        due = agenda_due(meeting)
        late = due is not None and today > due
        return f"de agenda voor {meeting.id} ({meeting.day}) is nog niet verzonden" + (
            f"; dat had op {due} gemoeten" if late else f"; verzend hem uiterlijk {due}"
        )
    return None


def minutes(plan: Plan) -> list[PartnerMeeting]:
    """Meetings with a verslag, newest first."""
    held = [m for m in plan.partner_meetings if m.has_minutes]
    return sorted(held, key=lambda m: m.done_on or date.min, reverse=True)


def new_agreement_ids(plan: Plan, meeting: PartnerMeeting) -> list[str]:
    """Afspraken this meeting set that it did not take a decision on: its new afspraken."""
    decided = {text.split(":", 1)[0] for text in meeting.decisions}
    return [a.id for a in plan.agreements if a.set_in == meeting.id and a.id not in decided]


def latest_note(item: Any) -> str | None:
    """The item's note: its ``notitie``, or the newest entry of a dated note log (``notities``)."""
    note = getattr(item, "note", None)
    if isinstance(note, str):
        return note
    log = getattr(item, "notes", ())
    return str(getattr(log[0], "text", log[0])) if log else None


def is_held(meeting: PartnerMeeting, today: date) -> bool:
    """True when the meeting can have taken place: its day has come, or (without a day) its half-year began."""
    return (meeting.day or meeting.half_year.first_day) <= today


def awaiting_minutes(plan: Plan, today: date) -> PartnerMeeting | None:
    """The most recent meeting that has been held (see :func:`is_held`) but has no verslag yet.

    Meetings that lapsed (vervallen) or are closed without a verslag are left out; a meeting's
    moment is its day, or the start of its half-year when it has none.
    """
    waiting = [
        m
        for m in plan.partner_meetings
        if not m.has_minutes and m.status not in ("gereed", "vervallen") and is_held(m, today)
    ]
    return max(waiting, key=lambda m: m.day or m.half_year.first_day, default=None)


def tag_name(meeting: PartnerMeeting) -> str:
    """The git tag of a meeting's verslag: PO-2026-2 -> 'partneroverleg-2026-2'."""
    half = meeting.half_year
    return f"partneroverleg-{half.first_day.year}-{1 if half.first_day.month == 1 else 2}"


__all__ = [
    "AGENDA_LEAD_DEFAULT",
    "AGENDA_WARNING_DAYS",
    "EXAMPLES",
    "agenda_due",
    "agenda_warning",
    "awaiting_minutes",
    "is_held",
    "latest_note",
    "mark_agenda_sent",
    "minutes",
    "new_agreement_ids",
    "parse_when",
    "plan_meeting",
    "require_meeting",
    "tag_name",
    "when_example",
    "when_label",
]
