"""Does the plan say only what its source says? Citaten checked against the source text,
and every assumption listed.

A ``citaat`` is the source's own words; several fragments may be joined by " … ". Text
extracted from PDF breaks lines anywhere and hyphenates words across lines ("samen-\\nwerking"),
so both sides are compared after normalising whitespace, and a hyphen at a line break counts
both as a joined word and as a kept hyphen ("Amsterdam-\\nAmstelland").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from regiotrack.check.lineindex import LineIndex
from regiotrack.errors import Problem
from regiotrack.plan.fields import quote_fragments
from regiotrack.plan.model import Plan
from regiotrack.plan.vocabulary import SECTIONS

_SPACE = re.compile(r"\s+")
_BREAK_HYPHEN = re.compile(r"(\w)-[ \t]*\n\s*(\w)")


def normalise(text: str) -> str:
    """Whitespace collapsed to single spaces, emphasis marks and typographic quotes made plain."""
    text = text.replace("*", "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    return _SPACE.sub(" ", text.replace("\u201d", '"')).strip()


@dataclass(frozen=True)
class SourceText:
    """A source document, prepared for looking up citaten."""

    joined: str
    """Hyphens at line breaks removed (samen-\\nwerking -> samenwerking)."""
    kept: str
    """Hyphens at line breaks kept (Amsterdam-\\nAmstelland -> Amsterdam-Amstelland)."""

    @classmethod
    def of(cls, text: str) -> SourceText:
        """Prepare ``text`` (the source as extracted)."""
        text = text.replace("\r\n", "\n")
        return cls(normalise(_BREAK_HYPHEN.sub(r"\1\2", text)), normalise(_BREAK_HYPHEN.sub(r"\1-\2", text)))

    def contains(self, fragment: str) -> bool:
        """True when the fragment occurs in the source (after normalising)."""
        wanted = normalise(fragment)
        return wanted in self.joined or wanted in self.kept


def _items(plan: Plan) -> Iterator[tuple[str, int, Any]]:
    for section in SECTIONS:
        for number, item in enumerate(getattr(plan, section.attr)):
            yield section.key, number, item


def quote_problems(plan: Plan, source: SourceText, index: LineIndex, file: str, source_name: str) -> list[Problem]:
    """Every citaat fragment that does not occur in the source: an error with line and field."""
    problems = []
    for section, number, item in _items(plan):
        quote = getattr(item, "quote", None)
        if not quote:
            continue
        for fragment in quote_fragments(quote):
            if not source.contains(fragment):
                shown = fragment if len(fragment) <= 60 else fragment[:57] + "…"
                problems.append(
                    Problem(
                        f'citaat staat niet in {source_name}: "{shown}"',
                        "Neem de woorden letterlijk over uit de bron (delen scheiden met ' … '), "
                        "of haal het citaat weg en leg de waarde vast als aanname.",
                        file,
                        index.line_of((section, str(number), "citaat")),
                        item.id,
                        "citaat",
                    )
                )
    return problems


@dataclass(frozen=True)
class Assumption:
    """One assumed field of one item: what, by whom, when, why, and where in the file."""

    line: int | None
    item: str
    section: str
    field: str
    by: str
    on: date | None
    why: str


def assumptions(plan: Plan, index: LineIndex) -> list[Assumption]:
    """Every assumption in the plan, in file order."""
    found = []
    for section, number, item in _items(plan):
        for key in getattr(item, "assumed", ()):
            line = index.line_of((section, str(number), key))
            found.append(
                Assumption(line, item.id, section, key, item.assumed_by or "", item.assumed_on, item.assumption or "")
            )
    return found


def unsourced(plan: Plan, index: LineIndex, file: str) -> list[Problem]:
    """Owners and dates of afspraken with neither a citaat nor an assumption: warnings."""
    problems = []
    for number, item in enumerate(plan.agreements):
        for key, value in (("trekker", item.lead), ("deadline", item.deadline)):
            if value is not None and not item.quote and key not in item.assumed:
                problems.append(
                    Problem(
                        f"{key} zonder herkomst: geen citaat en geen aanname",
                        f"Geef het citaat uit de bron, of zet '{key}' in aangenomen "
                        "met aangenomen_door en aangenomen_op.",
                        file,
                        index.line_of(("afspraak", str(number), key)),
                        item.id,
                        key,
                        "waarschuwing",
                    )
                )
    return problems
