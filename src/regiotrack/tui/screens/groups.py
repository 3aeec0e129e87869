"""Werkgroepen: each group with its trekkers, facilitators, agreements and progress."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from regiotrack.plan.model import Agreement
from regiotrack.plan.progress import progress_of
from regiotrack.plan.standing import SYMBOLS
from regiotrack.tui.screens.base import PlanScreen
from regiotrack.tui.text import clean
from regiotrack.tui.view import PlanView
from regiotrack.tui.widgets.bars import progress_line

MEMBERS_SHOWN = 25
"""Afspraken listed per werkgroep; the Afspraken screen filters on a werkgroep for all of them."""


class GroupsScreen(PlanScreen):
    """One block per werkgroep."""

    item_kind = "werkgroep"

    def compose(self) -> ComposeResult:
        yield from self.compose_chrome()
        yield VerticalScroll(id="groups")

    def refresh_view(self, view: PlanView) -> None:
        self.sub_title = f"Werkgroepen · vandaag {view.today.isoformat()}{view.scope_label()}"
        container = self.query_one("#groups", VerticalScroll)
        container.remove_children()
        self.cards: dict[str, Static] = {}
        """Werkgroep id -> its card (no widget ids: the old cards may not be gone yet)."""
        names = view.names()
        rows = [r for r in view.standing.rows if isinstance(r.item, Agreement)]
        blocks = []
        for group in (g for g in view.loaded.plan.working_groups if view.shows(g)):
            members = [r for r in rows if isinstance(r.item, Agreement) and r.item.working_group == group.id]
            text = Text()
            text.append(clean(f"{group.id}  {group.name}\n"), style="bold")
            text.append(clean("trekkers: " + ", ".join(f"{t} ({names.get(t, '?')})" for t in group.leads) + "\n"))
            if group.facilitators:
                text.append(clean("gefaciliteerd door: " + ", ".join(group.facilitators) + "\n"))
            if group.source:
                text.append(clean(f"bron: {group.source}\n"), style="dim")
            text.append(progress_line(progress_of("voortgang", members), label_width=10))
            for row in members[:MEMBERS_SHOWN]:
                title = clean(row.title, one_line=True)
                text.append(f"\n  {SYMBOLS[row.standing.state]} {row.id}  {title}  ({row.standing.state})")
            if len(members) > MEMBERS_SHOWN:
                text.append(
                    f"\n  … en nog {len(members) - MEMBERS_SHOWN} (zie Afspraken, filter op werkgroep)", style="dim"
                )
            if not members:
                text.append("\n  (nog geen afspraken aan deze werkgroep gekoppeld)", style="dim")
            self.cards[group.id] = Static(text, classes="card")
            blocks.append(self.cards[group.id])
        if not blocks:
            blocks.append(Static("Dit plan heeft geen werkgroepen."))
        container.mount_all(blocks)

    def show_item(self, item_id: str) -> bool:
        """Scroll the werkgroep's card into view and mark it."""
        chosen = getattr(self, "cards", {}).get(item_id)
        if chosen is None:
            return False
        for card in self.cards.values():
            card.set_class(card is chosen, "-chosen")
        chosen.scroll_visible(animate=False, top=True)
        return True
