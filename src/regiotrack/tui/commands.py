"""Every command of the TUI, declared once: key, label, help text, action.

Key bindings, the footer, the command palette and the help screen are all derived from
``COMMANDS``, so they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding, BindingType


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


SCREENS: tuple[tuple[str, str], ...] = (
    ("overzicht", "Overzicht"),
    ("tijdlijn", "Tijdlijn"),
    ("afspraken", "Afspraken"),
    ("werkgroepen", "Werkgroepen"),
    ("partneroverleg", "Partneroverleg"),
    ("geschiedenis", "Geschiedenis"),
)
"""Screen (mode) name and Dutch title, in key order 1-6."""

_SCREEN_HELP = {
    "overzicht": "Tellingen per stand, wat verlopen is, wat binnenkort vervalt, het volgende partneroverleg en de "
    "voortgang per werkgroep en trekker.",
    "tijdlijn": "De consultatie- en besluitvormingstijdlijn als grafiek over de maanden, met vandaag gemarkeerd.",
    "afspraken": "Alle afspraken in een tabel: typ om te filteren, kies facetten, sorteer op een kolom.",
    "werkgroepen": "Elke werkgroep met trekkers, facilitators, afspraken en voortgang.",
    "partneroverleg": "Elk halfjaarlijks partneroverleg: datum, wat voor te bereiden is, wat gedaan en verschoven is.",
    "geschiedenis": "Wie veranderde wat en wanneer, uit git, als wijzigingen per item en veld.",
}

COMMANDS: tuple[Command, ...] = (
    *(
        Command(name, str(number), title, _SCREEN_HELP[name], f"app.switch_mode('{name}')")
        for number, (name, title) in enumerate(SCREENS, start=1)
    ),
    Command("status", "s", "Status", "Zet de status van het gekozen item.", "app.set_status"),
    Command("notitie", "n", "Notitie", "Bewerk de notitie van het gekozen item (meerdere regels).", "app.edit_note"),
    Command("deadline", "d", "Deadline", "Verplaats de deadline (of datum) van het gekozen item.", "app.move_deadline"),
    Command(
        "plannen",
        "p",
        "Plan overleg",
        "Plan het gekozen (anders het volgende) partneroverleg: dag, tijd en plaats in één keer.",
        "app.plan_meeting",
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
        "app.export_calendar",
    ),
    Command(
        "rapport",
        "",
        "Rapport maken",
        "Schrijf het voortgangsrapport (regiotrack-rapport.html en .md) naast de map plans/.",
        "app.make_report",
    ),
    Command(
        "verslag",
        "v",
        "Verslag",
        "Leg het verslag van het gekozen partneroverleg vast: per afspraak een besluit, nieuwe afspraken, "
        "aanwezigen en besluiten; één commit en een tag.",
        "app.record_minutes",
        scope="partneroverleg",
    ),
    Command("filter", "slash", "Filter", "Ga naar het filterveld.", "focus_filter", scope="afspraken"),
    Command(
        "sorteer",
        "o",
        "Sorteer",
        "Sorteer op de volgende kolom (nogmaals: andere kolom).",
        "cycle_sort",
        scope="afspraken",
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
