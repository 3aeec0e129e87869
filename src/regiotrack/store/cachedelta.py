"""Cache entries for an edited plan that hold only what the edit changed.

An edit keeps every untouched item as the very same object (``plan.replaced``). Pickling the
whole new plan for the cache cost more than the edit itself (50 ms at 10,000 items, over a
second at 100,000, and a new full entry on disk for every edit). So the cache remembers the
last whole entry this process loaded or stored (the *base*); the plan after an edit is
pickled with every item that is still the base's own object written as a reference to it
(pickle's ``persistent_id``). Loading such an entry loads the base and puts its items back
in place: the same plan, object for object equal to what was pickled.

When many items differ from the base (a new file from git, a large edit), a whole entry is
written instead and becomes the base.
"""

from __future__ import annotations

import io
import pickle
from collections.abc import Callable, Sequence
from itertools import chain, count
from typing import Any, NamedTuple


class Delta(NamedTuple):
    """What a delta entry holds in place of the value: its base entry and the pickled rest."""

    base: str
    """The digest of the whole entry the references point into."""
    data: bytes
    """The value pickled with references (indexes into :func:`parts` of the base)."""


class _Base(NamedTuple):
    digest: str
    value: Any  # kept alive, so that the ids below stay its objects' ids
    ids: dict[int, int]  # filled on the first delta: a command that only reads needs none


_base: list[_Base] = []
"""At most one: the whole entry this process loaded or stored last."""


def parts(value: Any) -> list[Any]:
    """The objects of a cached ``(plan, problems)`` value a delta may point to: the items of
    every section, in the plan's field order (the same order after unpickling)."""
    plan = value[0]
    sections = (getattr(plan, name) for name in type(plan).model_fields)
    return list(chain.from_iterable(items for items in sections if isinstance(items, tuple)))


def remember_base(digest: str, value: Any) -> None:
    """``value`` is the whole entry for ``digest``: later deltas point into it."""
    _base[:] = [_Base(digest, value, {})]


def delta_for(value: Any, whole_entry_exists: Callable[[str], bool]) -> Delta | None:
    """The value as a delta on the current base, or None when a whole entry is better.

    ``whole_entry_exists(digest)``: the base's entry is still in the cache directory.
    """
    if not _base:
        return None
    base = _base[0]
    if not base.ids:  # at C speed, as below: 100,000 items
        base.ids.update(zip(map(id, parts(base.value)), count()))
    items = parts(value)
    changed = len(items) - sum(map(base.ids.__contains__, map(id, items)))
    few = changed <= max(_MIN_CHANGED, len(base.ids) // 20) and changed <= len(items) - changed
    if not few or not whole_entry_exists(base.digest):
        return None
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    ids = base.ids
    pickler.persistent_id = lambda obj: ids.get(id(obj))  # type: ignore[method-assign]
    pickler.dump(value)
    return Delta(base.digest, buffer.getvalue())


_MIN_CHANGED = 200
"""Up to this many changed items (or a twentieth of the base, and never more than half the
plan) an edit is stored as a delta."""


def resolve(delta: Delta, base_value: Any) -> Any:
    """The value a delta entry holds, its references taken from the base's value."""
    found: Sequence[Any] = parts(base_value)
    unpickler = pickle.Unpickler(io.BytesIO(delta.data))
    unpickler.persistent_load = found.__getitem__  # type: ignore[method-assign]
    return unpickler.load()
