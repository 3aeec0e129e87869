"""Effecten: per beoogd effect (§1.3) the afspraken serving it and how they stand, the
indicators over time as a sparkline with their values, and the half-yearly reflections;
then per gebied (§10.4) the afspraken that concern it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from regiotrack.plan.effects import AreaView, EffectView, area_views, effect_views, sparkline
from regiotrack.plan.schedule import NOT_YET_SET
from regiotrack.plan.standing import SYMBOLS
from regiotrack.tui.screens.base import PlanScreen
from regiotrack.tui.text import clean
from regiotrack.tui.view import PlanView


def _number(value: float) -> str:
    return f"{int(value):,}".replace(",", ".") if float(value).is_integer() else f"{value:g}".replace(".", ",")


def effect_card(view: EffectView) -> Text:
    """One effect as text (plan text stays literal)."""
    text = Text(clean(f"{view.effect.id}  {view.effect.name}\n"), style="bold")
    if view.effect.description:
        text.append(clean(view.effect.description) + "\n", style="dim")
    counts: dict[str, int] = {}
    for row in view.agreements:
        counts[row.standing.state] = counts.get(row.standing.state, 0) + 1
    summary = ", ".join(f"{SYMBOLS[s]} {n} {s}" for s, n in counts.items()) or "geen afspraken"
    text.append(f"\nAfspraken ({len(view.agreements)}): {summary}\n")
    for row in view.agreements:
        lead = row.lead or NOT_YET_SET
        assumed = " (koppeling aangenomen)" if "effecten" in getattr(row.item, "assumed", ()) else ""
        text.append(f"  {SYMBOLS[row.standing.state]} {row.id}  ")
        text.append(clean(row.title, one_line=True))
        text.append(clean(f"  · trekker: {lead} · termijn: {row.due_label}{assumed}\n"), style="dim")
    if view.groups:
        text.append(clean("Werkgroepen: " + ", ".join(f"{g.id} {g.name}" for g in view.groups) + "\n"))
    for indicator in view.indicators:
        norm = f", norm {_number(indicator.indicator.norm)}" if indicator.indicator.norm is not None else ""
        text.append(
            clean(f"\n{indicator.indicator.id} {indicator.indicator.name} ({indicator.indicator.unit}{norm})\n")
        )
        if not indicator.series:
            text.append("  nog geen metingen\n", style="dim")
        for series in indicator.series:
            values = [p.value for p in series.points]
            shown = ", ".join(f"{p.period} {_number(p.value)}{' (som)' if p.summed else ''}" for p in series.points)
            text.append(f"  {sparkline(values):<8} ", style="bold")
            text.append(clean(f"{series.name}: {shown}\n", one_line=False))
    text.append("\nReflectie\n", style="bold")
    if not view.reflections:
        text.append("  nog geen reflectie (regiotrack reflecteer …)\n", style="dim")
    for reflection in view.reflections:
        text.append(f"  {reflection.half_year.label()}: ", style="bold")
        text.append(clean(reflection.text) + "\n")
    return text


def area_card(areas: list[AreaView]) -> Text:
    """All areas with their afspraken: the regional view adds them up."""
    text = Text("Per gebied\n", style="bold")
    total: dict[str, int] = {}
    for area in areas:
        counts: dict[str, int] = {}
        for row in area.agreements:
            counts[row.standing.state] = counts.get(row.standing.state, 0) + 1
            total[row.standing.state] = total.get(row.standing.state, 0) + 1
        summary = ", ".join(f"{SYMBOLS[s]} {n} {s}" for s, n in counts.items()) or "geen afspraken"
        text.append(clean(f"  {area.area_id:<10} {area.name} ({', '.join(area.municipalities)}): {summary}\n"))
    regional = ", ".join(f"{SYMBOLS[s]} {n} {s}" for s, n in total.items()) or "geen"
    text.append(f"  regio samen: {regional}\n", style="bold")
    return text


class EffectsScreen(PlanScreen):
    """One card per effect, then the areas."""

    def compose(self) -> ComposeResult:
        yield from self.compose_chrome()
        yield VerticalScroll(id="effects")

    def refresh_view(self, view: PlanView) -> None:
        self.sub_title = f"Effecten · vandaag {view.today.isoformat()}{view.scope_label()}"
        container = self.query_one("#effects", VerticalScroll)
        container.remove_children()
        plan = view.loaded.plan
        rows = view.standing.rows  # derived once per plan version; my organisation's part with m
        cards = [Static(effect_card(v), classes="card") for v in effect_views(plan, view.today, rows)]
        if plan.areas:
            cards.append(Static(area_card(area_views(plan, view.today, rows)), classes="card"))
        if not cards:
            cards.append(Static("Dit plan noemt nog geen beoogde effecten ([[effect]])."))
        container.mount_all(cards)
