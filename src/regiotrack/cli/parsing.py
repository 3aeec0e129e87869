"""From argv to one namespace: the global options, the chosen command and its own parser.

Parsing happens in two steps, as pip does: the global options before the command name are parsed
by the top parser (which knows every command only by its registry line), then the command's own
parser (built by its module) parses the rest. Global options given after the command name are
declared on that parser with ``default=SUPPRESS``, so a value given before the command is never
overwritten by a default; a global option the command cannot honour is an error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from regiotrack.cli.registry import AS, COMMANDS, MINE, NO_COMMIT, PLAN, TODAY, CommandInfo, load
from regiotrack.errors import EXIT_INPUT

_ARGPARSE_DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hooguit één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "invalid %(type)s value: %(value)r": "ongeldige waarde voor %(type)s: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "optie %(option)s is niet eenduidig: %(matches)s",
    "ignored explicit argument %r": "optie krijgt geen waarde: %r",
    "not allowed with argument %s": "niet samen met %s",
}
# argparse looks up its own words through gettext; this makes them Dutch, like ours.
argparse._ = lambda text: _ARGPARSE_DUTCH.get(text, text)  # type: ignore[attr-defined]

# Global options that take a value: the word after them is not the command name.
_VALUED = {"--plan", "--vandaag", "--als"}
_FLAGS = {PLAN: "--plan", TODAY: "--vandaag", NO_COMMIT: "--geen-commit", AS: "--als", MINE: "--mijn"}


class _Formatter(argparse.HelpFormatter):
    """Fills paragraphs, but keeps blocks with indented lines (examples, the command list) as written."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        # argparse imports shutil for the width each time a parser is made; os alone is enough.
        super().__init__(prog, indent_increment, max_help_position, width or _terminal_width() - 2)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        blocks = []
        for block in text.split("\n\n"):
            if "\n  " in block or block.startswith("  "):
                blocks.append("\n".join(indent + line for line in block.splitlines()))
            else:
                blocks.append(super()._fill_text(block, width, indent))
        return "\n\n".join(blocks)


def _terminal_width() -> int:
    """$COLUMNS, else the terminal's width, else 80 (what shutil.get_terminal_size does)."""
    import os

    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns if sys.__stdout__ else 80
    except (AttributeError, ValueError, OSError):
        return 80


class Parser(argparse.ArgumentParser):
    """argparse with a Dutch error line that says what to do, and exit code 2."""

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(**kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> None:  # type: ignore[override]
        from regiotrack.errors import escape_controls

        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, escape_controls(f"regiotrack: fout: {message}\n    → Zie '{self.prog} --help'.\n"))


def add_global_options(parser: argparse.ArgumentParser, names: Sequence[str], suppress: bool) -> None:
    """--plan, --vandaag and --geen-commit as far as ``names`` has them; ``suppress``: no default.

    Without a default an option the user did not give after the command leaves the value given
    before it alone (argparse would otherwise overwrite it with the sub-parser's default).
    """
    actions = []
    if PLAN in names:
        actions.append(
            parser.add_argument("--plan", metavar="PAD", help="planbestand (standaard: plans/*.toml vanaf hier omhoog)")
        )
    if TODAY in names:
        actions.append(
            parser.add_argument(
                "--vandaag", metavar="DATUM", help="doe alsof het vandaag DATUM is (ook via REGIOTRACK_VANDAAG)"
            )
        )
    if NO_COMMIT in names:
        actions.append(
            parser.add_argument(
                "--geen-commit",
                action="store_true",
                help="alleen het bestand wijzigen, niet vastleggen in git "
                "(vast instellen: git config regiotrack.commit false)",
            )
        )
    if AS in names:
        actions.append(
            parser.add_argument(
                "--als", metavar="ORG", help="als deze organisatie: alleen wat zij trekt of waarin zij partner is"
            )
        )
    if MINE in names:
        actions.append(
            parser.add_argument(
                "--mijn",
                action="store_true",
                help="alleen wat uw organisatie trekt of waarin zij partner is "
                "(eenmalig instellen: git config regiotrack.organisatie VT)",
            )
        )
    if suppress:
        for action in actions:
            action.default = argparse.SUPPRESS


def top_parser() -> Parser:
    """``regiotrack [opties] [OPDRACHT ...]``: the global options and the list of commands."""
    from regiotrack import __version__

    width = max(len(name) for name in COMMANDS) + 2
    commands = "\n".join(f"  {name.ljust(width)}{info.summary}" for name, info in COMMANDS.items())
    parser = Parser(
        prog="regiotrack",
        usage="regiotrack [opties] [OPDRACHT [argumenten]]",
        description="Houd het regionale beleidskader HGKM&SG bij: wat is verlopen, wat komt eraan.",
        epilog=f"opdrachten:\n{commands}\n\nZonder opdracht opent regiotrack het plan in de terminal. "
        "Meer over een opdracht: regiotrack OPDRACHT --help.",
    )
    parser.add_argument(
        "--version", action="version", version=f"regiotrack {__version__}", help="toon het versienummer en stop"
    )
    add_global_options(parser, (PLAN, TODAY, NO_COMMIT, AS, MINE), suppress=False)
    return parser


def command_parser(name: str, info: CommandInfo) -> Parser:
    """The parser of one command, built by its module; ``run`` defaults to the command's function."""
    command = load(name)
    lines = command.example.strip().splitlines()
    examples = "\n".join(f"  {line}" for line in lines)
    parser = Parser(
        prog=f"regiotrack {name}",
        description=command.description,
        epilog=f"{'Voorbeelden' if len(lines) > 1 else 'Voorbeeld'}:\n{examples}",
    )
    add_global_options(parser, info.options, suppress=True)
    command.configure(parser)
    parser.set_defaults(run=command.run)
    return parser


def split_command(argv: Sequence[str]) -> tuple[list[str], str | None, list[str]]:
    """(global options, command name or None, the command's arguments)."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--":
            index += 1
            break
        if not word.startswith("-") or word == "-":
            break
        index += 2 if word in _VALUED else 1
    if index >= len(argv):
        return list(argv[: len(argv)]), None, []
    before = [w for w in argv[:index] if w != "--"]
    return before, argv[index], list(argv[index + 1 :])


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """One namespace for the whole command line; ``command`` is None for the terminal view."""
    before, name, rest = split_command(argv)
    top = top_parser()
    args = top.parse_args(before)
    args.command = name
    if name is None:
        return args
    info = COMMANDS.get(name)
    if info is None:
        from regiotrack.errors import did_you_mean

        hint = did_you_mean(name, COMMANDS)
        top.error(f"onbekende opdracht '{name}'" + (f"; {hint}" if hint else ""))
    assert info is not None  # top.error exits
    for option, flag in _FLAGS.items():
        if option not in info.options and getattr(args, option) not in (None, False):
            top.error(f"{flag} past niet bij 'regiotrack {name}': die opdracht {_why_not(option)}")
    command_parser(name, info).parse_args(rest, namespace=args)
    return args


def _why_not(option: str) -> str:
    if option == NO_COMMIT:
        return "wijzigt het plan niet"
    if option in (AS, MINE):
        return "kiest geen items per organisatie"
    return "werkt niet op het plan van hier"
