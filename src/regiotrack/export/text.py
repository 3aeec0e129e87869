"""Plain-text and JSON renderings of listings for the command line (no colours, no Textual, no pydantic).

Rows are anything with the attributes of ``filters.Listable`` plus ``title`` and ``due_label``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

from regiotrack.plan.standing import SYMBOLS, Standing

_COLUMNS = ("ID", "SOORT", "TITEL", "TREKKER", "TERMIJN", "STATUS", "STAND")
TITLE_WIDTH = 46


def standing_text(s: Standing) -> str:
    """'! verlopen (12 dagen)', '~ binnenkort (over 3 dagen)', '✓ gereed'."""
    text = f"{SYMBOLS[s.state]} {s.state}"
    if s.days_left is None or s.state in ("gereed", "gereed, te laat", "vervallen"):
        return text
    if s.days_left < 0:
        days = -s.days_left
        if s.state == "voorstel":  # a proposal is never late: its deadline counts once it is set
            return f"{text} (termijn {days} {'dag' if days == 1 else 'dagen'} geleden)"
        return f"{text} ({days} {'dag' if days == 1 else 'dagen'} te laat)"
    if s.days_left == 0:
        return f"{text} (vandaag)"
    if s.state == "binnenkort":
        return f"{text} (over {s.days_left} {'dag' if s.days_left == 1 else 'dagen'})"
    return text


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with '…' when longer."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def upcoming_text(days: Sequence[date]) -> str:
    """The next times of a recurring moment, as ``toon`` adds them under its fields."""
    return "\n\nVolgende keren: " + (", ".join(d.isoformat() for d in days) if days else "geen meer")


def table(rows: Sequence[Any]) -> str:
    """An aligned text table of rows, with a count per standing underneath."""
    if not rows:
        return "Geen items die aan de selectie voldoen."
    cells = [
        (
            r.id,
            r.type,
            shorten(r.title, TITLE_WIDTH),
            r.lead or ("?" if r.type == "afspraak" else "-"),
            r.due_label,
            r.status,
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


def row_json(row: Any) -> dict[str, Any]:
    """A row as a JSON object with Dutch keys (stable for other tools)."""
    return {
        "id": row.id,
        "soort": row.type,
        "titel": row.title,
        "trekker": row.lead,
        "termijn": row.due_label,
        "vervaldatum": row.standing.due.isoformat() if row.standing.due else None,
        "status": row.status,
        "stand": row.standing.state,
        "dagen_tot_vervaldatum": row.standing.days_left,
    }


def rows_json(rows: Sequence[Any], today: date) -> str:
    """The rows as a JSON document."""
    return json.dumps(
        {"vandaag": today.isoformat(), "items": [row_json(r) for r in rows]}, ensure_ascii=False, indent=2
    )
