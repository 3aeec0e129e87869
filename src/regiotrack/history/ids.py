"""Every id that was ever in a plan file, from its git history: ids are never reused.

Reading the whole history is one ``git log -p`` over the file, as costly as the history is long
(for a plan of 10,000 items with a few dozen commits, two seconds, most of a ``regiotrack
nieuw``). The answer only grows, so it is kept in the cache with the commit it was read at;
the next call reads only the commits since, when that commit is still in the history of HEAD.
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
    since, known = _cached(key, root)
    if since == commit:
        return known
    span = f"{since}..{commit}" if since else commit
    result = run_git(root, "log", "--full-history", "--format=", "-p", "--unified=0", span, "--", name)
    if result.returncode != 0:
        return set()
    found = known | {m.decode("utf-8", "replace") for m in _ID_LINE.findall(result.stdout)}
    _store(key, commit, found)
    return found


def _cached(key: str, root: Path) -> tuple[str | None, set[str]]:
    """(commit, ids) from the cache when that commit is in HEAD's history, else (None, empty)."""
    from regiotrack.store import cache

    value = cache.lookup(key, models=False)
    if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str)):
        return None, set()
    commit, ids = value
    if not isinstance(ids, frozenset) or len(commit) not in (40, 64) or set(commit) - set("0123456789abcdef"):
        return None, set()
    # Rewritten history (a reset, an amended commit, another branch): read it all again.
    if run_git(root, "merge-base", "--is-ancestor", commit, "HEAD").returncode != 0:
        return None, set()
    return commit, set(ids)


def _store(key: str, commit: str, ids: set[str]) -> None:
    from regiotrack.store import cache

    cache.store(key, (commit, frozenset(ids)), models=False)
