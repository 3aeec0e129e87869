"""Choose a status: a typed dialog that returns the status, or None when cancelled."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, OptionList
from textual.widgets.option_list import Option

from regiotrack.plan.vocabulary import STATUSES
from regiotrack.tui.text import plain

_SYMBOL = {"open": "○", "lopend": "◐", "gereed": "✓", "geblokkeerd": "■", "vervallen": "×"}


class StatusDialog(ModalScreen[str | None]):
    """Pick one of the five statuses: arrows and Enter, or a click; Esc or Annuleren cancels."""

    DEFAULT_CSS = """
    StatusDialog { align: center middle; }
    StatusDialog > Vertical { width: 44; height: auto; border: thick $primary; background: $surface; padding: 0 1; }
    StatusDialog OptionList { height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", "Annuleren")]

    def __init__(self, item_id: str, current: str) -> None:
        super().__init__()
        self.item_id = item_id
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(plain(f"Status van {self.item_id} (nu: {self.current})"))
            yield OptionList(*(Option(f"{_SYMBOL[s]} {s}", id=s) for s in STATUSES), id="statuses")
            yield Button("Annuleren (Esc)", id="cancel")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = STATUSES.index(self.current)
        options.focus()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        """Close without a change."""
        self.dismiss(None)
