"""Every id that was ever in a plan file, from its git history: ids are never reused.

"Ever" means every commit git still has a way to: each branch, tag and remote branch, and the
reflog (a ``git reset`` or an amended commit leaves the old commits there). An id made on a
colleague's branch, or in a commit reset away, is not handed out again: a merge would otherwise
take two different afspraken for one.

Reading that whole history is ``git log -p`` over the file, as costly as the history is long
(for a plan of 10,000 items with a few dozen commits, two seconds, most of a ``regiotrack
nieuw``). The answer only grows, so it is kept in the cache with the commits it was read at
(the tips: every ref and reflog entry); the next call reads only the commits not reachable
from those, and when that is one commit on them (an edit since the last call), only the file
as of that commit.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from regiotrack.history.git import relative, repo_root, run_git

if TYPE_CHECKING:
    from regiotrack.plan.model import Plan
    from regiotrack.store.reading import LoadedPlan

_ID_LINE = re.compile(rb'^[-+ ]id = "([^"]+)"', re.MULTILINE)
"""An id line in ``git log -p`` output."""

_FILE_ID_LINE = re.compile(rb'^id = "([^"]+)"', re.MULTILINE)
"""An id line in the file itself."""


def ids_ever(path: Path, loaded: LoadedPlan | None = None) -> set[str]:
    """The ids in every version of the plan file git has (empty when it is not in git).

    Each id appears on a line that some commit added, so the ids of the commits not reachable
    from a cached answer's tips, added to it, are those of the whole history. ``loaded`` is the
    plan as the caller read it from ``path``: when the one new commit holds exactly that
    version, as after an edit of ours, its ids stand in for reading the commit's version.
    """
    root = repo_root(path)
    if root is None:
        return set()
    name = relative(root, path)
    tips = _tips(root)
    if not tips:
        return set()  # no commit yet
    key = "ids-" + hashlib.sha256(f"{root}\0{name}".encode()).hexdigest()
    cached = _cached_value(key)
    if cached is not None and cached[0] == tips:
        return set(cached[1])
    if cached is not None and (on_top := _one_commit_on(root, name, cached[0], tips, loaded)) is not None:
        found = set(cached[1]) | on_top  # the usual case: one edit committed since the last 'nieuw'
        _store(key, tips, found)
        return found
    known: set[str] = set(cached[1]) if cached is not None else set()
    seen = cached[0] & tips if cached is not None else frozenset()  # tips gone (a pruned reflog) may be gone
    revs = "".join(f"{tip}\n" for tip in sorted(tips)) + "".join(f"^{tip}\n" for tip in sorted(seen))
    result = run_git(
        root,
        "log",
        "--full-history",
        "--format=",
        "-p",
        "--unified=0",
        "--stdin",
        "--",
        name,
        input_bytes=revs.encode(),
    )
    if result.returncode != 0:
        return known
    found = known | {m.decode("utf-8", "replace") for m in _ID_LINE.findall(result.stdout)}
    _store(key, tips, found)
    return found


def _tips(root: Path) -> frozenset[str]:
    """Every commit a ref or a reflog entry names: all that git can still reach."""
    result = run_git(root, "rev-list", "--no-walk", "--all", "--reflog")
    if result.returncode != 0:
        return frozenset()
    return frozenset(result.stdout.decode().split())


def _cached_value(key: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(tips, ids) as last read, from the cache; None when there is none that looks right."""
    from regiotrack.store import cache

    value = cache.lookup(key, models=False)
    if not (isinstance(value, tuple) and len(value) == 3 and value[0] == _FORMAT):
        return None
    _format, tips, ids = value
    if not (isinstance(tips, frozenset) and isinstance(ids, frozenset)):
        return None
    return tips, ids


_FORMAT = "tips/1"
"""Marks an entry of this form (an older one, keyed on HEAD alone, is read again in full)."""


def _one_commit_on(
    root: Path,
    name: str,
    before: frozenset[str],
    tips: frozenset[str],
    loaded: LoadedPlan | None,
) -> set[str] | None:
    """The ids in the file at the one new tip when it is a single commit on the tips read before.

    Then the ids ever are those read before and those of this version: an id line the commit
    did not add was in its parent's version already. Reading that one version is much cheaper
    than ``git log -p`` of the commit, which diffs the whole file (a plan of 100,000 items is
    33 MB). Cheaper still, when that version is the one ``loaded`` was read from, are its ids:
    no unpacking of the version from git and no scanning of it (25 ms at 10,000 items, 230 ms at
    100,000). None in any other case (the caller reads the log).
    """
    new = tips - before
    if len(new) != 1:
        return None
    (commit,) = new
    parents = run_git(root, "rev-list", "--parents", "-n", "1", commit)
    found = parents.stdout.decode().split()[1:] if parents.returncode == 0 else []
    if len(found) != 1 or found[0] not in before:
        return None
    if loaded is not None and _holds(root, f"{commit}:{name}", loaded):
        return ids_in_plan(loaded.plan)
    shown = run_git(root, "cat-file", "blob", f"{commit}:{name}")
    if shown.returncode != 0:  # not in that commit (removed): no id lines
        return set()
    return {m.decode("utf-8", "replace") for m in _FILE_ID_LINE.findall(shown.stdout)}


def ids_in_plan(plan: Plan) -> set[str]:
    """The ids a version's id lines hold, from its plan: every item's, and the plan's own."""
    from regiotrack.plan.references import all_ids

    return {plan.id, *all_ids(plan)}


def _holds(root: Path, version: str, loaded: LoadedPlan) -> bool:
    """Whether git's ``version`` (COMMIT:PATH) is byte for byte the file ``loaded`` was read from.

    One read of the file answers both halves, so a file changed meanwhile cannot make a plan
    read earlier pass for that version: its SHA-256 must be the one ``loaded`` was read with,
    and its git blob id (the object id of a file's bytes) the one git has for ``version``.
    """
    from regiotrack.store.files import sha256_hex

    blob = run_git(root, "rev-parse", "--verify", "--quiet", version)
    wanted = blob.stdout.decode().strip() if blob.returncode == 0 else ""
    algorithm = {40: "sha1", 64: "sha256"}.get(len(wanted))  # the repository's object format
    if algorithm is None:
        return False
    try:
        data = loaded.path.read_bytes()
    except OSError:
        return False
    if sha256_hex(data) != loaded.digest:
        return False
    blob_id = hashlib.new(algorithm, b"blob %d\0" % len(data))
    blob_id.update(data)
    return blob_id.hexdigest() == wanted


def _store(key: str, tips: frozenset[str], ids: set[str]) -> None:
    from regiotrack.store import cache

    cache.store(key, (_FORMAT, tips, frozenset(ids)), models=False)
