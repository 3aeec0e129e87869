"""Inline SVG charts for the HTML report: progress bars and the timeline.

Each chart is an image with an accessible name (role="img", <title> and <desc> referenced by
aria-labelledby); its data is also in a table beside it (``html.py``), and status is shown by
a symbol and a legend as well as by colour. Names are never cut: long labels wrap.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from typing import Any

from regiotrack.plan.standing import SYMBOLS

_DAY = timedelta(days=1)

COLOURS = {"verlopen": "#b00020", "gereed": "#2e7d32", "anders": "#1565c0"}
"""Bar colours of the timeline; the legend and the symbols say the same without colour."""


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def wrap(text: str, width: int) -> list[str]:
    """Words in lines of at most ``width`` characters (a longer word gets a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _text(x: float, y: float, lines: list[str], size: int, extra: str = "") -> str:
    spans = "".join(
        f'<tspan x="{x:.1f}" dy="{0 if n == 0 else size + 2}">{_e(line)}</tspan>' for n, line in enumerate(lines)
    )
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}"{extra}>{spans}</text>'


def _svg(chart_id: str, title: str, description: str, width: int, height: float, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 {width} {height:.0f}" role="img" '
        f'aria-labelledby="{chart_id}-titel {chart_id}-uitleg">'
        f'<title id="{chart_id}-titel">{_e(title)}</title><desc id="{chart_id}-uitleg">{_e(description)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def progress_bars(chart_id: str, title: str, groups: list[dict[str, Any]]) -> str:
    """A bar per group: its full name above, done out of total and overdue beside the bar."""
    body: list[str] = []
    y = 4.0
    for group in groups:
        label = wrap(f"{group['naam']} ({group['id']})", 100)
        body.append(_text(0, y + 11, label, 11))
        y += 13 * len(label) + 2
        share = group["gereed"] / group["totaal"] if group["totaal"] else 0
        body.append(f'<rect x="0" y="{y:.1f}" width="300" height="12" fill="#e6e6e6"/>')
        body.append(f'<rect x="0" y="{y:.1f}" width="{300 * share:.1f}" height="12" fill="#2e7d32"/>')
        overdue = f" · {SYMBOLS['verlopen']} {group['verlopen']} verlopen" if group["verlopen"] else ""
        body.append(_text(310, y + 10, [f"{group['gereed']} van {group['totaal']} gereed{overdue}"], 11))
        y += 22
    description = "; ".join(
        f"{g['naam']}: {g['gereed']} van {g['totaal']} gereed, {g['verlopen']} verlopen" for g in groups
    )
    return _svg(chart_id, title, description or "Geen gegevens.", 680, y + 4, body)


def _colour(state: str) -> str:
    if state == "verlopen":
        return COLOURS["verlopen"]
    return COLOURS["gereed"] if "gereed" in state else COLOURS["anders"]


def timeline(chart_id: str, steps: list[dict[str, Any]], today: str) -> str:
    """A bar per step across the months, its standing's symbol at the bar's end, today as a line."""
    first = min(date.fromisoformat(s["van"]) for s in steps).replace(day=1)
    last = max(date.fromisoformat(s["tot"]) for s in steps)
    days = max((last - first).days + 1, 1)
    left, width, right = 260, 420, 60  # room on the right: the last month label is never cut off

    def x(day: date) -> float:
        return left + width * (day - first).days / days

    body: list[str] = []
    y = 20.0
    rows = []
    for step in steps:
        label = wrap(f"{step['id']} {step['activiteit']}", 46)
        rows.append((step, label, y))
        y += 11 * len(label) + 5
    height = y + 14
    month = first
    while month <= last:
        body.append(f'<line x1="{x(month):.1f}" y1="14" x2="{x(month):.1f}" y2="{height - 12:.1f}" stroke="#ccc"/>')
        body.append(_text(x(month) + 2, 11, [f"{month:%m-%Y}"], 9))
        month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    for step, label, top in rows:
        start, end = date.fromisoformat(step["van"]), date.fromisoformat(step["tot"])
        body.append(_text(0, top + 8, label, 9))
        bar_end = max(x(end + _DAY), x(start) + 2)
        dashed = "" if step["precies"] else ' stroke="#1b1b1b" stroke-dasharray="2 2" fill-opacity="0.45"'
        body.append(
            f'<rect x="{x(start):.1f}" y="{top:.1f}" width="{bar_end - x(start):.1f}" height="9" '
            f'fill="{_colour(step["stand"])}"{dashed}/>'
        )
        body.append(_text(bar_end + 2, top + 8, [SYMBOLS[step["stand"]]], 9))
    today_day = date.fromisoformat(today)
    if first <= today_day <= last:
        body.append(
            f'<line x1="{x(today_day):.1f}" y1="14" x2="{x(today_day):.1f}" y2="{height - 12:.1f}" '
            'stroke="#1b1b1b" stroke-width="2"/>'
        )
        body.append(_text(x(today_day) + 3, height - 2, [f"vandaag {today}"], 9))
    description = (
        f"{len(steps)} stappen van {first:%m-%Y} tot {last:%m-%Y}; per stap de periode en de stand, "
        "ook in de tabel hieronder."
    )
    return _svg(chart_id, "Tijdlijn van de stappen", description, left + width + right, height, body)


def legend() -> str:
    """The timeline's legend: colour, symbol and meaning together."""
    items = [
        (COLOURS["verlopen"], SYMBOLS["verlopen"], "verlopen"),
        (COLOURS["gereed"], SYMBOLS["gereed"], "gereed (✓! gereed, te laat)"),
        (
            COLOURS["anders"],
            f"{SYMBOLS['op schema']} {SYMBOLS['binnenkort']} {SYMBOLS['geblokkeerd']}",
            "op schema, binnenkort, geblokkeerd",
        ),
    ]
    entries = "".join(
        f'<li><span class="swatch" style="background:{colour}"></span> {_e(symbol)} {_e(text)}</li>'
        for colour, symbol, text in items
    )
    entries += '<li><span class="swatch dashed"></span> gestreept: nog niet precies gedateerd</li>'
    entries += '<li><span class="swatch today"></span> lijn: vandaag</li>'
    return f'<ul class="legend" aria-label="Legenda van de tijdlijn">{entries}</ul>'
