"""Reading consecutive revisions of a plan, reusing everything an edit left alone.

Most commits change one block. Parsing each revision from scratch, even with a cache of
parsed blocks, still rebuilds every section list and every id index, and the diff then walks
every section. :class:`RevisionReader` compares the new revision's blocks with the previous
revision's and, when only blocks changed in place (same section, same id), builds the new
data from the previous one: unchanged sections are the very same list and index objects,
so ``diff`` skips them by identity. Anything else (blocks added, removed or moved, an id
changed, a block holding more than one item) is read in full, as before.
"""

from __future__ import annotations

from typing import Any

from regiotrack.history.diff import Index, index_items
from regiotrack.store import parsing as tomlread
from regiotrack.store.parsing import BLOCK_START, parse_blocks, split_blocks

_SEPARATOR = "\n[["


class RevisionReader:
    """Parse revision after revision; ``read`` returns (data, index) like ``parse_data`` + ``index_items``."""

    def __init__(self, cache: dict[str, Any] | None = None) -> None:
        self.cache: dict[str, Any] = cache if cache is not None else {}
        self._text: str | None = None
        self._slots: list[tuple[str, int]] | None = None  # per block: (section, position in its list)
        self._data: dict[str, Any] = {}
        self._index: Index = {}

    def read(self, text: str) -> tuple[dict[str, Any], Index]:
        """The data and id index of one revision; raises one of ``parsing.DecodeError``."""
        quick = self._reuse(text)
        if quick is not None:
            data, index = quick
        else:
            data, tables = parse_blocks(text, self.cache)
            index = index_items(data)
            self._slots = None if tables is None else _slots_of(data, tables)
        self._text, self._data, self._index = text, data, index
        return data, index

    def _changed_blocks(self, text: str) -> list[tuple[int, str]] | None:
        """(block number, new block text) of the blocks that differ from the previous revision's,
        when the blocks only changed in place; found without splitting the whole text."""
        previous = self._text
        if previous is None or self._slots is None:
            return None
        if previous == text:
            return []
        same_start = _common_prefix(previous, text)
        same_end = min(_common_suffix(previous, text), min(len(previous), len(text)) - same_start)
        start = _block_before(text, previous, same_start)
        if start < 0:
            return None  # the head changed
        following = BLOCK_START.search(text, len(text) - same_end)
        end = len(text) if following is None else following.start()
        previous_end = end - len(text) + len(previous)
        new_blocks = split_blocks(text[start:end])[1:]
        old_blocks = split_blocks(previous[start:previous_end])[1:]
        if len(new_blocks) != len(old_blocks):
            return None  # blocks added or removed
        first = len(BLOCK_START.findall(text, 0, start))  # blocks before the region (the head is not one)
        return [(first + n, new) for n, (old, new) in enumerate(zip(old_blocks, new_blocks, strict=True)) if old != new]

    def _reuse(self, text: str) -> tuple[dict[str, Any], Index] | None:
        slots = self._slots
        changed = self._changed_blocks(text)
        if changed is None or slots is None:
            return None
        data = dict(self._data)
        index = dict(self._index)
        copied: set[str] = set()
        for number, block in changed:
            if number >= len(slots):
                return None
            section, position = slots[number]
            key = "[[" + block
            try:
                parsed = self.cache.get(key)
                if parsed is None:
                    parsed = tomlread.loads(key)
                    self.cache[key] = parsed
            except tomlread.DecodeError:
                return None
            items = parsed.get(section) if isinstance(parsed, dict) and len(parsed) == 1 else None
            if not isinstance(items, list) or len(items) != 1 or not isinstance(items[0], dict):
                return None
            old, new = data[section][position], items[0]
            if not isinstance(old, dict) or not isinstance(new.get("id"), str) or new.get("id") != old.get("id"):
                return None  # an id changed: the index order would change; read in full
            if index[section].get(new["id"]) is not old:
                return None  # the same id twice in the section: leave it to the full read
            if section not in copied:
                data[section] = list(data[section])
                index[section] = dict(index[section])
                copied.add(section)
            data[section][position] = new
            index[section][new["id"]] = new
        return data, index


def _slots_of(data: dict[str, Any], tables: list[dict[str, Any]]) -> list[tuple[str, int]] | None:
    """Where each block's item sits in the data (``tables``: each block's parsed table, in file
    order), when every block holds exactly one item of a section the head does not also set."""
    slots: list[tuple[str, int]] = []
    seen: dict[str, int] = {}
    for parsed in tables:
        # A block parsed earlier by _reuse reaches the cache unchecked: it may hold other tables.
        if len(parsed) != 1:
            return None
        ((section, items),) = parsed.items()
        if not isinstance(items, list) or len(items) != 1:
            return None
        position = seen.get(section, 0)
        slots.append((section, position))
        seen[section] = position + 1
    if any(len(data[section]) != count for section, count in seen.items()):
        return None  # the head also holds items of a section: positions would be off
    return slots


def _block_before(text: str, previous: str, position: int) -> int:
    """Where the last block starting before ``position`` starts in both texts (-1: none).

    Both texts agree up to ``position``, but a header may be cut there: '[[afspraak' can go on
    as '[[afspraak]]' in one and '[[afspraak.notities]]' (part of the item above) in the other.
    """
    start = text.rfind(_SEPARATOR, 0, position)
    while start >= 0 and not (BLOCK_START.match(text, start) and BLOCK_START.match(previous, start)):
        start = text.rfind(_SEPARATOR, 0, start)  # a nested block: its item starts further up
    return start


def _common_prefix(a: str, b: str) -> int:
    """Length of the common start of two texts, by halving (each step one C-speed comparison)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str) -> int:
    """Length of the common end of two texts."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle : len(a) - low] == b[len(b) - middle : len(b) - low]:
            low = middle
        else:
            high = middle - 1
    return low
