"""The report as Markdown for mail and wikis: one function per section, over the report's data.

A new section (for example one per beoogd effect) is a function ``report -> lines`` added to
:data:`SECTIONS`; every plan text goes through :func:`md` (or :func:`cell` in tables).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from regiotrack.export.effects_report import effects_markdown
from regiotrack.export.local_report import local_markdown
from regiotrack.plan.standing import SYMBOLS

Section = Callable[[dict[str, Any]], list[str]]
"""A report section: the report's data -> Markdown lines."""

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")


def md(text: Any) -> str:
    """Plan text as literal Markdown: emphasis, code, links, HTML and headings have no effect."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


cell = md
"""A table cell: the same escaping (``|`` included), on one line."""


def name(item: dict[str, Any]) -> str:
    """The trekker as people know it: 'Veilig Thuis Amsterdam-Amstelland (VT)'."""
    lead = item.get("trekker")
    if not lead:
        return "-"
    full = item.get("trekker_naam") or lead
    return cell(full if full == lead else f"{full} ({lead})")


def item_table(items: list[dict[str, Any]], empty: str) -> list[str]:
    """A table of items: id, title, trekker by name, deadline, standing with its symbol."""
    if not items:
        return [f"_{empty}_", ""]
    lines = ["| id | titel | trekker | termijn | stand |", "|---|---|---|---|---|"]
    for item in items:
        lines.append(
            f"| {cell(item['id'])} | {cell(item['titel'])} | {name(item)} | "
            f"{cell(item['termijn'])} | {SYMBOLS[item['stand']]} {cell(item['stand'])} |"
        )
    return [*lines, ""]


def bar(done: int, total: int, width: int = 10) -> str:
    """A text progress bar."""
    filled = round(width * done / total) if total else 0
    return "█" * filled + "░" * (width - filled)


def half_year(report: dict[str, Any]) -> list[str]:
    """The partneroverleg's half-year: done, slipped, still due, moved, coming."""
    half = report["halfjaar"]
    if half is None:
        return []
    meeting = half["partneroverleg"] or {}
    when = " ".join(filter(None, (meeting.get("datum"), meeting.get("tijd")))) or "nog niet gepland"
    when += f", {meeting['locatie']}" if meeting.get("locatie") else ""
    lines = [f"## Partneroverleg {md(half['naam'])} ({md(when)})", ""]
    lines += minutes_markdown(half.get("verslag"))
    lines += [f"### Gereed in {md(half['naam'])} ({len(half['gereed'])})", ""]
    lines += item_table(half["gereed"], "niets afgerond in dit halfjaar")
    lines += [f"### Verlopen ({len(half['verlopen'])})", "", *item_table(half["verlopen"], "niets verlopen")]
    if half["vervalt_nog"]:
        lines += [f"### Vervalt nog in dit halfjaar ({len(half['vervalt_nog'])})", ""]
        lines += item_table(half["vervalt_nog"], "")
    lines += [f"### Verschoven deadlines ({len(half['verschoven'])})", ""]
    lines += [f"- {md(m)}" for m in half["verschoven"]] or ["_geen (of geen git-geschiedenis)_"]
    lines += ["", f"### Komend halfjaar ({len(half['komend_halfjaar'])})", ""]
    return lines + item_table(half["komend_halfjaar"], "niets gepland")


def minutes_markdown(verslag: dict[str, Any] | None) -> list[str]:
    """The verslag part of a half-year report, as Markdown lines (none before the meeting is held)."""
    if verslag is None:
        return []
    lines = [
        f"Gehouden op {verslag['gehouden_op']}; aanwezig: {', '.join(md(p['naam']) for p in verslag['aanwezig'])}.",
        "",
        f"### Besluiten van het overleg ({len(verslag['per_afspraak']) + len(verslag['besluiten'])})",
        "",
    ]
    for decision in verslag["per_afspraak"]:
        detail = f" ({md(decision['toelichting'])})" if decision["toelichting"] else ""
        lines.append(f"- {md(decision['id'])} {md(decision['titel'])}: **{md(decision['besluit'])}**{detail}")
    lines += [f"- {md(text)}" for text in verslag["besluiten"]]
    lines += ["", f"### Nieuwe afspraken ({len(verslag['nieuwe_afspraken'])})", ""]
    lines += [
        f"- {md(a['id'])} {md(a['titel'])} (trekker {md(a['trekker'])}, {md(a['termijn'])})"
        for a in verslag["nieuwe_afspraken"]
    ] or ["_geen_"]
    return [*lines, ""]


def standing(report: dict[str, Any]) -> list[str]:
    """Counts per standing, then overdue, blocked and due soon."""
    lines = ["## Waar het plan nu staat", "", "| stand | aantal |", "|---|---|"]
    lines += [f"| {SYMBOLS[s]} {s} | {n} |" for s, n in report["stand"].items()]
    lines += ["", f"### Verlopen ({len(report['verlopen'])})", "", *item_table(report["verlopen"], "niets verlopen")]
    lines += [f"### Geblokkeerd ({len(report['geblokkeerd'])})", ""]
    lines += item_table(report["geblokkeerd"], "niets geblokkeerd")
    lines += [f"### Binnenkort ({len(report['binnenkort'])})", ""]
    return lines + item_table(report["binnenkort"], "niets binnen 14 dagen")


def progress(report: dict[str, Any]) -> list[str]:
    """Progress per werkgroep and per trekker, names in full."""
    lines: list[str] = []
    for key, title in (("werkgroepen", "Per werkgroep"), ("trekkers", "Per trekker")):
        if not report[key]:  # a local plan has no werkgroepen: say so, no empty table
            lines += [f"## {title}", "", "_geen_", ""]
            continue
        lines += [f"## {title}", "", "| naam | id | voortgang | gereed | verlopen |", "|---|---|---|---|---|"]
        for group in report[key]:
            lines.append(
                f"| {cell(group['naam'])} | {cell(group['id'])} | {bar(group['gereed'], group['totaal'])} | "
                f"{group['gereed']}/{group['totaal']} | {group['verlopen']} |"
            )
        lines.append("")
    return lines


def timeline(report: dict[str, Any]) -> list[str]:
    """The timeline as a table."""
    lines = ["## Tijdlijn", "", "| id | activiteit | van | tot | stand |", "|---|---|---|---|---|"]
    for step in report["tijdlijn"]:
        fuzzy = "" if step["precies"] else " (nog niet precies)"
        lines.append(
            f"| {cell(step['id'])} | {cell(step['activiteit'])}{fuzzy} | {step['van']} | {step['tot']} | "
            f"{SYMBOLS[step['stand']]} {step['stand']} |"
        )
    return lines


SECTIONS: list[Section] = [half_year, effects_markdown, standing, progress, local_markdown, timeline]
"""The report's sections in order; add a function here to add a section."""


def render_markdown(report: dict[str, Any]) -> str:
    """The whole report as Markdown."""
    plan = report["plan"]
    lines = [f"# Voortgang {md(plan['titel'])}", "", f"Stand op {report['vandaag']} · regio {md(plan['regio'])}", ""]
    for section in SECTIONS:
        lines += section(report)
    return "\n".join(lines).rstrip() + "\n"
