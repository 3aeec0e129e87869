"""Pieces of the guided verslag screen: the decision buttons and the form for a new afspraak.

Kept apart from ``tui/screens/minutes.py`` (the steps and their checks) to keep both small.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button, Input, RadioButton, Static

from regiotrack.errors import Problem

NEW_FIELDS = ("titel", "trekker", "deadline", "partners", "werkgroep", "bron", "notitie")
"""The fields of a new afspraak in the screen: file keys of ``[[nieuwe_afspraak]]`` (README)."""

_PLACEHOLDERS = {
    "titel": "titel (verplicht)",
    "trekker": "trekker, bv. GEM-AMS",
    "deadline": "deadline, bv. 2027-Q2",
    "partners": "partners, met komma's: GGD, VT",
    "werkgroep": "werkgroep, bv. WG-01",
    "bron": "bron, bv. §10.4",
    "notitie": "notitie (mag leeg)",
}


class Choice(RadioButton):
    """A decision button whose glyph says whether it is chosen (● chosen, ○ not): never colour alone."""

    BUTTON_INNER = "○"

    def watch_value(self) -> None:
        """Switch the glyph with the value, then let the RadioSet know as usual."""
        self.BUTTON_INNER = "●" if self.value else "○"
        super().watch_value()
        self.refresh()


def compose_new_fields() -> ComposeResult:
    """Step 2: a new afspraak's fields two by two (titel on its own row), the add button, the list."""
    yield Static("Nieuwe afspraken voor het komende halfjaar (mag leeg; Enter voegt toe).")
    yield _field("titel")
    for pair in (("trekker", "deadline"), ("partners", "werkgroep"), ("bron", "notitie")):
        with Horizontal(classes="row"):
            for key in pair:
                yield _field(key)
    yield Button("Afspraak toevoegen", id="add")
    yield Static(id="new-list")


def _field(key: str) -> Input:
    return Input(placeholder=_PLACEHOLDERS[key], id=f"new-{key}")


def new_line(new: dict[str, Any]) -> str:
    """One line for a new afspraak in the list and the summary."""
    extra = [f"trekker {new.get('trekker', '-')}", str(new.get("deadline", "geen deadline"))]
    extra += [f"{key} {new[key]}" for key in ("partners", "werkgroep") if new.get(key)]
    return f"{new['titel']} ({', '.join(extra)})"


def problem_text(problems: list[Problem], prefix: str = "") -> str:
    """Problems of the verslag checks as lines for the screen: field, message, what to do."""
    lines = []
    for problem in problems:
        named = problem.field is None or f"veld '{problem.field}'" in problem.message
        field = "" if named else f"veld '{problem.field}': "
        lines.append(f"{prefix}{field}{problem.message}" + (f" → {problem.hint}" if problem.hint else ""))
    return "\n".join(lines)
