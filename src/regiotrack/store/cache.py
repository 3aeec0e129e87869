"""A cache of validated plans, keyed on the file's content: a file that did not change is not parsed again.

The key is the SHA-256 of the file's bytes plus the versions of regiotrack, pydantic and the
plan schema, so a cache entry can never describe another file or another model: it is never
trusted over the file. Entries are pickles in the user's own cache directory
(``$REGIOTRACK_CACHE``, else ``$XDG_CACHE_HOME/regiotrack``, else ``~/.cache/regiotrack``);
an unreadable, corrupt or foreign entry is ignored and removed, and a cache that cannot be
written is simply not used.

Entries hold plan text (notes too), and a pickle can run code when loaded. So the directory is
private (0700) and every entry too (0600); nothing is loaded unless the directory and the entry
belong to the current user and nobody else can write them (checked on the open file, so a file
swapped in between cannot slip through). A shared or foreign ``REGIOTRACK_CACHE`` is not used.
"""

from __future__ import annotations

import contextlib
import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from regiotrack import __version__
from regiotrack.plan.vocabulary import SCHEMA_VERSION

if TYPE_CHECKING:
    from io import BufferedReader

CACHE_ENV = "REGIOTRACK_CACHE"
"""Environment variable with the cache directory; 'uit' turns the cache off."""


def cache_dir() -> Path | None:
    """Where cache entries live, or None when the cache is off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None and configured.strip().lower() == "uit":  # 'UIT', 'Uit ': off too, no folder
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "regiotrack"


def _trusted(status: os.stat_result) -> bool:
    """Owned by the current user and writable by nobody else."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:  # Windows: the user's own profile folder is private by default
        return True
    return status.st_uid == getuid() and not status.st_mode & 0o022


def private_dir() -> Path | None:
    """The cache directory, made private; None when it is off or belongs to someone else."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = os.stat(directory)
        if not _trusted(status):
            return None
        if status.st_mode & 0o077:  # made by an older regiotrack: readable by others
            os.chmod(directory, 0o700)
    except OSError:
        return None
    return directory


def read_private(entry: Path) -> bytes | None:
    """The content of a cache entry that only the current user can have written and that is
    intact (``store.seal``), else None.

    An entry that someone else could have written, or that is damaged, is removed (when we
    may) and never used.
    """
    from regiotrack.store.seal import unsealed

    handle = open_private(entry)
    if handle is None:
        return None
    with handle:
        content = unsealed(handle.read())
    if content is None:
        _remove(entry)
    return content


def open_private(entry: Path) -> BufferedReader | None:
    """The open cache entry (see :func:`read_private`), for reading it piece by piece; else None."""
    try:
        fd = os.open(entry, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return None
    except OSError:
        _remove(entry)
        return None
    handle = os.fdopen(fd, "rb")
    status = os.fstat(handle.fileno())
    if not _trusted(status):
        handle.close()
        _remove(entry)
        return None
    if status.st_mode & 0o077:
        with contextlib.suppress(OSError):
            os.fchmod(handle.fileno(), 0o600)
    return handle


def write_private(entry: Path, data: bytes) -> None:
    """Write a cache entry readable and writable by the current user only (0600), sealed with
    its checksum (``store.seal``)."""
    from regiotrack.store.files import write_bytes_atomic
    from regiotrack.store.seal import seal

    write_bytes_atomic(entry, (seal(data), data), mode=0o600, durable=False)  # a lost entry: a slower read


def _key(digest: str, models: bool) -> str:
    if not models:
        return f"{digest}-{__version__}"
    return f"{digest}-{__version__}-{_models_key()}"


@functools.cache
def _models_key() -> str:
    """pydantic's version and the models' shape: both matter for pickled models.

    Once per process: ``importlib.metadata`` scans every installed package (about 30 ms), and
    pydantic is imported anyway when models are pickled or unpickled.
    """
    from pydantic.version import VERSION

    return f"{VERSION}-{SCHEMA_VERSION}-{_model_shape()}"


def _model_shape() -> str:
    """The fields of every plan model: a model that gained a field (a developer's checkout between
    two releases) must not be served pickles made without it."""
    import zlib

    from regiotrack.plan.model import Plan, section_model
    from regiotrack.plan.vocabulary import SECTIONS

    models: list[type[Any]] = [Plan, *(section_model(s.key) for s in SECTIONS)]
    names = "|".join(",".join(m.model_fields) for m in models)
    return f"{zlib.crc32(names.encode()):08x}"  # stable across processes (str hashes are salted)


def lookup(digest: str, models: bool = True) -> Any | None:
    """The cached value for this digest, or None; ``models``: the value holds pydantic models.

    A plan is a whole entry (``DIGEST.pickle``) or a delta on one (``DIGEST.delta``, see
    ``cachedelta``); a whole entry read here becomes the base of the deltas this process writes.
    """
    directory = private_dir()
    if directory is None:
        return None
    from regiotrack.store import cachedelta

    whole = _load(directory / f"{digest}.pickle", _key(digest, models))
    if whole is not None:
        if models:
            cachedelta.remember_base(digest, whole)
        touch(directory / f"{digest}.pickle")
        return whole
    if not models:
        return None
    entry = directory / f"{digest}.delta"
    delta = _load(entry, _key(digest, models))
    if not isinstance(delta, cachedelta.Delta):
        return None
    base = _load(directory / f"{delta.base}.pickle", _key(delta.base, models))
    try:
        value = None if base is None else cachedelta.resolve(delta, base)
    except Exception:  # a base that does not fit the delta: parse the plan instead
        value = None
    if value is None:
        _remove(entry)
        return None
    cachedelta.remember_base(delta.base, base)
    touch(entry)
    touch(directory / f"{delta.base}.pickle")
    return value


def _load(entry: Path, key: str) -> Any | None:
    """The value of one cache file when it is trusted and has this key; anything else is removed."""
    try:
        handle = open_private(entry)
        if handle is None:
            return None
        import pickle  # here, not at the top: `lijst` reads its own JSON snapshot and needs no pickle

        from regiotrack.store.seal import SealedReader

        with handle:  # read as it unpickles: the whole entry (39 MB at 100,000 items) is never in memory at once
            reader = SealedReader(handle, os.fstat(handle.fileno()).st_size)
            if not reader.sealed:
                raise ValueError("not sealed")  # an older format: not worth unpickling
            found, value = pickle.load(reader)
            intact = reader.intact()
    except Exception:  # any damage to a cache entry (truncated, foreign, old classes): parse the plan instead
        _remove(entry)
        return None
    if found != key or not intact:
        _remove(entry)
        return None
    return value


def store(digest: str, value: Any, models: bool = True) -> None:
    """Remember a value for this digest; failures only mean no cache.

    A plan that shares most items with the last whole entry of this process is stored as a
    delta on it (``cachedelta``); any other becomes a whole entry and the new base. A whole
    entry is never replaced by a delta (deltas may point into it): when one exists for these
    bytes (an edit undone), nothing is written; a file there that is not sealed (an entry of
    an older format) does not count.
    """
    directory = private_dir()
    if directory is None:
        return
    import pickle

    from regiotrack.store import cachedelta
    from regiotrack.store.seal import is_sealed

    whole = directory / f"{digest}.pickle"
    delta = None
    if models:
        if is_sealed(whole):  # an older format's entry (or a stray file) does not count: replace it
            return
        delta = cachedelta.delta_for(value, lambda base: (directory / f"{base}.pickle").exists())
    entry = whole if delta is None else directory / f"{digest}.delta"
    try:
        write_private(entry, pickle.dumps((_key(digest, models), delta or value), protocol=5))
    except (OSError, pickle.PicklingError):
        return
    if models and delta is None:
        cachedelta.remember_base(digest, value)
        prune(directory)


UNUSED_DAYS = 30
"""Cache files not used for this many days are removed when a new plan entry is written."""

_OURS = (".pickle", ".delta", ".canonical", ".lijst.json", ".toon.json")
"""The names regiotrack gives its cache files; nothing else in the directory is touched."""


def prune(directory: Path, now: float | None = None) -> None:
    """Remove the cache files not used for ``UNUSED_DAYS`` days.

    A whole plan entry (tens of megabytes at 100,000 items) is written each time a changed
    file is parsed, after every ``git pull`` that changed it: without this the directory
    would only grow. A file counts as used when it is read (its time is set then).
    """
    import time

    limit = (time.time() if now is None else now) - UNUSED_DAYS * 24 * 3600
    try:
        names = os.listdir(directory)
    except OSError:
        return
    for name in names:
        if not name.endswith(_OURS):
            continue
        with contextlib.suppress(OSError):
            if os.stat(directory / name, follow_symlinks=False).st_mtime < limit:
                os.unlink(directory / name)


def touch(entry: Path) -> None:
    """Mark a cache file as used (see :func:`prune`)."""
    with contextlib.suppress(OSError):
        os.utime(entry)


def _remove(entry: Path) -> None:
    with contextlib.suppress(OSError):
        entry.unlink()


def mark_canonical(digest: str) -> None:
    """Remember that a file with this content is exactly what this regiotrack writes.

    ``store.splice`` then rewrites single blocks of it. The marker holds the same key as a
    cache entry, so another version of regiotrack (or of its libraries) does not trust it; like
    every entry it is private and only trusted when nobody else could have written it.
    """
    directory = private_dir()
    if directory is None:
        return
    with contextlib.suppress(OSError):
        write_private(directory / f"{digest}.canonical", _key(digest, True).encode("utf-8"))


def is_canonical(digest: str) -> bool:
    """True when regiotrack wrote a file with exactly this content (see :func:`mark_canonical`)."""
    directory = private_dir()
    if directory is None:
        return False
    try:
        raw = read_private(directory / f"{digest}.canonical")
    except OSError:
        return False
    if raw is None or raw.decode("utf-8", "replace") != _key(digest, True):
        return False
    touch(directory / f"{digest}.canonical")
    return True
