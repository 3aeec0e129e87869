"""The report's section per beoogd effect (§1.3, §10.3), and per gebied: data, Markdown, HTML.

Per effect: the afspraken and werkgroepen serving it and how they stand, the indicator values
over time (Markdown: a sparkline and a table; HTML: an accessible SVG chart with title and
description, and the same numbers in a table) and the reflections per half-year. Kept apart
from ``summary.py`` and ``html.py``, which only call in.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from regiotrack.export.provenance import assumption_text
from regiotrack.export.text import row_json
from regiotrack.plan.effects import IndicatorView, area_views, effect_views, sparkline
from regiotrack.plan.model import Plan
from regiotrack.plan.standing import SYMBOLS


def _number(value: float) -> str:
    """Dutch notation: 9.951, 82,5."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def _counts(agreements: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in agreements:
        counts[item["stand"]] = counts.get(item["stand"], 0) + 1
    return counts


def _indicator(view: IndicatorView) -> dict[str, Any]:
    indicator = view.indicator
    return {
        "id": indicator.id,
        "naam": indicator.name,
        "definitie": indicator.definition,
        "eenheid": indicator.unit,
        "gegevensbron": indicator.data_source,
        "norm": indicator.norm,
        "bron": indicator.source,
        "reeksen": [
            {
                "plaats": s.place,
                "naam": s.name,
                "waarden": [{"periode": str(p.period), "waarde": p.value, "opgeteld": p.summed} for p in s.points],
            }
            for s in view.series
        ],
    }


def effects_section(plan: Plan, today: date) -> dict[str, Any]:
    """The data of the section: 'effecten' and 'gebieden', as the JSON report holds them."""
    effects = []
    for view in effect_views(plan, today):
        agreements = []
        for row in view.agreements:
            item = row_json(row)
            item["aanname"] = assumption_text(row.item)
            item["aangenomen"] = list(getattr(row.item, "assumed", ()))
            agreements.append(item)
        effects.append(
            {
                "id": view.effect.id,
                "naam": view.effect.name,
                "omschrijving": view.effect.description,
                "stand": _counts(agreements),
                "afspraken": agreements,
                "werkgroepen": [{"id": g.id, "naam": g.name} for g in view.groups],
                "indicatoren": [_indicator(i) for i in view.indicators],
                "reflecties": [{"halfjaar": str(r.half_year), "tekst": r.text} for r in view.reflections],
            }
        )
    areas = []
    for area in area_views(plan, today):
        items = [row_json(r) for r in area.agreements]
        areas.append(
            {
                "id": area.area_id,
                "naam": area.name,
                "gemeenten": list(area.municipalities),
                "stand": _counts(items),
                "afspraken": [i["id"] for i in items],
            }
        )
    return {"effecten": effects, "gebieden": areas}


# ----------------------------------------------------------------------------- Markdown


def _md(text: Any) -> str:
    """Plan text as literal Markdown (``markdown.md``; imported here, as markdown.py imports this module)."""
    from regiotrack.export.markdown import md

    return md(text)


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{SYMBOLS[s]} {n} {s}" for s, n in counts.items()) or "geen afspraken"


def effects_markdown(report: dict[str, Any]) -> list[str]:
    """Markdown lines: one section per effect, then the areas."""
    if not report.get("effecten"):
        return []
    lines = ["## Per beoogd effect", ""]
    for effect in report["effecten"]:
        lines += [f"### {_md(effect['id'])} {_md(effect['naam'])}", ""]
        if effect["omschrijving"]:
            lines += [f"_{_md(effect['omschrijving'])}_", ""]
        lines += [f"Afspraken ({len(effect['afspraken'])}): {_counts_text(effect['stand'])}", ""]
        if effect["afspraken"]:
            lines += ["| id | titel | trekker | termijn | stand |", "|---|---|---|---|---|"]
            for item in effect["afspraken"]:
                assumed = item["aangenomen"]
                lead = (item["trekker"] or "nog vast te stellen") + (" (aanname)" if "trekker" in assumed else "")
                due = item["termijn"] + (" (aanname)" if "deadline" in assumed else "")
                mark = " (koppeling aangenomen)" if "effecten" in assumed else ""
                lines.append(
                    f"| {_md(item['id'])} | {_md(item['titel'])}{mark} | {_md(lead)} | {_md(due)} | "
                    f"{SYMBOLS[item['stand']]} {_md(item['stand'])} |"
                )
            lines.append("")
        if effect["werkgroepen"]:
            lines += [
                "Werkgroepen: " + ", ".join(f"{_md(g['id'])} {_md(g['naam'])}" for g in effect["werkgroepen"]),
                "",
            ]
        for indicator in effect["indicatoren"]:
            lines += _indicator_markdown(indicator)
        lines += ["**Reflectie**", ""]
        lines += [f"- {_md(r['halfjaar'])}: {_md(r['tekst'])}" for r in effect["reflecties"]] or [
            "_nog geen reflectie_"
        ]
        lines.append("")
    lines += ["## Per gebied", "", "| gebied | gemeenten | afspraken | stand |", "|---|---|---|---|"]
    for area in report["gebieden"]:
        lines.append(
            f"| {_md(area['id'])} {_md(area['naam'])} | {_md(', '.join(area['gemeenten']))} | "
            f"{_md(', '.join(area['afspraken']) or '-')} | {_md(_counts_text(area['stand']))} |"
        )
    return [*lines, ""]


def _indicator_markdown(indicator: dict[str, Any]) -> list[str]:
    norm = f" · norm {_number(indicator['norm'])}" if indicator["norm"] is not None else ""
    lines = [f"**{_md(indicator['id'])} {_md(indicator['naam'])}** ({_md(indicator['eenheid'])}{norm})", ""]
    if not indicator["reeksen"]:
        return [*lines, "_nog geen metingen_", ""]
    lines += ["| plaats | verloop | waarden |", "|---|---|---|"]
    for series in indicator["reeksen"]:
        values = [v["waarde"] for v in series["waarden"]]
        shown = ", ".join(
            f"{v['periode']}: {_number(v['waarde'])}{' (som)' if v['opgeteld'] else ''}" for v in series["waarden"]
        )
        lines.append(f"| {_md(series['naam'])} | {sparkline(values)} | {_md(shown)} |")
    return [*lines, ""]


# ----------------------------------------------------------------------------- HTML


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def effects_html(report: dict[str, Any]) -> str:
    """HTML: one section per effect, then the areas."""
    if not report.get("effecten"):
        return ""
    parts = ["<h2>Per beoogd effect</h2>"]
    for effect in report["effecten"]:
        parts.append(f'<section class="effect" id="effect-{_e(effect["id"])}">')
        parts.append(f"<h3>{_e(effect['id'])} {_e(effect['naam'])}</h3>")
        if effect["omschrijving"]:
            parts.append(f'<p class="meta">{_e(effect["omschrijving"])}</p>')
        parts.append(f"<p>Afspraken ({len(effect['afspraken'])}): {_e(_counts_text(effect['stand']))}</p>")
        if effect["afspraken"]:
            rows = [
                [
                    _e(i["id"]),
                    _e(i["titel"]) + (" (koppeling aangenomen)" if "effecten" in i["aangenomen"] else ""),
                    _e(i["trekker"] or "nog vast te stellen") + (" (aanname)" if "trekker" in i["aangenomen"] else ""),
                    _e(i["termijn"]) + (" (aanname)" if "deadline" in i["aangenomen"] else ""),
                    f"{_e(SYMBOLS[i['stand']])} {_e(i['stand'])}",
                ]
                for i in effect["afspraken"]
            ]
            headers = ["id", "afspraak", "trekker", "termijn", "stand"]
            parts.append(_table(f"Afspraken voor {effect['id']}", headers, rows))
        if effect["werkgroepen"]:
            groups = ", ".join(f"{_e(g['id'])} {_e(g['naam'])}" for g in effect["werkgroepen"])
            parts.append(f"<p>Werkgroepen: {groups}</p>")
        for indicator in effect["indicatoren"]:
            parts.append(_indicator_html(indicator))
        reflections = "".join(f"<li><b>{_e(r['halfjaar'])}</b>: {_e(r['tekst'])}</li>" for r in effect["reflecties"])
        parts.append("<h4>Reflectie</h4>")
        parts.append(f"<ul>{reflections}</ul>" if reflections else '<p class="empty">Nog geen reflectie.</p>')
        parts.append("</section>")
    rows = [
        [
            f"{_e(a['id'])} {_e(a['naam'])}",
            _e(", ".join(a["gemeenten"])),
            _e(", ".join(a["afspraken"]) or "-"),
            _e(_counts_text(a["stand"])),
        ]
        for a in report["gebieden"]
    ]
    headers = ["gebied", "gemeenten", "afspraken", "stand"]
    parts.append("<h2>Per gebied</h2>" + _table("Afspraken per gebied", headers, rows))
    return "".join(parts)


_COLOURS = ("#1f4e9c", "#b35c00", "#2e7d32", "#6a1b9a", "#00838f", "#ad1457", "#5d4037")


def _indicator_html(indicator: dict[str, Any]) -> str:
    norm = f" · norm {_number(indicator['norm'])}" if indicator["norm"] is not None else ""
    head = f"<h4>{_e(indicator['id'])} {_e(indicator['naam'])} ({_e(indicator['eenheid'])}{_e(norm)})</h4>"
    if not indicator["reeksen"]:
        return head + '<p class="empty">Nog geen metingen.</p>'
    return head + _chart(indicator) + _values_table(indicator)


def _chart(indicator: dict[str, Any]) -> str:
    """A line chart: one line per place; title and description for screen readers."""
    periods = sorted({v["periode"] for s in indicator["reeksen"] for v in s["waarden"]}, key=_period_order)
    values = [v["waarde"] for s in indicator["reeksen"] for v in s["waarden"]]
    if indicator["norm"] is not None:
        values.append(indicator["norm"])
    top = max(values) or 1.0
    width, height, left, bottom = 600, 160, 56, 22
    plot_w, plot_h = width - left - 170, height - bottom - 10

    def x(period: str) -> float:
        index = periods.index(period)
        return left + (plot_w * index / (len(periods) - 1) if len(periods) > 1 else plot_w / 2)

    def y(value: float) -> float:
        return 10 + plot_h * (1 - value / top)

    ident = f"grafiek-{indicator['id']}"
    summary = "; ".join(
        f"{s['naam']}: " + ", ".join(f"{v['periode']} {_number(v['waarde'])}" for v in s["waarden"])
        for s in indicator["reeksen"]
    )
    parts = [
        f'<svg role="img" aria-labelledby="{_e(ident)}-t {_e(ident)}-d" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{_e(ident)}-t">{_e(indicator["naam"])} ({_e(indicator["eenheid"])}) over de tijd</title>',
        f'<desc id="{_e(ident)}-d">{_e(summary)}</desc>',
        f'<line x1="{left}" y1="{10 + plot_h}" x2="{left + plot_w}" y2="{10 + plot_h}" stroke="#999"/>',
        f'<text x="{left - 4}" y="14" font-size="9" text-anchor="end">{_e(_number(top))}</text>',
        f'<text x="{left - 4}" y="{10 + plot_h}" font-size="9" text-anchor="end">0</text>',
    ]
    for period in periods:
        parts.append(
            f'<text x="{x(period):.1f}" y="{height - 6}" font-size="9" text-anchor="middle">{_e(period)}</text>'
        )
    if indicator["norm"] is not None:
        level = y(indicator["norm"])
        parts.append(
            f'<line x1="{left}" y1="{level:.1f}" x2="{left + plot_w}" y2="{level:.1f}" stroke="#b00020" '
            'stroke-dasharray="4 3"/>'
            f'<text x="{left + plot_w + 4}" y="{level + 3:.1f}" font-size="9" fill="#b00020">norm</text>'
        )
    for number, series in enumerate(indicator["reeksen"][: len(_COLOURS)]):
        colour = _COLOURS[number]
        points = [(x(v["periode"]), y(v["waarde"])) for v in series["waarden"]]
        if len(points) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        parts += [f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{colour}"/>' for px, py in points]
        parts.append(
            f'<text x="{left + plot_w + 8}" y="{14 + 12 * number}" font-size="9" fill="{colour}">'
            f"{_e(series['naam'])}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _values_table(indicator: dict[str, Any]) -> str:
    periods = sorted({v["periode"] for s in indicator["reeksen"] for v in s["waarden"]}, key=_period_order)
    rows = []
    for series in indicator["reeksen"]:
        by_period = {v["periode"]: v for v in series["waarden"]}
        cells = [
            f"{_e(_number(by_period[p]['waarde']))}{' (som)' if by_period[p]['opgeteld'] else ''}"
            if p in by_period
            else "–"
            for p in periods
        ]
        rows.append([_e(series["naam"]), *cells])
    return _table(f"{indicator['naam']}: waarden per plaats en periode", ["plaats", *periods], rows)


def _table(caption: str, headers: list[str], rows: list[list[str]]) -> str:
    """The report's accessible table (caption, header row); imported here, as html.py imports this module."""
    from regiotrack.export.html import table

    return table(caption, headers, rows)


def _period_order(text: str) -> tuple[int, int]:
    year, _, half = text.partition("-H")
    return int(year), int(half or 0)
