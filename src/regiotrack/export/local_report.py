"""The report's section "Lokale uitvoering": the regional matrix and the local actions (issue 16).

Data first (``local_section``, the JSON report's ``lokale_uitvoering``), then Markdown and HTML
renderings of it. For the regional plan the section covers every municipality; for a local plan
only that municipality, with the regional afspraken its actions serve. No local plans: no section.
Kept apart from ``summary.py``, ``markdown.py`` and ``html.py``, which only call in.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from regiotrack.check.localplan import regional_targets
from regiotrack.export.matrix import LEGEND, acting_sentence
from regiotrack.plan.matrix import PlanSet, build_matrix, local_actions
from regiotrack.plan.standing import STATE_ORDER, SYMBOLS

TITLE = "Lokale uitvoering"
"""The section's heading."""


def local_section(plan_set: PlanSet | None, today: date, only: str | None = None) -> dict[str, Any] | None:
    """The section's data; ``only`` keeps one municipality (a local plan's report). None without local plans."""
    if plan_set is None or not plan_set.locals_:
        return None
    regional, locals_ = plan_set.regional, [p for p in plan_set.locals_ if only is None or p.municipality == only]
    rows = build_matrix(regional, locals_, today)
    names = [only] if only is not None else list(regional.municipalities)
    owners = {p.municipality for p in locals_}
    # In municipality order; a municipality outside the region (refused before a report is made,
    # see store.localset.checked_set) would come last rather than break the report.
    order = {name: number for number, name in enumerate(names)}
    actions = sorted(local_actions(locals_, today), key=lambda a: order.get(a.municipality, len(order)))
    titles = regional_targets(regional)
    municipalities = []
    for name in names:
        own = [a for a in actions if a.municipality == name]
        counts = {s: n for s in STATE_ORDER if (n := sum(1 for a in own if a.state == s))}
        municipalities.append({"naam": name, "lokaal_plan": name in owners, "acties": len(own), "stand": counts})
    matrix = [
        {
            "id": row.id,
            "titel": row.title,
            "gemeenten": {
                n: {
                    "acties": list(row.cells[n].actions),
                    "stand": {s: row.cells[n].standings[s] for s in STATE_ORDER if row.cells[n].standings[s]},
                }
                for n in names
            },
        }
        for row in rows
        if any(row.cells[n].actions for n in names)
    ]
    return {
        "gemeenten": municipalities,
        "regionaal_totaal": len(rows),
        "matrix": matrix,
        "acties": [
            {
                "gemeente": a.municipality,
                "id": a.agreement.id,
                "titel": a.agreement.title,
                "dient": [{"id": t, "titel": titles.get(t)} for t in a.agreement.serves],
                "termijn": a.due,
                "status": a.agreement.status,
                "stand": a.state,
                "jaarbeoordeling": a.last_review,
            }
            for a in actions
        ],
    }


def _plans_line(section: dict[str, Any]) -> str:
    having = [f"{m['naam']} ({m['acties']} {'actie' if m['acties'] == 1 else 'acties'})" for m in section["gemeenten"]]
    having = [h for h, m in zip(having, section["gemeenten"], strict=True) if m["lokaal_plan"]]
    missing = [m["naam"] for m in section["gemeenten"] if not m["lokaal_plan"]]
    line = "Lokaal plan: " + (", ".join(having) or "geen") + "."
    return line + (f" Nog geen lokaal plan: {', '.join(missing)}." if missing else "")


def _cell(cell: dict[str, Any]) -> str:
    """'·1 ✓2' from a matrix cell's counts; '-' when nothing."""
    return " ".join(f"{SYMBOLS[s]}{n}" for s, n in cell["stand"].items()) or "-"


def _cell_words(cell: dict[str, Any]) -> str:
    """'1 op schema, 2 gereed' for screen readers; 'geen' when nothing."""
    return ", ".join(f"{n} {s}" for s, n in cell["stand"].items()) or "geen"


def _serves(action: dict[str, Any]) -> str:
    return ", ".join(f"{d['id']} {d['titel']}" if d["titel"] else d["id"] for d in action["dient"])


def _acting_line(section: dict[str, Any]) -> str:
    acting, total = len(section["matrix"]), section["regionaal_totaal"]
    return acting_sentence(acting, total)


def local_markdown(report: dict[str, Any]) -> list[str]:
    """Markdown lines of the section (none without local plans)."""
    from regiotrack.export.markdown import cell, md

    section = report.get("lokale_uitvoering")
    if not section:
        return []
    names = [m["naam"] for m in section["gemeenten"]]
    lines = [f"## {TITLE}", "", md(_plans_line(section)), ""]
    lines += [f"### Regionale afspraken per gemeente ({len(section['matrix'])})", ""]
    if section["matrix"]:
        lines.append("| id | afspraak | " + " | ".join(cell(n) for n in names) + " |")
        lines.append("|" + "---|" * (len(names) + 2))
        for row in section["matrix"]:
            cells = " | ".join(cell(_cell(row["gemeenten"][n])) for n in names)
            lines.append(f"| {cell(row['id'])} | {cell(row['titel'])} | {cells} |")
        lines.append("")
    lines += [md(_acting_line(section)) + " " + md(LEGEND), ""]
    lines += [f"### Lokale acties ({len(section['acties'])})", ""]
    if not section["acties"]:
        return [*lines, "_nog geen lokale acties_", ""]
    several = len(names) > 1  # one municipality (a local plan's report): no column repeating its name
    lines += ["| " + ("gemeente | " if several else "") + "id | titel | dient | termijn | stand | jaarbeoordeling |"]
    lines += ["|" + "---|" * (7 if several else 6)]
    for a in section["acties"]:
        lines.append(
            "| "
            + (f"{cell(a['gemeente'])} | " if several else "")
            + f"{cell(a['id'])} | {cell(a['titel'])} | {cell(_serves(a))} | "
            f"{cell(a['termijn'])} | {SYMBOLS[a['stand']]} {cell(a['stand'])} | {cell(a['jaarbeoordeling'] or '-')} |"
        )
    return [*lines, ""]


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def local_html(report: dict[str, Any]) -> str:
    """HTML of the section: the matrix (symbols with their words for screen readers) and the local actions."""
    from regiotrack.export.html import dates, stand, table

    section = report.get("lokale_uitvoering")
    if not section:
        return ""
    names = [m["naam"] for m in section["gemeenten"]]
    parts = [f"<h2>{TITLE}</h2>", f"<p>{_e(_plans_line(section))}</p>"]
    parts.append(f"<h3>Regionale afspraken per gemeente ({len(section['matrix'])})</h3>")
    if section["matrix"]:
        rows = [
            [_e(row["id"]), _e(row["titel"])]
            + [
                f'<span aria-hidden="true" class="nowrap">{_e(_cell(row["gemeenten"][n]))}</span>'
                f'<span class="sr">{_e(_cell_words(row["gemeenten"][n]))}</span>'
                for n in names
            ]
            for row in section["matrix"]
        ]
        parts.append(table("Lokale acties per regionale afspraak en gemeente", ["id", "afspraak", *names], rows))
    parts.append(f'<p class="meta">{_e(_acting_line(section))} {_e(LEGEND)}</p>')
    parts.append(f"<h3>Lokale acties ({len(section['acties'])})</h3>")
    if not section["acties"]:
        parts.append('<p class="empty">Nog geen lokale acties.</p>')
        return "".join(parts)
    several = len(names) > 1  # one municipality (a local plan's report): no column repeating its name
    rows = [
        [
            _e(a["id"]),
            *([_e(a["gemeente"])] if several else []),
            _e(a["titel"]),
            _e(_serves(a)),
            dates(a["termijn"]),
            stand(a["stand"]),
            _e(a["jaarbeoordeling"] or "-"),
        ]
        for a in section["acties"]
    ]
    headers = ["id", *(["gemeente"] if several else []), "titel", "dient", "termijn", "stand", "jaarbeoordeling"]
    parts.append(table("Lokale acties van de gemeenten", headers, rows))
    return "".join(parts)
