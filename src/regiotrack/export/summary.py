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
from regiotrack.plan.matrix import PlanSet
from regiotrack.plan.model import Plan, Step
from regiotrack.plan.periods import Period
from regiotrack.plan.progress import Progress, half_year_review, plan_standing
from regiotrack.plan.schedule import Row
from regiotrack.plan.standing import STATE_ORDER
from regiotrack.plan.vocabulary import STATUSES

SCHEMA = "regiotrack-rapport/1"


def _progress(progress: Progress, item_id: str, name: str) -> dict[str, Any]:
    return {
        "id": item_id,
        "naam": name,
        "gereed": progress.done,
        "totaal": progress.total,
        "verlopen": progress.overdue,
    }


def build_report(
    plan: Plan,
    today: date,
    half_year: Period | None = None,
    moved: Iterable[str] = (),
    plan_set: PlanSet | None = None,
) -> dict[str, Any]:
    """The report as plain data (what the JSON output is).

    ``plan_set``: the regional plan and its local plans, for the section "Lokale uitvoering"
    (when ``plan`` is a local plan, the section covers only its municipality).
    """
    standing = plan_standing(plan, today)
    names = {o.id: o.name for o in plan.organisations} | {b.id: b.name for b in plan.bodies}

    def item(row: Row) -> dict[str, Any]:
        return {**row_json(row), "trekker_naam": names.get(row.lead or "", row.lead)}

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
        "status": {status: standing.status_counts.get(status, 0) for status in STATUSES},
        # Overdue means the standing "verlopen": the count in "stand" and this list always agree.
        # A blocked item past its deadline is listed under "geblokkeerd" (with its days late).
        "verlopen": [item(r) for r in standing.overdue if r.standing.state == "verlopen"],
        "geblokkeerd": [item(r) for r in standing.rows if r.standing.state == "geblokkeerd"],
        "binnenkort": [item(r) for r in standing.soon],
        "werkgroepen": [
            _progress(p, g.id, g.name) for p, g in zip(standing.by_working_group, plan.working_groups, strict=True)
        ],
        "trekkers": [_progress(p, p.label, names.get(p.label, p.label)) for p in standing.by_lead],
        "tijdlijn": [_step(r) for r in standing.rows if r.type == "stap"],
        "volgend_partneroverleg": _meeting(standing.next_meeting),
        "halfjaar": None,
    }
    from regiotrack.export.effects_report import effects_section

    report |= effects_section(plan, today)
    from regiotrack.export.local_report import local_section

    report["lokale_uitvoering"] = local_section(plan_set, today, plan.municipality)
    if half_year is not None:
        review = half_year_review(plan, half_year, today, moved)
        report["halfjaar"] = {
            "periode": str(half_year),
            "naam": half_year.label(),
            "partneroverleg": _meeting(review.meeting),
            "gereed": [item(r) for r in review.completed],
            "verlopen": [item(r) for r in review.slipped],
            "vervalt_nog": [item(r) for r in review.open_in_period],
            "verschoven": list(review.moved),
            "komend_halfjaar": [item(r) for r in review.planned_next],
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


def render_json(report: dict[str, Any]) -> str:
    """The report as indented JSON (UTF-8, keys in a fixed order)."""
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def render_markdown(report: dict[str, Any]) -> str:
    """The report as Markdown (see ``markdown.py``)."""
    from regiotrack.export.markdown import render_markdown as render

    return render(report)
