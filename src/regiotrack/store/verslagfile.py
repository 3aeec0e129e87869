"""Read a verslag file: the small TOML file a secretary writes during a partneroverleg.

The format is documented in the README ("Verslag van een partneroverleg"). Every mistake is
reported with its line and field, all at once, before anything is written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from regiotrack.check.lineindex import LineIndex, scan
from regiotrack.errors import FileSystemError, Problem, UserError, did_you_mean
from regiotrack.plan.userdates import EXAMPLES, parse_day, parse_deadline
from regiotrack.plan.verslag import KINDS, Decision, Verslag, VerslagProblem
from regiotrack.store import parsing
from regiotrack.store.reading import syntax_problem

TOP_KEYS = ("partneroverleg", "gehouden_op", "aanwezig", "besluiten", "afspraak", "nieuwe_afspraak")
"""The keys a verslag file may hold at the top."""

DECISION_KEYS = ("id", "besluit", "deadline", "trekker", "reden")
"""The keys of one ``[[afspraak]]`` decision."""


def read_verslag(path: Path, meeting_id: str) -> Verslag:
    """The verslag in ``path`` for the meeting ``meeting_id``; VerslagProblem lists every mistake."""
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise UserError(f"verslagbestand {path} bestaat niet", "Controleer het pad.") from None
    except UnicodeDecodeError:
        raise UserError(f"{path} is geen UTF-8-tekst", "Sla het verslag op als UTF-8 (platte tekst).") from None
    except OSError as err:
        raise FileSystemError.from_os_error(err, "lezen") from None
    return parse_verslag(text.replace("\r\n", "\n"), meeting_id, str(path))


def parse_verslag(text: str, meeting_id: str, file: str) -> Verslag:
    """The verslag in ``text``, with the mistakes found in it (``Verslag.problems``), each with
    line and field: ``minutes_edit`` reports them together with its own, all at once.
    VerslagProblem when the text cannot be read as a verslag at all (TOML, no gehouden_op)."""
    index = scan(text)
    try:
        data = parsing.loads(text)
    except parsing.DecodeError as err:
        problem = syntax_problem(str(err), text, index, file)
        if problem.hint.startswith("Vergelijk met"):  # nothing more specific known
            problem = problem._replace(hint="Vergelijk met het voorbeeld in de README (docs/verslag-voorbeeld.toml).")
        raise VerslagProblem([problem._replace(item=problem.item or meeting_id)]) from None
    reader = _Reader(index, file, meeting_id)
    return reader.read(data)


class _Reader:
    """Collects problems while turning the parsed data into a Verslag."""

    def __init__(self, index: LineIndex, file: str, meeting_id: str):
        self.index, self.file, self.meeting_id = index, file, meeting_id
        self.problems: list[Problem] = []

    def line(self, *path: str) -> int | None:
        return self.index.line_of(path)

    def fail(self, message: str, hint: str, path: tuple[str, ...], item: str | None = None) -> None:
        field = path[-1] if not path[-1].isdigit() else path[0]
        self.problems.append(Problem(message, hint, self.file, self.line(*path), item or self.meeting_id, field))

    def read(self, data: dict[str, Any]) -> Verslag:
        for key in data:
            if key not in TOP_KEYS:
                guess = did_you_mean(key, TOP_KEYS)
                self.fail(f"'{key}' hoort niet in een verslag" + (f"; {guess}" if guess else ""), _KEYS_HINT, (key,))
        named = data.get("partneroverleg")
        if named is not None and named != self.meeting_id:
            self.fail(
                f"dit verslag is van '{named}', niet van {self.meeting_id}",
                "Geef het juiste partneroverleg op de opdrachtregel, of verbeter 'partneroverleg'.",
                ("partneroverleg",),
            )
        held = self.day(data.get("gehouden_op"), ("gehouden_op",))
        present = self.texts(data.get("aanwezig"), ("aanwezig",), required=True)
        resolutions = self.texts(data.get("besluiten", []), ("besluiten",), required=False)
        decisions = [self.decision(number, table) for number, table in enumerate(self.tables(data, "afspraak"))]
        new = self.tables(data, "nieuwe_afspraak")
        if held is None:  # nothing can be checked against the plan without the day
            raise VerslagProblem(self.problems)
        return Verslag(
            meeting_id=self.meeting_id,
            held_on=held,
            present=tuple(present),
            decisions=tuple(d for d in decisions if d is not None),
            resolutions=tuple(resolutions),
            new=tuple(new),
            new_lines=tuple(self.line("nieuwe_afspraak", str(n)) for n in range(len(new))),
            lines={key: line for key in TOP_KEYS if (line := self.line(key)) is not None},
            file=self.file,
            problems=tuple(self.problems),
        )

    def day(self, value: Any, path: tuple[str, ...]) -> date | None:
        if value is None:
            self.fail(f"'{path[-1]}' ontbreekt", "Schrijf bijvoorbeeld gehouden_op = 2026-11-12.", path)
            return None
        if isinstance(value, date):
            return value
        try:
            return parse_day(str(value))
        except ValueError:
            self.fail(f"'{value}' is geen datum", f"Schrijf bijvoorbeeld 2026-11-12 ({EXAMPLES}).", path)
            return None

    def texts(self, value: Any, path: tuple[str, ...], required: bool) -> list[str]:
        if value is None:
            self.fail(f"'{path[-1]}' ontbreekt", 'Schrijf bijvoorbeeld aanwezig = ["PT", "VT"].', path)
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(f"'{path[-1]}' moet een lijst teksten zijn", 'Schrijf bijvoorbeeld ["PT", "VT"].', path)
            return []
        if required and not value:
            self.fail(f"'{path[-1]}' is leeg", 'Noem wie er was, zoals aanwezig = ["PT", "VT"].', path)
        return [v.strip() for v in value]

    def tables(self, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(f"'{key}' moet een blok [[{key}]] zijn", _KEYS_HINT, (key,))
            return []
        return value

    def decision(self, number: int, table: dict[str, Any]) -> Decision | None:
        path = ("afspraak", str(number))
        item = table.get("id") if isinstance(table.get("id"), str) else None
        before = len(self.problems)
        for key in table:
            if key not in DECISION_KEYS:
                guess = did_you_mean(key, DECISION_KEYS)
                self.fail(
                    f"'{key}' hoort niet bij een besluit" + (f"; {guess}" if guess else ""),
                    f"Een [[afspraak]] in een verslag kent: {', '.join(DECISION_KEYS)}.",
                    (*path, key),
                    item,
                )
        for key in ("id", "besluit"):
            if not isinstance(table.get(key), str) or not table[key].strip():
                self.fail(f"'{key}' ontbreekt of is geen tekst", _DECISION_HINT, (*path, key), item)
        kind = str(table.get("besluit", "")).strip()
        if kind and kind not in KINDS:
            guess = did_you_mean(kind, KINDS)
            self.fail(
                f"besluit '{kind}' bestaat niet" + (f"; {guess}" if guess else ""),
                f"Kies uit: {', '.join(KINDS)}.",
                (*path, "besluit"),
                item,
            )
        deadline = table.get("deadline")
        if deadline is not None and not isinstance(deadline, date):
            try:
                deadline = parse_deadline(str(deadline))
            except ValueError as err:
                self.fail(str(err), 'Schrijf bijvoorbeeld deadline = "2027-Q1".', (*path, "deadline"), item)
        for key in ("trekker", "reden"):
            if key in table and not isinstance(table[key], str):
                self.fail(f"'{key}' moet een tekst zijn", f'Schrijf {key} = "…".', (*path, key), item)
        if len(self.problems) > before:
            return None
        return Decision(
            table["id"].strip(),
            kind,
            deadline,
            table.get("trekker"),
            table.get("reden"),
            self.line(*path, "id"),
        )


_KEYS_HINT = f"Een verslag kent: {', '.join(TOP_KEYS)} (zie de README)."
_DECISION_HINT = 'Schrijf bijvoorbeeld id = "B2-03" en besluit = "doorgaan".'
