"""What calendars showed before: event versions (SEQUENCE, LAST-MODIFIED) and what each feed held.

Input is the plan's data at every commit (``history.log.plan_snapshots``) and the plan as it
is now. Every version is turned into its events (``icalevents.collect``); then:

- an event's SEQUENCE rises each time its content lines change, each time it disappears (the
  item removed, or no longer on a day), and again when it comes back: an id that returns
  continues its sequence; LAST-MODIFIED is the commit that made the last such change;
- a feed cancels exactly the events it held in some version and does not hold now, with the
  content they had when it last held them.

A version that does not validate is skipped: it was never exported either.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from regiotrack.export.feeds import Feed
from regiotrack.export.icalevents import Event, collect
from regiotrack.plan.model import Plan

Versions = Mapping[str, tuple[int, datetime]]
"""Event key -> (SEQUENCE, LAST-MODIFIED)."""


@dataclass(frozen=True)
class CalendarHistory:
    """Event versions and the events of every earlier plan version."""

    versions: Versions = field(default_factory=dict)
    """Per event key, its current SEQUENCE and LAST-MODIFIED."""
    earlier: tuple[tuple[Plan, Mapping[str, Event]], ...] = ()
    """Every valid plan version, oldest first, with its events by key."""

    def cancelled(self, feed: Feed, now: Iterable[str]) -> list[Event]:
        """Events the feed held in an earlier version and does not hold now, as CANCELLED."""
        held: dict[str, Event] = {}
        for plan, events in self.earlier:
            for key, event in events.items():
                if feed.keeps(plan, event):
                    held[key] = event
        current = set(now)
        return [event.cancelled() for key, event in held.items() if key not in current]


def _valid(data: Mapping[str, Any] | None) -> Plan | None:
    if not data:
        return None
    try:
        return Plan.model_validate(data)
    except (ValidationError, ValueError, TypeError):
        return None


def build_history(
    snapshots: Sequence[tuple[datetime, Mapping[str, Any] | None]],
    current: Plan,
    current_when: datetime,
    as_tasks: bool = False,
) -> CalendarHistory:
    """Versions and earlier feeds from the committed versions plus the plan as it is now.

    ``current_when`` is when the present version counts as made if it differs from the last
    commit (an edit not committed yet).
    """
    versions: dict[str, tuple[int, datetime]] = {}
    shown: dict[str, tuple[str, ...]] = {}
    earlier: list[tuple[Plan, Mapping[str, Event]]] = []
    steps: list[tuple[datetime, Plan]] = []
    for when, data in snapshots:
        plan = _valid(data)
        if plan is not None:
            steps.append((when, plan))
    last = steps[-1][0] if steps else current_when
    steps.append((max(last, current_when), current))
    for when, plan in steps:
        events = {e.key: e for e in collect(plan, as_tasks)}
        for key, event in events.items():
            if key not in versions:
                versions[key] = (0, when)
            elif key not in shown or shown[key] != event.lines:
                versions[key] = (versions[key][0] + 1, when)
            shown[key] = event.lines
        for key in [k for k in shown if k not in events]:
            versions[key] = (versions[key][0] + 1, when)  # gone: the cancellation is a new version
            del shown[key]
        earlier.append((plan, events))
    return CalendarHistory(versions, tuple(earlier))
