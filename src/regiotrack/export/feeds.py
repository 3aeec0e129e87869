"""Calendar feeds: which events one calendar holds, and what it is called.

A feed is a selection of events (everything; one trekker, werkgroep, gremium or kind; or
everything one organisation deals with, ``--voor``). Membership is decided on the item as a
plan version has it, so the history pass can ask "was this event in this feed then?".
Everything membership depends on is shown in the event (trekker, partners, werkgroep and its
trekkers, gremium), so leaving a feed is always a change that raises the event's SEQUENCE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from regiotrack.errors import UserError
from regiotrack.export.icalevents import Event
from regiotrack.plan.model import Agreement, PartnerMeeting, Plan, Recurring, Step
from regiotrack.plan.vocabulary import ITEM_TYPES


@dataclass(frozen=True)
class Feed:
    """What one calendar holds. Every criterion that is set must hold."""

    lead: str | None = None
    """Only items this organisation or body pulls (trekker; for steps the gremium)."""
    working_group: str | None = None
    """Only agreements of this werkgroep."""
    body: str | None = None
    """Only steps and agreements of this gremium."""
    kind: str | None = None
    """Only this item type, step kind, or 'terugkerend'."""
    actor: str | None = None
    """Everything this organisation pulls, is partner in, its werkgroepen and the meetings it prepares."""

    def keeps(self, plan: Plan, event: Event) -> bool:
        """True when the event belongs in this feed, for the plan version it comes from."""
        item = event.item
        if isinstance(item, Recurring):
            if self.working_group or self.body or self.kind not in (None, "terugkerend"):
                return False
            return (not self.lead or item.lead == self.lead) and (not self.actor or item.lead == self.actor)
        if self.kind == "terugkerend":
            return False
        if self.kind is not None:
            is_type = self.kind in ITEM_TYPES
            if self.kind != (_type(item) if is_type else getattr(item, "kind", None)):
                return False
        if self.lead and _lead(item) != self.lead:
            return False
        if self.working_group and getattr(item, "working_group", None) != self.working_group:
            return False
        if self.body and getattr(item, "body", None) != self.body:
            return False
        return not self.actor or _concerns(plan, item, self.actor)

    def name(self, plan: Plan) -> str:
        """The calendar's name (X-WR-CALNAME and NAME), e.g. 'HGKMSG-2025-2029 · voor Veilig Thuis'."""
        names = {o.id: o.name for o in plan.organisations} | {b.id: b.name for b in plan.bodies}
        names |= {g.id: g.name for g in plan.working_groups}
        parts = []
        if self.actor:
            parts.append(f"voor {names.get(self.actor, self.actor)}")
        if self.lead:
            parts.append(f"trekker {names.get(self.lead, self.lead)}")
        if self.working_group:
            parts.append(f"werkgroep {names.get(self.working_group, self.working_group)}")
        if self.body:
            parts.append(f"gremium {names.get(self.body, self.body)}")
        if self.kind:
            parts.append(self.kind)
        return f"{plan.id} · {', '.join(parts)}" if parts else plan.title


def _type(item: Step | Agreement | PartnerMeeting) -> str:
    return "stap" if isinstance(item, Step) else "afspraak" if isinstance(item, Agreement) else "partneroverleg"


def _lead(item: Step | Agreement | PartnerMeeting) -> str | None:
    if isinstance(item, Step):
        return item.body
    if isinstance(item, Agreement):
        return item.lead
    return item.prepared_by


def groups_of(plan: Plan, actor: str) -> set[str]:
    """The werkgroepen an organisation pulls or facilitates."""
    return {g.id for g in plan.working_groups if actor in g.leads or actor in g.facilitators}


def _concerns(plan: Plan, item: Step | Agreement | PartnerMeeting, actor: str) -> bool:
    if isinstance(item, Agreement):
        return (
            item.lead == actor
            or actor in item.partners
            or item.body == actor
            or (item.working_group is not None and item.working_group in groups_of(plan, actor))
        )
    if isinstance(item, Step):
        return item.body == actor
    return item.prepared_by == actor


def slug(text: str) -> str:
    """A file name part for an id: 'GEM-AMS' -> 'gem-ams'."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def published_feeds(plan: Plan) -> list[tuple[str, Feed]]:
    """Every feed the published site offers, with its file name: the whole plan, one per
    organisation and body (``--voor``), one per werkgroep."""
    feeds: list[tuple[str, Feed]] = [("agenda.ics", Feed())]
    actors = [o.id for o in plan.organisations] + [b.id for b in plan.bodies]
    feeds += [(f"agenda-voor-{slug(actor)}.ics", Feed(actor=actor)) for actor in actors]
    feeds += [(f"agenda-werkgroep-{slug(g.id)}.ics", Feed(working_group=g.id)) for g in plan.working_groups]
    seen: set[str] = set()
    for file_name, _ in feeds:
        if file_name in seen:
            raise UserError(
                f"twee agenda's zouden hetzelfde bestand {file_name} krijgen",
                "Geef organisaties, gremia en werkgroepen ids die ook zonder hoofdletters verschillen.",
            )
        seen.add(file_name)
    return feeds
