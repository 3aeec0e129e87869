"""'regiotrack toon': everything about one item, one field a line, in Dutch."""

from __future__ import annotations

from datetime import date
from typing import Any

from regiotrack.check.rules import step_paper_deadlines
from regiotrack.export.provenance import marked, provenance_lines
from regiotrack.export.text import standing_text
from regiotrack.plan.meeting import agenda_due, new_agreement_ids
from regiotrack.plan.model import Agreement, NoteEntry, PartnerMeeting, Plan, Step, TrackedItem
from regiotrack.plan.schedule import due_label, item_type, standing


def describe(plan: Plan, item: TrackedItem, today: date) -> str:
    """Everything about one item, one field a line, in Dutch."""
    names = {o.id: o.name for o in plan.organisations} | {b.id: b.name for b in plan.bodies}
    groups = {g.id: g.name for g in plan.working_groups}
    effects = {e.id: e.name for e in plan.effects}
    areas = {a.id: a.name for a in plan.areas}

    def who(ref: str | None) -> str | None:
        return None if ref is None else f"{ref} ({names[ref]})" if ref in names else ref

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
        ("stand", standing_text(standing(item, today))),
    ]
    if isinstance(item, Agreement):
        fields.append(("dient", ", ".join(item.serves) or None))
        fields.append(("beoordeling", "\n".join(item.reviews) or None))
    fields += provenance_lines(item)
    title = getattr(item, "title", "")
    lines = [f"{item.id}  {title}"]
    width = max(len(k) for k, v in fields if v is not None) + 1  # only the keys shown set the column
    for key, value in fields:
        if value is None:
            continue
        text = str(value).replace("\n", "\n" + " " * (width + 3))
        lines.append(f"  {(key + ':').ljust(width)} {text}")
    return "\n".join(lines + note_log_lines(item.notes))


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
