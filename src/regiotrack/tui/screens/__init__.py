"""The main screens, declared once in :data:`SCREENS`.

Everything else is derived from this registry: the App's modes (one per screen), the key
bindings (1, 2, …), the command palette and the help screen (both through
:mod:`regiotrack.tui.commands`).

Adding a screen is one entry here and one module in this package: write a
:class:`~regiotrack.tui.screens.base.PlanScreen` subclass in ``screens/<name>.py`` (its
``refresh_view`` draws from the App's current ``PlanView``) and add a :class:`ScreenSpec`
below. The module is imported only when the screen is first shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regiotrack.tui.screens.base import PlanScreen


@dataclass(frozen=True)
class ScreenSpec:
    """One main screen: its mode name, Dutch title, key, help text and class."""

    name: str
    """Mode name and command id (Dutch, lower case)."""
    title: str
    """Dutch title for the footer, the palette and the help screen."""
    key: str
    """Textual key that switches to the screen."""
    help: str
    """One or two Dutch sentences for the help screen and the palette."""
    cls: str
    """'module:Class' below ``regiotrack.tui.screens``; imported on first use."""
    footer: bool = True
    """Listed in the footer (the footer is full from the eighth screen on; help and palette list all)."""

    def load(self) -> type[PlanScreen]:
        """The screen class (imports its module)."""
        module, _, name = self.cls.partition(":")
        screen: type[PlanScreen] = getattr(import_module(f"regiotrack.tui.screens.{module}"), name)
        return screen

    def make(self) -> PlanScreen:
        """A new instance of the screen (the App calls this once per mode)."""
        return self.load()()


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec(
        "overzicht",
        "Overzicht",
        "1",
        "Tellingen per stand, wat verlopen is, wat binnenkort vervalt, het volgende partneroverleg en de "
        "voortgang per werkgroep en trekker.",
        "overview:OverviewScreen",
    ),
    ScreenSpec(
        "tijdlijn",
        "Tijdlijn",
        "2",
        "De consultatie- en besluitvormingstijdlijn als grafiek over de maanden, met vandaag gemarkeerd.",
        "timeline:TimelineScreen",
    ),
    ScreenSpec(
        "afspraken",
        "Afspraken",
        "3",
        "Alle afspraken in een tabel: typ om te filteren, kies facetten, sorteer op een kolom.",
        "agreements:AgreementsScreen",
    ),
    ScreenSpec(
        "werkgroepen",
        "Werkgroepen",
        "4",
        "Elke werkgroep met trekkers, facilitators, afspraken en voortgang.",
        "groups:GroupsScreen",
    ),
    ScreenSpec(
        "partneroverleg",
        "Partneroverleg",
        "5",
        "Elk halfjaarlijks partneroverleg: datum, wat voor te bereiden is, wat gedaan en verschoven is.",
        "meetings:MeetingsScreen",
    ),
    ScreenSpec(
        "geschiedenis",
        "Geschiedenis",
        "6",
        "Wie veranderde wat en wanneer, uit git, als wijzigingen per item en veld.",
        "history:HistoryScreen",
    ),
    ScreenSpec(
        "effecten",
        "Effecten",
        "7",
        "Per beoogd effect: de afspraken die het dienen en hun stand, de indicatoren over de tijd en de "
        "reflectie per halfjaar; daarna per gebied.",
        "effects:EffectsScreen",
    ),
    ScreenSpec(
        "gemeenten",
        "Gemeenten",
        "8",
        "Regionale matrix: welke gemeenten lokaal werken aan elke regionale afspraak, en hoe ver.",
        "matrix:MatrixScreen",
        footer=False,
    ),
)
"""Every main screen, in key order; the first is shown at start."""
