"""The report as one self-contained, accessible HTML page: inline CSS and SVG, prints on A4.

Accessible (axe-core finds nothing; tested in Chromium): a <main> landmark, tables with a
caption, <thead> and scope, charts with an accessible name and their data also in a table,
status shown by symbol and text besides colour. Print: headings never alone at a page foot,
header rows repeated on every page, dates not broken. All plan text is escaped.

A section is a function ``report -> HTML``; add one to :data:`SECTIONS` to add a section.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from typing import Any

from regiotrack.export import charts
from regiotrack.export.effects_report import effects_html
from regiotrack.export.local_report import local_html
from regiotrack.plan.standing import SYMBOLS

Section = Callable[[dict[str, Any]], str]
"""A report section: the report's data -> HTML."""

CSS = """
@page { size: A4; margin: 16mm 14mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #1b1b1b; max-width: 182mm;
       margin: 0 auto; }
h1 { font-size: 17pt; margin: 0 0 2mm; } h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; } p.meta { color: #555; margin: 0 0 4mm; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; }
thead { display: table-header-group; } tr { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; padding: 1mm 1.5mm; border-bottom: 1px solid #ddd; vertical-align: top; }
thead th { background: #eef; } tbody th { font-weight: normal; white-space: nowrap; }
.nowrap { white-space: nowrap; } .verlopen { color: #b00020; font-weight: bold; }
.empty { color: #595959; font-style: italic; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
figure { margin: 0 0 3mm; break-inside: avoid; page-break-inside: avoid; }
ul.legend { list-style: none; padding: 0; margin: 1mm 0 3mm; font-size: 9pt; }
ul.legend li { display: inline-block; margin-right: 5mm; white-space: nowrap; }
.swatch { display: inline-block; width: 4mm; height: 3mm; border: 1px solid #1b1b1b; vertical-align: middle; }
.swatch.dashed { border-style: dashed; background: #b7cce6; } .swatch.today { width: 0; border-width: 0 0 0 2px; }
svg text { font-family: "DejaVu Sans", Arial, sans-serif; }
"""


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def _state_class(state: str) -> str:
    return state.replace(", ", "-").replace(" ", "-")


def stand(state: str) -> str:
    """A standing as symbol and word (colour only as an extra), never broken over lines."""
    return f'<span class="nowrap {_e(_state_class(state))}">{_e(SYMBOLS[state])} {_e(state)}</span>'


def table(caption: str, headers: list[str], rows: list[list[str]], hidden_caption: bool = True) -> str:
    """A data table: caption, <thead> with scope="col", the first cell of a row a row header.
    Cells are HTML already (escape plan text before)."""
    head = "".join(f'<th scope="col">{_e(h)}</th>' for h in headers)
    body = "".join(f'<tr><th scope="row">{row[0]}</th>{"".join(f"<td>{c}</td>" for c in row[1:])}</tr>' for row in rows)
    caption_class = ' class="sr"' if hidden_caption else ""
    return (
        f"<table><caption{caption_class}>{_e(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


def dates(text: str) -> str:
    """Escaped text whose dates never break (a range may break between its dates)."""
    return _DATE.sub(r'<span class="nowrap">\1</span>', _e(text))


def _lead(item: dict[str, Any]) -> str:
    lead = item.get("trekker")
    if not lead:
        return "-"
    full = item.get("trekker_naam") or lead
    return _e(full) if full == lead else f"{_e(full)} ({_e(lead)})"


def items(caption: str, found: list[dict[str, Any]], empty: str) -> str:
    """A table of items (names of trekkers in full, ids beside), or a line saying there are none."""
    if not found:
        return f'<p class="empty">{_e(empty)}</p>'
    rows = [[_e(i["id"]), _e(i["titel"]), _lead(i), dates(i["termijn"]), stand(i["stand"])] for i in found]
    return table(caption, ["id", "titel", "trekker", "termijn", "stand"], rows)


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


def half_year(report: dict[str, Any]) -> str:
    """The partneroverleg's half-year."""
    half = report["halfjaar"]
    if half is None:
        return ""
    meeting = half["partneroverleg"] or {}
    when = " ".join(filter(None, (meeting.get("datum"), meeting.get("tijd")))) or "nog niet gepland"
    when += f", {meeting['locatie']}" if meeting.get("locatie") else ""
    name = _e(half["naam"])
    moved = "".join(f"<li>{_e(m)}</li>" for m in half["verschoven"])
    return "".join(
        [
            f"<h2>Partneroverleg {name} ({_e(when)})</h2>",
            minutes_html(half.get("verslag")),
            f"<h3>Gereed in {name} ({len(half['gereed'])})</h3>",
            items(f"Gereed in {half['naam']}", half["gereed"], "Niets afgerond in dit halfjaar."),
            f"<h3>Verlopen ({len(half['verlopen'])})</h3>",
            items(f"Verlopen in {half['naam']}", half["verlopen"], "Niets verlopen."),
            f"<h3>Vervalt nog in dit halfjaar ({len(half['vervalt_nog'])})</h3>",
            items("Vervalt nog in dit halfjaar", half["vervalt_nog"], "Niets."),
            f"<h3>Verschoven deadlines ({len(half['verschoven'])})</h3>",
            f"<ul>{moved}</ul>" if moved else '<p class="empty">Geen (of geen git-geschiedenis).</p>',
            f"<h3>Komend halfjaar ({len(half['komend_halfjaar'])})</h3>",
            items("Komend halfjaar", half["komend_halfjaar"], "Niets gepland."),
        ]
    )


def standing(report: dict[str, Any]) -> str:
    """Counts per standing (zeros too), overdue, blocked, due soon."""
    counts = table(
        "Aantal items per stand",
        ["stand", "aantal"],
        [[stand(s), str(n)] for s, n in report["stand"].items()],
    )
    return "".join(
        [
            "<h2>Waar het plan nu staat</h2>",
            counts,
            f"<h3>Verlopen ({len(report['verlopen'])})</h3>",
            items("Verlopen", report["verlopen"], "Niets verlopen."),
            f"<h3>Geblokkeerd ({len(report['geblokkeerd'])})</h3>",
            items("Geblokkeerd", report["geblokkeerd"], "Niets geblokkeerd."),
            f"<h3>Binnenkort ({len(report['binnenkort'])})</h3>",
            items("Binnenkort", report["binnenkort"], "Niets binnen 14 dagen."),
        ]
    )


def _progress(key: str, title: str, report: dict[str, Any]) -> str:
    groups = report[key]
    if not groups:  # a local plan has no werkgroepen: say so, no empty chart and table
        return f'<h2>{_e(title)}</h2><p class="empty">Geen.</p>'
    rows = [[_e(g["naam"]), _e(g["id"]), str(g["gereed"]), str(g["totaal"]), str(g["verlopen"])] for g in groups]
    return "".join(
        [
            f"<h2>{_e(title)}</h2>",
            f"<figure>{charts.progress_bars(key, title, groups)}</figure>",
            table(title, ["naam", "id", "gereed", "totaal", "verlopen"], rows),
        ]
    )


def progress(report: dict[str, Any]) -> str:
    """Progress per werkgroep and per trekker: chart and table."""
    return _progress("werkgroepen", "Voortgang per werkgroep", report) + _progress(
        "trekkers", "Voortgang per trekker", report
    )


def timeline(report: dict[str, Any]) -> str:
    """The timeline: chart with legend, and the same data as a table."""
    steps = report["tijdlijn"]
    if not steps:
        return '<h2>Tijdlijn</h2><p class="empty">Geen tijdlijn.</p>'
    rows = [
        [
            _e(s["id"]),
            _e(s["activiteit"]) + ("" if s["precies"] else " (nog niet precies)"),
            f'<span class="nowrap">{_e(s["van"])}</span>',
            f'<span class="nowrap">{_e(s["tot"])}</span>',
            stand(s["stand"]),
        ]
        for s in steps
    ]
    return "".join(
        [
            "<h2>Tijdlijn</h2>",
            f"<figure>{charts.timeline('tijdlijn', steps, report['vandaag'])}{charts.legend()}</figure>",
            table("Tijdlijn van de stappen", ["id", "activiteit", "van", "tot", "stand"], rows),
        ]
    )


SECTIONS: list[Section] = [half_year, effects_html, standing, progress, local_html, timeline]
"""The report's sections in order; add a function here to add a section."""


def page(title: str, body: str) -> str:
    """A whole, self-contained page (also used for the published site's other pages)."""
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head>"
        f"<body><main>{body}</main></body></html>\n"
    )


def render_html(report: dict[str, Any], navigation: str = "") -> str:
    """The whole report page; ``navigation`` (HTML) goes under the title (the published site's links)."""
    plan = report["plan"]
    head = (
        f"<h1>Voortgang {_e(plan['titel'])}</h1>"
        f'<p class="meta">Stand op <span class="nowrap">{_e(report["vandaag"])}</span> · regio {_e(plan["regio"])}'
        f' · looptijd <span class="nowrap">{_e(plan["looptijd"]["van"])}</span> t/m '
        f'<span class="nowrap">{_e(plan["looptijd"]["tot"])}</span></p>'
    )
    return page(f"Voortgang {plan['titel']}", head + navigation + "".join(section(report) for section in SECTIONS))
