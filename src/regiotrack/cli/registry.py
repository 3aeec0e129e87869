"""The sub-commands of ``regiotrack``: a lazy registry, after pip's ``commands/__init__.py``.

Each entry names the module that builds the command's parser and runs it. ``regiotrack --help``
lists the summaries from here without importing any command module; ``regiotrack lijst`` imports
``regiotrack.cli.checking`` only and builds the parser of ``lijst`` only.

Adding a command is one entry here and one module (or one more ``Command`` in the module of its
group)::

    # registry.py
    "lijst": CommandInfo("regiotrack.cli.checking", "LIST", "toon stappen, afspraken en ...", READS),

    # checking.py
    def _configure_list(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--verlopen", action="store_true", help="...")  # help for every option

    def cmd_list(args: argparse.Namespace) -> int: ...  # imports what it needs inside

    LIST = Command(cmd_list, _configure_list, "Lijst van alle items ...", "regiotrack lijst --verlopen")

``options`` says which global options the command honours (``--plan``, ``--vandaag``,
``--geen-commit``): they work before and after the command name, and giving one the command
cannot honour is an error. A command module imports only light modules at its top (argparse,
``regiotrack.errors``, ``regiotrack.cli.common``); everything else inside the command function.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

PLAN = "plan"
"""--plan PAD: which plan file."""
TODAY = "vandaag"
"""--vandaag DATUM: which day counts as today."""
NO_COMMIT = "geen_commit"
"""--geen-commit: write the file without a git commit."""

AS = "als"
"""--als ORG: act as this organisation (only its items)."""
MINE = "mijn"
"""--mijn: only the items of my organisation (git config regiotrack.organisatie)."""

READS: tuple[str, ...] = (PLAN, TODAY)
"""A command that reads the plan."""
WRITES: tuple[str, ...] = (PLAN, TODAY, NO_COMMIT)
"""A command that changes the plan (through saving.save_and_commit)."""
NO_PLAN: tuple[str, ...] = ()
"""A command that does not work on the plan found from here (init, the merge driver)."""


class CommandInfo:
    """Where a command lives, and what ``regiotrack --help`` says about it."""

    __slots__ = ("attribute", "module", "options", "summary")

    def __init__(self, module: str, attribute: str, summary: str, options: tuple[str, ...] = READS) -> None:
        self.module = module
        """The module that defines the command, imported only when the command is chosen."""
        self.attribute = attribute
        """The name of the :class:`Command` in that module."""
        self.summary = summary
        """One line for the list of commands (Dutch)."""
        self.options = options
        """The global options the command honours."""


class Command:
    """A command as its module defines it."""

    __slots__ = ("configure", "description", "example", "run")

    def __init__(
        self,
        run: Callable[[argparse.Namespace], int],
        configure: Callable[[argparse.ArgumentParser], None],
        description: str,
        example: str,
    ) -> None:
        self.run = run
        """Runs the command; returns the exit code. Raises errors.RegiotrackError for what went wrong."""
        self.configure = configure
        """Adds the command's own arguments (each with a help text) to its parser."""
        self.description = description
        """What the command does, for ``regiotrack OPDRACHT --help`` (Dutch)."""
        self.example = example
        """One or more example lines, shown under "Voorbeeld" in the help."""


# The order is the order of `regiotrack --help`.
COMMANDS: dict[str, CommandInfo] = {
    "controleer": CommandInfo("regiotrack.cli.checking", "CHECK", "controleer het planbestand op fouten"),
    "lijst": CommandInfo(
        "regiotrack.cli.checking", "LIST", "toon stappen, afspraken en partneroverleggen", (*READS, AS, MINE)
    ),
    "toon": CommandInfo("regiotrack.cli.checking", "SHOW", "toon alles over één item"),
    "zet": CommandInfo("regiotrack.cli.editing", "SET_STATUS", "zet de status van een item", WRITES),
    "deadline": CommandInfo("regiotrack.cli.editing", "DEADLINE", "verplaats een deadline of datum", WRITES),
    "notitie": CommandInfo(
        "regiotrack.cli.changes", "NOTE", "voeg een notitie toe (of vervang of verwijder er één)", WRITES
    ),
    "nieuw": CommandInfo("regiotrack.cli.changes", "NEW", "voeg een item toe (afspraak, stap, werkgroep, …)", WRITES),
    "wijzig": CommandInfo("regiotrack.cli.changes", "CHANGE", "wijzig velden van een item of van het plan", WRITES),
    "verwijder": CommandInfo(
        "regiotrack.cli.changes", "REMOVE", "verwijder een item dat per vergissing is ingevoerd", WRITES
    ),
    "matrix": CommandInfo("regiotrack.cli.local", "MATRIX", "regionale afspraken x gemeenten: wie werkt eraan"),
    "beoordeel": CommandInfo(
        "regiotrack.cli.local", "REVIEW", "jaarbeoordeling van een lokale actie (vasthouden … verlaten)", WRITES
    ),
    "meet": CommandInfo("regiotrack.cli.monitoring", "MEASURE", "leg de waarde van een indicator vast", WRITES),
    "reflecteer": CommandInfo(
        "regiotrack.cli.monitoring", "REFLECT", "schrijf de halfjaarlijkse reflectie op een effect", WRITES
    ),
    "herstel": CommandInfo("regiotrack.cli.undo", "UNDO", "maak de laatste wijziging met regiotrack ongedaan", WRITES),
    "geschiedenis": CommandInfo("regiotrack.cli.history", "LOG", "wie veranderde wat, wanneer (uit git)"),
    "verschil": CommandInfo("regiotrack.cli.history", "DIFF", "inhoudelijk verschil tussen twee versies"),
    "herkomst": CommandInfo("regiotrack.cli.history", "BLAME", "per veld: wie het het laatst veranderde"),
    "exporteer": CommandInfo("regiotrack.cli.export", "EXPORT", "agenda-export (iCalendar) voor Outlook e.d."),
    "rapport": CommandInfo("regiotrack.cli.export", "REPORT", "voortgangsrapport (Markdown, HTML of JSON)"),
    "partneroverleg": CommandInfo(
        "regiotrack.cli.meeting", "MEETING", "plan, agenda en verslag van het halfjaarlijkse partneroverleg", WRITES
    ),
    "publiceer": CommandInfo(
        "regiotrack.cli.publish", "PUBLISH", "schrijf de site: rapport, archief, agenda's en gegevens (voor Pages)"
    ),
    "init": CommandInfo(
        "regiotrack.cli.setup", "INIT", "begin een planrepository, of stel de merge-driver in", NO_PLAN
    ),
    "samenvoegen": CommandInfo(
        "regiotrack.cli.setup", "MERGE_DRIVER", "merge-driver voor git (wordt door git aangeroepen)", NO_PLAN
    ),
}


def load(name: str) -> Command:
    """The command ``name`` (a key of COMMANDS), importing its module now."""
    import importlib

    info = COMMANDS[name]
    command: Command = getattr(importlib.import_module(info.module), info.attribute)
    return command
