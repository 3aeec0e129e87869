"""Edit a note over several lines: returns the new text, or None when cancelled."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Label, TextArea

from regiotrack.tui.dialogs.form import FormDialog
from regiotrack.tui.text import clean


class NoteDialog(FormDialog[str]):
    """A multi-line editor; Ctrl+S or Opslaan saves, Esc cancels."""

    DEFAULT_CSS = """
    NoteDialog TextArea { height: 10; }
    """

    def __init__(self, item_id: str, note: str) -> None:
        super().__init__(f"Notitie bij {item_id}")
        self.item_id = item_id
        self.note = clean(note)
        """The note as edited: control characters never reach the terminal raw, so they are shown
        (and, when saved, kept) as visible text such as \\x1b."""
        self.had_controls = self.note != note

    def compose_fields(self) -> ComposeResult:
        if self.had_controls:
            yield Label(
                "Let op: de notitie bevat stuurtekens; ze staan hier zichtbaar (zoals \\x1b) "
                "en worden zo bewaard als u opslaat.",
                id="controls",
                markup=False,
            )
        yield TextArea(self.note, id="note", soft_wrap=True)
        yield self.message_for("note")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(TextArea).focus()

    def hints(self) -> dict[str, str]:
        return {"note": "Enter: nieuwe regel · Tab: naar de knoppen · leeg opslaan verwijdert de notitie"}

    def result(self) -> str:
        return self.query_one(TextArea).text
