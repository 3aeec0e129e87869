"""The agenda pack and the verslag of a partneroverleg as self-contained HTML pages.

Accessible like the report: one ``main`` landmark, tables with a caption, a ``thead`` and
``scope`` on header cells, standing shown as a symbol and a word (never by colour alone).
Prints on A4: header rows repeat, headings stay with what follows, dates never break.
All plan text is escaped.
"""

from __future__ import annotations

from html import escape
from typing import Any

from regiotrack.export.agenda import SECTIONS
from regiotrack.export.html import dates
from regiotrack.plan.standing import SYMBOLS

CSS = """
@page { size: A4; margin: 16mm 14mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #1b1b1b; max-width: 182mm;
       margin: 0 auto; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm; border-bottom: 1px solid #767676; break-after: avoid; }
dl.meta { display: grid; grid-template-columns: max-content auto; gap: 0.5mm 4mm; margin: 0 0 4mm; }
dl.meta dt { font-weight: bold; } dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; }
caption.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
thead { display: table-header-group; } tr { break-inside: avoid; }
th, td { text-align: left; padding: 1mm 1.5mm; border-bottom: 1px solid #ccc; vertical-align: top; }
th { background: #eef; } td.nowrap, th.nowrap { white-space: nowrap; }
.empty { color: #555; font-style: italic; }
"""


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def _page(title: str, body: list[str]) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head>"
        f"<body><main>{''.join(body)}</main></body></html>\n"
    )


def _table(caption: str, headers: tuple[str, ...], rows: list[tuple[Any, ...]], empty: str) -> str:
    if not rows:
        return f'<p class="empty">{_e(empty)}</p>'
    head = "".join(f'<th scope="col">{_e(h)}</th>' for h in headers)
    body = "".join(
        "<tr>"
        + f'<th scope="row" class="nowrap">{_e(r[0])}</th>'
        + "".join(f"<td>{dates(str(c))}</td>" for c in r[1:])
        + "</tr>"
        for r in rows
    )
    # Every table follows a heading with the same words: the caption is for screen readers only.
    caption_html = f'<caption class="sr">{_e(caption)}</caption>'
    return f"<table>{caption_html}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _items(caption: str, items: list[dict[str, Any]], empty: str) -> str:
    rows = [
        (
            i["id"],
            i["titel"],
            i["trekker"] or "-",
            i["termijn"],
            f"{SYMBOLS[i['stand']]} {i['stand']}" + (f": {i['reden']}" if i.get("reden") else ""),
        )
        for i in items
    ]
    return _table(caption, ("id", "titel", "trekker", "termijn", "stand"), rows, empty)


def _meta(pairs: list[tuple[str, str]]) -> str:
    return '<dl class="meta">' + "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in pairs) + "</dl>"


def render_agenda_html(agenda: dict[str, Any]) -> str:
    """The agenda pack as one page."""
    meeting = agenda["partneroverleg"]
    sent = meeting["agenda_verzonden"]
    body = [
        f"<h1>Agenda {_e(meeting['naam'])}</h1>",
        _meta(
            [
                ("Plan", agenda["plan"]["titel"]),
                ("Wanneer en waar", meeting["wanneer"]),
                ("Voorbereiding", meeting["voorbereiding"] or "-"),
                ("Agenda", f"verzonden op {sent}" if sent else "nog niet verzonden"),
                ("Stand op", f"{agenda['vandaag']}; terugblik sinds {agenda['sinds']}"),
            ]
        ),
    ]
    titles = {key: (title, empty) for key, title, empty in SECTIONS}

    def section(key: str, suffix: str = "") -> None:
        title, empty = titles[key]
        heading = f"{title}{suffix} ({len(agenda[key])})"
        body.extend([f"<h2>{_e(heading)}</h2>", _items(heading, agenda[key], empty)])

    section("terugblik")
    moved = agenda["verschoven"]
    body.append(f"<h2>2. Verschoven deadlines, en door wie ({len(moved)})</h2>")
    body.append(
        "<ul>" + "".join(f"<li>{_e(m)}</li>" for m in moved) + "</ul>"
        if moved
        else '<p class="empty">Geen (of geen git-geschiedenis).</p>'
    )
    section("voorstellen")
    section("zonder_termijn")
    reports = agenda["meldingen"]
    body.append(f"<h2>5. Wat de werkgroepen en het Expertiseplatform meldden ({len(reports)})</h2>")
    body.append(
        _table(
            "Meldingen sinds het vorige overleg",
            ("wie", "wanneer", "melding"),
            [(r["wie"], r["wanneer"] or "-", r["tekst"]) for r in reports],
            "Geen meldingen sinds het vorige overleg.",
        )
    )
    section("komend_halfjaar", f": {agenda['komend_halfjaar_naam']}")
    return _page(f"Agenda {meeting['naam']}", body)


def render_minutes_html(data: dict[str, Any]) -> str:
    """The verslag as one page."""
    meeting = data["partneroverleg"]
    held = meeting["gehouden_op"] or "-"
    body = [
        f"<h1>Verslag {_e(meeting['naam'])}</h1>",
        _meta(
            [
                ("Plan", data["plan"]["titel"]),
                ("Gehouden op", held + (f", {meeting['locatie']}" if meeting["locatie"] else "")),
                ("Aanwezig", ", ".join(p["naam"] for p in data["aanwezig"]) or "-"),
                ("Git-tag", meeting["tag"]),
            ]
        ),
        f"<h2>Besluit per afspraak ({len(data['per_afspraak'])})</h2>",
        _table(
            "Besluit per afspraak",
            ("id", "afspraak", "besluit", "toelichting"),
            [(d["id"], d["titel"], d["besluit"], d["toelichting"] or "") for d in data["per_afspraak"]],
            "Geen besluiten over afspraken.",
        ),
        f"<h2>Besluiten ({len(data['besluiten'])})</h2>",
        "<ol>" + "".join(f"<li>{_e(t)}</li>" for t in data["besluiten"]) + "</ol>"
        if data["besluiten"]
        else '<p class="empty">Geen.</p>',
        f"<h2>Nieuwe afspraken ({len(data['nieuwe_afspraken'])})</h2>",
        _table(
            "Nieuwe afspraken",
            ("id", "titel", "trekker", "termijn"),
            [(a["id"], a["titel"], a["trekker"], a["termijn"]) for a in data["nieuwe_afspraken"]],
            "Geen.",
        ),
    ]
    return _page(f"Verslag {meeting['naam']}", body)
