"""Every command of the TUI, declared once: key, label, help text, action.

Key bindings, the footer, the command palette and the help screen are all derived from
``COMMANDS``, so they cannot drift apart. The screen commands come from the screen registry
(:data:`regiotrack.tui.screens.SCREENS`); edit and export commands name a flow of
:mod:`regiotrack.tui.flows` (``screen.edit('status')``, ``app.export('agenda')``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from textual.app import SystemCommand
from textual.binding import Binding, BindingType

from regiotrack.tui.screens import SCREENS


@dataclass(frozen=True)
class Command:
    """One thing a user can do."""

    id: str
    """Stable id (also the binding id)."""
    keys: str
    """Textual key names, comma separated."""
    label: str
    """Short Dutch label for the footer and the palette."""
    help: str
    """One Dutch sentence for the help screen and the palette."""
    action: str
    """The Textual action string run by the app."""
    show: bool = True
    """Shown in the footer."""
    scope: str | None = None
    """Screen (mode) name for commands that only make sense there; None for app-wide ones."""


COMMANDS: tuple[Command, ...] = (
    *(
        Command(spec.name, spec.key, spec.title, spec.help, f"app.switch_mode('{spec.name}')", show=spec.footer)
        for spec in SCREENS
    ),
    Command("status", "s", "Status", "Zet de status van het gekozen item.", "screen.edit('status')"),
    Command(
        "notitie",
        "n",
        "Notitie",
        "Voeg een notitie toe aan het gekozen item (het logboek staat erboven).",
        "screen.edit('notitie')",
    ),
    Command(
        "deadline", "d", "Deadline", "Verplaats de deadline (of datum) van het gekozen item.", "screen.edit('deadline')"
    ),
    # Not in the footer (it is full at 80 columns); the help screen, the palette and the README list them.
    Command(
        "nieuw",
        "a",
        "Nieuw",
        "Voeg een item toe van de soort van dit scherm (een formulier).",
        "screen.add",
        show=False,
    ),
    Command(
        "wijzig",
        "e",
        "Wijzig",
        "Wijzig de velden van het gekozen item (een formulier).",
        "screen.edit('wijzig')",
        show=False,
    ),
    Command(
        "mijn",
        "m",
        "Mijn/alles",
        "Toon op elk scherm alleen wat uw organisatie trekt of waarin zij partner is, of weer alles "
        "(organisatie: git config regiotrack.organisatie, of --als).",
        "app.toggle_mine",
    ),
    Command(
        "zoek",
        "g",
        "Ga naar",
        "Zoek een stap, afspraak, werkgroep of partneroverleg op id, titel of trekker (letters mogen ontbreken: "
        "'slchtfr' vindt Slachtofferdevice) en toon het op zijn scherm, met details.",
        "app.jump",
    ),
    Command(
        "herstel",
        "u",
        "Herstel",
        "Maak de laatste wijziging met regiotrack ongedaan (een nieuwe commit 'Herstel: …'); geweigerd als "
        "latere commits hetzelfde item veranderden of als er niet vastgelegde wijzigingen zijn.",
        "app.undo",
    ),
    Command(
        "plannen",
        "p",
        "Plan overleg",
        "Dag, tijd en plaats van het overleg.",
        "screen.plan_meeting",
        show=False,  # the Overzicht's hint and the Partneroverleg screen name the key
    ),
    Command("herlaad", "r", "Herlaad", "Lees het planbestand opnieuw in.", "app.reload_plan", show=False),
    Command(
        "thema", "t", "Licht/donker", "Wissel tussen het lichte en het donkere thema.", "app.toggle_theme", show=False
    ),
    Command("help", "question_mark,f1", "Help", "Toon alle opdrachten en toetsen.", "app.show_help"),
    Command("stoppen", "ctrl+q", "Stoppen", "Sluit regiotrack af.", "app.quit"),
    Command(
        "agenda",
        "",
        "Agenda exporteren",
        "Schrijf het hele plan als agenda (regiotrack-agenda.ics) naast de map plans/.",
        "app.export('agenda')",
    ),
    Command(
        "rapport",
        "",
        "Rapport maken",
        "Schrijf het voortgangsrapport (regiotrack-rapport.html en .md) naast de map plans/.",
        "app.export('rapport')",
    ),
    Command(
        "verslag",
        "v",
        "Verslag",
        "Verslag vastleggen (gekozen of laatst gehouden overleg).",
        "screen.record_minutes",
        show=False,  # the Partneroverleg screen names the key
    ),
    Command("filter", "slash", "Filter", "Ga naar het filterveld.", "focus_filter", scope="afspraken"),
    Command(
        "details",
        "enter,i",
        "Details",
        "Toon of verberg de details van de gekozen afspraak (op een breed scherm altijd ernaast).",
        "toggle_detail",
        scope="afspraken",
    ),
    Command(
        "sorteer",
        "o",
        "Sorteer",
        "Sorteer op de volgende kolom (nogmaals: andere kolom).",
        "cycle_sort",
        scope="afspraken",
    ),
    Command(
        "alleen_lokaal",
        "f",
        "Lokaal/alles",
        "Alleen de rijen waaraan een gemeente lokaal werkt, of weer alle.",
        "toggle_acting",
        scope="gemeenten",
    ),
)


def bindings(scope: str | None = None) -> list[BindingType]:
    """Textual bindings for the app-wide commands, or for one screen's own."""
    return [
        Binding(c.keys, c.action, c.label, show=c.show, tooltip=c.help, id=c.id)
        for c in COMMANDS
        if c.scope == scope and c.keys
    ]


def key_label(command: Command) -> str:
    """Keys as people read them: '?', 'F1', 'Ctrl+Q'."""
    if not command.keys:
        return "palet"
    names = {"question_mark": "?", "f1": "F1", "ctrl+q": "Ctrl+Q", "slash": "/"}
    return " / ".join(names.get(k, k.upper() if len(k) == 1 else k) for k in command.keys.split(","))


def palette_commands(run_action: Callable[[str], Any]) -> Iterable[SystemCommand]:
    """The app-wide commands for the command palette (quitting is Textual's own entry)."""
    for command in COMMANDS:
        if command.scope is None and command.id != "stoppen":
            yield SystemCommand(command.label, command.help, partial(run_action, command.action))
