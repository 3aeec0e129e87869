"""The one error tree, and the problems found in a plan.

Every problem and every error says what is wrong, where (file, line, item id, field) and what to
do, in Dutch; each kind of error has a documented exit code (see the README).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal, NamedTuple

Severity = Literal["fout", "waarschuwing"]
STEERING = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
"""Characters that steer a terminal or hide text, as a regular-expression class body: C0 controls
but newline and tab, DEL, C1 controls, and the invisible format characters (zero-width space and
joiners, word joiner, BOM, bidirectional embeddings, overrides and isolates)."""
# Shown escaped: STEERING, and lone surrogates (undecodable bytes of an argument or file name;
# printing them would fail).
_CONTROL = re.compile(f"[{STEERING}\\ud800-\\udfff]")


class Problem(NamedTuple):
    """One thing wrong (fout) or worth a look (waarschuwing) in a plan file."""

    message: str
    """What is wrong, in Dutch."""
    hint: str = ""
    """What to do about it, in Dutch."""
    file: str = ""
    """The plan file as the user named it."""
    line: int | None = None
    """1-based line, when known."""
    item: str | None = None
    """Id of the item concerned."""
    field: str | None = None
    """Dutch key of the field concerned."""
    severity: Severity = "fout"
    """'fout' fails ``controleer``; 'waarschuwing' does not."""

    def location(self) -> str:
        """'plans/2025-2029.toml:42' or just the file."""
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}"

    def format(self) -> str:
        """The problem as one or two lines for a terminal."""
        where = []
        if self.item:
            where.append(self.item)
        if self.field:
            where.append(f"veld '{self.field}'")
        prefix = f"{self.location()}: " if self.file else ""
        subject = f"{', '.join(where)}: " if where else ""
        text = f"{prefix}{subject}{self.message}"
        if self.hint:
            text += f"\n    → {self.hint}"
        return escape_controls(text)


EXIT_OK = 0
"""Everything went well."""
EXIT_PROBLEMS = 1
"""``controleer`` found errors in the plan."""
EXIT_INPUT = 2
"""Wrong input: an unknown id or option, a bad value, a plan with errors, a refused edit."""
EXIT_NOT_COMMITTED = 3
"""The edit is saved in the file, but git did not commit it."""
EXIT_FILE_SYSTEM = 4
"""A file could not be read or written (permissions, a full disk, a folder where a file should be)."""


class RegiotrackError(Exception):
    """Every error regiotrack reports: what is wrong and what to do (Dutch), and its exit code.

    The command line prints :meth:`format` and exits with :attr:`exit_code`; the terminal view
    shows the same text in a notification. Nothing of this tree ever reaches a user as a traceback.
    """

    exit_code = EXIT_INPUT
    """The exit code of the command line for this kind of error."""

    def __init__(self, message: str, hint: str = ""):
        self.message = message
        self.hint = hint
        super().__init__(message)

    def format(self) -> str:
        """Message plus hint for a terminal, control characters shown escaped."""
        text = f"{self.message}\n    → {self.hint}" if self.hint else self.message
        return escape_controls(text)


class UserError(RegiotrackError):
    """A wrong command or input (unknown id, bad date, refused edit)."""


class StaleFileError(UserError):
    """The plan file changed on disk since it was read; nothing was written."""


class PlanError(RegiotrackError):
    """A plan that cannot be used, with the problems that say why."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(p.format() for p in self.problems))

    @property
    def errors(self) -> list[Problem]:
        """Only the problems of severity 'fout'."""
        return [p for p in self.problems if p.severity == "fout"]

    def format(self) -> str:
        """Every error, one or two lines each."""
        return "\n".join(p.format() for p in self.errors)


class GitError(RegiotrackError):
    """git refused or failed in a way that stops the command (the plan itself is untouched)."""


class FileSystemError(RegiotrackError):
    """A file or folder could not be read or written."""

    exit_code = EXIT_FILE_SYSTEM

    @classmethod
    def from_os_error(cls, err: OSError, what: str, outcome: str = "") -> FileSystemError:
        """A Dutch message for an OSError while doing ``what`` ('plans/x.toml opslaan').

        ``outcome`` is added to the message when the caller knows it ('het plan is niet gewijzigd').
        """
        import errno

        where = f" ({err.filename})" if err.filename else ""
        reasons = {
            errno.EACCES: ("geen toestemming", "Vraag schrijf- of leesrechten, of kies een andere map."),
            errno.EPERM: ("geen toestemming", "Vraag schrijf- of leesrechten, of kies een andere map."),
            errno.EROFS: ("het bestandssysteem is alleen-lezen", "Werk in een map waarin u mag schrijven."),
            errno.ENOSPC: ("de schijf is vol", "Maak ruimte vrij en probeer het opnieuw."),
            errno.EDQUOT: ("uw schijfquotum is op", "Maak ruimte vrij en probeer het opnieuw."),
            errno.ENOENT: ("het bestand of de map bestaat niet", "Controleer het pad."),
            errno.EISDIR: ("dit is een map, geen bestand", "Geef een bestandsnaam."),
            errno.ENOTDIR: ("een deel van het pad is geen map", "Controleer het pad."),
            errno.ENAMETOOLONG: ("de naam is te lang", "Kies een kortere naam."),
            errno.EIO: ("lees- of schrijffout van de schijf", "Controleer de schijf of de netwerkverbinding."),
            errno.ETXTBSY: ("het bestand is in gebruik", "Sluit het programma dat het bestand gebruikt."),
            errno.ELOOP: ("te veel symbolische links na elkaar", "Controleer het pad."),
        }
        reason, hint = reasons.get(
            err.errno or 0, (err.strerror or "onbekende fout", "Controleer het pad en probeer het opnieuw.")
        )
        return cls(f"{what} is mislukt: {reason}{where}" + (f"; {outcome}" if outcome else ""), hint)


def escape_controls(text: str) -> str:
    """``text`` with :data:`STEERING` characters shown as \\x1b, \\u202e etc.: safe for a terminal.

    A byte that was not valid UTF-8 (kept by Python as a lone surrogate) shows as that byte, \\xff.
    """
    return _CONTROL.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the original byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


_ESCAPE_SEQUENCE = (  # compiled on first use: most commands never suggest anything
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window titles, links
    rf"|\x1b[@-_]?|[{STEERING}]"  # any other escape, and every invisible character left
)


def did_you_mean(value: str, known: Iterable[str]) -> str:
    """' Bedoelde u 'X'?' for the closest known value, or '' when nothing is close."""
    import difflib

    # Compared without terminal escape sequences and invisible characters: 'B2-01' followed by
    # a colour code is most like B2-01, not like whatever shares the code's digits.
    value = re.sub(_ESCAPE_SEQUENCE, "", value)
    if not value:
        return ""
    candidates = list(known)
    lowered = {c.lower(): c for c in candidates}
    if value.lower() in lowered:
        return f"bedoelde u '{lowered[value.lower()]}'?"
    match = difflib.get_close_matches(value, candidates, n=1, cutoff=0.6)
    if not match:
        match = difflib.get_close_matches(value.lower(), list(lowered), n=1, cutoff=0.6)
        match = [lowered[m] for m in match]
    return f"bedoelde u '{match[0]}'?" if match else ""
