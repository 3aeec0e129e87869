"""Werkgroepen: each group with its trekkers, facilitators, agreements and progress."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from regiotrack.plan.model import WorkingGroup
from regiotrack.plan.progress import progress_of
from regiotrack.plan.schedule import Row
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

    def __init__(self) -> None:
        super().__init__()
        self.cards: dict[str, Static] = {}
        """Werkgroep id -> its card (no widget ids: the old cards may not be gone yet)."""
        self.texts: dict[str, Text] = {}
        """Werkgroep id -> the text its card shows now."""

    def compose(self) -> ComposeResult:
        yield from self.compose_chrome()
        with VerticalScroll(id="groups"):
            yield Static("Dit plan heeft geen werkgroepen.", id="no-groups")

    def refresh_view(self, view: PlanView) -> None:
        self.sub_title = f"Werkgroepen · vandaag {view.today.isoformat()}{view.scope_label()}"
        groups = view.loaded.plan.working_groups
        if tuple(self.cards) != tuple(g.id for g in groups):
            # Another set of werkgroepen: new cards. Otherwise the cards stay and only their text and
            # visibility change (toggling "my organisation" then costs no mounting of fifty widgets).
            for card in self.cards.values():
                card.remove()
            self.cards = {g.id: Static(classes="card") for g in groups}
            self.texts = {}
            self.query_one("#groups", VerticalScroll).mount_all(self.cards.values())
        names = view.names()
        per_group = view.standing.agreements_by_group  # one pass over the rows, not one per werkgroep
        for group in groups:
            card = self.cards[group.id]
            card.display = view.shows(group)
            if card.display:
                text = _card(group, per_group.get(group.id, ()), names)
                if self.texts.get(group.id) != text:
                    self.texts[group.id] = text
                    card.update(text)
        empty = self.query_one("#no-groups", Static)
        empty.display = not any(card.display for card in self.cards.values())
        if empty.display and groups:
            empty.update(Text(f"{view.organisation} trekt of faciliteert geen werkgroep (m: weer alles tonen)."))
        elif empty.display:
            empty.update("Dit plan heeft geen werkgroepen.")

    def show_item(self, item_id: str) -> bool:
        """Scroll the werkgroep's card into view and mark it."""
        chosen = self.cards.get(item_id)
        if chosen is None or not chosen.display:
            return False
        for card in self.cards.values():
            card.set_class(card is chosen, "-chosen")
        chosen.scroll_visible(animate=False, top=True)
        return True


def _card(group: WorkingGroup, members: Sequence[Row], names: dict[str, str]) -> Text:
    """One werkgroep's card: who pulls it, its progress and its first afspraken (plan text stays literal)."""
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
        text.append(f"\n  … en nog {len(members) - MEMBERS_SHOWN} (zie Afspraken, filter op werkgroep)", style="dim")
    if not members:
        text.append("\n  (nog geen afspraken aan deze werkgroep gekoppeld)", style="dim")
    return text
