"""``veld=waarde`` as people type it on the command line or in a form, read by the field's type.

Field names are the plan file's own keys (the model's aliases); which kind of value a field
takes is read from the model, so a new section or field needs no code here. The kinds:

=========  ==========================================  ===============================
kind       typed as                                    example
=========  ==========================================  ===============================
tekst      anything                                    titel="Pilot Zuidoost"
lijst      values separated by commas                  partners=GGD,VT
datum      a day in Dutch or ISO notation              datum="31 maart 2026"
termijn    a day or a period (see ``userdates``)       deadline=2026-Q4, deadline="najaar 2026"
periode    a period                                    halfjaar=2026-H1
ja/nee     ja, nee (also true/false)                   vaste_datum=ja
keuze      one of a fixed set of words                 status=lopend
getal      a whole number                              schema=1
notities   the first entry of a new item's note log    notitie="Besproken in het PT"
=========  ==========================================  ===============================

A list field also takes ``veld+=waarde`` (add one value) and ``veld-=waarde`` (remove one);
an empty value (``veld=``) clears an optional field.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel

from regiotrack.errors import UserError, did_you_mean
from regiotrack.plan.periods import Period, PeriodError
from regiotrack.plan.userdates import parse_day, parse_deadline, parse_period

Kind = Literal["tekst", "lijst", "datum", "termijn", "periode", "ja/nee", "keuze", "getal", "notities"]
Operator = Literal["=", "+=", "-="]

_YES = {"ja", "j", "true", "waar", "1"}
_NO = {"nee", "n", "false", "onwaar", "0"}


@dataclass(frozen=True)
class Assignment:
    """One ``veld=waarde`` (or ``veld+=waarde``, ``veld-=waarde``) as typed."""

    key: str
    """The file key, e.g. 'trekker'."""
    operator: Operator
    """'=' sets, '+=' adds to a list, '-=' removes from a list."""
    text: str
    """The value as typed."""


@dataclass(frozen=True)
class FieldInfo:
    """What a field of a model takes."""

    key: str
    """File key (alias)."""
    attr: str
    """Attribute in code."""
    kind: Kind
    """The kind of value, see the module docstring."""
    required: bool
    """The item is invalid without it."""
    choices: tuple[str, ...] = ()
    """The allowed words of a 'keuze' field."""


def parse_assignments(words: typing.Sequence[str]) -> list[Assignment]:
    """Split ``veld=waarde`` words; UserError for a word without '='."""
    result = []
    for word in words:
        key, sep, text = word.partition("=")
        if not sep or not key.strip():
            raise UserError(
                f"'{word}' is geen veld=waarde",
                'Schrijf bijvoorbeeld titel="Pilot Zuidoost" of partners+=GGD '
                "(aanhalingstekens rond tekst met spaties).",
            )
        operator: Operator = "="
        if key.endswith("+") or key.endswith("-"):
            operator = "+=" if key.endswith("+") else "-="
            key = key[:-1]
        result.append(Assignment(key.strip(), operator, text))
    return result


def _plain(annotation: Any) -> tuple[Any, bool]:
    """(the type without None and Annotated, whether None is allowed)."""
    optional = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            optional = optional or len(args) < len(typing.get_args(annotation))
            if len(args) == 1:
                annotation = args[0]
                continue
            return tuple(args), optional
        return annotation, optional


def _kind(annotation: Any) -> tuple[Kind, tuple[str, ...]]:
    plain, _ = _plain(annotation)
    if isinstance(plain, tuple):  # a union of several types: date | Period is a deadline
        return ("termijn", ()) if date in plain and Period in plain else ("tekst", ())
    origin = typing.get_origin(plain)
    if origin is Literal:
        return "keuze", tuple(str(a) for a in typing.get_args(plain))
    if origin is tuple or plain is tuple:
        element = (typing.get_args(plain) or (str,))[0]
        return ("notities", ()) if isinstance(element, type) and issubclass(element, BaseModel) else ("lijst", ())
    kinds: dict[Any, Kind] = {date: "datum", Period: "periode", bool: "ja/nee", int: "getal"}
    return kinds.get(plain, "tekst"), ()


def fields_of(model: type[BaseModel]) -> dict[str, FieldInfo]:
    """File key -> what the field takes, in canonical order."""
    result = {}
    for attr, field in model.model_fields.items():
        kind, choices = _kind(field.annotation)
        key = field.alias or attr
        result[key] = FieldInfo(key, attr, kind, field.is_required(), choices)
    return result


def field_info(model: type[BaseModel], key: str, what: str) -> FieldInfo:
    """The field with this file key, or a UserError naming the known fields of ``what``."""
    known = fields_of(model)
    if key in known:
        return known[key]
    for attr, field in model.model_fields.items():  # a key also read in an older form ('notitie')
        choices = getattr(field.validation_alias, "choices", ())
        if key in choices:
            return known[field.alias or attr]
    guess = did_you_mean(key, known)
    raise UserError(
        f"een {what} heeft geen veld '{key}'" + (f"; {guess}" if guess else ""),
        f"Velden van een {what}: {', '.join(known)}.",
    )


def parse_value(info: FieldInfo, text: str) -> Any:
    """The typed value of ``text`` for this field; None for an empty optional value.

    Raises UserError naming the field and what to write instead.
    """
    text = text.strip()
    if not text:
        if info.required:
            raise UserError(f"veld '{info.key}' mag niet leeg zijn", f"Geef een waarde: {info.key}=….")
        return () if info.kind == "lijst" else (False if info.kind == "ja/nee" else None)
    try:
        return _convert(info, text)
    except (ValueError, PeriodError) as err:
        raise UserError(f"veld '{info.key}': {err}", _example(info)) from None


def _convert(info: FieldInfo, text: str) -> Any:
    if info.kind == "lijst":
        return tuple(part.strip() for part in text.split(",") if part.strip())
    if info.kind == "notities":
        return text  # one new entry; its day and author are added by the edit
    if info.kind == "datum":
        return parse_day(text)
    if info.kind == "termijn":
        return parse_deadline(text)
    if info.kind == "periode":
        return parse_period(text)
    if info.kind == "ja/nee":
        if text.lower() in _YES | _NO:
            return text.lower() in _YES
        raise ValueError(f"'{text}' is geen ja of nee")
    if info.kind == "getal":
        if not text.isdigit():
            raise ValueError(f"'{text}' is geen heel getal")
        return int(text)
    if info.kind == "keuze" and text not in info.choices:
        guess = did_you_mean(text, info.choices)
        raise ValueError(f"'{text}' is geen geldige waarde" + (f"; {guess}" if guess else ""))
    return text


def _example(info: FieldInfo) -> str:
    examples = {
        "lijst": f"Schrijf {info.key}=A,B, of {info.key}+=C om er één toe te voegen.",
        "datum": f'Schrijf bijvoorbeeld {info.key}=31-3-2026 of {info.key}="31 maart 2026".',
        "termijn": f'Schrijf een dag ({info.key}=31-3-2026) of een periode ({info.key}=2026-Q4, "najaar 2026").',
        "periode": f'Schrijf een periode, zoals {info.key}=2026-H1 of {info.key}="voorjaar 2027".',
        "ja/nee": f"Schrijf {info.key}=ja of {info.key}=nee.",
        "getal": f"Schrijf een heel getal, zoals {info.key}=1.",
        "keuze": f"Kies uit: {', '.join(info.choices)}.",
    }
    return examples.get(info.kind, f'Schrijf {info.key}="…".')


def shown(value: Any) -> str:
    """A value as people read it in a summary: dates ISO, lists with commas, '—' for nothing."""
    if value is None or value == () or value == "":
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v) for v in value)
    return str(value)
