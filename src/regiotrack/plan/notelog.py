"""An item's note log: dated entries with their author, newest first (``[[afspraak.notities]]``).

An old single ``notitie = "…"`` is read as one entry without day or author.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AliasChoices, BeforeValidator, Field

from regiotrack.plan.fields import FileModel
from regiotrack.plan.values import PlanDate


class NoteEntry(FileModel):
    """One entry of an item's note log: what was noted, on which day, by whom."""

    day: PlanDate | None = Field(default=None, alias="dag")
    """Day it was written; unknown for notes from before the log (the old ``notitie``)."""
    author: str | None = Field(default=None, alias="auteur")
    """Who wrote it (the git identity); unknown for notes from before the log."""
    text: str = Field(alias="tekst")
    """The note."""

    def heading(self) -> str:
        """'2026-11-22, Test Adviseur' or 'datum onbekend' for an undated entry."""
        parts = [self.day.isoformat() if self.day else "datum onbekend"]
        if self.author:
            parts.append(self.author)
        return ", ".join(parts)


def _to_notes(value: Any) -> Any:
    """The note log; an old single ``notitie = "…"`` is read as one entry without day or author."""
    if isinstance(value, str):
        text = value.replace("\r\n", "\n").strip("\n")
        return ({"tekst": text},) if text.strip() else ()
    return value


NoteLog = Annotated[tuple[NoteEntry, ...], BeforeValidator(_to_notes)]
"""An item's notes, newest first."""

NOTE_KEYS = AliasChoices("notities", "notitie")
"""The note log is written as ``notities``; ``notitie`` (one text, before the log) is read too."""


def notes_text(notes: tuple[NoteEntry, ...]) -> str:
    """The whole log as plain text, newest first: '2026-11-22, Test Adviseur: tekst'."""
    return "\n".join(f"{n.heading()}: {n.text}" if n.day or n.author else n.text for n in notes)
