"""The base of every main screen: it receives a PlanView and redraws itself from it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header

from regiotrack.tui.view import PlanView


class PlanScreen(Screen[None]):
    """A main screen. The App calls :meth:`show` with every new view (attributes down)."""

    view: PlanView | None = None

    def compose_chrome(self) -> ComposeResult:
        """Header and footer, shared by all main screens."""
        yield Header()
        yield Footer()

    def show(self, view: PlanView) -> None:
        """Take a new view; redraw when mounted (otherwise on mount)."""
        self.view = view
        if self.is_mounted:
            self.refresh_view(view)

    def on_mount(self) -> None:
        """Draw the view handed down before the screen was mounted."""
        if self.view is not None:
            self.refresh_view(self.view)

    def refresh_view(self, view: PlanView) -> None:
        """Redraw from the view; screens override this."""

    def selected_item_id(self) -> str | None:
        """The item that status, note and deadline edits apply to, if the screen has one."""
        return None
