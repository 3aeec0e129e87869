"""One edit, start to end: check git, write the plan, commit it. Used by the CLI and the TUI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from regiotrack.errors import FileSystemError, UserError
from regiotrack.history.git import CommitOutcome, commit_file, commits_enabled, preflight, repo_root
from regiotrack.plan.edits import Edit
from regiotrack.plan.model import Plan
from regiotrack.store.locate import display_name
from regiotrack.store.reading import LoadedPlan
from regiotrack.store.writing import save_edit


@dataclass(frozen=True)
class Saved:
    """The outcome of an edit that was written."""

    loaded: LoadedPlan
    """The plan as now on disk."""
    edit: Edit
    """What changed."""
    commit: CommitOutcome | None
    """The git commit, or None when the plan is not in git, commits are off, or nothing changed."""
    changed: bool = True
    """False when the edit changed nothing: then nothing was written or committed."""


def save_and_commit(
    loaded: LoadedPlan, make_edit: Callable[[Plan, date], Edit], today: date, commit: bool = True
) -> Saved:
    """Make the edit, write it atomically (refusing stale files) and commit the plan file alone.

    Raises UserError before anything is written when the edit is invalid, the plan read-only
    or stale, or a git merge or rebase is under way. An edit that changes nothing writes and
    commits nothing (``Saved.changed`` is False).
    """
    root = repo_root(loaded.path) if commit and not loaded.readonly else None
    if root is not None and not commits_enabled(root):
        root = None
    if root is not None:
        preflight(root)
    edit = make_edit(loaded.plan, today)
    if edit.changes_nothing(loaded.plan):  # same values: no write, no empty commit
        return Saved(loaded, edit, None, changed=False)
    try:
        _refuse_read_only(loaded.path)
        saved = save_edit(loaded, edit.apply)
    except FileNotFoundError:
        file = display_name(loaded.path)
        raise UserError(
            f"{file} is intussen verwijderd of verplaatst; er is niets geschreven",
            f"Zet het bestand terug (bijvoorbeeld: git checkout -- {file}) en probeer het opnieuw.",
        ) from None
    except OSError as err:  # the write is atomic: whatever failed, the old file is still there
        raise FileSystemError.from_os_error(
            err, f"{display_name(loaded.path)} opslaan", "het plan is niet gewijzigd"
        ) from None
    outcome = commit_file(root, saved.path, edit.summary, edit.commit_body()) if root is not None else None
    return Saved(saved, edit, outcome)


def _refuse_read_only(path: Path) -> None:
    """A write-protected plan (chmod a-w) is not replaced, also not by root or by a rename."""
    import os
    import stat

    mode = os.stat(path).st_mode
    if not os.access(path, os.W_OK) or not stat.S_IMODE(mode) & 0o222:
        file = display_name(path)
        raise FileSystemError(
            f"{file} is alleen-lezen (schrijfbeveiligd); het plan is niet gewijzigd",
            f"Mag het plan toch veranderen, haal dan de beveiliging weg: chmod u+w {file}",
        )
