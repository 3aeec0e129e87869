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
from regiotrack.export.icalevents import Event, calendar_items, context, item_events
from regiotrack.plan.model import Plan, section_model
from regiotrack.plan.vocabulary import SECTION_KEYS

Versions = Mapping[str, tuple[int, datetime]]
"""Event key -> (SEQUENCE, LAST-MODIFIED)."""


@dataclass(frozen=True)
class CalendarHistory:
    """Event versions and the events of every earlier plan version."""

    versions: Versions = field(default_factory=dict)
    """Per event key, its current SEQUENCE and LAST-MODIFIED."""
    variants: Mapping[str, tuple[tuple[Plan, Event], ...]] = field(default_factory=dict)
    """Per event key, oldest first, each distinct (event, plan version) it had: a new variant
    whenever the event's content or the facts feeds select on (the werkgroepen) changed."""

    def cancelled(self, feed: Feed, now: Iterable[str]) -> list[Event]:
        """Events the feed held in an earlier version and does not hold now, as CANCELLED,
        with the content they had when the feed last held them."""
        current = set(now)
        found = []
        for key, variants in self.variants.items():
            if key in current:
                continue
            held = next((event for plan, event in reversed(variants) if feed.keeps(plan, event)), None)
            if held is not None:
                found.append(held.cancelled())
        return found


class _Versions:
    """Validation and rendering, each block and item done once across all revisions.

    ``store.parsing.parse_data`` hands out the same dict for a block that did not change, so a
    validated item model is reused by the identity of its block, and its events by the identity
    of the model and of the plan-level facts they show.
    """

    def __init__(self, as_tasks: bool) -> None:
        self.as_tasks = as_tasks
        self.models: dict[int, tuple[Any, Any]] = {}
        self.events: dict[tuple[int, tuple[Any, ...]], tuple[Any, list[Event]]] = {}

    def plan(self, data: Mapping[str, Any] | None) -> Plan | None:
        if not data:
            return None
        prepared = dict(data)
        for key in SECTION_KEYS & data.keys():
            blocks = data[key]
            if not isinstance(blocks, list):
                continue
            models = []
            for block in blocks:
                hit = self.models.get(id(block))
                if hit is None or hit[0] is not block:
                    try:
                        hit = (block, section_model(key).model_validate(block))
                    except (ValidationError, ValueError, TypeError):
                        return None
                    self.models[id(block)] = hit
                models.append(hit[1])
            prepared[key] = models
        try:
            return Plan.model_validate(prepared)
        except (ValidationError, ValueError, TypeError):
            return None

    def collect(self, plan: Plan) -> dict[str, Event]:
        facts = (plan.id, plan.url, plan.timezone, *map(id, (*plan.organisations, *plan.bodies, *plan.working_groups)))
        ctx = None
        found: dict[str, Event] = {}
        for item in calendar_items(plan):
            key = (id(item), facts)
            hit = self.events.get(key)
            if hit is None or hit[0] is not item:
                ctx = ctx or context(plan)
                hit = (item, item_events(ctx, item, self.as_tasks))
                self.events[key] = hit
            found.update((event.key, event) for event in hit[1])
        return found


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
    variants: dict[str, list[tuple[Plan, Event]]] = {}
    seen: dict[str, tuple[int, tuple[int, ...]]] = {}
    steps: list[tuple[datetime, Plan]] = []
    work = _Versions(as_tasks)
    for when, data in snapshots:
        plan = work.plan(data)
        if plan is not None:
            steps.append((when, plan))
    last = steps[-1][0] if steps else current_when
    steps.append((max(last, current_when), current))
    for when, plan in steps:
        events = work.collect(plan)
        for key, event in events.items():
            if key not in versions:
                versions[key] = (0, when)
            elif key not in shown or shown[key] != event.lines:
                versions[key] = (versions[key][0] + 1, when)
            shown[key] = event.lines
        for key in [k for k in shown if k not in events]:
            versions[key] = (versions[key][0] + 1, when)  # gone: the cancellation is a new version
            del shown[key]
        facts = tuple(map(id, plan.working_groups))  # what membership depends on besides the event
        for key, event in events.items():
            variant = (id(event), facts)
            if seen.get(key) != variant:
                seen[key] = variant
                variants.setdefault(key, []).append((plan, event))
    return CalendarHistory(versions, {key: tuple(found) for key, found in variants.items()})
