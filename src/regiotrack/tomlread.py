"""Parsing TOML text: the compiled ``tomli`` wheel when installed, else the standard library.

``tomli`` is the project ``tomllib`` was taken from, with the same API and messages; its
mypyc-compiled wheel parses a large plan about three times faster (see bench/README.md).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from typing import Any

loads: Callable[[str], dict[str, Any]]
DecodeError: tuple[type[ValueError], ...]
try:
    import tomli as _tomli
except ImportError:  # pragma: no cover - the fallback when the wheel is absent
    loads = tomllib.loads
    DecodeError = (tomllib.TOMLDecodeError,)
else:
    loads = _tomli.loads
    DecodeError = (tomllib.TOMLDecodeError, _tomli.TOMLDecodeError)
