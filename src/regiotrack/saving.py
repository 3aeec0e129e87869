"""One edit, start to end: check git, write the plan, commit it. Used by the CLI and the TUI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from regiotrack.check.content import edit_problems
from regiotrack.errors import Problem, UserError
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
    warnings: tuple[Problem, ...] = ()
    """Resident data or control characters still in fields the edit did not change."""


def save_and_commit(
    loaded: LoadedPlan, make_edit: Callable[[Plan, date], Edit], today: date, commit: bool = True
) -> Saved:
    """Make the edit, write it atomically (refusing stale files) and commit the plan file alone.

    Raises UserError before anything is written when the edit is invalid, its new values hold
    resident data or control characters (``check.content``), the plan is read-only or stale,
    or a git merge or rebase is under way.
    """
    root = repo_root(loaded.path) if commit and not loaded.readonly else None
    if root is not None and not commits_enabled(root):
        root = None
    if root is not None:
        preflight(root)
    edit = make_edit(loaded.plan, today)
    new_plan = edit.apply(loaded.plan)
    refused, remaining = edit_problems(loaded.plan, new_plan)
    if refused:
        raise refusal(refused)
    saved = save_edit(loaded, lambda _plan: new_plan)
    outcome = commit_file(root, saved.path, edit.summary, edit.commit_body()) if root is not None else None
    return Saved(saved, edit, outcome, tuple(remaining))


def refusal(problems: list[Problem]) -> UserError:
    """The error for an edit whose new values hold resident data or control characters."""
    lines = "\n".join(p.format() for p in problems)
    return UserError(
        f"deze wijziging is niet opgeslagen en niet vastgelegd:\n{lines}",
        "Laat persoons- en casusgegevens (BSN, telefoonnummer, e-mailadres van een inwoner) en "
        "onzichtbare tekens weg, en probeer het opnieuw.",
    )
