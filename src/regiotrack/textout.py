"""Plain-text and JSON renderings of plan views for the command line (no colours, no Textual)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

from .model import Agreement, PartnerMeeting, Plan, Step, TrackedItem
from .rules import step_paper_deadlines
from .schedule import SYMBOLS, Row, Standing, due_label, item_type, standing

_COLUMNS = ("ID", "SOORT", "TITEL", "TREKKER", "TERMIJN", "STATUS", "STAND")
TITLE_WIDTH = 46


def standing_text(s: Standing) -> str:
    """'! verlopen (12 dagen)', '~ binnenkort (over 3 dagen)', '✓ gereed'."""
    text = f"{SYMBOLS[s.state]} {s.state}"
    if s.days_left is None or s.state in ("gereed", "gereed, te laat", "vervallen"):
        return text
    if s.days_left < 0:
        days = -s.days_left
        return f"{text} ({days} {'dag' if days == 1 else 'dagen'} te laat)"
    if s.days_left == 0:
        return f"{text} (vandaag)"
    if s.state == "binnenkort":
        return f"{text} (over {s.days_left} {'dag' if s.days_left == 1 else 'dagen'})"
    return text


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(rows: Sequence[Row]) -> str:
    """An aligned text table of rows, with a count per standing underneath."""
    if not rows:
        return "Geen items die aan de selectie voldoen."
    cells = [
        (
            r.id,
            r.type,
            _shorten(r.title, TITLE_WIDTH),
            r.lead or "-",
            due_label(r.item),
            r.item.status,
            standing_text(r.standing),
        )
        for r in rows
    ]
    widths = [max(len(c[i]) for c in [_COLUMNS, *cells]) for i in range(len(_COLUMNS))]
    lines = ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in [_COLUMNS, *cells]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    counts = Counter(r.standing.state for r in rows)
    summary = ", ".join(f"{n} {state}" for state, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    lines.append("")
    lines.append(f"{len(rows)} {'item' if len(rows) == 1 else 'items'}: {summary}")
    return "\n".join(lines)


def row_json(row: Row) -> dict[str, Any]:
    """A row as a JSON object with Dutch keys (stable for other tools)."""
    return {
        "id": row.id,
        "soort": row.type,
        "titel": row.title,
        "trekker": row.lead,
        "termijn": due_label(row.item),
        "vervaldatum": row.standing.due.isoformat() if row.standing.due else None,
        "status": row.item.status,
        "stand": row.standing.state,
        "dagen_tot_vervaldatum": row.standing.days_left,
    }


def rows_json(rows: Sequence[Row], today: date) -> str:
    """The rows as a JSON document."""
    return json.dumps(
        {"vandaag": today.isoformat(), "items": [row_json(r) for r in rows]}, ensure_ascii=False, indent=2
    )


def describe(plan: Plan, item: TrackedItem, today: date) -> str:
    """Everything about one item, one field a line, in Dutch."""
    names = {o.id: o.name for o in plan.organisations} | {b.id: b.name for b in plan.bodies}
    groups = {g.id: g.name for g in plan.working_groups}

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
            ("trekker", who(item.lead)),
            ("partners", ", ".join(filter(None, (who(p) for p in item.partners))) or None),
            (
                "werkgroep",
                f"{item.working_group} ({groups.get(item.working_group, '?')})" if item.working_group else None,
            ),
            ("gremium", who(item.body)),
            ("gemeenten", ", ".join(item.municipalities) or "alle"),
            ("deadline", _deadline_line(item)),
        ]
    elif isinstance(item, PartnerMeeting):
        fields += [
            ("halfjaar", item.half_year.label()),
            ("datum", item.day or "nog niet gepland"),
            ("voorbereiding", who(item.prepared_by)),
        ]
    fields += [("status", item.status), ("gereed op", item.done_on), ("stand", standing_text(standing(item, today)))]
    if isinstance(item, Agreement):
        fields.append(("bron", item.source))
    fields.append(("notitie", item.note))
    title = getattr(item, "title", "")
    lines = [f"{item.id}  {title}"]
    width = max(len(k) for k, _ in fields) + 1
    for key, value in fields:
        if value is None:
            continue
        text = str(value).replace("\n", "\n" + " " * (width + 3))
        lines.append(f"  {(key + ':').ljust(width)} {text}")
    return "\n".join(lines)


def _paper_line(plan: Plan, step: Step) -> str | None:
    due = step_paper_deadlines(plan).get(step.id)
    if due is None:
        return None
    return f"uiterlijk {due} ({step.papers_lead_time} vooraf)"


def _deadline_line(item: Agreement) -> str:
    if item.deadline is None:
        return "geen termijn"
    if isinstance(item.deadline, date):
        return item.deadline.isoformat()
    return f"{item.deadline.label()} (vervalt na {item.deadline.last_day})"
