"""Edit a note over several lines: returns the new text, or None when cancelled."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, TextArea


class NoteDialog(ModalScreen[str | None]):
    """A multi-line editor; Ctrl+S saves, Escape cancels."""

    DEFAULT_CSS = """
    NoteDialog { align: center middle; }
    NoteDialog > Vertical { width: 72; height: 16; border: thick $primary; background: $surface; padding: 0 1; }
    NoteDialog TextArea { height: 1fr; }
    """
    BINDINGS = [Binding("ctrl+s", "save", "Opslaan"), Binding("escape", "cancel", "Annuleren")]

    def __init__(self, item_id: str, note: str) -> None:
        super().__init__()
        self.item_id = item_id
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Notitie bij {self.item_id} — Ctrl+S opslaan, Esc annuleren")
            yield TextArea(self.note, id="note", soft_wrap=True)

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        """Close with the text."""
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        """Close without a change."""
        self.dismiss(None)
