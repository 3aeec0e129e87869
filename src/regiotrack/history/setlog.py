"""History across a set of plan files: the regional plan and the municipalities' local plans.

Each file's history is read as for one plan (:func:`history.log.history`, cached per file);
the commits are then merged into one list in git's own order, each with its changes per file,
labelled (the municipality's name for a local plan). A commit that touched two files shows once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from regiotrack.errors import UserError
from regiotrack.history.git import run_git
from regiotrack.history.log import HistoryEntry, Revision, history


@dataclass(frozen=True)
class PlanFile:
    """One file of the set: its path inside the repository and the label its changes carry."""

    name: str
    label: str


@dataclass(frozen=True)
class SetEntry:
    """One commit and what it changed in each file of the set it touched (in the set's order)."""

    revision: Revision
    parts: tuple[tuple[PlanFile, HistoryEntry], ...]


def _order(root: Path, names: Sequence[str]) -> list[str]:
    """Commit ids that touched any of ``names``, oldest first, as ``revisions`` walks them."""
    result = run_git(root, "log", "--reverse", "--first-parent", "-m", "--format=%H", "--", *names)
    if result.returncode != 0:
        if b"does not have any commits" in result.stderr:
            return []
        raise UserError("git kon de geschiedenis niet lezen: " + result.stderr.decode().strip())
    return list(dict.fromkeys(result.stdout.decode().split()))


def set_history(root: Path, files: Sequence[PlanFile], since: str | None = None) -> list[SetEntry]:
    """Every commit that touched a file of the set, oldest first, with its changes per file."""
    per_commit: dict[str, list[tuple[PlanFile, HistoryEntry]]] = {}
    for file in files:
        for entry in history(root, file.name, since):
            per_commit.setdefault(entry.revision.commit, []).append((file, entry))
    return [
        SetEntry(per_commit[commit][0][1].revision, tuple(per_commit[commit]))
        for commit in _order(root, [f.name for f in files])
        if commit in per_commit
    ]


def former_local_files(root: Path, directory: str) -> list[str]:
    """Local plan files git ever knew in ``directory`` (paths inside the repository), sorted."""
    result = run_git(root, "log", "--format=", "--name-only", "--", f"{directory}/*.toml")
    if result.returncode != 0:
        return []
    return sorted({line for line in result.stdout.decode().splitlines() if line.strip()})
