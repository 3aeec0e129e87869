"""Add an entry to an item's note log: shows the log, returns the new text, or None when cancelled."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static, TextArea

from regiotrack.plan.model import NoteEntry
from regiotrack.tui.text import clean, plain


class NoteDialog(ModalScreen[str | None]):
    """The log (newest first, read-only) above an empty editor for the new entry.

    Ctrl+S adds the entry, Escape cancels. Earlier entries are never edited here, so typing can
    never change them by accident: replacing or removing one is a separate, explicit action
    (``regiotrack notitie ID TEKST --vervang N`` / ``--verwijder N``).
    """

    DEFAULT_CSS = """
    NoteDialog { align: center middle; }
    NoteDialog > Vertical { width: 76; max-width: 100%; height: 22; max-height: 100%;
                           border: thick $primary; background: $surface; padding: 0 1; }
    NoteDialog #log { height: 1fr; max-height: 10; border-bottom: solid $primary-darken-2; }
    NoteDialog TextArea { height: 1fr; }
    """
    BINDINGS = [Binding("ctrl+s", "save", "Opslaan"), Binding("escape", "cancel", "Annuleren")]

    def __init__(self, item_id: str, notes: tuple[NoteEntry, ...]) -> None:
        super().__init__()
        self.item_id = item_id
        self.notes = notes

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(plain(f"Nieuwe notitie bij {self.item_id} — Ctrl+S toevoegen, Esc annuleren"))
            with VerticalScroll(id="log"):
                yield Static(self._log(), id="entries")
            yield TextArea("", id="note", soft_wrap=True)

    def _log(self) -> Text:
        if not self.notes:
            return Text("Nog geen notities.", style="dim")
        text = Text()
        for number, entry in enumerate(self.notes, start=1):
            text.append(clean(f"{number}. {entry.heading()}") + "\n", style="bold")
            text.append(clean(entry.text) + "\n")  # plan text as data: never markup, controls escaped
        return text

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        """Close with the new entry's text (nothing when it is empty)."""
        text = self.query_one(TextArea).text
        self.dismiss(text if text.strip() else None)

    def action_cancel(self) -> None:
        """Close without a change."""
        self.dismiss(None)
