"""The agenda pack of a partneroverleg: one data model, rendered as Markdown (HTML in ``agenda_html.py``).

What the partners read before the meeting (§10.3): what fell due in its half-year and how it
stands, deadlines that moved and who moved them, afspraken without a deadline, proposals
waiting for a decision, what the werkgroepen and the Expertiseplatform reported since the
previous meeting, and what falls due next half-year. History (moves, reports) is passed in
by the caller, who reads git; this module does no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from regiotrack.export.text import row_json
from regiotrack.plan.meeting import agenda_due, latest_note, when_label
from regiotrack.plan.model import Agreement, PartnerMeeting, Plan
from regiotrack.plan.periods import half_year_of
from regiotrack.plan.schedule import Row, rows
from regiotrack.plan.standing import SYMBOLS

SCHEMA = "regiotrack-agenda/1"


@dataclass(frozen=True)
class Report:
    """Something a werkgroep or the Expertiseplatform reported (a note or a change in git)."""

    who: str
    """'WG-01 Versterking gebiedsgericht werken' or 'EP Expertiseplatform'."""
    when: date | None
    text: str


def previous_meeting(plan: Plan, meeting: PartnerMeeting) -> PartnerMeeting | None:
    """The meeting before this one in the file's order of half-years."""
    earlier = [m for m in plan.partner_meetings if m.half_year.first_day < meeting.half_year.first_day]
    return max(earlier, key=lambda m: m.half_year.first_day, default=None)


def since_day(plan: Plan, meeting: PartnerMeeting) -> date:
    """Where the look back starts: the previous meeting's day, else the start of its half-year."""
    previous = previous_meeting(plan, meeting)
    if previous is not None and (previous.done_on or previous.day):
        return previous.done_on or previous.day or previous.half_year.last_day
    return previous.half_year.first_day if previous is not None else meeting.half_year.first_day


def build_agenda(
    plan: Plan, meeting: PartnerMeeting, today: date, moved: Sequence[str] = (), reports: Sequence[Report] = ()
) -> dict[str, Any]:
    """The agenda pack as plain data (stable keys, Dutch, like the report's JSON)."""
    names = {o.id: o.name for o in plan.organisations} | {b.id: b.name for b in plan.bodies}
    half = meeting.half_year
    last = half.last_day
    following = half_year_of(date(last.year + (last.month == 12), 1 if last.month == 12 else 7, 1))
    all_rows = [r for r in rows(plan, today) if r.type != "partneroverleg"]

    def due_in(row: Row, start: date, end: date) -> bool:
        return row.standing.due is not None and start <= row.standing.due <= end

    def item(row: Row) -> dict[str, Any]:
        data = row_json(row)
        reason = latest_note(row.item) if row.standing.state == "geblokkeerd" else None
        data["reden"] = reason
        return data

    agreements = [r for r in all_rows if isinstance(r.item, Agreement)]
    open_states = ("vervallen", "gereed", "gereed, te laat")
    due = agenda_due(meeting)
    return {
        "schema": SCHEMA,
        "vandaag": today.isoformat(),
        "plan": {"id": plan.id, "titel": plan.title, "regio": plan.region},
        "partneroverleg": {
            "id": meeting.id,
            "naam": meeting.title,
            "halfjaar": str(half),
            "wanneer": when_label(meeting),
            "datum": meeting.day.isoformat() if meeting.day else None,
            "tijd": meeting.time,
            "locatie": meeting.location,
            "voorbereiding": names.get(meeting.prepared_by or "", meeting.prepared_by),
            "agenda_verzonden": meeting.agenda_sent.isoformat() if meeting.agenda_sent else None,
            "agenda_uiterlijk": due.isoformat() if due else None,
        },
        "sinds": since_day(plan, meeting).isoformat(),
        "terugblik": [item(r) for r in all_rows if due_in(r, half.first_day, half.last_day)],
        "verschoven": list(moved),
        "zonder_termijn": [
            item(r)
            for r in agreements
            if (r.standing.due is None or not r.lead) and r.standing.state not in open_states
        ],
        "voorstellen": [item(r) for r in agreements if r.standing.state == "voorstel"],
        "meldingen": [
            {"wie": r.who, "wanneer": r.when.isoformat() if r.when else None, "tekst": r.text} for r in reports
        ],
        "komend_halfjaar": [
            item(r)
            for r in all_rows
            if due_in(r, following.first_day, following.last_day) and r.standing.state != "vervallen"
        ],
        "komend_halfjaar_naam": following.label(),
    }


def _md(text: Any) -> str:
    """Plan text made safe for Markdown: escaped specials, one line."""
    out = str(text).replace("\\", "\\\\")
    for char in "|*_`[]<>#":
        out = out.replace(char, "\\" + char)
    return out.replace("\n", " ")


SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("terugblik", "1. Terugblik: wat in dit halfjaar verviel, en hoe het staat", "Niets viel in dit halfjaar."),
    ("voorstellen", "3. Voorstellen die op een besluit wachten", "Geen voorstellen."),
    ("zonder_termijn", "4. Afspraken zonder deadline of trekker", "Alle lopende afspraken hebben een deadline."),
    ("komend_halfjaar", "6. Vooruitblik: wat in het komende halfjaar vervalt", "Niets gepland."),
)
"""Item tables of the pack: data key, heading, text when empty (numbered in reading order)."""


def _table(items: list[dict[str, Any]], empty: str) -> list[str]:
    if not items:
        return [f"_{empty}_", ""]
    lines = ["| id | titel | trekker | termijn | stand |", "|---|---|---|---|---|"]
    for i in items:
        stand = f"{SYMBOLS[i['stand']]} {i['stand']}" + (f": {i['reden']}" if i.get("reden") else "")
        lines.append(
            f"| {_md(i['id'])} | {_md(i['titel'])} | {_md(i['trekker'] or '-')} | {_md(i['termijn'])} | {_md(stand)} |"
        )
    return [*lines, ""]


def render_agenda_markdown(agenda: dict[str, Any]) -> str:
    """The agenda pack as Markdown, for mail and wikis."""
    meeting = agenda["partneroverleg"]
    sent = meeting["agenda_verzonden"]
    lines = [
        f"# Agenda {_md(meeting['naam'])}",
        "",
        f"{_md(agenda['plan']['titel'])}",
        "",
        f"- Wanneer en waar: {_md(meeting['wanneer'])}",
        f"- Voorbereiding: {_md(meeting['voorbereiding'] or '-')}",
        f"- Agenda: {'verzonden op ' + sent if sent else 'nog niet verzonden'}",
        f"- Stand op {agenda['vandaag']}; terugblik sinds {agenda['sinds']}",
        "",
    ]
    tables = {key: (title, empty) for key, title, empty in SECTIONS}
    for key in ("terugblik",):
        lines += [f"## {tables[key][0]} ({len(agenda[key])})", "", *_table(agenda[key], tables[key][1])]
    lines += [f"## 2. Verschoven deadlines, en door wie ({len(agenda['verschoven'])})", ""]
    lines += [f"- {_md(m)}" for m in agenda["verschoven"]] or ["_Geen (of geen git-geschiedenis)._"]
    lines.append("")
    for key in ("voorstellen", "zonder_termijn"):
        lines += [f"## {tables[key][0]} ({len(agenda[key])})", "", *_table(agenda[key], tables[key][1])]
    lines += [f"## 5. Wat de werkgroepen en het Expertiseplatform meldden ({len(agenda['meldingen'])})", ""]
    lines += [
        f"- {_md(r['wie'])}" + (f" ({r['wanneer']})" if r["wanneer"] else "") + f": {_md(r['tekst'])}"
        for r in agenda["meldingen"]
    ] or ["_Geen meldingen sinds het vorige overleg._"]
    lines.append("")
    title, empty = tables["komend_halfjaar"]
    lines += [
        f"## {title}: {agenda['komend_halfjaar_naam']} ({len(agenda['komend_halfjaar'])})",
        "",
        *_table(agenda["komend_halfjaar"], empty),
    ]
    return "\n".join(lines).rstrip() + "\n"
