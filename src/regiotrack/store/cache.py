"""A cache of validated plans, keyed on the file's content: a file that did not change is not parsed again.

The key is the SHA-256 of the file's bytes plus the versions of regiotrack, pydantic and the
plan schema, so a cache entry can never describe another file or another model: it is never
trusted over the file. Entries are pickles in the user's own cache directory
(``$REGIOTRACK_CACHE``, else ``$XDG_CACHE_HOME/regiotrack``, else ``~/.cache/regiotrack``);
an unreadable, corrupt or foreign entry is ignored and removed, and a cache that cannot be
written is simply not used.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from pathlib import Path
from typing import Any

from regiotrack import __version__
from regiotrack.plan.vocabulary import SCHEMA_VERSION

CACHE_ENV = "REGIOTRACK_CACHE"
"""Environment variable with the cache directory; 'uit' turns the cache off."""


def cache_dir() -> Path | None:
    """Where cache entries live, or None when the cache is off."""
    configured = os.environ.get(CACHE_ENV)
    if configured == "uit":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "regiotrack"


def _key(digest: str, models: bool) -> str:
    if not models:
        return f"{digest}-{__version__}"
    # pydantic's version matters for pickled models; read it without importing pydantic.
    from importlib.metadata import version

    return f"{digest}-{__version__}-{version('pydantic')}-{SCHEMA_VERSION}-{_model_shape()}"


def _model_shape() -> str:
    """The fields of every plan model: a model that gained a field (a developer's checkout between
    two releases) must not be served pickles made without it."""
    from regiotrack.plan.model import Plan, section_model
    from regiotrack.plan.vocabulary import SECTIONS

    models: list[type[Any]] = [Plan, *(section_model(s.key) for s in SECTIONS)]
    import hashlib

    # hashlib, not hash(): str hashes differ per process (PYTHONHASHSEED), and the key must not
    shape = "|".join(",".join(m.model_fields) for m in models)
    return hashlib.sha256(shape.encode()).hexdigest()[:12]


def lookup(digest: str, models: bool = True) -> Any | None:
    """The cached value for this digest, or None; ``models``: the value holds pydantic models."""
    directory = cache_dir()
    if directory is None:
        return None
    entry = directory / f"{digest}.pickle"
    try:
        with entry.open("rb") as handle:
            key, value = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:  # any damage to a cache entry (truncated, foreign, old classes): parse the plan instead
        _remove(entry)
        return None
    if key != _key(digest, models):
        _remove(entry)
        return None
    return value


def store(digest: str, value: Any, models: bool = True) -> None:
    """Remember a value for this digest; failures only mean no cache."""
    directory = cache_dir()
    if directory is None:
        return
    try:
        from regiotrack.store.files import write_bytes_atomic

        directory.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(directory / f"{digest}.pickle", pickle.dumps((_key(digest, models), value), protocol=5))
    except (OSError, pickle.PicklingError):
        return


def _remove(entry: Path) -> None:
    with contextlib.suppress(OSError):
        entry.unlink()
