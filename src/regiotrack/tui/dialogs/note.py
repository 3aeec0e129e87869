"""Edit a note over several lines: returns the new text, or None when cancelled."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, TextArea

from regiotrack.tui.text import clean, plain


class NoteDialog(ModalScreen[str | None]):
    """A multi-line editor; Ctrl+S saves, Escape cancels."""

    DEFAULT_CSS = """
    NoteDialog { align: center middle; }
    NoteDialog > Vertical { width: 72; max-width: 100%; height: 16; max-height: 100%;
                           border: thick $primary; background: $surface; padding: 0 1; }
    NoteDialog TextArea { height: 1fr; }
    """
    BINDINGS = [Binding("ctrl+s", "save", "Opslaan"), Binding("escape", "cancel", "Annuleren")]

    def __init__(self, item_id: str, note: str) -> None:
        super().__init__()
        self.item_id = item_id
        self.note = clean(note)
        """The note as edited: control characters never reach the terminal raw, so they are shown
        (and, when saved, kept) as visible text such as \\x1b."""
        self.had_controls = self.note != note

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(plain(f"Notitie bij {self.item_id} — Ctrl+S opslaan, Esc annuleren"))
            if self.had_controls:
                yield Label(
                    "Let op: de notitie bevat stuurtekens; ze staan hier zichtbaar (zoals \\x1b) "
                    "en worden zo bewaard als u opslaat.",
                    id="controls",
                    markup=False,
                )
            yield TextArea(self.note, id="note", soft_wrap=True)

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        """Close with the text."""
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        """Close without a change."""
        self.dismiss(None)
