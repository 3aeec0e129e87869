"""A checksum at the head of every cache file, so that a damaged file is never used.

A cache file that someone else could have written is never read (``store.cache``), and one
that does not load is ignored. That leaves damage that still loads: a flipped bit in a
date or a title would be shown as if the plan said it. So each file starts with the SHA-256
of the rest, checked on every read; a file that does not match is treated as missing.

Large plan entries are read piece by piece as they are unpickled (:class:`SealedReader`), so
checking them never holds a whole entry in memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from regiotrack.store.files import sha256_hex, sha256_object

if TYPE_CHECKING:
    from io import BufferedReader
    from pathlib import Path

_MAGIC = b"regiotrack-sha256 "
HEADER = len(_MAGIC) + 64 + 1
"""Bytes before the payload: the magic word, the hex digest and a newline."""


def seal(payload: bytes) -> bytes:
    """The header for ``payload``: write it, then the payload."""
    return _MAGIC + sha256_hex(payload).encode("ascii") + b"\n"


def unsealed(raw: bytes) -> bytes | None:
    """The payload of a sealed file's bytes, or None when they are not sealed or do not match."""
    expected = _expected(raw[:HEADER])
    payload = raw[HEADER:]
    return payload if expected is not None and sha256_hex(payload) == expected else None


def is_sealed(path: Path) -> bool:
    """True when the file starts with a seal (it may still not match: only a read checks that)."""
    try:
        with open(path, "rb") as handle:
            return _expected(handle.read(HEADER)) is not None
    except OSError:
        return False


def _expected(header: bytes) -> str | None:
    if len(header) != HEADER or not header.startswith(_MAGIC) or not header.endswith(b"\n"):
        return None
    return header[len(_MAGIC) : -1].decode("ascii", "replace")


class SealedReader:
    """The payload of a sealed file as a file for ``pickle.load``, hashed as it is read.

    Use what was loaded only when :meth:`intact` is true afterwards.
    """

    def __init__(self, handle: BufferedReader, size: int) -> None:
        self._handle = handle
        self._expected = _expected(handle.read(HEADER))
        self._hash: Any = sha256_object(size - HEADER)

    @property
    def sealed(self) -> bool:
        """Whether the file starts with a seal at all: an entry of an older format does not, and
        need not be read to know it is of no use."""
        return self._expected is not None

    def read(self, size: int = -1) -> bytes:
        """Read and hash up to ``size`` bytes (all with -1)."""
        data = self._handle.read(size)
        self._hash.update(data)
        return data

    def readinto(self, buffer: Any) -> int:
        """Read into ``buffer`` and hash what was read."""
        count = self._handle.readinto(buffer)
        self._hash.update(memoryview(buffer)[:count])
        return count

    def readline(self, size: int = -1) -> bytes:
        """Read and hash one line."""
        line = self._handle.readline(size)
        self._hash.update(line)
        return line

    def intact(self) -> bool:
        """True when the whole payload (also what the reader left) matches the header's digest."""
        self.read()
        return self._expected is not None and self._hash.hexdigest() == self._expected
