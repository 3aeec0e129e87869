"""'regiotrack toon': everything about one item, one field a line, in Dutch.

An item's description is made of a part that depends only on the plan and a part that depends
on the day (its standing): :func:`describe_parts` gives the first as a :class:`Shown`, so that
``toon`` can keep it for an unchanged file (``export.shown``) and only add the day's part.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import Any, NamedTuple

from regiotrack.check.rules import step_paper_deadlines
from regiotrack.export.provenance import marked, provenance_lines
from regiotrack.export.text import standing_text
from regiotrack.plan.creating import title_of
from regiotrack.plan.meeting import agenda_due, new_agreement_ids
from regiotrack.plan.model import Agreement, NoteEntry, PartnerMeeting, Plan, Step, TrackedItem
from regiotrack.plan.references import references_to
from regiotrack.plan.schedule import due_label, item_type, standing


class Shown(NamedTuple):
    """What ``toon`` prints of an item apart from the day's part: ``head + part + tail``."""

    head: str
    """Everything before the part that depends on the day (it ends where that part begins)."""
    tail: str
    """Everything after it."""


class Names:
    """What describing the items of one plan looks up, built once for the plan.

    ``toon`` of every item of a plan (``export.shown``) would otherwise build these for each
    item: quadratic in the plan's size.
    """

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.actors = {o.id: o.name for o in plan.organisations} | {b.id: b.name for b in plan.bodies}
        self.groups = {g.id: g.name for g in plan.working_groups}
        self.effects = {e.id: e.name for e in plan.effects}
        self.areas = {a.id: a.name for a in plan.areas}

    @cached_property
    def titles(self) -> dict[str, str]:
        """The names of what a reference field may name (organisations, bodies, groups, steps)."""
        plan = self.plan
        return {
            i.id: title_of(i) for s in ("organisations", "bodies", "working_groups", "steps") for i in getattr(plan, s)
        }

    @cached_property
    def links(self) -> dict[str, list[tuple[Any, str]]]:
        """Who names each id, and in which field (``plan.references.references_to``)."""
        return references_to(self.plan)


_TODAY = object()
"""Stands for the day's part among an item's fields."""


def describe(plan: Plan, item: TrackedItem, today: date) -> str:
    """Everything about one item, one field a line, in Dutch."""
    shown = describe_parts(plan, item, Names(plan))
    return shown.head + standing_text(standing(item, today)) + shown.tail


def describe_parts(plan: Plan, item: TrackedItem, names: Names) -> Shown:
    """:func:`describe` without the day's part: the standing goes between ``head`` and ``tail``."""
    groups, effects, areas = names.groups, names.effects, names.areas

    def who(ref: str | None) -> str | None:
        return None if ref is None else f"{ref} ({names.actors[ref]})" if ref in names.actors else ref

    fields: list[tuple[str, Any]] = [("soort", item_type(item))]
    if isinstance(item, Step):
        fields += [
            ("activiteit", item.activity),
            ("type", item.kind),
            ("wanneer", due_label(item)),
            ("duur", item.duration),
            ("gremium", who(item.body)),
            ("stukken aanleveren", _paper_line(plan, item)),
            ("stukken voor", item.papers_for),
            ("vaste datum", "ja" if item.fixed_date else None),
            ("af op", item.done_by),
            ("opmerking", item.remark),
        ]
    elif isinstance(item, Agreement):
        fields += [
            ("titel", item.title),
            ("omschrijving", item.description),
            ("trekker", marked(item, "trekker", who(item.lead))),
            ("partners", ", ".join(filter(None, (who(p) for p in item.partners))) or None),
            (
                "werkgroep",
                f"{item.working_group} ({groups.get(item.working_group, '?')})" if item.working_group else None,
            ),
            ("gremium", who(item.body)),
            ("gemeenten", ", ".join(item.municipalities) or "alle"),
            ("gebieden", ", ".join(f"{a} ({areas.get(a, '?')})" for a in item.areas) or None),
            (
                "effecten",
                marked(item, "effecten", ", ".join(f"{e} ({effects.get(e, '?')})" for e in item.effects))
                if item.effects
                else None,
            ),
            ("deadline", marked(item, "deadline", _deadline_line(item))),
            ("vastgesteld in", _set_line(plan, item)),
        ]
    elif isinstance(item, PartnerMeeting):
        fields += [
            ("halfjaar", item.half_year.label()),
            ("datum", item.day or "nog niet gepland"),
            ("tijd", item.time),
            ("locatie", item.location),
            ("voorbereiding", who(item.prepared_by)),
            ("agenda", _agenda_line(item)),
            ("aanwezig", ", ".join(filter(None, (who(p) for p in item.present))) or None),
            ("per afspraak", "\n".join(item.decisions) or None),
            ("besluiten", "\n".join(item.resolutions) or None),
            ("nieuwe afspraken", ", ".join(new_agreement_ids(plan, item)) or None),
        ]
    fields += [
        ("status", item.status),
        ("reden", item.reason),
        ("gereed op", item.done_on),
        ("stand", _TODAY),
    ]
    if isinstance(item, Agreement):
        fields.append(("dient", ", ".join(item.serves) or None))
        fields.append(("beoordeling", "\n".join(item.reviews) or None))
    fields += provenance_lines(item)
    title = getattr(item, "title", "")
    lines = [f"{item.id}  {title}"]
    width = max(len(k) for k, v in fields if v is not None) + 1  # only the keys shown set the column
    split = 0
    for key, value in fields:
        if value is None:
            continue
        if value is _TODAY:
            lines.append(f"  {(key + ':').ljust(width)} ")
            split = len(lines)
            continue
        text = str(value).replace("\n", "\n" + " " * (width + 3))
        lines.append(f"  {(key + ':').ljust(width)} {text}")
    rest = lines[split:] + note_log_lines(item.notes)
    return Shown("\n".join(lines[:split]), "".join("\n" + line for line in rest))


def note_log_lines(notes: tuple[NoteEntry, ...]) -> list[str]:
    """The note log for 'toon', newest first and numbered as 'notitie ID --vervang N' counts."""
    if not notes:
        return []
    lines = ["", f"Notities ({len(notes)}, nieuwste eerst):"]
    for number, entry in enumerate(notes, start=1):
        lines.append(f"  {number}. {entry.heading()}")
        lines += [f"     {line}" for line in entry.text.splitlines() or [""]]
    return lines


def _set_line(plan: Plan, item: Agreement) -> str | None:
    if item.proposal:
        return "nog niet: voorstel, wacht op een besluit van het partneroverleg"
    if item.set_in is None:
        return None
    meeting = next((m for m in plan.partner_meetings if m.id == item.set_in), None)
    return f"{item.set_in} ({meeting.title})" if meeting else item.set_in


def _agenda_line(meeting: PartnerMeeting) -> str | None:
    if meeting.agenda_sent is not None:
        return f"verzonden op {meeting.agenda_sent}"
    due = agenda_due(meeting)
    return f"nog niet verzonden (uiterlijk {due})" if due else None


def _paper_line(plan: Plan, step: Step) -> str | None:
    delivery = next((s for s in plan.steps if s.papers_for == step.id), None)
    if delivery is not None and step.papers_lead_time is None:  # the source's own deadline row
        return f"uiterlijk {delivery.last_day} ({delivery.id})"
    due = step_paper_deadlines(plan).get(step.id)
    if due is None:
        return None
    return f"uiterlijk {due} ({step.papers_lead_time} vooraf)"


def _deadline_line(item: Agreement) -> str | None:
    if item.deadline is None:
        return None
    if isinstance(item.deadline, date):
        return item.deadline.isoformat()
    return f"{item.deadline.label()} (vervalt na {item.deadline.last_day})"
