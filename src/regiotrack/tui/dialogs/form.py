"""The base of every form: fields with a Dutch message under each, Opslaan and Annuleren.

Keyboard and mouse alike: Tab and Shift+Tab walk the fields and buttons in the order they are
composed, Enter in a one-line field saves, Ctrl+S saves from anywhere, Esc cancels (nothing is
written). Every change re-checks the form; Opslaan stays disabled until it is valid.

A form declares its fields in :meth:`compose_fields` (each followed by ``self.message_for(id)``),
says per field what is wrong in :meth:`problems` (field id -> Dutch message, '' when fine, and
may show a hint through :meth:`hints`), and builds its result in :meth:`result`.
"""

from __future__ import annotations

from typing import TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, TextArea

from regiotrack.tui.text import plain

ResultT = TypeVar("ResultT")


class FormDialog(ModalScreen[ResultT | None]):
    """A modal form that returns its result, or None when cancelled."""

    DEFAULT_CSS = """
    FormDialog { align: center middle; }
    FormDialog > Vertical { width: 72; max-width: 100%; height: auto; max-height: 100%;
                            border: thick $primary; background: $surface; padding: 0 1; overflow-y: auto; }
    FormDialog .form-title { text-style: bold; width: 1fr; }
    FormDialog .form-message { color: $error; width: 1fr; height: auto; min-height: 1; }
    FormDialog .form-message.-hint { color: $text-muted; }
    /* Docked: however long a field's message or a note log, the buttons stay on screen (the rest scrolls). */
    FormDialog .form-buttons { height: auto; align-horizontal: right; margin-top: 1; dock: bottom; }
    FormDialog .form-buttons Button { margin-left: 1; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Annuleren"),
        Binding("ctrl+s", "save", "Opslaan"),
    ]

    def __init__(self, title: str) -> None:
        super().__init__()
        self.form_title = title
        self.touched: set[str] = set()
        """Fields the user changed: their problems are shown (an empty new form shows none yet)."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(plain(self.form_title), classes="form-title")
            yield from self.compose_fields()
            with Horizontal(classes="form-buttons"):
                yield Button("Opslaan (Ctrl+S)", variant="primary", id="save", disabled=True)
                yield Button("Annuleren (Esc)", id="cancel")

    def compose_fields(self) -> ComposeResult:
        """The form's fields, each followed by ``self.message_for(field_id)``."""
        yield from ()

    def message_for(self, field_id: str) -> Label:
        """The line under a field where its problem (or a hint) is shown."""
        return Label("", id=f"{field_id}-message", classes="form-message")

    def problems(self) -> dict[str, str]:
        """Field id -> what is wrong with it, in Dutch ('' when fine)."""
        return {}

    def hints(self) -> dict[str, str]:
        """Field id -> a hint shown when the field is fine (such as the date understood)."""
        return {}

    def result(self) -> ResultT:
        """The form's value; only called when :meth:`problems` finds nothing."""
        raise NotImplementedError

    def on_mount(self) -> None:
        self.check()

    @property
    def valid(self) -> bool:
        """True when no field has a problem."""
        return not any(self.problems().values())

    def check(self) -> bool:
        """Show each field's problem or hint under it; enable Opslaan only when all is well."""
        problems, hints = self.problems(), self.hints()
        for label in self.query(".form-message").results(Label):
            field_id = (label.id or "").removesuffix("-message")
            problem = problems.get(field_id, "") if field_id in self.touched else ""
            label.update(plain(problem or hints.get(field_id, "")))
            label.set_class(not problem, "-hint")
        ok = not any(problems.values())
        self.query_one("#save", Button).disabled = not ok
        return ok

    @on(Input.Changed)
    @on(TextArea.Changed)
    def _changed(self, event: Input.Changed | TextArea.Changed) -> None:
        if event.control is not None and event.control.id:
            self.touched.add(event.control.id)
        self.check()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def action_save(self) -> None:
        """Close with the result, when the form is valid (else show every problem)."""
        self.touched.update(self.problems())
        if self.check():
            self.dismiss(self.result())

    def action_cancel(self) -> None:
        """Close without a change."""
        self.dismiss(None)
