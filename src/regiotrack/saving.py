"""One edit, start to end: check git, write the plan, commit it. Used by the CLI and the TUI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from regiotrack.history.git import CommitOutcome, commit_file, commits_enabled, preflight, repo_root
from regiotrack.plan.edits import Edit
from regiotrack.plan.model import Plan
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
    """The git commit, or None when the plan is not in git or commits are off."""


def save_and_commit(
    loaded: LoadedPlan, make_edit: Callable[[Plan, date], Edit], today: date, commit: bool = True
) -> Saved:
    """Make the edit, write it atomically (refusing stale files) and commit the plan file alone.

    Raises UserError before anything is written when the edit is invalid, the plan read-only
    or stale, or a git merge or rebase is under way.
    """
    root = repo_root(loaded.path) if commit and not loaded.readonly else None
    if root is not None and not commits_enabled(root):
        root = None
    if root is not None:
        preflight(root)
    edit = make_edit(loaded.plan, today)
    saved = save_edit(loaded, edit.apply)
    outcome = commit_file(root, saved.path, edit.summary, edit.commit_body()) if root is not None else None
    return Saved(saved, edit, outcome)


@dataclass(frozen=True)
class SavedMinutes:
    """The outcome of a verslag that was written: the save, and the tag when one was made."""

    saved: Saved
    """The write and its commit."""
    tag: str | None
    """The annotated tag made on the verslag's commit, or None (not in git, commits off or failed)."""


def save_minutes(
    loaded: LoadedPlan, make_edit: Callable[[Plan, date], Edit], today: date, tag: str, commit: bool = True
) -> SavedMinutes:
    """Write a partneroverleg's verslag as ONE commit and mark it with an annotated tag.

    Everything that can refuse is checked before anything is written: the tag must not exist
    yet, the verslag must fit the plan, and the plan after it must be valid. With commits off
    (or outside git) the file is written and no tag is made.
    """
    from regiotrack.history.tags import check_tag_free, create_tag
    from regiotrack.store.reading import display_name, parse_text
    from regiotrack.store.writing import dumps

    root = repo_root(loaded.path) if commit and not loaded.readonly else None
    if root is not None and not commits_enabled(root):
        root = None
    if root is not None:
        preflight(root)
        check_tag_free(root, tag)
    edit = make_edit(loaded.plan, today)
    parse_text(dumps(edit.apply(loaded.plan)), display_name(loaded.path))  # PlanError: nothing written
    saved = save_and_commit(loaded, lambda _plan, _today: edit, today, commit)
    made = None
    if root is not None and saved.commit is not None and saved.commit.committed:
        body = edit.commit_body()
        create_tag(root, tag, edit.summary + (f"\n\n{body}" if body else ""))
        made = tag
    return SavedMinutes(saved, made)
