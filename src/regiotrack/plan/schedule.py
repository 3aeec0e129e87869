"""What a date means for a given today: due, overdue, soon, done late; paper deadlines.

"Today" is always passed in. A date-only deadline falls due at the end of that day in the
plan's time zone, so an item is verlopen only from the next day. Pure functions, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, cast

from regiotrack.plan.model import Agreement, PartnerMeeting, Plan, Step, TrackedItem, lead_time_parts, section_of
from regiotrack.plan.periods import Period
from regiotrack.plan.standing import HORIZON_DAYS, Standing, standing_for
from regiotrack.plan.today import TODAY_ENV as TODAY_ENV
from regiotrack.plan.today import resolve_today as resolve_today
from regiotrack.plan.vocabulary import CLOSED_STATUSES, TRACKED

ItemType = Literal["stap", "afspraak", "partneroverleg"]


def due_date(item: TrackedItem) -> date | None:
    """The day an item falls due (end of that day), or None when it has no deadline."""
    if isinstance(item, Agreement):
        if item.deadline is None:
            return None
        return item.deadline.last_day if isinstance(item.deadline, Period) else item.deadline
    if isinstance(item, Step):
        return item.done_by or item.last_day
    return item.day or item.half_year.last_day


NOT_YET_SET = "nog vast te stellen"
"""How a deadline or trekker reads that the source does not give and nobody has set yet."""


def due_label(item: TrackedItem) -> str:
    """The deadline as people read it: '2026-03-31', 'Q1 2026', 'begin februari 2026'."""
    if isinstance(item, Agreement):
        if item.deadline is None:
            return NOT_YET_SET
        return item.deadline.label() if isinstance(item.deadline, Period) else item.deadline.isoformat()
    if isinstance(item, Step):
        if item.period is not None:
            return item.period.label()
        if item.day is not None:
            return item.day.isoformat()
        return f"{item.start} t/m {item.end}"
    if item.day is not None:
        return item.day.isoformat()
    return f"{item.half_year.label()} (nog niet gepland)"


def standing(item: TrackedItem, today: date, horizon: int = HORIZON_DAYS) -> Standing:
    """Derive verlopen / binnenkort / op schema / gereed (te laat) / geblokkeerd / vervallen."""
    return standing_for(item.status, item.done_on, due_date(item), today, horizon)


def paper_deadline(step: Step) -> date | None:
    """The day papers are due for a session with a lead time ('week van tevoren stukken aanleveren').

    Counted back from the earliest day the session can take place; working days skip
    Saturdays and Sundays.
    """
    if step.papers_lead_time is None:
        return None
    days, working = lead_time_parts(step.papers_lead_time)
    day = step.first_day
    if not working:
        return day - timedelta(days=days)
    while days:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


@dataclass(frozen=True, slots=True)
class Row:
    """One tracked item as listed: what it is, who pulls it, when it is due, where it stands."""

    type: ItemType
    """stap, afspraak or partneroverleg."""
    item: TrackedItem
    """The item itself."""
    title: str
    """Its title."""
    lead: str | None
    """Id of the lead organisation (or body)."""
    standing: Standing
    """Derived standing for today."""

    @property
    def id(self) -> str:
        """The item's id."""
        return self.item.id

    @property
    def status(self) -> str:
        """Stored status."""
        return self.item.status

    @property
    def due_label(self) -> str:
        """The deadline as people read it."""
        return due_label(self.item)

    @property
    def working_group(self) -> str | None:
        """The agreement's werkgroep."""
        return self.item.working_group if isinstance(self.item, Agreement) else None

    @property
    def body(self) -> str | None:
        """The gremium of a step or agreement."""
        return getattr(self.item, "body", None)

    @property
    def step_kind(self) -> str | None:
        """periode, sessie, deadline or dag for steps."""
        return self.item.kind if isinstance(self.item, Step) else None

    @property
    def partners(self) -> tuple[str, ...]:
        """Partner organisations of an agreement (empty for other items)."""
        return self.item.partners if isinstance(self.item, Agreement) else ()

    @property
    def municipalities(self) -> tuple[str, ...]:
        """Municipalities an agreement concerns (empty: all)."""
        return self.item.municipalities if isinstance(self.item, Agreement) else ()

    @property
    def effects(self) -> tuple[str, ...]:
        """Ids of the effects an agreement serves."""
        return self.item.effects if isinstance(self.item, Agreement) else ()

    @property
    def areas(self) -> tuple[str, ...]:
        """Ids of the areas an agreement concerns."""
        return self.item.areas if isinstance(self.item, Agreement) else ()


def item_type(item: TrackedItem) -> ItemType:
    """'stap', 'afspraak' or 'partneroverleg': the file key of the item's section."""
    return cast(ItemType, section_of(item).key)


def tracked_items(plan: Plan) -> list[TrackedItem]:
    """Steps, agreements and partner meetings, in file order."""
    return [item for section in TRACKED for item in getattr(plan, section.attr)]


def rows(plan: Plan, today: date, horizon: int = HORIZON_DAYS) -> list[Row]:
    """Every tracked item with its standing, in file order."""
    result = []
    for item in tracked_items(plan):
        if isinstance(item, Step):
            title, lead = item.activity, item.body
        elif isinstance(item, Agreement):
            title, lead = item.title, item.lead
        else:
            title, lead = item.title, item.prepared_by
        result.append(Row(item_type(item), item, title, lead, standing(item, today, horizon)))
    return result


def find_item(plan: Plan, item_id: str) -> TrackedItem | None:
    """The tracked item with this id, or None."""
    for item in tracked_items(plan):
        if item.id == item_id:
            return item
    return None


def next_partner_meeting(plan: Plan, today: date) -> PartnerMeeting | None:
    """The first partner meeting that is not held yet and whose half-year has not ended."""
    for meeting in plan.partner_meetings:
        if meeting.status in CLOSED_STATUSES:
            continue
        if (meeting.day or meeting.half_year.last_day) >= today:
            return meeting
    return None
