"""Undo: find the last change made through regiotrack and what restoring it means.

Plain git plumbing (``git status``, ``git log`` through :func:`history.log.history`), no GitPython.
The change itself is then made as an ordinary edit through ``saving.save_and_commit`` (one write
path, privacy check, canonical write), with a commit whose subject names what it undoes:
``Herstel: B2-03: status lopend → open``.

Refused, with the reason, when the working tree is not clean, when the last regiotrack change is
followed by other commits that touch the same item, when that change is not one item's fields
(an item added or removed, several items in one commit: never skipped for an older change), or
when there is nothing to undo. Commits made by hand about other items are passed over.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from regiotrack.errors import UserError
from regiotrack.history.diff import ItemChange, show
from regiotrack.history.git import relative, repo_root, run_git
from regiotrack.history.log import HistoryEntry, history

PREFIX = "Herstel: "
"""Subject prefix of an undo commit."""


@dataclass(frozen=True)
class Undo:
    """What undoing the last regiotrack change restores."""

    commit: str
    """Short id of the commit undone."""
    item_id: str
    """The item it changed."""
    restore: dict[str, Any]
    """Dutch key -> value before the change (None: the key was absent)."""
    subject: str
    """'Herstel: B2-03: status lopend → open'."""


def find_undo(plan_path: Path) -> Undo:
    """The undo of the last change regiotrack committed to this plan; UserError when refused."""
    root = repo_root(plan_path)
    if root is None:
        raise UserError(
            "Herstellen kan alleen in een git-repository: daar staat wat er veranderd is",
            "Begin er een met: regiotrack init MAP",
        )
    dirty = run_git(root, "status", "--porcelain", "--untracked-files=no").stdout.decode(errors="replace")
    if dirty.strip():
        files = ", ".join(line[3:] for line in dirty.splitlines()[:3])
        raise UserError(
            f"Herstellen geweigerd: er zijn wijzigingen die nog niet zijn vastgelegd ({files})",
            "Leg ze eerst vast (git commit) of zet ze terug (git restore), en herstel daarna.",
        )
    entries = history(root, relative(root, plan_path))
    return undo_of(entries)


def undo_of(entries: list[HistoryEntry]) -> Undo:
    """The undo of the newest regiotrack change in ``entries`` (oldest first)."""
    for position in range(len(entries) - 1, -1, -1):
        change = _regiotrack_change(entries[position])
        if change is None:
            if _made_by_regiotrack(entries[position]):
                raise _not_undoable(entries[position])  # never skip it and undo an older change instead
            continue  # a commit made by hand, about other items (see below)
        later = [e for e in entries[position + 1 :] if any(c.item_id == change.item_id for c in e.changes)]
        if later:
            rev = later[-1].revision
            raise UserError(
                f"Herstellen geweigerd: na '{entries[position].revision.subject}' veranderde commit {rev.short} "
                f"('{rev.subject}') {change.item_id} ook",
                f"Wijzig {change.item_id} zelf (regiotrack zet, deadline, notitie), of gebruik git revert.",
            )
        undone = ", ".join(f"{f.key} {show(f.new)} → {show(f.old)}" for f in change.fields)
        return Undo(
            entries[position].revision.short,
            change.item_id,
            {f.key: f.old for f in change.fields},
            f"{PREFIX}{change.item_id}: {undone}",
        )
    raise UserError(
        "Er is geen wijziging van regiotrack om te herstellen",
        "Alleen wijzigingen die regiotrack vastlegde (zet, deadline, notitie, ook in de terminal) zijn te herstellen.",
    )


def _made_by_regiotrack(entry: HistoryEntry) -> bool:
    """Whether regiotrack made the commit: its subject starts with the id of an item it changed
    ('A-45: afspraak … toegevoegd', 'PO-2026-2: verslag — …')."""
    subject = entry.revision.subject.removeprefix(PREFIX)
    return any(subject.startswith(f"{c.item_id}: ") for c in entry.changes)


def _not_undoable(entry: HistoryEntry) -> UserError:
    """The refusal for the last regiotrack change when herstel cannot undo it, with what to do instead."""
    rev = entry.revision
    items = [c for c in entry.changes if c.section != "plan"]
    if len(items) == 1 and items[0].kind == "toegevoegd":
        what, hint = f"voegde {items[0].item_id} toe", f"Verwijder het zelf: regiotrack verwijder {items[0].item_id}"
    elif len(items) == 1 and items[0].kind == "verwijderd":
        what, hint = f"verwijderde {items[0].item_id}", f"Zet het terug met: git revert {rev.short}"
    elif len(items) > 1:
        names = ", ".join(c.item_id for c in items[:5]) + (" …" if len(items) > 5 else "")
        what = f"veranderde meer dan één item ({names})"
        hint = f"Wijzig de items zelf, of maak de hele commit ongedaan met: git revert {rev.short}"
    else:
        what, hint = (
            "veranderde het plan zelf",
            f"Wijzig het zelf (regiotrack wijzig), of gebruik: git revert {rev.short}",
        )
    return UserError(
        f"Herstellen geweigerd: de laatste wijziging met regiotrack, commit {rev.short} ('{rev.subject}'), "
        f"{what}; herstel maakt alleen de wijziging van één item ongedaan",
        hint + ".",
    )


def _regiotrack_change(entry: HistoryEntry) -> ItemChange | None:
    """The one item change of a commit regiotrack made (subject 'ID: …' or 'Herstel: ID: …'), else None."""
    changes = [c for c in entry.changes if c.section != "plan"]
    if len(changes) != 1 or changes[0].kind != "gewijzigd":
        return None
    subject = entry.revision.subject.removeprefix(PREFIX)
    return changes[0] if subject.startswith(f"{changes[0].item_id}: ") else None
