"""New afspraken in a verslag, and the error that names what is wrong in a verslag file.

A new afspraak in a verslag is made by the same code as ``regiotrack nieuw afspraak``
(``creating.make_item``); this module only reads the verslag's values into typed ones.
Kept apart from ``verslag.py`` (the decisions carried into the plan) to keep both small.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, cast

from regiotrack.errors import Problem, UserError
from regiotrack.plan.creating import MissingFields, make_item
from regiotrack.plan.fieldvalues import FieldInfo, field_info, parse_value
from regiotrack.plan.model import Agreement, Plan, section_model


class VerslagProblem(UserError):
    """One or more problems in a verslag, each with line and field; nothing has been written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = f"{len(problems)} {'fout' if len(problems) == 1 else 'fouten'}"
        super().__init__(
            f"het verslag bevat {count}; er is niets opgeslagen en geen tag gemaakt",
            "Verbeter het verslag en voer de opdracht opnieuw uit.",
        )

    def format(self) -> str:
        """The summary line, then every problem (file:line, item, field, message, hint)."""
        return "\n".join([super().format(), *(p.format() for p in self.problems)])


def new_agreement(plan: Plan, values: dict[str, Any], taken: set[str], day: date) -> Agreement:
    """A new afspraak from a verslag's file keys and values, made the way ``nieuw`` makes one.

    Values come typed from TOML (a date, a list) or as text in any form ``nieuw`` reads
    ('31 maart 2027', '2027-Q1', 'GGD, VT'); a note becomes the first entry of the log, dated
    ``day`` (the meeting). The item itself comes from :func:`creating.make_item`: the next
    free id never in ``taken``, required fields, validation and references. Every problem is
    a :class:`VerslagProblem` naming the field.
    """
    model = section_model("afspraak")
    typed: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, value in values.items():  # every wrong key at once, not one per try
        try:
            info = field_info(model, key, "afspraak")
            typed[info.attr] = _typed(info, value, day)
        except UserError as err:
            problems.append(Problem(err.message, err.hint, field=key))
    if problems:
        raise VerslagProblem(problems)
    try:
        item, _ = make_item(plan, "afspraak", typed, taken)
    except MissingFields as err:
        raise VerslagProblem(
            [
                Problem(f"'{key}' ontbreekt", f'Schrijf {key} = "…" bij de nieuwe afspraak.', field=key)
                for key in err.keys
            ]
        ) from None
    except UserError as err:
        raise VerslagProblem([_without_place(err)]) from None
    return cast(Agreement, item)


def _typed(info: FieldInfo, value: Any, day: date) -> Any:
    """The value as the model takes it: text read as ``nieuw`` reads it, TOML values as they are."""
    if info.kind == "notities" and isinstance(value, str):
        return ({"dag": day, "auteur": None, "tekst": value},) if value.strip() else ()
    if info.kind == "lijst" and isinstance(value, list):
        if not all(isinstance(v, str) for v in value):
            raise UserError(f"veld '{info.key}': elke waarde moet tekst zijn", f'Schrijf {info.key} = ["GGD", "VT"].')
        return tuple(value)
    if isinstance(value, str) and info.kind in ("lijst", "datum", "termijn", "periode", "ja/nee"):
        return parse_value(info, value)
    return value


_PLACE = re.compile(r"^[^\s,]+, veld '([^']+)': ")


def _without_place(err: UserError) -> Problem:
    """A problem from ``make_item`` ("A-48, veld 'trekker': 'GGX' bestaat niet"): the verslag names
    the place itself (file, line, "nieuwe afspraak 2"), and the new id does not exist yet."""
    found = _PLACE.match(err.message)
    if found is None:
        return Problem(err.message, err.hint)
    return Problem(err.message[found.end() :], err.hint, field=found[1])
