"""Everything about one item, in a closable window (for items whose screen has no detail pane)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from regiotrack.tui.text import plain


class DetailScreen(ModalScreen[None]):
    """The text of ``regiotrack toon`` for one item; Esc or Enter closes."""

    DEFAULT_CSS = """
    DetailScreen { align: center middle; }
    DetailScreen > VerticalScroll { width: 90%; max-width: 100; height: auto; max-height: 90%;
                                    border: thick $primary; background: $surface; padding: 0 1; }
    """
    BINDINGS = [Binding("escape,enter,q", "dismiss", "Sluiten")]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(plain(self.text), id="detail-text")
            yield Static("Sluiten: Esc", classes="hint")
