"""The verslag of a held partneroverleg as data and Markdown; also the list of all verslagen.

The verslag lives in the plan itself (the partneroverleg's ``aanwezig``, ``per_afspraak`` and
``besluiten``, the afspraken with ``vastgesteld_in``): this module only reads it back.
"""

from __future__ import annotations

from typing import Any

from regiotrack.export.agenda import _md
from regiotrack.plan.meeting import minutes, new_agreement_ids, tag_name, when_label
from regiotrack.plan.model import PartnerMeeting, Plan
from regiotrack.plan.schedule import due_label

SCHEMA = "regiotrack-verslag/1"


def build_minutes(plan: Plan, meeting: PartnerMeeting) -> dict[str, Any]:
    """The verslag as plain data: when, where, who, decisions, besluiten, new afspraken."""
    names = {o.id: o.name for o in plan.organisations} | {b.id: b.name for b in plan.bodies}
    agreements = {a.id: a for a in plan.agreements}
    new = [agreements[i] for i in new_agreement_ids(plan, meeting)]
    return {
        "schema": SCHEMA,
        "plan": {"id": plan.id, "titel": plan.title},
        "partneroverleg": {
            "id": meeting.id,
            "naam": meeting.title,
            "wanneer": when_label(meeting),
            "gehouden_op": meeting.done_on.isoformat() if meeting.done_on else None,
            "locatie": meeting.location,
            "tag": tag_name(meeting),
        },
        "aanwezig": [{"id": p, "naam": names.get(p, p)} for p in meeting.present],
        "per_afspraak": [_decision(text, agreements) for text in meeting.decisions],
        "besluiten": list(meeting.resolutions),
        "nieuwe_afspraken": [{"id": a.id, "titel": a.title, "trekker": a.lead, "termijn": due_label(a)} for a in new],
    }


def _decision(text: str, agreements: dict[str, Any]) -> dict[str, Any]:
    item_id, _, rest = text.partition(": ")
    kind, _, detail = rest.partition(" (")
    agreement = agreements.get(item_id)
    return {
        "id": item_id,
        "titel": agreement.title if agreement is not None else "",
        "besluit": kind,
        "toelichting": detail.removesuffix(")") or None,
    }


def render_minutes_markdown(data: dict[str, Any]) -> str:
    """The verslag as Markdown."""
    meeting = data["partneroverleg"]
    lines = [
        f"# Verslag {_md(meeting['naam'])}",
        "",
        f"- Gehouden op: {meeting['gehouden_op'] or '-'}"
        + (f", {_md(meeting['locatie'])}" if meeting["locatie"] else ""),
        f"- Aanwezig: {', '.join(_md(p['naam']) for p in data['aanwezig']) or '-'}",
        f"- Git-tag: `{meeting['tag']}`",
        "",
        f"## Besluit per afspraak ({len(data['per_afspraak'])})",
        "",
    ]
    if data["per_afspraak"]:
        lines += ["| id | afspraak | besluit | toelichting |", "|---|---|---|---|"]
        lines += [
            f"| {_md(d['id'])} | {_md(d['titel'])} | {_md(d['besluit'])} | {_md(d['toelichting'] or '')} |"
            for d in data["per_afspraak"]
        ]
    else:
        lines.append("_Geen besluiten over afspraken._")
    lines += ["", f"## Besluiten ({len(data['besluiten'])})", ""]
    lines += [f"{n}. {_md(t)}" for n, t in enumerate(data["besluiten"], start=1)] or ["_Geen._"]
    lines += ["", f"## Nieuwe afspraken ({len(data['nieuwe_afspraken'])})", ""]
    if data["nieuwe_afspraken"]:
        lines += ["| id | titel | trekker | termijn |", "|---|---|---|---|"]
        lines += [
            f"| {_md(a['id'])} | {_md(a['titel'])} | {_md(a['trekker'])} | {_md(a['termijn'])} |"
            for a in data["nieuwe_afspraken"]
        ]
    else:
        lines.append("_Geen._")
    return "\n".join(lines).rstrip() + "\n"


def minutes_list(plan: Plan) -> str:
    """Every meeting: the verslagen newest first, then the meetings still to come."""
    held = minutes(plan)
    lines = ["Verslagen (nieuwste eerst):"]
    for meeting in held:
        new = new_agreement_ids(plan, meeting)
        counts = ", ".join(
            (
                _count(len(meeting.decisions), "besluit over afspraken", "besluiten over afspraken"),
                _count(len(meeting.resolutions), "besluit", "besluiten"),
                _count(len(new), "nieuwe afspraak", "nieuwe afspraken"),
            )
        )
        lines.append(f"  {meeting.id}  gehouden op {meeting.done_on}  {counts}  (tag {tag_name(meeting)})")
    if not held:
        lines.append("  nog geen")
    lines.append("")
    lines.append("Komende partneroverleggen:")
    coming = [m for m in plan.partner_meetings if not m.has_minutes and m.status != "vervallen"]
    for meeting in coming:
        sent = f"agenda verzonden {meeting.agenda_sent}" if meeting.agenda_sent else "agenda nog niet verzonden"
        lines.append(f"  {meeting.id}  {when_label(meeting)}" + (f"  ({sent})" if meeting.day else ""))
    if not coming:
        lines.append("  geen")
    return "\n".join(lines)


def _count(number: int, one: str, more: str) -> str:
    """'1 besluit', '3 besluiten'."""
    return f"{number} {one if number == 1 else more}"
