"""The note log of an item: add an entry, and, as separate explicit actions, replace or remove one.

Entries are kept newest first and numbered from 1 in that order, as 'toon' shows them. Adding
never touches earlier entries, so nothing is lost by accident.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from regiotrack.errors import UserError
from regiotrack.plan.creating import find_any, replace_any
from regiotrack.plan.edits import Edit
from regiotrack.plan.model import NoteEntry, Plan

UNKNOWN_AUTHOR = "onbekend"
"""The author of a note when no git identity or --auteur is known."""


def _item_with_log(plan: Plan, item_id: str) -> Any:
    section, item = find_any(plan, item_id)
    if "notes" not in type(item).model_fields:
        raise UserError(
            f"een {section.label} heeft geen notities",
            "Notities horen bij stappen, afspraken, werkgroepen, partneroverleggen en terugkerende momenten.",
        )
    return item


def _clean(text: str, item_id: str) -> str:
    cleaned = text.replace("\r\n", "\n").strip("\n")
    if not cleaned.strip():
        # Before the log, 'notitie ID ""' removed the note; now it would mean nothing: say what does.
        raise UserError(
            "een notitie zonder tekst voegt niets toe; er is niets gewijzigd",
            "Geef de tekst van de notitie mee. Een notitie weghalen: "
            f"regiotrack notitie {item_id} --verwijder N (N = het nummer dat 'regiotrack toon {item_id}' toont).",
        )
    return cleaned


def add_note(plan: Plan, item_id: str, text: str, today: date, author: str | None) -> Edit:
    """A new entry on top of the item's note log, dated today, by ``author``."""
    item = _item_with_log(plan, item_id)
    entry = NoteEntry.model_validate({"dag": today, "auteur": author or UNKNOWN_AUTHOR, "tekst": _clean(text, item_id)})
    return _log_edit(item, (entry, *item.notes), f"{item_id}: notitie toegevoegd", f"Notitie: {entry.text}")


def replace_note(plan: Plan, item_id: str, number: int, text: str) -> Edit:
    """Replace the text of entry ``number`` (1 = newest); its day and author stay."""
    item = _item_with_log(plan, item_id)
    index = _index(item, number)
    old = item.notes[index]
    new = old.model_copy(update={"text": _clean(text, item_id)})
    notes = tuple(new if i == index else n for i, n in enumerate(item.notes))
    return _log_edit(item, notes, f"{item_id}: notitie {number} ({old.heading()}) vervangen", f"Was: {old.text}")


def remove_note(plan: Plan, item_id: str, number: int) -> Edit:
    """Remove entry ``number`` (1 = newest); the commit keeps its text."""
    item = _item_with_log(plan, item_id)
    index = _index(item, number)
    old = item.notes[index]
    notes = tuple(n for i, n in enumerate(item.notes) if i != index)
    return _log_edit(item, notes, f"{item_id}: notitie {number} ({old.heading()}) verwijderd", f"Was: {old.text}")


def _index(item: Any, number: int) -> int:
    count = len(item.notes)
    if not 1 <= number <= count:
        raise UserError(
            f"{item.id} heeft geen notitie {number}"
            + (f"; er zijn er {count} (1 is de nieuwste)" if count else "; er zijn nog geen notities"),
            f"Zie 'regiotrack toon {item.id}' voor de genummerde notities.",
        )
    return number - 1


def _log_edit(item: Any, notes: tuple[NoteEntry, ...], summary: str, body: str) -> Edit:
    new = item.model_copy(update={"notes": notes})
    return Edit(item.id, {}, summary, transform=lambda current: replace_any(current, new), body=body)
