"""Turn parsed TOML into a Plan, reporting every problem at once with its place in the file.

Two passes: pydantic checks each value (types, vocabularies, dates); then cross-item rules
that pydantic cannot see one item at a time (duplicate ids, references, date order).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Any

from pydantic import BaseModel, ValidationError

from regiotrack.check.lineindex import LineIndex
from regiotrack.check.references import reference_problems
from regiotrack.errors import Problem, did_you_mean
from regiotrack.plan.model import Plan, section_model
from regiotrack.plan.vocabulary import BY_KEY, SECTION_KEYS, SECTIONS


def _aliases(model: type[BaseModel]) -> list[str]:
    return [f.alias or name for name, f in model.model_fields.items()]


def validate(data: dict[str, Any], index: LineIndex, file: str) -> tuple[Plan | None, list[Problem]]:
    """Validate parsed TOML; return the plan (None if it has errors) and all problems."""
    try:
        plan = Plan.model_validate(data)
    except ValidationError as err:
        errors = err.errors(include_url=False)
        problems = [_translate(e, data, index, file) for e in errors]
        problems += cross_check(_salvage(data, errors), index, file)
        return None, _dedupe(problems)
    problems = cross_check(plan, index, file)
    valid = not any(p.severity == "fout" for p in problems)
    # Resident data and control characters do not make the plan unusable for the edit that removes
    # them: the caller decides (store.reading refuses them except when loading for an edit).
    return (plan if valid else None), problems + _content_problems(plan, index, file)


def plan_problems(plan: Plan, index: LineIndex, file: str) -> list[Problem]:
    """What a fresh read reports for a plan whose values all passed the model: cross-item rules,
    then resident data and control characters (see ``check.content``)."""
    return cross_check(plan, index, file) + _content_problems(plan, index, file)


def _content_problems(plan: Plan, index: LineIndex, file: str) -> list[Problem]:
    from regiotrack.check.content import content_problems

    return content_problems(plan, index, file)


def _salvage(data: dict[str, Any], errors: list[Any]) -> Plan:
    """A plan of the items that validate once their faulty fields are left out.

    The cross checks then run on it too, so that one run reports every problem.
    """
    bad_keys: dict[tuple[str, int], set[str]] = {}
    for error in errors:
        loc = error["loc"]
        if len(loc) >= 3 and isinstance(loc[1], int) and isinstance(loc[2], str):
            bad_keys.setdefault((str(loc[0]), loc[1]), set()).add(loc[2])
    kept: dict[str, Any] = {}
    for key, value in data.items():
        if key not in BY_KEY or not isinstance(value, list):
            continue
        items = []
        for number, raw in enumerate(value):
            if not isinstance(raw, dict):
                continue
            cleaned = {k: v for k, v in raw.items() if k not in bad_keys.get((key, number), set())}
            try:
                items.append(section_model(key).model_validate(cleaned))
            except ValidationError:
                continue
        kept[BY_KEY[key].attr] = tuple(items)
    names = data.get("gemeenten")
    if isinstance(names, list) and all(isinstance(n, str) for n in names):
        kept["municipalities"] = tuple(names)
    return Plan.model_construct(**kept)


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen = set()
    unique = []
    for problem in problems:
        key = (problem.line, problem.item, problem.field, problem.message)
        if key not in seen:
            seen.add(key)
            unique.append(problem)
    return unique


def _item_id(data: dict[str, Any], loc: tuple[Any, ...]) -> str | None:
    if len(loc) >= 2 and isinstance(loc[1], int):
        section = data.get(str(loc[0]))
        if isinstance(section, list) and loc[1] < len(section) and isinstance(section[loc[1]], dict):
            value = section[loc[1]].get("id")
            return value if isinstance(value, str) else f"{loc[0]} nr. {loc[1] + 1}"
    return None


def _translate(error: Any, data: dict[str, Any], index: LineIndex, file: str) -> Problem:
    loc = tuple(error["loc"])
    path = tuple(str(p) for p in loc)
    kind = error["type"]
    value = error.get("input")
    inner = loc[2:] if len(loc) >= 2 and isinstance(loc[1], int) else loc
    field = next((str(p) for p in reversed(inner) if isinstance(p, str)), None)
    item = _item_id(data, loc)
    line = index.line_of(path) or (1 if not path else index.line_of(path[:1]))
    message, hint = _describe(kind, error, value, loc)
    if kind == "extra_forbidden":
        model = _model_at(loc)
        guess = did_you_mean(field or "", _aliases(model)) if model else ""
        message = f"onbekend veld '{field}'" + (f"; {guess}" if guess else "")
        field = None if len(loc) == 1 else field
        hint = "Verbeter de naam of verwijder het veld." + (
            f" Bekende velden: {', '.join(_aliases(model))}." if model and not guess else ""
        )
    if kind == "missing":
        field = str(loc[-1])
        line = index.line_of(path[:-1]) or 1
    return Problem(message, hint, file, line, item, field)


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    if len(loc) == 1:
        return Plan
    if len(loc) == 3 and str(loc[0]) in BY_KEY:
        return section_model(str(loc[0]))
    if len(loc) == 2 and loc[0] == "looptijd":
        from regiotrack.plan.model import Term

        return Term
    return None


def _shown(value: Any) -> str:
    """A value as the user wrote it in TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, dict):
        return "een tabel"
    if isinstance(value, list):
        return "een lijst"
    return repr(value)


def _describe(kind: str, error: Any, value: Any, loc: tuple[Any, ...]) -> tuple[str, str]:
    shown = _shown(value)
    if kind == "missing":
        return "verplicht veld ontbreekt", f"Voeg '{loc[-1]} = …' toe aan dit blok."
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "").replace("'", "")
        return f"ongeldige waarde {shown}", f"Kies uit: {expected.replace(' or ', ', ')}."
    if kind.startswith("string_"):
        return f"moet tekst zijn, niet {shown}", 'Zet de tekst tussen aanhalingstekens: "…".'
    if kind == "date_from_datetime_inexact" or isinstance(value, datetime):
        return (
            f"moet een datum zonder tijd zijn, niet {shown}",
            "Schrijf alleen de datum, zoals 2026-03-31; een tijd hoort in het veld 'tijd'.",
        )
    if kind.startswith("date_"):
        return (
            f"moet een datum zijn, niet {shown}",
            "Schrijf een datum zonder aanhalingstekens, zoals 2026-03-31.",
        )
    if kind.startswith("bool_"):
        return f"moet true of false zijn, niet {shown}", "Schrijf true of false zonder aanhalingstekens."
    if kind.startswith("int_"):
        return f"moet een geheel getal zijn, niet {shown}", "Schrijf een getal zonder aanhalingstekens."
    if kind in ("list_type", "tuple_type"):
        return f"moet een lijst zijn, niet {shown}", 'Schrijf een lijst, zoals ["VT", "JBRA"].'
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        section = loc[0] if loc else ""
        return (
            f"moet een tabel zijn, niet {shown}",
            f"Schrijf een blok [[{section}]] met velden eronder." if section in SECTION_KEYS else "Schrijf een tabel.",
        )
    if kind == "value_error":
        text = str(error.get("ctx", {}).get("error", error["msg"]))
        message, _, advice = text.partition("; ")
        return message, advice[:1].upper() + advice[1:] + ("." if advice and not advice.endswith(".") else "")
    return f"ongeldige waarde {shown} ({error['msg']})", "Controleer de waarde."


# ---------------------------------------------------------------------------- cross checks


def _positions(plan: Plan) -> Iterator[tuple[str, int, Any]]:
    for section in SECTIONS:
        alias, name = section.key, section.attr
        for number, item in enumerate(getattr(plan, name, ())):
            yield alias, number, item


def cross_check(plan: Plan, index: LineIndex, file: str) -> list[Problem]:
    """Rules across items: unique ids, references that resolve (``references.REFERENCES``), dates in order."""

    def at(section: str, number: int, key: str | None = None) -> int | None:
        path = (section, str(number)) + ((key,) if key else ())
        return index.line_of(path)

    problems = _duplicate_ids(plan, file, at)
    problems += reference_problems(plan, file, at)
    problems += _municipality_problems(plan, file, at)
    problems += _date_order_problems(plan, index, file, at)
    return problems


def _duplicate_ids(plan: Plan, file: str, at: Any) -> list[Problem]:
    problems: list[Problem] = []
    first_seen: dict[str, tuple[str, int]] = {}
    for section, number, item in _positions(plan):
        if item.id not in first_seen:
            first_seen[item.id] = (section, number)
            continue
        problems.append(
            Problem(
                f"id '{item.id}' komt al voor op regel {at(*first_seen[item.id], 'id')}",
                "Geef dit item een nieuw id; ids worden nooit hergebruikt.",
                file,
                at(section, number, "id"),
                item.id,
                "id",
            )
        )
    return problems


def _municipality_problems(plan: Plan, file: str, at: Any) -> list[Problem]:
    declared = getattr(plan, "municipalities", None)
    if declared is None:
        return []
    municipalities = set(declared)
    problems = []
    for number, agreement in enumerate(getattr(plan, "agreements", ())):
        for name in agreement.municipalities:
            if name in municipalities:
                continue
            guess = did_you_mean(name, municipalities)
            problems.append(
                Problem(
                    f"gemeente '{name}' hoort niet bij dit plan" + (f"; {guess}" if guess else ""),
                    f"Kies uit: {', '.join(sorted(municipalities))}.",
                    file,
                    at("afspraak", number, "gemeenten"),
                    agreement.id,
                    "gemeenten",
                )
            )
    return problems


def _date_order_problems(plan: Plan, index: LineIndex, file: str, at: Any) -> list[Problem]:
    problems = []
    for number, step in enumerate(getattr(plan, "steps", ())):
        if step.start and step.end and step.end < step.start:
            problems.append(_order_problem("stap", number, step.id, step.start, step.end, file, at))
    for number, meeting in enumerate(getattr(plan, "partner_meetings", ())):
        if meeting.day and not meeting.half_year.first_day <= meeting.day <= meeting.half_year.last_day:
            problems.append(
                Problem(
                    f"datum {meeting.day} valt niet in {meeting.half_year.label()}",
                    "Verbeter de datum of het halfjaar.",
                    file,
                    at("partneroverleg", number, "datum"),
                    meeting.id,
                    "datum",
                )
            )
    for number, moment in enumerate(getattr(plan, "recurring", ())):
        if moment.until and moment.until < moment.first:
            problems.append(
                _order_problem("terugkerend", number, moment.id, moment.first, moment.until, file, at, "vanaf")
            )
    from regiotrack.check.monitoring import monitoring_problems

    problems += monitoring_problems(plan, index, file)
    term = getattr(plan, "term", None)
    if term is not None and term.end < term.start:
        problems.append(
            Problem(
                f"looptijd eindigt ({term.end}) voordat ze begint ({term.start})",
                "Verwissel 'van' en 'tot' of verbeter een van beide.",
                file,
                index.line_of(("looptijd", "tot")),
                None,
                "looptijd",
            )
        )
    return problems


def _order_problem(
    section: str, number: int, item_id: str, start: Any, end: Any, file: str, at: Any, start_key: str = "van"
) -> Problem:
    return Problem(
        f"eindigt ({end}) voordat het begint ({start})",
        f"Verwissel '{start_key}' en 'tot' of verbeter een van beide.",
        file,
        at(section, number, "tot"),
        item_id,
        "tot",
    )
