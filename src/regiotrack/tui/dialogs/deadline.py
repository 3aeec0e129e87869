"""Move a deadline: Dutch input ('31-3-2026', '31 maart 2026', '2026-Q2'), validated as you type."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from regiotrack.plan.periods import Period
from regiotrack.plan.userdates import parse_day, parse_deadline
from regiotrack.tui.text import plain


class DeadlineDialog(ModalScreen[date | Period | None]):
    """Returns the new day or period; Escape cancels. A period is only offered where allowed."""

    DEFAULT_CSS = """
    DeadlineDialog { align: center middle; }
    DeadlineDialog > Vertical { width: 64; height: auto; border: thick $primary; background: $surface; padding: 0 1; }
    DeadlineDialog #error { color: $error; height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", "Annuleren")]

    def __init__(self, item_id: str, current: str, allow_period: bool) -> None:
        super().__init__()
        self.item_id = item_id
        self.current = current
        self.allow_period = allow_period

    def compose(self) -> ComposeResult:
        example = "31-3-2026, 31 maart 2026" + (" of 2026-Q2" if self.allow_period else "")
        with Vertical():
            yield Label(plain(f"Nieuwe deadline voor {self.item_id} (nu: {self.current})"))
            yield Input(placeholder=example, id="when")
            yield Label("", id="error")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def _parse(self, text: str) -> date | Period:
        return parse_deadline(text) if self.allow_period else parse_day(text)

    @on(Input.Changed)
    def _check(self, event: Input.Changed) -> None:
        error = self.query_one("#error", Label)
        if not event.value.strip():
            error.update("")
            return
        try:
            when = self._parse(event.value)
        except ValueError as err:
            error.update(plain(str(err)))
        else:
            shown = when.label() if isinstance(when, Period) else when.isoformat()
            error.update(plain(f"→ {shown}"))

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        try:
            self.dismiss(self._parse(event.value))
        except ValueError as err:
            self.query_one("#error", Label).update(plain(str(err)))

    def action_cancel(self) -> None:
        """Close without a change."""
        self.dismiss(None)
