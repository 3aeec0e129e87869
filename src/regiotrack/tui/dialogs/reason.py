"""Ask why an item is dropped (status vervallen): returns the reason, or None when cancelled."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from regiotrack.check.content import join_findings
from regiotrack.tui.text import plain


class ReasonDialog(ModalScreen[str | None]):
    """One line of text, required; Enter confirms, Escape cancels."""

    DEFAULT_CSS = """
    ReasonDialog { align: center middle; }
    ReasonDialog > Vertical { width: 70; max-width: 100%; height: auto; border: thick $primary;
                             background: $surface; padding: 0 1; }
    ReasonDialog #error { color: $error; height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", "Annuleren")]

    def __init__(self, item_id: str, check: Callable[[str], list[str]] | None = None) -> None:
        """``check``: what saving would refuse in the reason (resident data, control characters)."""
        super().__init__()
        self.item_id = item_id
        self.check = check

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(plain(f"Waarom vervalt {self.item_id}? (Enter bevestigt, Esc annuleert)"))
            yield Input(placeholder="bijv. opgegaan in A-04", id="reason")
            yield Label("", id="error")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def problem(self, value: str) -> str:
        """What is wrong with the reason as typed, in Dutch ('' when it can be saved)."""
        refused = self.check(value) if self.check is not None else []
        return "Zo niet op te slaan: de reden " + join_findings(refused) if refused else ""

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self.query_one("#error", Label).update(plain(self.problem(event.value)))  # as you type; the text stays

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            self.query_one("#error", Label).update("Geef een reden; die staat daarna overal bij het item.")
            return
        if self.problem(event.value):
            return  # the problem is shown under the field; the text stays to be corrected
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        """Close without a change."""
        self.dismiss(None)
