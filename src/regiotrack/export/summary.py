"""Progress reports for the partneroverleg: one data model, rendered as JSON and Markdown.

The JSON is the report's data model itself, with a stable, documented schema
(``docs/rapport-json.md``, ``"schema": "regiotrack-rapport/1"``); Markdown and HTML
(``html.py``) render the same dict, so the three never disagree.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from regiotrack.export.text import row_json
from regiotrack.plan.model import Plan, Step
from regiotrack.plan.periods import Period
from regiotrack.plan.progress import Progress, half_year_review, plan_standing
from regiotrack.plan.schedule import Row
from regiotrack.plan.standing import STATE_ORDER, SYMBOLS

SCHEMA = "regiotrack-rapport/1"


def _progress(progress: Progress, item_id: str, name: str) -> dict[str, Any]:
    return {
        "id": item_id,
        "naam": name,
        "gereed": progress.done,
        "totaal": progress.total,
        "verlopen": progress.overdue,
    }


def build_report(plan: Plan, today: date, half_year: Period | None = None, moved: Iterable[str] = ()) -> dict[str, Any]:
    """The report as plain data (what the JSON output is)."""
    standing = plan_standing(plan, today)
    names = {o.id: o.name for o in plan.organisations} | {b.id: b.name for b in plan.bodies}
    report: dict[str, Any] = {
        "schema": SCHEMA,
        "plan": {
            "id": plan.id,
            "titel": plan.title,
            "regio": plan.region,
            "looptijd": {"van": plan.term.start.isoformat(), "tot": plan.term.end.isoformat()},
        },
        "vandaag": today.isoformat(),
        "stand": {state: standing.counts.get(state, 0) for state in STATE_ORDER},
        "status": standing.status_counts,
        "verlopen": [row_json(r) for r in standing.overdue],
        "binnenkort": [row_json(r) for r in standing.soon],
        "werkgroepen": [
            _progress(p, g.id, g.name) for p, g in zip(standing.by_working_group, plan.working_groups, strict=True)
        ],
        "trekkers": [_progress(p, p.label, names.get(p.label, p.label)) for p in standing.by_lead],
        "tijdlijn": [_step(r) for r in standing.rows if r.type == "stap"],
        "volgend_partneroverleg": _meeting(standing.next_meeting),
        "halfjaar": None,
    }
    if half_year is not None:
        review = half_year_review(plan, half_year, today, moved)
        report["halfjaar"] = {
            "periode": str(half_year),
            "naam": half_year.label(),
            "partneroverleg": _meeting(review.meeting),
            "gereed": [row_json(r) for r in review.completed],
            "verlopen": [row_json(r) for r in review.slipped],
            "vervalt_nog": [row_json(r) for r in review.open_in_period],
            "verschoven": list(review.moved),
            "komend_halfjaar": [row_json(r) for r in review.planned_next],
            "verslag": _minutes(plan, review.meeting),
        }
    return report


def _step(row: Row) -> dict[str, Any]:
    step = row.item
    assert isinstance(step, Step)
    return {
        "id": row.id,
        "activiteit": row.title,
        "soort": step.kind,
        "van": step.first_day.isoformat(),
        "tot": step.last_day.isoformat(),
        "precies": step.is_exact,
        "status": step.status,
        "stand": row.standing.state,
    }


def _meeting(meeting: Any) -> dict[str, Any] | None:
    if meeting is None:
        return None
    return {
        "id": meeting.id,
        "halfjaar": str(meeting.half_year),
        "datum": meeting.day.isoformat() if meeting.day else None,
        "tijd": meeting.time,
        "locatie": meeting.location,
        "status": meeting.status,
    }


def _minutes(plan: Plan, meeting: Any) -> dict[str, Any] | None:
    """The meeting's verslag (when, where, who, decisions, new afspraken), or None before it is held."""
    if meeting is None or not meeting.has_minutes:
        return None
    from regiotrack.export.minutes import build_minutes

    data = build_minutes(plan, meeting)
    return {key: data[key] for key in ("aanwezig", "per_afspraak", "besluiten", "nieuwe_afspraken")} | {
        "gehouden_op": data["partneroverleg"]["gehouden_op"],
        "tag": data["partneroverleg"]["tag"],
    }


def minutes_markdown(verslag: dict[str, Any] | None) -> list[str]:
    """The verslag part of a half-year report, as Markdown lines (none before the meeting is held)."""
    if verslag is None:
        return []
    lines = [
        f"Gehouden op {verslag['gehouden_op']}; aanwezig: {', '.join(_md(p['naam']) for p in verslag['aanwezig'])}.",
        "",
        f"### Besluiten van het overleg ({len(verslag['per_afspraak']) + len(verslag['besluiten'])})",
        "",
    ]
    for decision in verslag["per_afspraak"]:
        detail = f" ({_md(decision['toelichting'])})" if decision["toelichting"] else ""
        lines.append(f"- {_md(decision['id'])} {_md(decision['titel'])}: **{_md(decision['besluit'])}**{detail}")
    lines += [f"- {_md(text)}" for text in verslag["besluiten"]]
    lines += ["", f"### Nieuwe afspraken ({len(verslag['nieuwe_afspraken'])})", ""]
    lines += [
        f"- {_md(a['id'])} {_md(a['titel'])} (trekker {_md(a['trekker'])}, {_md(a['termijn'])})"
        for a in verslag["nieuwe_afspraken"]
    ] or ["_geen_"]
    return [*lines, ""]


def render_json(report: dict[str, Any]) -> str:
    """The report as indented JSON (UTF-8, keys in a fixed order)."""
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def _md(text: Any) -> str:
    return (
        str(text).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ")
    )


def _item_table(items: list[dict[str, Any]], empty: str) -> list[str]:
    if not items:
        return [f"_{empty}_", ""]
    lines = ["| id | titel | trekker | termijn | stand |", "|---|---|---|---|---|"]
    for item in items:
        lines.append(
            f"| {_md(item['id'])} | {_md(item['titel'])} | {_md(item['trekker'] or '-')} | "
            f"{_md(item['termijn'])} | {SYMBOLS[item['stand']]} {_md(item['stand'])} |"
        )
    return [*lines, ""]


def _bar(done: int, total: int, width: int = 10) -> str:
    filled = round(width * done / total) if total else 0
    return "█" * filled + "░" * (width - filled)


def render_markdown(report: dict[str, Any]) -> str:
    """The report as Markdown for mail and wikis."""
    plan = report["plan"]
    lines = [f"# Voortgang {_md(plan['titel'])}", "", f"Stand op {report['vandaag']} · regio {_md(plan['regio'])}", ""]
    half = report["halfjaar"]
    if half is not None:
        meeting = half["partneroverleg"] or {}
        when = " ".join(filter(None, (meeting.get("datum"), meeting.get("tijd")))) or "nog niet gepland"
        where = f", {_md(meeting['locatie'])}" if meeting.get("locatie") else ""
        lines += [f"## Partneroverleg {half['naam']} ({when}{where})", ""]
        lines += minutes_markdown(half.get("verslag"))
        lines += [
            f"### Gereed in {half['naam']} ({len(half['gereed'])})",
            "",
            *_item_table(half["gereed"], "niets afgerond in dit halfjaar"),
        ]
        lines += [f"### Verlopen ({len(half['verlopen'])})", "", *_item_table(half["verlopen"], "niets verlopen")]
        if half["vervalt_nog"]:
            lines += [
                f"### Vervalt nog in dit halfjaar ({len(half['vervalt_nog'])})",
                "",
                *_item_table(half["vervalt_nog"], ""),
            ]
        lines += [f"### Verschoven deadlines ({len(half['verschoven'])})", ""]
        lines += [f"- {_md(m)}" for m in half["verschoven"]] or ["_geen (of geen git-geschiedenis)_"]
        lines += [
            "",
            f"### Komend halfjaar ({len(half['komend_halfjaar'])})",
            "",
            *_item_table(half["komend_halfjaar"], "niets gepland"),
        ]
    lines += ["## Waar het plan nu staat", "", "| stand | aantal |", "|---|---|"]
    lines += [f"| {SYMBOLS[s]} {s} | {n} |" for s, n in report["stand"].items() if n]
    lines += ["", f"### Verlopen ({len(report['verlopen'])})", "", *_item_table(report["verlopen"], "niets verlopen")]
    lines += [
        f"### Binnenkort ({len(report['binnenkort'])})",
        "",
        *_item_table(report["binnenkort"], "niets binnen 14 dagen"),
    ]
    for key, title in (("werkgroepen", "Per werkgroep"), ("trekkers", "Per trekker")):
        lines += [f"## {title}", "", "| | voortgang | gereed | verlopen |", "|---|---|---|---|"]
        for group in report[key]:
            lines.append(
                f"| {_md(group['id'])} {_md(group['naam'])} | {_bar(group['gereed'], group['totaal'])} | "
                f"{group['gereed']}/{group['totaal']} | {group['verlopen']} |"
            )
        lines.append("")
    lines += ["## Tijdlijn", "", "| id | activiteit | van | tot | stand |", "|---|---|---|---|---|"]
    for step in report["tijdlijn"]:
        fuzzy = "" if step["precies"] else " (nog niet precies)"
        lines.append(
            f"| {step['id']} | {_md(step['activiteit'])}{fuzzy} | {step['van']} | {step['tot']} | "
            f"{SYMBOLS[step['stand']]} {step['stand']} |"
        )
    return "\n".join(lines).rstrip() + "\n"
