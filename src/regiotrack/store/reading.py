"""Read a plan file into a Plan, with every problem at its file and line.

The TOML is parsed (``parsing``), checked (``regiotrack.check.validation``) and cached on its
content (``cache``). Messages from the TOML parser are translated into Dutch with a hint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from regiotrack.check.lineindex import LazyLineIndex, LineIndex
from regiotrack.check.validation import validate
from regiotrack.errors import PlanError, Problem
from regiotrack.plan.model import Plan
from regiotrack.plan.vocabulary import SECTION_KEYS
from regiotrack.store.files import decode, read_file, sha256_hex
from regiotrack.store.locate import display_name as display_name

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
    (
        "TOML nested too deep",
        "lijsten of tabellen staan te diep in elkaar",
        "Een plan heeft hooguit een paar niveaus; kies het juiste bestand of schrijf de waarde platter.",
    ),
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
    """Problems found while reading that did not stop it: warnings, and for an edit the errors
    of ``check.content`` (rule warnings come from ``rules.py``)."""
    readonly: bool = False
    """True for the plan bundled with regiotrack: look, do not edit."""
    crlf: bool = False
    """The file uses Windows line ends; they are kept on write."""
    canonical: bool = False
    """The bytes are known to be exactly what regiotrack writes (an edit may then rewrite single blocks)."""
    checked: bool = False
    """``warnings`` is exactly what a fresh read of the file finds (cross-item rules and content),
    so that a save can check only what it changed and the cache need not check again."""


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
    from regiotrack.store import parsing as tomlread  # here: a plan read from the cache needs no TOML parser

    try:
        data = tomlread.loads(text)
    except tomlread.DecodeError as err:
        raise PlanError([syntax_problem(str(err), text, index, file)]) from err
    plan, problems = validate(data, index, file)
    if plan is None:
        raise PlanError(problems)
    return plan, index, problems


def syntax_problem(english: str, text: str, index: LineIndex, file: str) -> Problem:
    """The parser's (English) complaint about TOML text as a Dutch problem with line, item and field."""
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
    elif path and len(path) == 1 and path[0] not in SECTION_KEYS:
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


def read_plan(path: Path, readonly: bool = False, for_edit: bool = False) -> LoadedPlan:
    """Read and validate a plan file; raise PlanError (problems) or UserError (cannot read).

    ``for_edit``: resident data or control characters already in the plan do not stop the
    read, so that the edit that removes them can be made (``saving`` checks the new values).
    """
    return load_bytes(read_file(path), path, readonly, for_edit)


def load_bytes(raw: bytes, path: Path, readonly: bool = False, for_edit: bool = False) -> LoadedPlan:
    """Validate the bytes of a plan file that lives (or will live) at ``path`` (cached on content)."""
    from regiotrack.store import cache as plancache

    file = display_name(path)
    digest = sha256_hex(raw)
    cached = plancache.lookup(digest)
    if cached is not None:
        # These very bytes were decoded and validated before; not decoding them again spares a
        # copy of the text (65 MB for a plan of 100,000 items) at the moment memory peaks.
        plan, problems = cached
        index: LineIndex = LazyLineIndex(raw)  # type: ignore[assignment]
    else:
        plan, index, problems = parse_text(decode(raw, file), file)
        plancache.store(digest, (plan, problems))
        if isinstance(index, LazyLineIndex) and "index" not in vars(index):
            index = LazyLineIndex(raw)  # type: ignore[assignment]  # the bytes: half the memory of the text
    if not for_edit and any(p.severity == "fout" for p in problems):
        raise PlanError(problems)  # only content errors get here (see check.content)
    return LoadedPlan(
        plan=plan,
        path=path,
        digest=digest,
        index=index,
        warnings=tuple(problems),
        readonly=readonly,
        crlf=b"\r\n" in raw,
        checked=True,
    )


def remember(loaded: LoadedPlan) -> None:
    """Put a plan just written into the plan cache, so that the next command need not parse it.

    Its problems are derived the way reading derives them (``validation.plan_problems``), so a
    cached plan reports exactly what a fresh read would; a plan with errors is not cached.
    """
    from regiotrack.check.validation import plan_problems
    from regiotrack.store import cache as plancache

    index: LineIndex = loaded.index
    # A save that knows the new plan's problems (see saving) spares the scan of every text.
    problems = list(loaded.warnings) if loaded.checked else plan_problems(loaded.plan, index, display_name(loaded.path))
    if not any(p.severity == "fout" for p in problems):
        plancache.store(loaded.digest, (loaded.plan, problems))


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
