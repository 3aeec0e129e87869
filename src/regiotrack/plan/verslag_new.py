"""New afspraken in a verslag, and the error that names what is wrong in a verslag file.

Kept apart from ``verslag.py`` (the decisions carried into the plan) to keep both small.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import ValidationError

from regiotrack.errors import Problem, UserError
from regiotrack.plan.model import Agreement, Plan
from regiotrack.plan.userdates import parse_deadline


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


def minimal_new_agreement(plan: Plan, values: dict[str, Any], taken: set[str]) -> Agreement:
    """A new afspraak from file keys and values, with the next free id of the series 'A-NN'.

    Minimal stand-in until the generic ``nieuw`` creation lands in plan/ (issue 13): it does
    not look at ids in the file's git history, so pass them in ``taken``.
    """
    data = dict(values)
    if isinstance(data.get("deadline"), str):  # Dutch forms too: '31-3-2027', '31 maart 2027', '2027-Q1'
        try:
            parsed = parse_deadline(data["deadline"])
        except ValueError as err:
            raise VerslagProblem(
                [Problem(str(err), 'Schrijf bijvoorbeeld deadline = "2027-Q1".', field="deadline")]
            ) from None
        data["deadline"] = parsed if isinstance(parsed, date) else str(parsed)
    if "id" not in data:
        numbers = [int(i[2:]) for i in taken if i.startswith("A-") and i[2:].isdigit()]
        data["id"] = f"A-{max(numbers, default=0) + 1:02d}"
    elif data["id"] in taken:
        raise VerslagProblem(
            [
                Problem(
                    f"id '{data['id']}' bestaat al of bestond eerder",
                    "Laat id weg; regiotrack kiest er een.",
                    field="id",
                )
            ]
        )
    try:
        return Agreement.model_validate(data)
    except ValidationError as err:
        problems = []
        for error in err.errors():
            key = str(error["loc"][0]) if error["loc"] else "nieuwe_afspraak"
            text = str(error["msg"]).removeprefix("Value error, ")
            if error["type"] == "missing":
                text = f"'{key}' ontbreekt"
            elif error["type"] == "extra_forbidden":
                text = f"'{key}' is geen veld van een afspraak"
            problems.append(Problem(text, "Zie het voorbeeld van een verslagbestand in de README.", field=key))
        raise VerslagProblem(problems) from None
