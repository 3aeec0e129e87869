"""Every id that was ever in a plan file, from its git history: ids are never reused.

Reading the whole history is one ``git log -p`` over the file, as costly as the history is long
(for a plan of 10,000 items with a few dozen commits, two seconds, most of a ``regiotrack
nieuw``). The answer only grows, so it is kept in the cache with the commit it was read at;
the next call reads only the commits since, when that commit is still in the history of HEAD,
and when HEAD is one commit on it (an edit since the last call) only the file as of HEAD.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from regiotrack.history.git import relative, repo_root, run_git

_ID_LINE = re.compile(rb'^[-+ ]id = "([^"]+)"', re.MULTILINE)


def ids_ever(path: Path) -> set[str]:
    """The ids in every committed version of the plan file (empty when it is not in git).

    Each id appears on a line that a commit added; ``--full-history`` takes in every commit that
    HEAD can reach, also on merged branches, so the ids of the commits since a cached answer
    added to it are exactly the ids of the whole history.
    """
    root = repo_root(path)
    if root is None:
        return set()
    name = relative(root, path)
    head = run_git(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
    if head.returncode != 0:
        return set()  # no commit yet
    commit = head.stdout.decode().strip()
    key = "ids-" + hashlib.sha256(f"{root}\0{name}".encode()).hexdigest()
    cached = _cached_value(key)
    if cached is not None and cached[0] == commit:
        return set(cached[1])
    if cached is not None and (on_top := _one_commit_on(root, name, cached[0], commit)) is not None:
        found = set(cached[1]) | on_top  # the usual case: one edit committed since the last 'nieuw'
        _store(key, commit, found)
        return found
    since, known = _still_in_history(root, cached)
    span = f"{since}..{commit}" if since else commit
    result = run_git(root, "log", "--full-history", "--format=", "-p", "--unified=0", span, "--", name)
    if result.returncode != 0:
        return set()
    found = known | {m.decode("utf-8", "replace") for m in _ID_LINE.findall(result.stdout)}
    _store(key, commit, found)
    return found


def _cached_value(key: str) -> tuple[str, frozenset[str]] | None:
    """(commit, ids) as last read, from the cache; None when there is none that looks right."""
    from regiotrack.store import cache

    value = cache.lookup(key, models=False)
    if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str)):
        return None
    commit, ids = value
    if not isinstance(ids, frozenset) or len(commit) not in (40, 64) or set(commit) - set("0123456789abcdef"):
        return None
    return commit, ids


def _one_commit_on(root: Path, name: str, since: str, commit: str) -> set[str] | None:
    """The ids in the file at ``commit`` when that commit's only parent is ``since``, else None.

    Then the ids ever at ``commit`` are those at ``since`` and those of this version: an id line
    the commit did not add was in the parent's version already. Reading that one version is much
    cheaper than ``git log -p`` of the commit, which diffs the whole file (a plan of 100,000
    items is 33 MB).
    """
    parents = run_git(root, "rev-list", "--parents", "-n", "1", commit)
    if parents.returncode != 0 or parents.stdout.decode().split()[1:] != [since]:
        return None
    shown = run_git(root, "cat-file", "blob", f"{commit}:{name}")
    if shown.returncode != 0:  # not in that commit (removed): no id lines
        return set()
    return {m.decode("utf-8", "replace") for m in _FILE_ID_LINE.findall(shown.stdout)}


_FILE_ID_LINE = re.compile(rb'^id = "([^"]+)"', re.MULTILINE)
"""An id line in the file itself (``_ID_LINE`` is the same line in a diff)."""


def _still_in_history(root: Path, cached: tuple[str, frozenset[str]] | None) -> tuple[str | None, set[str]]:
    """The cached (commit, ids) when that commit is in HEAD's history, else (None, empty)."""
    if cached is None:
        return None, set()
    commit, ids = cached
    # Rewritten history (a reset, an amended commit, another branch): read it all again.
    if run_git(root, "merge-base", "--is-ancestor", commit, "HEAD").returncode != 0:
        return None, set()
    return commit, set(ids)


def _store(key: str, commit: str, ids: set[str]) -> None:
    from regiotrack.store import cache

    cache.store(key, (commit, frozenset(ids)), models=False)
