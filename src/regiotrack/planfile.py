"""Read a plan file into a Plan with file:line problems; write a Plan back canonically and atomically.

Nothing else in regiotrack touches TOML text. The canonical form is fixed: top-level keys,
then the sections in the order of ``model.SECTIONS``, one ``[[block]]`` per item in the
order of the file, keys in the order of the model's fields, empty values left out. A status
change is therefore a one- or two-line diff.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import tomlread
from .lineindex import LazyLineIndex, LineIndex
from .locate import display_name as display_name
from .merge import Conflict
from .model import Plan
from .problems import PlanError, Problem, UserError
from .sections import SECTIONS
from .tomltext import decode, read_file, write_bytes_atomic
from .validation import validate

_TOML_MESSAGES = (
    ("Invalid date or datetime", "onmogelijke datum of tijd", "Controleer dag en maand, zoals 2026-02-28."),
    (
        "Expected newline or end of document after a statement",
        "onverwachte tekens na een waarde",
        "Zet tekst tussen aanhalingstekens en schrijf één sleutel per regel.",
    ),
    ("Unterminated string", "tekst zonder afsluitend aanhalingsteken", 'Sluit de tekst af met ".'),
    ("Cannot declare", "deze tabel staat twee keer in het bestand", "Voeg de twee tabellen samen of verwijder er één."),
    ("Cannot overwrite a value", "een sleutel komt twee keer voor", "Verwijder een van de twee regels."),
    ("Cannot mutate", "een sleutel komt twee keer voor", "Verwijder een van de twee regels."),
    ("Expected '=' after a key", "na een sleutel hoort '='", "Schrijf: sleutel = waarde."),
    ("Invalid statement", "deze regel is geen sleutel = waarde en geen [tabel]", "Verbeter of verwijder de regel."),
    ("Unclosed array", "lijst zonder afsluitend ']'", "Sluit de lijst af met ]."),
    ("Unclosed inline table", "tabel zonder afsluitend '}'", "Sluit de tabel af met }."),
    ("Illegal character", "verboden (stuur)teken in tekst", "Verwijder het teken; gebruik \\n voor een nieuwe regel."),
    ("Invalid value", "ongeldige waarde", 'Zet tekst tussen aanhalingstekens: "…".'),
    ("Invalid initial character for a key part", "ongeldige sleutel", "Gebruik letters, cijfers en _ in sleutels."),
    ("Found invalid character", "ongeldig teken", "Verwijder het teken."),
)
_DATE_SHAPE = re.compile(r"(?<![\d\"'])(\d{4}-\d{2}-\d{2})(?![\d\"'])")
_AT = re.compile(r"\(at line (\d+), column (\d+)\)|\(at end of document\)")


@dataclass(frozen=True)
class LoadedPlan:
    """A plan together with where it came from and what it looked like on disk."""

    plan: Plan
    """The validated plan."""
    path: Path
    """The file it was read from."""
    digest: str
    """SHA-256 of the bytes read; an edit is refused if the file no longer has it."""
    index: LineIndex
    """Line positions, for messages."""
    warnings: tuple[Problem, ...] = ()
    """Non-fatal problems found while reading (rule warnings come from ``rules.py``)."""
    readonly: bool = False
    """True for the plan bundled with regiotrack: look, do not edit."""
    crlf: bool = False
    """The file uses Windows line ends; they are kept on write."""


def parse_text(text: str, file: str) -> tuple[Plan, LineIndex, list[Problem]]:
    """TOML text -> validated Plan; raise PlanError listing every problem."""
    index: LineIndex = LazyLineIndex(text)  # type: ignore[assignment]  # scanned only if something is wrong
    if conflicts := conflict_problems(text, file):
        raise PlanError(conflicts)
    if not text.strip():
        raise PlanError(
            [
                Problem(
                    "het bestand is leeg",
                    "Begin met id, titel, regio, gemeenten en [looptijd]; zie plans/2025-2029.toml.",
                    file,
                    1,
                )
            ]
        )
    try:
        data = tomlread.loads(text)
    except tomlread.DecodeError as err:
        raise PlanError([_syntax_problem(str(err), text, index, file)]) from err
    plan, problems = validate(data, index, file)
    if plan is None:
        raise PlanError(problems)
    return plan, index, problems


def _syntax_problem(english: str, text: str, index: LineIndex, file: str) -> Problem:
    match = _AT.search(english)
    line = int(match.group(1)) if match and match.group(1) else None
    message, hint = "de TOML-opmaak klopt niet", "Vergelijk met een geldig blok in plans/2025-2029.toml."
    for prefix, dutch, advice in _TOML_MESSAGES:
        if english.startswith(prefix):
            message, hint = dutch, advice
            break
    if english.startswith("Illegal character '\\n'"):
        message, hint = "tekst zonder afsluitend aanhalingsteken", 'Sluit de tekst op dezelfde regel af met ".'
    if english.startswith(("Cannot overwrite", "Cannot mutate")) and index.duplicate_keys:
        key_path, first, line = index.duplicate_keys[0]
        message = f"sleutel '{key_path[-1]}' komt twee keer voor (eerst op regel {first})"
    if line is None and index.lines:
        line = max(index.lines.values())
    if line is not None and _has_control_character(text, line):
        message, hint = "verboden (stuur)teken op deze regel", "Verwijder het onzichtbare teken (typ de regel opnieuw)."
    elif line is not None and (bad := _impossible_date(text, line)):
        message, hint = f"datum {bad} bestaat niet", "Controleer dag en maand, zoals 2026-02-28."
    # A redeclared table's header is not indexed (only its first one is); do not pin it on a block.
    path = index.path_at(line) if line and not english.startswith("Cannot declare") else None
    item: str | None = None
    field: str | None = None
    if path and len(path) >= 2 and path[1].isdigit():
        item = index.ids.get(path[:2], f"{path[0]} nr. {int(path[1]) + 1}")
        field = path[2] if len(path) > 2 else None
    elif path and len(path) == 1 and path[0] not in SECTIONS:
        field = path[0]
    return Problem(message, hint, file, line, item, field)


def _has_control_character(text: str, line: int) -> bool:
    lines = text.splitlines()
    return 0 < line <= len(lines) and any(ord(c) < 32 and c != "\t" for c in lines[line - 1])


def _impossible_date(text: str, line: int) -> str | None:
    """A date-shaped value on the line that the calendar does not have (2026-13-01)."""
    from datetime import date

    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return None
    candidate: str
    for candidate in _DATE_SHAPE.findall(lines[line - 1]):
        try:
            date.fromisoformat(candidate)
        except ValueError:
            return candidate
    return None


def read_plan(path: Path, readonly: bool = False) -> LoadedPlan:
    """Read and validate a plan file; raise PlanError (problems) or UserError (cannot read)."""
    return load_bytes(read_file(path), path, readonly)


def load_bytes(raw: bytes, path: Path, readonly: bool = False) -> LoadedPlan:
    """Validate the bytes of a plan file that lives (or will live) at ``path`` (cached on content)."""
    from . import plancache

    file = display_name(path)
    digest = hashlib.sha256(raw).hexdigest()
    text = decode(raw, file)
    cached = plancache.lookup(digest)
    if cached is not None:
        plan, problems = cached
        index: LineIndex = LazyLineIndex(text)  # type: ignore[assignment]
    else:
        plan, index, problems = parse_text(text, file)
        plancache.store(digest, (plan, problems))
    return LoadedPlan(
        plan=plan,
        path=path,
        digest=digest,
        index=index,
        warnings=tuple(problems),
        readonly=readonly,
        crlf="\r\n" in text,
    )


# ---------------------------------------------------------------------------- writing


def to_data(plan: Plan) -> dict[str, Any]:
    """The plan as the ordered dict that is written; empty values are left out."""
    data = plan.model_dump(by_alias=True, exclude_none=True)
    return {key: _prune(value) for key, value in data.items() if not _empty(key, value)}


def _prune(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if not _empty(k, v)}
    if isinstance(value, (list, tuple)):
        return [_prune(v) for v in value]
    return value


def _empty(key: str, value: Any) -> bool:
    if key in SECTIONS:
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
    header = {k: v for k, v in data.items() if k not in SECTIONS and not isinstance(v, dict)}
    tables = {k: v for k, v in data.items() if k not in SECTIONS and isinstance(v, dict)}
    parts = [encode(header)] + [encode({name: table}) for name, table in tables.items()]
    for section in SECTIONS:
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
    if any(c.key is None for c in conflicts):
        return (
            f"<<<<<<< hier: gewijzigd\n[[{section}]]\n{encode(item)}=======\n>>>>>>> daar: verwijderd (of andersom)\n"
        )
    keys = {c.key for c in conflicts}
    text = f"[[{section}]]\n" + encode({k: v for k, v in item.items() if k not in keys})
    return text + "".join(_markers(c, encode) for c in conflicts)


def _markers(conflict: Conflict, encode: Callable[[dict[str, Any]], str]) -> str:
    def side(value: Any) -> str:
        return encode({str(conflict.key): value}) if value is not None else ""

    return (
        f"<<<<<<< hier ({conflict.key})\n{side(conflict.ours)}=======\n{side(conflict.theirs)}"
        f">>>>>>> daar ({conflict.key})\n"
    )


_MARKER = re.compile(r"^(<{7}|={7}|>{7})( |$)")


def conflict_problems(text: str, file: str) -> list[Problem]:
    """Unresolved merge conflicts (git's <<<<<<< markers), one problem per conflict."""
    problems: list[Problem] = []
    if "<<<<<<<" not in text:
        return problems
    start: int | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        match = _MARKER.match(line)
        if not match:
            continue
        if match.group(1).startswith("<"):
            start = number
        elif match.group(1).startswith(">") and start is not None:
            problems.append(
                Problem(
                    f"onopgelost mergeconflict (regel {start} tot en met {number})",
                    "Kies één van beide versies en verwijder de regels met <<<<<<<, ======= en >>>>>>>.",
                    file,
                    start,
                )
            )
            start = None
    return problems


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


def save_edit(loaded: LoadedPlan, edit: Callable[[Plan], Plan]) -> LoadedPlan:
    """Apply ``edit`` to the plan and write it, unless the file changed since it was read.

    Returns the plan as now on disk. Raises UserError when the plan is read-only or when
    someone else changed the file in the meantime (nothing is written then).
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
            "Zet de tekst in een veld 'notitie' of 'opmerking' en verwijder de #-regels; probeer het dan opnieuw.",
        )
    new_plan = edit(loaded.plan)
    with _locked(loaded.path):
        try:
            current = loaded.path.read_bytes()
        except FileNotFoundError:
            raise UserError(f"{file} is intussen verwijderd", "Zet het bestand terug en probeer opnieuw.") from None
        if hashlib.sha256(current).hexdigest() != loaded.digest:
            raise UserError(
                f"{file} is gewijzigd sinds het werd ingelezen (door iemand anders of een git pull); "
                "uw wijziging is niet opgeslagen",
                "Lees het plan opnieuw in en voer de wijziging nog eens uit.",
            )
        text = dumps(new_plan, loaded.crlf)
        write_atomic(loaded.path, text)
    raw = text.encode("utf-8")
    return LoadedPlan(
        plan=new_plan,
        path=loaded.path,
        digest=hashlib.sha256(raw).hexdigest(),
        index=LazyLineIndex(text),  # type: ignore[arg-type]  # scanned only if something needs a line
        readonly=False,
        crlf=loaded.crlf,
    )
