"""One edit, start to end: check git, write the plan, commit it. Used by the CLI and the TUI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from regiotrack.check.content import edit_problems, log_key
from regiotrack.errors import FileSystemError, PlanError, Problem, UserError
from regiotrack.history.git import (
    CommitOutcome,
    check_link,
    commit_file,
    commits_enabled,
    committed_version,
    driver_warning,
    preflight,
    repo_root,
)
from regiotrack.plan.edits import Edit
from regiotrack.plan.model import Plan
from regiotrack.store.localset import new_regional_problems
from regiotrack.store.locate import display_name
from regiotrack.store.reading import LoadedPlan, remember
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
    warnings: tuple[Problem, ...] = ()
    """Resident data or control characters still in fields the edit did not change, and a
    merge driver missing in this clone."""
    swept: tuple[str, ...] = ()
    """Earlier changes to the file that were not yet in git and are committed with this edit."""
    changed: bool = True
    """False when the edit changed nothing: then nothing was written or committed."""


def save_and_commit(
    loaded: LoadedPlan, make_edit: Callable[[Plan, date], Edit], today: date, commit: bool = True
) -> Saved:
    """Make the edit, write it atomically (refusing stale files) and commit the plan file alone.

    Raises UserError before anything is written when the edit is invalid, its new values hold
    resident data or control characters (``check.content``), the plan is read-only or stale,
    or a git merge or rebase is under way; FileSystemError when the file cannot be written
    (the plan is then unchanged). An edit that changes nothing writes and commits nothing
    (``Saved.changed`` is False).
    """
    if not loaded.readonly:
        check_link(loaded.path)
    root = repo_root(loaded.path) if commit and not loaded.readonly else None
    if root is not None and not commits_enabled(root):
        root = None
    notices: list[Problem] = []
    if root is not None:
        preflight(root)
        if (notice := driver_warning(root, loaded.path)) is not None:
            notices.append(Problem(notice, severity="waarschuwing"))
    edit = make_edit(loaded.plan, today)
    if edit.changes_nothing(loaded.plan):  # same values: no write, no empty commit
        return Saved(loaded, edit, None, tuple(notices), changed=False)
    new_plan = edit.apply(loaded.plan)
    refused, remaining = edit_problems(loaded.plan, new_plan, loaded.warnings if loaded.checked else None)
    if refused:
        raise refusal(refused)
    if unknown := new_regional_problems(loaded, new_plan):  # a local plan's links into the regional plan
        lines = "\n".join(p.format() for p in unknown)
        raise UserError(
            f"deze wijziging is niet opgeslagen en niet vastgelegd:\n{lines}",
            "Verbeter de waarde en probeer het opnieuw.",
        )
    swept = uncommitted_changes(root, loaded, remaining) if root is not None else []
    saved = _write(loaded, new_plan, content_clean=not remaining)
    remember(saved)  # the next command (or the next start of the terminal view) need not parse it
    outcome = None
    if root is not None:
        body = "\n\n".join(part for part in (edit.commit_body(), _swept_body(swept)) if part)
        outcome = commit_file(root, saved.path, edit.summary, body)
    return Saved(saved, edit, outcome, (*notices, *remaining), tuple(swept))


def uncommitted_changes(root: Path, loaded: LoadedPlan, remaining: list[Problem]) -> list[str]:
    """Earlier changes to the plan file not yet in git (a --geen-commit edit, a hand edit).

    They are committed with the next edit and named in its message, never hidden. Refused
    (UserError) when they hold resident data or control characters: those must not reach git.
    """
    head = committed_version(root, loaded.path)
    if head is None:
        return []
    from regiotrack.history.diff import diff
    from regiotrack.store.files import decode, read_file
    from regiotrack.store.parsing import DecodeError, parse_data

    file = display_name(loaded.path)
    unreadable: tuple[type[Exception], ...] = (PlanError, *DecodeError)
    try:
        changes = diff(parse_data(decode(head, file)), parse_data(decode(read_file(loaded.path), file)))
    except unreadable:
        return ["(het bestand in git is geen leesbaar plan; de hele nieuwe versie wordt vastgelegd)"]
    touched = {(None if c.item_id == "(plan)" else c.item_id, log_key(f.key)) for c in changes for f in c.fields}
    added = {c.item_id for c in changes if c.kind == "toegevoegd"}
    blocked = [p for p in remaining if (p.item, log_key(p.field)) in touched or p.item in added]
    if blocked:
        lines = "\n".join(p.format() for p in blocked)
        raise UserError(
            f"{file} heeft wijzigingen die nog niet in git staan, met gegevens die er niet in horen; "
            f"er is niets opgeslagen of vastgelegd:\n{lines}",
            f"Haal dat eerst weg, of zet het bestand terug zoals het in git staat: git checkout -- {file}",
        )
    return [c.text() for c in changes] or ["(alleen de opmaak van het bestand)"]


def _swept_body(swept: list[str]) -> str:
    if not swept:
        return ""
    return "Ook vastgelegd, eerder gewijzigd maar nog niet in git:\n" + "\n".join(f"- {line}" for line in swept)


def refusal(problems: list[Problem]) -> UserError:
    """The error for an edit whose new values hold resident data or control characters."""
    lines = "\n".join(p.format() for p in problems)
    return UserError(
        f"deze wijziging is niet opgeslagen en niet vastgelegd:\n{lines}",
        "Laat persoons- en casusgegevens (BSN, telefoonnummer, e-mailadres van een inwoner) en "
        "onzichtbare tekens weg, en probeer het opnieuw.",
    )


def _write(loaded: LoadedPlan, new_plan: Plan, content_clean: bool = False) -> LoadedPlan:
    """save_edit, with every file-system failure as a Dutch message (the old file stays)."""
    file = display_name(loaded.path)
    try:
        _refuse_read_only(loaded.path)
        return save_edit(loaded, lambda _plan: new_plan, content_clean)
    except FileNotFoundError:
        raise UserError(
            f"{file} is intussen verwijderd of verplaatst; er is niets geschreven",
            f"Zet het bestand terug (bijvoorbeeld: git checkout -- {file}) en probeer het opnieuw.",
        ) from None
    except OSError as err:  # the write is atomic: whatever failed, the old file is still there
        raise FileSystemError.from_os_error(err, f"{file} opslaan", "het plan is niet gewijzigd") from None


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
