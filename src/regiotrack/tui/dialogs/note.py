"""Add an entry to an item's note log: shows the log, returns the new text, or None when cancelled."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static, TextArea

from regiotrack.check.content import join_findings
from regiotrack.plan.model import NoteEntry
from regiotrack.tui.dialogs.form import FormDialog
from regiotrack.tui.text import clean


class NoteDialog(FormDialog[str]):
    """The log (newest first, read-only) above an empty editor for the new entry.

    Ctrl+S or Opslaan adds the entry, Esc cancels. Earlier entries are never edited here, so
    typing can never change them by accident: replacing or removing one is a separate, explicit
    action (``regiotrack notitie ID TEKST --vervang N`` / ``--verwijder N``).
    """

    DEFAULT_CSS = """
    NoteDialog #log { height: auto; max-height: 10; border-bottom: solid $primary-darken-2; }
    NoteDialog TextArea { height: 8; }
    """

    def __init__(
        self,
        item_id: str,
        notes: tuple[NoteEntry, ...],
        check: Callable[[str], list[str]] | None = None,
        text: str = "",
        refusal: str = "",
    ) -> None:
        """``check``: what saving would refuse in the text (checked as you type); ``text`` and ``refusal``:
        the text typed before and why saving refused it, when the dialog opens again after a refusal."""
        super().__init__(f"Nieuwe notitie bij {item_id}")
        self.item_id = item_id
        self.notes = notes
        self.check_text = check
        self.text = text
        self.refusal = refusal
        if text:
            self.touched.add("note")

    def compose_fields(self) -> ComposeResult:
        with VerticalScroll(id="log"):
            yield Static(self._log(), id="entries")
        yield TextArea(self.text, id="note", soft_wrap=True)
        yield self.message_for("note")

    def _log(self) -> Text:
        if not self.notes:
            return Text("Nog geen notities.", style="dim")
        text = Text()
        for number, entry in enumerate(self.notes, start=1):
            text.append(clean(f"{number}. {entry.heading()}") + "\n", style="bold")
            text.append(clean(entry.text) + "\n")  # plan text as data: never markup, controls escaped
        return text

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(TextArea).focus()

    def problems(self) -> dict[str, str]:
        text = self.query_one(TextArea).text
        if not text.strip():
            return {"note": "Typ de tekst van de nieuwe notitie."}
        if self.refusal and text == self.text:
            return {"note": self.refusal}  # saving refused this very text: say why until it is changed
        refused = self.check_text(text) if self.check_text is not None else []
        return {"note": "Zo niet op te slaan: de tekst " + join_findings(refused) if refused else ""}

    def hints(self) -> dict[str, str]:
        return {"note": "Enter: nieuwe regel · Tab: naar de knoppen · Ctrl+S: toevoegen"}

    def result(self) -> str:
        return self.query_one(TextArea).text
