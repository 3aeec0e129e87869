"""git's merge driver for plan files: merge per item and field, or fall back to git's text merge.

git runs ``regiotrack samenvoegen %O %A %B %P``; the result goes into %A ("hier", ours).
Per item and field when all three versions are plain plan data. git's own line merge
(``git merge-file``) when the field merge would lose something: ``#`` comments (the canonical
writer has no place for them) or a file the TOML reader cannot take (too deeply nested, not
TOML); the reason is said on stderr. A byte-order mark and Windows line ends of "hier" are
kept. The result is checked like every edit (``check.content``) before it is written.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from regiotrack.errors import PlanError
from regiotrack.history.merge import merge
from regiotrack.store import parsing as tomlread
from regiotrack.store.files import decode

BOM = b"\xef\xbb\xbf"


@dataclass
class DriverResult:
    """Exit code for git (0 merged, 1 conflicts or refused) and the lines for stderr."""

    code: int
    messages: list[str] = field(default_factory=list)


def run_driver(base: Path, ours: Path, theirs: Path, name: str) -> DriverResult:
    """Merge ``base``/``ours``/``theirs`` of plan file ``name`` into ``ours``."""
    files = {"basis": base, "hier": ours, "daar": theirs}
    raw: dict[str, bytes] = {}
    for role, file in files.items():
        try:
            raw[role] = file.read_bytes()
        except OSError as err:
            return DriverResult(
                1, [f"{name} ({role}) is niet te lezen ({err.strerror}); los dit conflict met de hand op."]
            )
    texts, data = {}, {}
    unreadable: tuple[type[Exception], ...] = (PlanError, *tomlread.DecodeError)
    for role in files:
        try:
            texts[role] = decode(raw[role], name)
            data[role] = tomlread.loads(texts[role]) if texts[role].strip() else {}
        except (RecursionError, tomlread.NestingError):
            return _text_merge(
                files, name, f"{role}: lijsten of tabellen staan te diep in elkaar voor de samenvoeging per veld"
            )
        except unreadable:
            return _text_merge(files, name, f"{role}: geen geldige TOML, dus geen samenvoeging per veld")
    commented = [role for role in files if _has_comments(texts[role])]
    if commented:
        return _text_merge(
            files, name, f"opmerkingen (#) in {', '.join(commented)}; die zou de samenvoeging per veld kwijtraken"
        )
    return _field_merge(files, data, raw["hier"], name)


def _has_comments(text: str) -> bool:
    from regiotrack.check.lineindex import LazyLineIndex

    return bool(LazyLineIndex(text).comment_lines)


def _field_merge(files: dict[str, Path], data: dict[str, Any], ours_raw: bytes, name: str) -> DriverResult:
    from regiotrack.store.reading import parse_text
    from regiotrack.store.writing import dumps_data

    merged, conflicts = merge(data["basis"], data["hier"], data["daar"])
    text = dumps_data(merged, conflicts, crlf=b"\r\n" in ours_raw)
    if not conflicts:
        try:
            plan, _, _ = parse_text(text, name)
        except PlanError as err:
            _write(files["hier"], text, ours_raw)
            return DriverResult(1, [f"samengevoegd, maar het resultaat klopt niet:\n{err.format()}"])
        refused = _content_refusals(plan, data["hier"], name)
        if refused:
            return DriverResult(1, refused)
    elif (theirs := _validated(data["daar"])) is not None:
        # Conflict markers would put their values in the file too: check what they bring.
        refused = _content_refusals(theirs, data["hier"], name)
        if refused:
            return DriverResult(1, refused)
    _write(files["hier"], text, ours_raw)
    if not conflicts:
        return DriverResult(0)
    lines = [f"{len(conflicts)} conflict(en) in {name}:"]
    lines += [f"    {c.text()}" for c in conflicts]
    lines.append("    Kies per conflict één waarde (tussen <<<<<<< en >>>>>>>), dan: regiotrack controleer.")
    return DriverResult(1, lines)


def _validated(data: dict[str, Any]) -> Any:
    """The plan of one side, or None when it does not validate."""
    from pydantic import ValidationError

    from regiotrack.plan.model import Plan

    try:
        return Plan.model_validate(data)
    except ValidationError:
        return None


def _content_refusals(plan: Any, ours: dict[str, Any], name: str) -> list[str]:
    """Resident data or control characters the merge would bring into 'hier': refused, nothing written.

    When "hier" does not validate, every value of ``plan`` counts as new.
    """
    from regiotrack.check.content import edit_problems

    refused, _ = edit_problems(_validated(ours), plan)
    if not refused:
        return []
    return [
        f"{name} is niet samengevoegd: de andere kant brengt gegevens mee die niet in het plan horen:",
        *(f"    {p.format()}" for p in refused),
        "    Haal ze eerst weg op die branch (een notitie bijvoorbeeld met: regiotrack notitie ID --verwijder N), "
        "en voeg dan opnieuw samen.",
    ]


def _write(target: Path, text: str, ours_raw: bytes) -> None:
    from regiotrack.store.files import write_bytes_atomic

    data = text.encode("utf-8")
    write_bytes_atomic(target, BOM + data if ours_raw.startswith(BOM) else data)


def _text_merge(files: dict[str, Path], name: str, reason: str) -> DriverResult:
    """git's line-based three-way merge into 'hier', with the reason on stderr."""
    from regiotrack.history.git import run_git

    notice = f"{name}: samenvoegen per regel met git (niet per item en veld): {reason}."
    result: subprocess.CompletedProcess[bytes] = run_git(
        files["hier"].parent,
        "merge-file",
        "-L",
        "hier",
        "-L",
        "basis",
        "-L",
        "daar",
        "--",
        str(files["hier"].resolve()),
        str(files["basis"].resolve()),
        str(files["daar"].resolve()),
    )
    if result.returncode == 0:
        return DriverResult(0, [notice])
    if 0 < result.returncode < 128:  # the number of conflicts; git exits 255 on an error
        return DriverResult(
            1, [notice, f"    {result.returncode} conflict(en) tussen <<<<<<< en >>>>>>>; los ze op en controleer."]
        )
    return DriverResult(1, [notice, f"    git merge-file faalde: {result.stderr.decode(errors='replace').strip()}"])
