"""Geschiedenis: the plan's commits, newest first, as item-level changes."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from regiotrack.tui.screens.base import PlanScreen
from regiotrack.tui.text import clean
from regiotrack.tui.view import PlanView


class HistoryScreen(PlanScreen):
    """Who changed what, when."""

    def compose(self) -> ComposeResult:
        yield from self.compose_chrome()
        with VerticalScroll():
            yield Static(id="log")

    def refresh_view(self, view: PlanView) -> None:
        self.sub_title = "Geschiedenis" + view.scope_label()
        log = self.query_one("#log", Static)
        if not view.in_git:
            log.update(
                "Het plan staat niet in een git-repository, dus er is geen geschiedenis.\n"
                "Begin er een met: regiotrack init MAP"
            )
            return
        if view.history is None:
            log.update("Geschiedenis wordt gelezen…")
            return
        text = Text()
        for entry in reversed(view.history):
            changes = tuple(c for c in entry.changes if view.shows_id(c.item_id))
            if not changes:
                continue
            rev = entry.revision
            text.append(clean(f"{rev.short}  {rev.when:%Y-%m-%d %H:%M}  {rev.author}\n"), style="bold")
            if len(changes) > 12:
                text.append(f"    {len(changes)} wijzigingen (o.a. het plan aangemaakt)\n")
                continue
            for change in changes:
                text.append(clean(f"    {change.text()}\n"))
        log.update(text if text else "Nog geen commits van het plan.")
