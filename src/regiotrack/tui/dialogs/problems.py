"""The problems of a plan file that no longer passes the check, shown instead of a traceback."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from regiotrack.errors import Problem


class ProblemsScreen(ModalScreen[None]):
    """Lists every problem with file, line, item and field, and what to do."""

    DEFAULT_CSS = """
    ProblemsScreen { align: center middle; }
    ProblemsScreen > VerticalScroll { width: 90%; height: 80%; border: thick $error; background: $surface;
                                      padding: 0 1; }
    """
    BINDINGS = [Binding("escape,enter", "dismiss", "Sluiten")]

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__()
        self.problems = problems

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(
                f"Het planbestand is gewijzigd maar bevat {len(self.problems)} fout(en). "
                "regiotrack toont de laatste goede versie. Verbeter het bestand; het wordt dan "
                "vanzelf opnieuw ingelezen.\n",
                markup=False,
            )
            yield Static("\n".join(p.format() for p in self.problems), markup=False)
