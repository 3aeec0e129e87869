"""A yes/no question: returns True or False."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

from regiotrack.tui.text import plain


class ConfirmDialog(ModalScreen[bool]):
    """'j' or the first button for yes, 'n' or Escape for no."""

    DEFAULT_CSS = """
    ConfirmDialog { align: center middle; }
    ConfirmDialog > Vertical { width: 64; height: auto; border: thick $warning; background: $surface; padding: 0 1; }
    ConfirmDialog Horizontal { height: auto; align-horizontal: right; }
    /* A Label is as wide as its longest line and is then cut by the dialog: take the dialog's
       width so that a long question wraps instead. */
    ConfirmDialog #question { width: 1fr; }
    """
    BINDINGS = [Binding("j", "answer(True)", "Ja"), Binding("n,escape", "answer(False)", "Nee")]

    def __init__(self, question: str, yes: str = "Ja", no: str = "Nee") -> None:
        super().__init__()
        self.question, self.yes, self.no = question, yes, no

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(plain(self.question), id="question")
            with Horizontal():
                yield Button(f"{self.yes} (j)", variant="primary", id="yes")
                yield Button(f"{self.no} (n)", id="no")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        """Close with the answer."""
        self.dismiss(answer)
