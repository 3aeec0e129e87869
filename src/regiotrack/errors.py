"""Problems found in a plan, and the one error type users meet.

Every problem says what is wrong, where (file, line, item id, field) and what to do, in Dutch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

Severity = Literal["fout", "waarschuwing"]
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # shown escaped: a message must not garble the terminal


@dataclass(frozen=True)
class Problem:
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
        return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class PlanError(Exception):
    """A plan that cannot be used, with the problems that say why. Raised to the CLI and TUI."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(p.format() for p in self.problems))

    @property
    def errors(self) -> list[Problem]:
        """Only the problems of severity 'fout'."""
        return [p for p in self.problems if p.severity == "fout"]


class UserError(Exception):
    """A wrong command or input (unknown id, bad date, refused edit), with a Dutch message."""

    def __init__(self, message: str, hint: str = ""):
        self.message = message
        self.hint = hint
        super().__init__(message)

    def format(self) -> str:
        """Message plus hint for a terminal."""
        return f"{self.message}\n    → {self.hint}" if self.hint else self.message


def did_you_mean(value: str, known: Iterable[str]) -> str:
    """' Bedoelde u 'X'?' for the closest known value, or '' when nothing is close."""
    import difflib

    candidates = list(known)
    lowered = {c.lower(): c for c in candidates}
    if value.lower() in lowered:
        return f"bedoelde u '{lowered[value.lower()]}'?"
    match = difflib.get_close_matches(value, candidates, n=1, cutoff=0.6)
    if not match:
        match = difflib.get_close_matches(value.lower(), list(lowered), n=1, cutoff=0.6)
        match = [lowered[m] for m in match]
    return f"bedoelde u '{match[0]}'?" if match else ""
