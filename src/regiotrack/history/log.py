"""Reading the plan's history: every commit as item-level changes, per-field blame, revisions.

Two git processes do all the reading, whatever the length of the history: one ``git log``
for the commits and blob ids, one ``git cat-file --batch`` for the file contents. Revisions
are parsed block by block with a shared cache (``store.parsing.parse_data``), and a revision
that only changed blocks in place is built from the one before (``incremental``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from regiotrack.errors import PlanError, UserError
from regiotrack.history.diff import ItemChange, diff, index_items
from regiotrack.history.git import run_git
from regiotrack.store import parsing as tomlread
from regiotrack.store.files import decode
from regiotrack.store.parsing import parse_data

if TYPE_CHECKING:
    from regiotrack.history.diff import Index
    from regiotrack.history.incremental import RevisionReader

_EMPTY_BLOB = "0" * 40
_UNREADABLE: tuple[type[Exception], ...] = (*tomlread.DecodeError, PlanError)


@dataclass(frozen=True)
class Revision:
    """One commit that touched the plan file."""

    commit: str
    author: str
    email: str
    when: datetime
    subject: str
    blob: str
    """The file's blob id after this commit (all zeros when the commit deleted it)."""

    @property
    def short(self) -> str:
        """Abbreviated commit id."""
        return self.commit[:8]


@dataclass(frozen=True)
class HistoryEntry:
    """A revision and what it changed, item by item."""

    revision: Revision
    changes: tuple[ItemChange, ...]
    unreadable: bool = False
    """The file at this revision could not be read as TOML (changes are then unknown)."""
    removed: tuple[tuple[str, dict[str, Any]], ...] = ()
    """(section, last known data) of every item this revision removed."""


def revisions(root: Path, name: str, since: str | None = None) -> list[Revision]:
    """Commits that touched the file, oldest first (following the first-parent line of merges too).

    ``since`` is a full commit id (from :func:`resolve` or :func:`since_commit`), never user text.
    """
    if since is not None and not (len(since) in (40, 64) and set(since) <= set("0123456789abcdef")):
        raise ValueError(f"revisions() needs a commit id, not {since!r}")
    args = [
        "log",
        "--reverse",
        "--no-renames",
        "--raw",
        "--no-abbrev",
        "-m",
        "--first-parent",
        "--format=%x01%H%x00%an%x00%ae%x00%aI%x00%s",
    ]
    if since:
        args.append(f"{since}..HEAD")
    result = run_git(root, *args, "--", name)
    if result.returncode != 0:
        if b"does not have any commits" in result.stderr or b"unknown revision" in result.stderr:
            return []
        raise UserError("git kon de geschiedenis niet lezen: " + result.stderr.decode().strip())
    found: list[Revision] = []
    for record in result.stdout.decode("utf-8", "replace").split("\x01")[1:]:
        header, _, raw = record.partition("\n")
        commit, author, email, when, subject = header.split("\x00")
        blob = _EMPTY_BLOB
        for line in raw.splitlines():
            if line.startswith(":"):
                blob = line.split()[3]
        found.append(Revision(commit, author, email, datetime.fromisoformat(when), subject, blob))
    return found


def read_blobs(root: Path, blobs: Iterable[str]) -> dict[str, bytes]:
    """Contents of many blobs through one ``git cat-file --batch``."""
    wanted = [b for b in dict.fromkeys(blobs) if b != _EMPTY_BLOB]
    if not wanted:
        return {}
    result = run_git(root, "cat-file", "--batch", input_bytes=("\n".join(wanted) + "\n").encode())
    out = result.stdout
    contents: dict[str, bytes] = {}
    position = 0
    for blob in wanted:
        end = out.index(b"\n", position)
        header = out[position:end].split()
        position = end + 1
        if len(header) < 3 or header[1] == b"missing":
            continue
        size = int(header[2])
        contents[blob] = out[position : position + size]
        position += size + 1
    return contents


def history(root: Path, name: str, since: str | None = None) -> list[HistoryEntry]:
    """Every commit that touched the plan file, oldest first, with its item-level changes.

    The result is cached on the exact list of (commit, blob) pairs: history never changes for
    the same commits, so a repeated call only costs the ``git log``. ``since`` is what the user
    typed (a commit, tag, branch or date, see :func:`since_commit`); it never reaches git as text.
    """
    since = since_commit(root, since) if since else None
    revs = revisions(root, name, since)
    key = _history_key(revs, name, since)
    cached = _cached_history(key)
    if cached is not None:
        return cached
    entries = _compute_history(root, name, since, revs)
    _store_history(key, entries)
    return entries


def _history_key(revs: Sequence[Revision], name: str, since: str | None) -> str:
    import hashlib

    from regiotrack import __version__

    digest = hashlib.sha256(f"{__version__}\0{name}\0{since}".encode())
    for rev in revs:
        digest.update(f"{rev.commit}{rev.blob}".encode())
    return digest.hexdigest()


def _cached_history(key: str) -> list[HistoryEntry] | None:
    from regiotrack.store import cache as plancache

    value = plancache.lookup(f"geschiedenis-{key}", models=False)
    return value if isinstance(value, list) else None


def _store_history(key: str, entries: list[HistoryEntry]) -> None:
    from regiotrack.store import cache as plancache

    plancache.store(f"geschiedenis-{key}", entries, models=False)


def _compute_history(root: Path, name: str, since: str | None, revs: list[Revision]) -> list[HistoryEntry]:
    import gc

    # Reading builds many small dicts and lists that stay alive (a commit adding 100,000 items
    # makes millions), and none of them form cycles. With the collector on, every few hundred
    # allocations it walks all of them again: about a third of the time at 100,000 items.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _compute_entries(root, name, since, revs)
    finally:
        if collecting:
            gc.enable()


def _compute_entries(root: Path, name: str, since: str | None, revs: list[Revision]) -> list[HistoryEntry]:
    from regiotrack.history.incremental import RevisionReader

    blobs = read_blobs(root, [r.blob for r in revs])
    cache: dict[str, Any] = {}
    previous: dict[str, Any] = {}
    if since:
        previous = data_at(root, since, name, cache) or {}
    previous_index = index_items(previous)
    reader = RevisionReader(cache)
    entries = []
    for rev in revs:
        read = _read(blobs.get(rev.blob, b""), name, reader)
        if read is None:
            entries.append(HistoryEntry(rev, (), unreadable=True))
            continue
        data, data_index = read
        changes = tuple(diff(previous, data, previous_index, data_index))
        removed = tuple(
            (c.section, previous_index[c.section][c.item_id])
            for c in changes
            if c.kind == "verwijderd" and c.section != "plan"
        )
        entries.append(HistoryEntry(rev, changes, removed=removed))
        previous, previous_index = data, data_index
    return entries


def _read(raw: bytes, name: str, reader: RevisionReader) -> tuple[dict[str, Any], Index] | None:
    """A revision's data and id index (``incremental.RevisionReader``), or None when it is not TOML."""
    if not raw:
        return {}, index_items({})
    try:
        return reader.read(decode(raw, name))
    except _UNREADABLE:
        return None


def _parse(raw: bytes, name: str, cache: dict[str, Any]) -> dict[str, Any] | None:
    try:
        return parse_data(decode(raw, name), cache) if raw else {}
    except _UNREADABLE:
        return None


def _commit_of(root: Path, rev: str) -> str | None:
    """The commit id ``rev`` names, or None. Text that git could read as an option is never passed on."""
    if not rev or rev.startswith("-"):
        return None
    result = run_git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
    return result.stdout.decode().strip() if result.returncode == 0 else None


def _day_of(rev: str) -> date:
    from regiotrack.plan.userdates import parse_day

    try:
        return parse_day(rev)
    except ValueError:
        raise UserError(
            f"'{rev}' is geen commit, tag, branch of datum in deze repository",
            "Zie 'git tag' en 'regiotrack geschiedenis', of geef een datum als 2026-06-30.",
        ) from None


def since_commit(root: Path, since: str) -> str | None:
    """The commit after which ``geschiedenis --sinds`` starts, or None for the whole history.

    A commit, tag or branch is itself; a date ('2026-03-01', '1-3-2026', '1 maart 2026') means
    from that day on: the last commit before it (None when there is none).
    """
    commit = _commit_of(root, since)
    if commit is not None:
        return commit
    day = _day_of(since) - timedelta(days=1)
    found = run_git(root, "rev-list", "-1", f"--before={day.isoformat()} 23:59:59", "HEAD")
    return found.stdout.decode().strip() or None


def resolve(root: Path, rev: str) -> str:
    """A commit id for a revision, tag, branch or date ('2026-06-30', '30-6-2026': last commit that day)."""
    commit = _commit_of(root, rev)
    if commit is not None:
        return commit
    day = _day_of(rev)
    found = run_git(root, "rev-list", "-1", f"--before={day.isoformat()} 23:59:59", "HEAD")
    commit = found.stdout.decode().strip()
    if not commit:
        raise UserError(f"er is geen commit van vóór of op {day.isoformat()}", "Kies een latere datum.")
    return commit


def data_at(root: Path, rev: str, name: str, cache: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The plan data at a revision, or None when the file did not exist then."""
    commit = resolve(root, rev)
    result = run_git(root, "show", f"{commit}:{name}")
    if result.returncode != 0:
        return None
    data = _parse(result.stdout, name, cache if cache is not None else {})
    if data is None:
        raise UserError(f"het plan in revisie {rev} is geen geldige TOML", "Kies een andere revisie.")
    return data


@dataclass(frozen=True)
class FieldOrigin:
    """Who last set a field of an item."""

    key: str
    value: Any
    revision: Revision


def item_story(entries: Sequence[HistoryEntry], item_id: str) -> list[tuple[Revision, ItemChange]]:
    """Every change to one item, oldest first: its whole story."""
    return [(e.revision, c) for e in entries for c in e.changes if c.item_id == item_id]


def field_blame(entries: Sequence[HistoryEntry], item_id: str, current: dict[str, Any]) -> list[FieldOrigin]:
    """For each field of the item as it is now, the commit that last changed it."""
    origin: dict[str, Revision] = {}
    for revision, change in item_story(entries, item_id):
        if change.kind == "toegevoegd":
            origin = {key: revision for key in current}
        for field in change.fields:
            origin[field.key] = revision
    return [FieldOrigin(key, value, origin[key]) for key, value in current.items() if key in origin]


def plan_snapshots(root: Path, name: str) -> list[tuple[datetime, dict[str, Any] | None]]:
    """The plan's data after every commit that touched it, oldest first, with the commit's time
    (None where the file was deleted or unreadable). Calendars derive their versions from it."""
    revs = revisions(root, name)
    blobs = read_blobs(root, [r.blob for r in revs])
    cache: dict[str, Any] = {}
    return [(rev.when, _parse(blobs[rev.blob], name, cache) if rev.blob in blobs else None) for rev in revs]
