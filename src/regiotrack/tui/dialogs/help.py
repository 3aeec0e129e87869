"""The help screen, derived from the command declarations."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from regiotrack.plan.standing import SYMBOLS
from regiotrack.tui.commands import COMMANDS, key_label


class HelpScreen(ModalScreen[None]):
    """Every command with its keys and help text, and what the symbols mean."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 90%; max-width: 100; height: 90%; border: thick $primary;
                                  background: $surface; padding: 0 1; }
    """
    BINDINGS = [Binding("escape,question_mark,f1,q", "dismiss", "Sluiten")]

    def compose(self) -> ComposeResult:
        table = Table(title="regiotrack — opdrachten", expand=True, show_edge=False)
        table.add_column("toets", no_wrap=True)
        table.add_column("opdracht", max_width=20)  # a long label wraps; the help text needs the room
        table.add_column("wat het doet", ratio=1)  # the room left goes to the text that wraps
        for command in COMMANDS:
            where = f" (in {command.scope})" if command.scope else ""
            table.add_row(key_label(command), command.label + where, command.help)
        legend = Table(title="tekens bij de stand", expand=True, show_edge=False)
        legend.add_column("teken", no_wrap=True)
        legend.add_column("stand")
        for state, symbol in SYMBOLS.items():
            legend.add_row(symbol, state)
        with VerticalScroll():
            yield Static(table)
            yield Static(legend)
            yield Static("Ook alle opdrachten via het opdrachtenpalet: Ctrl+P. Sluiten: Esc.")
