"""Write a Plan back in its one canonical form, atomically, refusing stale files.

The canonical form is fixed: top-level keys, then the sections in the order of
``vocabulary.SECTIONS``, one ``[[block]]`` per item in the order of the file, keys in the
order of the model's fields, empty values left out. A status change is therefore a one- or
two-line diff.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel

from regiotrack.check.lineindex import LazyLineIndex
from regiotrack.errors import Problem, StaleFileError, UserError
from regiotrack.plan.model import Plan
from regiotrack.plan.vocabulary import SCHEMA_VERSION, SECTION_KEYS, SECTIONS
from regiotrack.store.files import sha256_hex, write_bytes_atomic
from regiotrack.store.locate import display_name
from regiotrack.store.reading import LoadedPlan


class Conflict(Protocol):
    """A field both sides of a merge changed differently (see ``history.merge.Conflict``)."""

    @property
    def section(self) -> str: ...
    @property
    def item_id(self) -> str: ...
    @property
    def key(self) -> str | None: ...
    @property
    def ours(self) -> Any: ...
    @property
    def theirs(self) -> Any: ...


def to_data(plan: Plan) -> dict[str, Any]:
    """The plan as the ordered dict that is written; empty values are left out."""
    data = plan.model_dump(by_alias=True, exclude_none=True)
    data["schema"] = SCHEMA_VERSION  # written in today's form, so the file says so (an older file migrates)
    return {key: _prune(value) for key, value in data.items() if not _empty(key, value)}


def _prune(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if not _empty(k, v)}
    if isinstance(value, (list, tuple)):
        return [_prune(v) for v in value]
    return value


def _empty(key: str, value: Any) -> bool:
    if key in SECTION_KEYS:
        return not value
    return value is False or (isinstance(value, (str, list, tuple)) and len(value) == 0)


def dumps(plan: Plan, crlf: bool = False) -> str:
    """The canonical TOML text of a plan."""
    return dumps_data(to_data(plan), crlf=crlf)


def dumps_data(data: dict[str, Any], conflicts: Sequence[Conflict] = (), crlf: bool = False) -> str:
    """Canonical TOML text of plan data; conflicting fields are written between git's markers.

    tomli-w encodes the values; the layout is ours, because tomli-w would write short
    arrays of tables inline at the top of the file instead of one ``[[block]]`` per item.
    """
    import tomli_w

    def encode(table: dict[str, Any]) -> str:
        return tomli_w.dumps(table, multiline_strings=True)

    by_item: dict[tuple[str, str], list[Conflict]] = {}
    for conflict in conflicts:
        by_item.setdefault((conflict.section, conflict.item_id), []).append(conflict)
    header = {k: v for k, v in data.items() if k not in SECTION_KEYS and not isinstance(v, dict)}
    tables = {k: v for k, v in data.items() if k not in SECTION_KEYS and isinstance(v, dict)}
    parts = [encode(header)] + [encode({name: table}) for name, table in tables.items()]
    for section in (s.key for s in SECTIONS):
        for item in data.get(section, ()):
            item_conflicts = by_item.get((section, str(item.get("id"))), [])
            parts.append(_block(section, item, item_conflicts, encode))
    text = "\n".join(parts)
    for conflict in by_item.get(("plan", "(plan)"), []):
        text += _markers(conflict, encode)
    return text.replace("\n", "\r\n") if crlf else text


def _block(
    section: str, item: dict[str, Any], conflicts: list[Conflict], encode: Callable[[dict[str, Any]], str]
) -> str:
    removal = next((c for c in conflicts if c.key is None), None)
    if removal is not None:  # one side removed the item, the other changed it: "hier" is ours
        block = f"[[{section}]]\n{encode(item)}"
        if removal.ours is not None:
            return f"<<<<<<< hier: gewijzigd\n{block}=======\n>>>>>>> daar: verwijderd\n"
        return f"<<<<<<< hier: verwijderd\n=======\n{block}>>>>>>> daar: gewijzigd\n"
    keys = {c.key for c in conflicts}
    kept = {k: v for k, v in item.items() if k not in keys}
    # the markers belong to the item's own keys: before any [[section.notities]] block
    return _item_body(section, kept, encode, "".join(_markers(c, encode) for c in conflicts))


def _is_log(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _item_body(section: str, item: dict[str, Any], encode: Callable[[dict[str, Any]], str], extra: str = "") -> str:
    """``[[section]]`` with the item's keys (and ``extra`` lines), then each entry of a list of
    tables (the note log) as its own ``[[section.key]]`` block: one entry per block, so adding
    one is a clean diff."""
    plain = {k: v for k, v in item.items() if not _is_log(v)}
    text = f"[[{section}]]\n" + encode(plain) + extra
    for key, entries in item.items():
        if _is_log(entries):
            text += "".join(f"\n[[{section}.{key}]]\n" + encode(entry) for entry in entries)
    return text


def _markers(conflict: Conflict, encode: Callable[[dict[str, Any]], str]) -> str:
    def side(value: Any) -> str:
        return encode({str(conflict.key): value}) if value is not None else ""

    return (
        f"<<<<<<< hier ({conflict.key})\n{side(conflict.ours)}=======\n{side(conflict.theirs)}"
        f">>>>>>> daar ({conflict.key})\n"
    )


def write_atomic(path: Path, text: str) -> None:
    """Replace the file with ``text`` (UTF-8, line ends as given); see :func:`write_bytes_atomic`."""
    write_bytes_atomic(path, text.encode("utf-8"))


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the plan file while it is checked and replaced."""
    try:
        import fcntl
    except ImportError:  # Windows: the digest check below still refuses stale edits
        yield
        return
    fd = os.open(os.path.realpath(path), os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def save_edit(loaded: LoadedPlan, edit: Callable[[Plan], Plan], content_clean: bool = False) -> LoadedPlan:
    """Apply ``edit`` to the plan and write it, unless the file changed since it was read.

    Returns the plan as now on disk. ``content_clean``: the caller checked that the new plan
    holds no resident data or control characters (``check.content``); if it also breaks no
    rule across items, the returned plan is marked ``checked`` with no warnings. Raises
    UserError when the plan is read-only or when someone else changed the file in the
    meantime (nothing is written then).
    """
    if loaded.readonly:
        raise UserError(
            "dit is het meegeleverde plan; dat kunt u bekijken maar niet wijzigen",
            "Maak een eigen planrepository met 'regiotrack init MAP' en werk daarin.",
        )
    file = display_name(loaded.path)
    if loaded.index.comment_lines:
        raise UserError(
            f"{file} bevat opmerkingen (#) op regel "
            f"{', '.join(map(str, loaded.index.comment_lines[:5]))}; regiotrack schrijft het bestand "
            "in vaste vorm en zou die opmerkingen kwijtraken",
            "Zet de tekst in een notitie of 'opmerking' en verwijder de #-regels; probeer het dan opnieuw.",
        )
    new_plan = edit(loaded.plan)
    cross = _refuse_new_errors(loaded.plan, new_plan, file, old_clean=loaded.checked and not loaded.warnings)
    with _locked(loaded.path):
        try:
            current = loaded.path.read_bytes()
        except FileNotFoundError:
            raise UserError(f"{file} is intussen verwijderd", "Zet het bestand terug en probeer opnieuw.") from None
        if sha256_hex(current) != loaded.digest:
            raise StaleFileError(
                f"{file} is gewijzigd sinds het werd ingelezen (door iemand anders of een git pull); "
                "uw wijziging is niet opgeslagen",
                "Lees het plan opnieuw in en voer de wijziging nog eens uit.",
            )
        raw = canonical_bytes(loaded, current, new_plan)
        write_bytes_atomic(loaded.path, raw)
    digest = sha256_hex(raw)
    from regiotrack.store import cache

    cache.mark_canonical(digest)
    return LoadedPlan(
        plan=new_plan,
        path=loaded.path,
        digest=digest,
        index=LazyLineIndex(raw),  # type: ignore[arg-type]  # scanned only if something needs a line
        readonly=False,
        crlf=loaded.crlf,
        canonical=True,
        checked=content_clean and not cross,
    )


def _refuse_new_errors(old: Plan, new: Plan, file: str, old_clean: bool) -> list[Problem]:
    """Refuse an edit that breaks a rule across items (a reference to nothing, a duplicate id,
    a meeting day outside its half-year) which the plan did not break before.

    Returns what the rules find in the new plan (without lines)."""
    from regiotrack.check.edited import edit_cross_check

    added, found = edit_cross_check(old, new, file, old_clean)
    if added:
        raise UserError(
            "deze wijziging is niet opgeslagen: " + "; ".join(p.format().split("\n")[0] for p in added),
            added[0].hint or "Verbeter de waarde en probeer het opnieuw.",
        )
    return found


def item_text(section: str, item: BaseModel) -> str:
    """One item as its canonical ``[[section]]`` block, e.g. to show what ``nieuw`` added."""
    import tomli_w

    from regiotrack.store.itemdata import item_data

    data = item_data(item)  # not model_dump: that would build pydantic's serialiser first (~30 ms)
    pruned = {k: _prune(v) for k, v in data.items() if not _empty(k, v)}
    return _item_body(section, pruned, lambda table: tomli_w.dumps(table, multiline_strings=True))


def canonical_bytes(loaded: LoadedPlan, current: bytes, new_plan: Plan) -> bytes:
    """The canonical file of ``new_plan`` (UTF-8); ``current`` holds the bytes ``loaded`` was read from.

    When those bytes are known to be canonical, only the blocks the edit touched are encoded
    (``splice``); the result is byte for byte what :func:`dumps` would write.
    """
    from regiotrack.store import cache, splice

    if loaded.canonical or cache.is_canonical(loaded.digest):
        spliced = splice.splice(current, loaded.plan, new_plan, loaded.crlf)
        if spliced is not None:
            return spliced
    return dumps(new_plan, loaded.crlf).encode("utf-8")
