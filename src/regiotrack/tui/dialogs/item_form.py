"""A form to add an item of any section, or to change one: one field per line, checked as you type.

The form knows no section: its fields come from the model (``plan.fieldvalues``), and every keystroke
runs the very edit that saving would run (``plan.creating.new_item`` / ``change_item``) on the
plan as loaded. Its message ("bedoelde u 'GGD'?") is shown under the field it names; Opslaan
stays disabled until the edit would succeed. Escape closes the form and writes nothing. The form
returns the ``veld=waarde`` assignments; the flow saves them through the one write path.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from regiotrack.errors import UserError
from regiotrack.plan.creating import MissingFields
from regiotrack.plan.edits import Edit
from regiotrack.plan.fieldvalues import Assignment, FieldInfo
from regiotrack.tui.text import plain

SKIPPED = frozenset({"status", "gereed_op", "reden", "notities"})
"""Fields with their own action: status and reason (s), the note log (n)."""

_FIELD_IN_MESSAGE = re.compile(r"veld '([^']+)'|heeft '([^']+)'(?: nodig| al in)|'([^']+)' nodig")

Check = Callable[[list[Assignment]], Edit]
"""Runs the edit the form would make; raises UserError when it cannot be made."""


def input_text(value: Any) -> str:
    """A field's current value as one types it: lists with commas, dates ISO, ja/nee."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, tuple):
        return ",".join(str(v) for v in value)
    return str(value)


class ItemForm(ModalScreen[list[Assignment] | None]):
    """Add (``item`` None) or change an item; Ctrl+S or Opslaan saves, Escape cancels."""

    DEFAULT_CSS = """
    ItemForm { align: center middle; }
    ItemForm > Vertical { width: 84; max-width: 100%; height: 90%; border: thick $primary;
                          background: $surface; padding: 0 1; }
    ItemForm #fields { height: 1fr; }
    ItemForm .row { height: 1; margin: 0 0 1 0; }
    ItemForm .row Label { width: 18; padding: 0 1 0 0; }
    ItemForm .row Input { width: 1fr; height: 1; border: none; padding: 0 1; background: $boost; }
    ItemForm .row Input:focus { background: $primary 30%; }
    ItemForm .problem { color: $error; padding: 0 0 0 18; height: auto; margin: 0 0 1 0; display: none; }
    ItemForm #summary { height: auto; color: $text-muted; }
    ItemForm #buttons { height: auto; align-horizontal: right; }
    """
    BINDINGS = [Binding("ctrl+s", "save", "Opslaan"), Binding("escape", "cancel", "Annuleren")]

    def __init__(self, title: str, fields: list[FieldInfo], initial: dict[str, str], check: Check, adding: bool):
        super().__init__()
        self.title_text = title
        self.fields = [f for f in fields if f.key not in SKIPPED]
        self.initial = initial
        """File key -> the text the field starts with."""
        self.check = check
        self.adding = adding
        self.edit: Edit | None = None
        """The edit the form's values make now, or None while they are not valid."""
        self.visited: set[str] = set()
        """Fields the user left or typed in: only those say they are missing (all of them after Opslaan)."""
        self.save_tried = False

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(plain(self.title_text + " — Ctrl+S opslaan, Esc annuleren"))
            with VerticalScroll(id="fields"):
                for info in self.fields:
                    with Horizontal(classes="row"):
                        yield Label(info.key + (" *" if info.required and info.key != "id" else ""))
                        yield Input(
                            self.initial.get(info.key, ""),
                            placeholder=_placeholder(info),
                            id=f"f-{info.key}",
                            disabled=info.key == "id" and not self.adding,
                        )
                    yield Static("", classes="problem", id=f"p-{info.key}", markup=False)
            yield Static("", id="summary", markup=False)
            with Horizontal(id="buttons"):
                yield Button("Opslaan", id="save", variant="primary", disabled=True)
                yield Button("Annuleren", id="cancel")

    def on_mount(self) -> None:
        self._validate()
        first = next((i for i in self.query(Input) if not i.disabled), None)
        if first is not None:
            first.focus()

    def assignments(self) -> list[Assignment]:
        """What the form says: every filled field when adding, the changed ones when changing."""
        result = []
        for info in self.fields:
            text = self.query_one(f"#f-{info.key}", Input).value
            if (self.adding and text.strip()) or (not self.adding and text != self.initial.get(info.key, "")):
                result.append(Assignment(info.key, "=", text))
        return result

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        if event.input.has_focus:  # typed, not filled in when the form opened
            self.visited.add((event.input.id or "").removeprefix("f-"))
        self._validate()

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """Leaving a field counts as a visit: from now on it may say it is missing."""
        if isinstance(event.widget, Input) and event.widget.id:
            self.visited.add(event.widget.id.removeprefix("f-"))
            self._validate()

    def _validate(self) -> None:
        for problem in self.query(".problem").results(Static):
            problem.update("")
            problem.display = False
        summary = self.query_one("#summary", Static)
        assignments = self.assignments()
        self.edit = None
        if not assignments and not self.adding:
            summary.update("Nog niets gewijzigd.")
        else:
            try:
                self.edit = self.check(assignments)
            except MissingFields as err:
                self._show_missing(err.keys)
                summary.update("")
            except UserError as err:
                self._show_problem(err)
                summary.update("")
            else:
                summary.update(f"Wordt: {self.edit.summary}")
        self.query_one("#save", Button).disabled = self.edit is None

    def _show_problem(self, err: UserError) -> None:
        text = err.format()
        match = _FIELD_IN_MESSAGE.search(err.message)
        key = next((g for g in match.groups() if g), None) if match else None
        target = self.query_one(f"#p-{key}" if key and self.query(f"#p-{key}") else "#summary", Static)
        target.update(text)
        target.display = True

    def _show_missing(self, keys: tuple[str, ...]) -> None:
        """Under each missing field the user visited (or all after Opslaan): what to fill in, in the form's words."""
        for key in keys:
            if (key in self.visited or self.save_tried) and self.query(f"#p-{key}"):
                problem = self.query_one(f"#p-{key}", Static)
                problem.update(f"Vul {key} in; dit veld is verplicht.")
                problem.display = True

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def action_save(self) -> None:
        """Close with the assignments, only when they make a valid edit (else say every missing field)."""
        self.save_tried = True
        self._validate()
        if self.edit is not None:
            self.dismiss(self.assignments())

    def action_cancel(self) -> None:
        """Close without a change."""
        self.dismiss(None)


def _placeholder(info: FieldInfo) -> str:
    examples = {
        "lijst": "A,B,C",
        "datum": "31-3-2026",
        "termijn": "31-3-2026, 2026-Q4, najaar 2026",
        "periode": "2026-H1",
        "ja/nee": "ja of nee",
        "getal": "1",
        "keuze": " | ".join(info.choices),
    }
    return examples.get(info.kind, "")
