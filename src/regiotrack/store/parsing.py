"""Parsing TOML text: the compiled ``tomli`` wheel when installed, else the standard library.

``tomli`` is the project ``tomllib`` was taken from, with the same API and messages; its
mypyc-compiled wheel parses a large plan about three times faster (see bench/README.md).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from typing import Any


class NestingError(ValueError):
    """The TOML text nests arrays or tables deeper than the parser goes (a RecursionError there)."""


_loads: Callable[[str], dict[str, Any]]
DecodeError: tuple[type[ValueError], ...]
try:
    import tomli as _tomli
except ImportError:  # pragma: no cover - the fallback when the wheel is absent
    _loads = tomllib.loads
    DecodeError = (tomllib.TOMLDecodeError, NestingError)
else:
    _loads = _tomli.loads
    DecodeError = (tomllib.TOMLDecodeError, _tomli.TOMLDecodeError, NestingError)


def loads(text: str) -> dict[str, Any]:
    """Parse TOML text; raises one of ``DecodeError``, also for nesting too deep to parse."""
    try:
        return _loads(text)
    except RecursionError:
        raise NestingError("TOML nested too deep") from None


BLOCK_START = re.compile(r"\n\[\[(?=[^\]\n.]*\]\])")
"""Where a top-level ``[[section]]`` block starts; a nested ``[[section.notities]]`` block (an
entry of the item's note log) belongs to the item above it and starts no block of its own."""


def split_blocks(text: str) -> list[str]:
    """The text before the first block, then each block without its leading "\n[[" (as
    ``text.split("\n[[")`` would give them, but keeping nested blocks with their item)."""
    return BLOCK_START.split(text)


def parse_data(text: str, cache: dict[str, Any] | None = None) -> dict[str, Any]:
    """Plan data from TOML text without validation, reusing parsed blocks from ``cache``.

    Consecutive revisions share almost all of their ``[[blocks]]``; parsing each distinct
    block once makes reading hundreds of revisions cheap. Falls back to one whole parse for
    files whose layout is not block by block. Raises one of ``DecodeError``.
    """
    if cache is None:
        return loads(text)
    return parse_blocks(text, cache)[0]


def parse_blocks(text: str, cache: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]] | None]:
    """:func:`parse_data` with a cache, and the parsed table of every block in file order (each
    ``{section: [item, …]}``); None instead of the list when the text had to be parsed whole."""
    head, *blocks = split_blocks(text)
    chunks = [head] + ["[[" + block for block in blocks]
    data: dict[str, Any] = {}
    tables: list[dict[str, Any]] = []
    owned: set[str] = set()  # sections whose list in ``data`` was made here, not taken from the cache
    for number, chunk in enumerate(chunks):
        parsed = cache.get(chunk)
        if parsed is None:
            try:
                parsed = loads(chunk)
            except DecodeError:
                return loads(text), None
            cache[chunk] = parsed
        # Checked on every use: a block can come from the cache unchecked (history's incremental
        # reader parses changed blocks on its own), and one holding another table (a '[tabel]'
        # after the item) cannot be put together block by block.
        if number > 0 and (len(parsed) != 1 or not all(isinstance(v, list) for v in parsed.values())):
            return loads(text), None
        if number > 0:
            tables.append(parsed)
        for key, value in parsed.items():
            if number == 0:
                data[key] = value
            elif key in owned:
                data[key].extend(value)
            elif key in data:
                # The head holds this section too (a file that starts with a block): extending
                # its list would change the cached head; TOML decides what that file means.
                return loads(text), None
            else:
                data[key] = list(value)
                owned.add(key)
    return data, tables
