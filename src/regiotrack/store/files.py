"""Bytes on disk: reading a plan file, decoding it, and replacing a file atomically.

No pydantic and no TOML here, so that every path (history, merges, caches) can use it.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path
from typing import Any

from regiotrack.errors import PlanError, Problem, UserError


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` in hex: the digest that names a plan version in caches and edits."""
    hasher = sha256_object(len(data))
    hasher.update(data)
    return str(hasher.hexdigest())


def sha256_object(size: int) -> Any:
    """A SHA-256 object for hashing ``size`` bytes, from the implementation fastest for that size.

    Small data: CPython's own SHA-256 module, because ``hashlib`` loads OpenSSL, which costs
    more start-up time (about 2 ms) than a whole ``regiotrack lijst`` should. Large data:
    OpenSSL's, which uses the processor's SHA instructions (about five times as fast: 2 ms
    instead of 10 ms for a plan of 10,000 items). The digest is the same either way.
    """
    if size >= _OPENSSL_FROM:
        import hashlib

        return hashlib.sha256()
    try:
        from _sha256 import sha256  # type: ignore[import-not-found]  # CPython 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found]  # CPython 3.12+
        except ImportError:
            from hashlib import sha256
    return sha256()


_OPENSSL_FROM = 256 * 1024
"""From this many bytes on, hashing with OpenSSL saves more than loading it costs."""


def decode(raw: bytes, file: str) -> str:
    """Bytes -> text, refusing what is not UTF-8 with a message that says what to do."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PlanError([Problem("het bestand is UTF-16-tekst", "Sla het op als UTF-8 (zonder BOM).", file, 1)])
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw:
        raise PlanError(
            [
                Problem(
                    "het bestand is geen tekst (het bevat nul-bytes)",
                    "Kies het juiste planbestand (een .toml-tekstbestand).",
                    file,
                    1,
                )
            ]
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise PlanError(
            [
                Problem(
                    "het bestand is geen geldige UTF-8-tekst",
                    "Sla het op als UTF-8 (in Kladblok: Opslaan als → Codering: UTF-8).",
                    file,
                    line,
                )
            ]
        ) from None


def write_bytes_atomic(
    path: Path, data: bytes | tuple[bytes, ...], mode: int | None = None, durable: bool = True
) -> None:
    """Replace the file with ``data`` (or its pieces, one after the other) so that a crash leaves
    either the old or the new file.

    Writes a temporary file in the same directory, flushes and fsyncs it, keeps the old
    file's permissions (or sets ``mode``), and renames it over the target (a symlinked plan
    is followed). ``durable=False`` skips the fsyncs: for cache files, which may be lost in
    a crash (a damaged entry is never trusted) but must never be seen half-written.
    """
    target = Path(os.path.realpath(path))
    if mode is None:
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o644
    fd, tmp_name = _temporary(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            for piece in (data,) if isinstance(data, bytes) else data:  # pieces: no copy of a large entry
                handle.write(piece)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    if durable:
        _fsync_dir(target.parent)


def _temporary(target: Path) -> tuple[int, str]:
    """A new file beside ``target`` only this process can have made (as ``tempfile.mkstemp``,
    whose import with ``shutil`` costs every edit a few milliseconds)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _attempt in range(100):
        name = os.path.join(target.parent, f".{target.name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(name, flags, 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


MAX_PLAN_BYTES = 512 * 1024 * 1024
"""A plan file larger than this is refused before it is read (a plan of 100,000 items is about 40 MB)."""


def read_file(path: Path) -> bytes:
    """The bytes of a plan file, or a UserError that says why it cannot be read.

    Only a regular file is read: a FIFO, a device such as /dev/zero or a socket is refused
    before any byte is read (opened without blocking, checked with fstat), and so is a file
    larger than MAX_PLAN_BYTES.
    """
    import stat

    from regiotrack.store.locate import display_name

    file = display_name(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise UserError(f"planbestand '{file}' bestaat niet", "Geef een bestaand bestand met --plan.") from None
    except IsADirectoryError:
        raise UserError(f"'{file}' is een map, geen planbestand", "Geef een .toml-bestand met --plan.") from None
    except PermissionError:
        raise UserError(f"geen leesrechten op '{file}'", "Vraag leesrechten of kopieer het bestand.") from None
    info = os.fstat(fd)
    if stat.S_ISDIR(info.st_mode):  # a folder opens read-only, but os.fdopen would refuse it
        os.close(fd)
        raise UserError(f"'{file}' is een map, geen planbestand", "Geef een .toml-bestand met --plan.")
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(info.st_mode):
            raise UserError(
                f"'{file}' is geen gewoon bestand (maar een apparaat, pijp of socket)",
                "Geef het .toml-bestand van het plan met --plan.",
            )
        if info.st_size > MAX_PLAN_BYTES:
            raise UserError(
                f"'{file}' is te groot voor een plan ({info.st_size // 1_000_000} MB)",
                "Kies het juiste planbestand.",
            )
        data = handle.read(MAX_PLAN_BYTES + 1)
    if len(data) > MAX_PLAN_BYTES:  # grew while being read
        raise UserError(f"'{file}' is te groot voor een plan", "Kies het juiste planbestand.")
    return data
