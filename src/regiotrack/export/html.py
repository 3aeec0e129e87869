"""The report as one self-contained HTML page: inline CSS and SVG, prints on A4, all text escaped."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from typing import Any

from regiotrack.plan.standing import SYMBOLS

_CSS = """
@page { size: A4; margin: 16mm 14mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #1b1b1b; max-width: 182mm;
       margin: 0 auto; }
h1 { font-size: 17pt; margin: 0 0 2mm; } h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; } p.meta { color: #555; margin: 0 0 4mm; }
table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; page-break-inside: auto; }
tr { page-break-inside: avoid; } th, td { text-align: left; padding: 1mm 1.5mm; border-bottom: 1px solid #ddd;
vertical-align: top; } th { background: #eef; }
td:first-child, td:last-child { white-space: nowrap; } .verlopen { color: #b00020; font-weight: bold; }
.empty { color: #666; font-style: italic; }
.counts span { display: inline-block; margin-right: 5mm; }
svg text { font-family: "DejaVu Sans", Arial, sans-serif; }
"""


_DAY = timedelta(days=1)


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def _items(items: list[dict[str, Any]], empty: str) -> str:
    if not items:
        return f'<p class="empty">{_e(empty)}</p>'
    rows = "".join(
        f"<tr><td>{_e(i['id'])}</td><td>{_e(i['titel'])}</td><td>{_e(i['trekker'] or '-')}</td>"
        f'<td>{_e(i["termijn"])}</td><td class="{_e(i["stand"].replace(", ", "-").replace(" ", "-"))}">'
        f"{_e(SYMBOLS[i['stand']])} {_e(i['stand'])}</td></tr>"
        for i in items
    )
    return f"<table><tr><th>id</th><th>titel</th><th>trekker</th><th>termijn</th><th>stand</th></tr>{rows}</table>"


def _bars(groups: list[dict[str, Any]]) -> str:
    """Progress bars as inline SVG, with the numbers written next to them."""
    height = 20 * len(groups) + 6
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 680 {height}" role="img">']
    for n, group in enumerate(groups):
        y = 4 + 20 * n
        share = group["gereed"] / group["totaal"] if group["totaal"] else 0
        label = f"{group['id']} {group['naam']}"
        label = label if len(label) <= 48 else label[:47] + "…"
        parts.append(f'<text x="0" y="{y + 12}" font-size="11">{_e(label)}</text>')
        parts.append(f'<rect x="330" y="{y}" width="200" height="14" fill="#e6e6e6"/>')
        parts.append(f'<rect x="330" y="{y}" width="{200 * share:.1f}" height="14" fill="#2e7d32"/>')
        overdue = f" · {group['verlopen']} verlopen" if group["verlopen"] else ""
        parts.append(
            f'<text x="540" y="{y + 12}" font-size="11">{group["gereed"]}/{group["totaal"]} gereed{_e(overdue)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _timeline(steps: list[dict[str, Any]], today: str) -> str:
    """The timeline as inline SVG: a bar per step across the months, today as a red line."""
    if not steps:
        return '<p class="empty">Geen tijdlijn.</p>'
    first = min(date.fromisoformat(s["van"]) for s in steps).replace(day=1)
    last = max(date.fromisoformat(s["tot"]) for s in steps)
    days = max((last - first).days + 1, 1)
    left, width, row = 250, 430, 15
    height = 24 + row * len(steps)

    def x(day: date) -> float:
        return left + width * (day - first).days / days

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 690 {height + 4}" role="img">']
    month = first
    while month <= last:
        parts.append(f'<line x1="{x(month):.1f}" y1="14" x2="{x(month):.1f}" y2="{height}" stroke="#ccc"/>')
        parts.append(f'<text x="{x(month) + 2:.1f}" y="11" font-size="9">{month:%m-%Y}</text>')
        month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    for n, step in enumerate(steps):
        y = 20 + row * n
        start, end = date.fromisoformat(step["van"]), date.fromisoformat(step["tot"])
        label = f"{step['id']} {step['activiteit']}"
        label = label if len(label) <= 40 else label[:39] + "…"
        colour = "#b00020" if step["stand"] == "verlopen" else ("#2e7d32" if "gereed" in step["stand"] else "#1565c0")
        opacity = "0.35" if not step["precies"] else "1"
        parts.append(f'<text x="0" y="{y + 9}" font-size="9">{_e(label)}</text>')
        parts.append(
            f'<rect x="{x(start):.1f}" y="{y}" width="{max(x(end + _DAY) - x(start), 2):.1f}" height="10" '
            f'fill="{colour}" fill-opacity="{opacity}"><title>{_e(step["stand"])}</title></rect>'
        )
    today_day = date.fromisoformat(today)
    if first <= today_day <= last:
        parts.append(
            f'<line x1="{x(today_day):.1f}" y1="14" x2="{x(today_day):.1f}" y2="{height}" '
            'stroke="#d50000" stroke-width="2"/>'
        )
        parts.append(f'<text x="{x(today_day) + 3:.1f}" y="{height}" font-size="9" fill="#d50000">vandaag</text>')
    parts.append("</svg>")
    return "".join(parts)


def minutes_html(verslag: dict[str, Any] | None) -> str:
    """The verslag part of a half-year report: who was there, the decisions, the new afspraken."""
    if verslag is None:
        return ""
    present = ", ".join(p["naam"] for p in verslag["aanwezig"])
    decisions = [
        f"<li>{_e(d['id'])} {_e(d['titel'])}: <strong>{_e(d['besluit'])}</strong>"
        + (f" ({_e(d['toelichting'])})" if d["toelichting"] else "")
        + "</li>"
        for d in verslag["per_afspraak"]
    ] + [f"<li>{_e(text)}</li>" for text in verslag["besluiten"]]
    new = [
        f"<li>{_e(a['id'])} {_e(a['titel'])} (trekker {_e(a['trekker'])}, {_e(a['termijn'])})</li>"
        for a in verslag["nieuwe_afspraken"]
    ]
    return (
        f"<p>Gehouden op {_e(verslag['gehouden_op'])}; aanwezig: {_e(present)}.</p>"
        f"<h3>Besluiten van het overleg ({len(decisions)})</h3><ul>{''.join(decisions)}</ul>"
        f"<h3>Nieuwe afspraken ({len(new)})</h3>"
        + (f"<ul>{''.join(new)}</ul>" if new else '<p class="empty">Geen.</p>')
    )


def render_html(report: dict[str, Any]) -> str:
    """The whole page."""
    plan = report["plan"]
    body = [
        f"<h1>Voortgang {_e(plan['titel'])}</h1>",
        f'<p class="meta">Stand op {_e(report["vandaag"])} · regio {_e(plan["regio"])} · looptijd '
        f"{_e(plan['looptijd']['van'])} t/m {_e(plan['looptijd']['tot'])}</p>",
    ]
    half = report["halfjaar"]
    if half is not None:
        meeting = half["partneroverleg"] or {}
        when = " ".join(filter(None, (meeting.get("datum"), meeting.get("tijd")))) or "nog niet gepland"
        when += f", {meeting['locatie']}" if meeting.get("locatie") else ""
        moved = "".join(f"<li>{_e(m)}</li>" for m in half["verschoven"])
        body += [
            f"<h2>Partneroverleg {_e(half['naam'])} ({_e(when)})</h2>",
            minutes_html(half.get("verslag")),
            f"<h3>Gereed in {_e(half['naam'])} ({len(half['gereed'])})</h3>",
            _items(half["gereed"], "Niets afgerond in dit halfjaar."),
            f"<h3>Verlopen ({len(half['verlopen'])})</h3>",
            _items(half["verlopen"], "Niets verlopen."),
            f"<h3>Vervalt nog in dit halfjaar ({len(half['vervalt_nog'])})</h3>",
            _items(half["vervalt_nog"], "Niets."),
            f"<h3>Verschoven deadlines ({len(half['verschoven'])})</h3>",
            f"<ul>{moved}</ul>" if moved else '<p class="empty">Geen (of geen git-geschiedenis).</p>',
            f"<h3>Komend halfjaar ({len(half['komend_halfjaar'])})</h3>",
            _items(half["komend_halfjaar"], "Niets gepland."),
        ]
    counts = "".join(f"<span>{_e(SYMBOLS[s])} {n} {_e(s)}</span>" for s, n in report["stand"].items() if n)
    body += [
        "<h2>Waar het plan nu staat</h2>",
        f'<p class="counts">{counts}</p>',
        f"<h3>Verlopen ({len(report['verlopen'])})</h3>",
        _items(report["verlopen"], "Niets verlopen."),
        f"<h3>Binnenkort ({len(report['binnenkort'])})</h3>",
        _items(report["binnenkort"], "Niets binnen 14 dagen."),
        "<h2>Voortgang per werkgroep</h2>",
        _bars(report["werkgroepen"]),
        "<h2>Voortgang per trekker</h2>",
        _bars(report["trekkers"]),
        "<h2>Tijdlijn</h2>",
        _timeline(report["tijdlijn"], report["vandaag"]),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        f"<title>Voortgang {_e(plan['titel'])}</title><style>{_CSS}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )
