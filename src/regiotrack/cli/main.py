"""The ``regiotrack`` command: parse, run the chosen command, turn every failure into a message.

Imports are kept light: the commands live in their own modules (see ``cli/registry.py``) and
only the chosen one is imported, so ``regiotrack lijst`` never loads Textual, GitPython or
icalendar, nor the parsers of the other commands.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from regiotrack.errors import (
    EXIT_FILE_SYSTEM,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_PROBLEMS,
    FileSystemError,
    PlanError,
    RegiotrackError,
)

if TYPE_CHECKING:
    import argparse


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    from regiotrack.cli.parsing import parse

    args = parse(sys.argv[1:] if argv is None else argv)
    try:
        _refuse_undecodable(args)
        if args.command is None:
            return run_tui(args)
        return int(args.run(args))
    except PlanError as err:
        _print_plan_error(err)
        return EXIT_PROBLEMS if args.command == "controleer" else EXIT_INPUT
    except RegiotrackError as err:
        print(f"regiotrack: {err.format()}", file=sys.stderr)
        return err.exit_code
    except BrokenPipeError:
        return EXIT_OK
    except OSError as err:  # anything the layers below did not translate: still a message, never a traceback
        failure = FileSystemError.from_os_error(err, "lezen of schrijven")
        print(f"regiotrack: {failure.format()}", file=sys.stderr)
        return failure.exit_code
    except RecursionError:
        print(
            "regiotrack: fout: de gegevens zijn te diep genest om te verwerken (lijsten of tabellen in elkaar)\n"
            "    → Controleer het planbestand met 'regiotrack controleer'; er is niets gewijzigd.",
            file=sys.stderr,
        )
        return EXIT_INPUT
    except MemoryError:
        print(
            "regiotrack: fout: te weinig geheugen; het bestand is waarschijnlijk geen plan of veel te groot\n"
            "    → Controleer welk bestand u met --plan opgeeft; er is niets gewijzigd.",
            file=sys.stderr,
        )
        return EXIT_FILE_SYSTEM
    except UnicodeError as err:
        print(
            f"regiotrack: fout: tekst in een onleesbare of ongeldige codering ({err.__class__.__name__})\n"
            "    → Gebruik UTF-8 voor het plan en voor wat u intypt; er is niets gewijzigd.",
            file=sys.stderr,
        )
        return EXIT_INPUT


# Arguments that name files: any bytes a file name may hold are fine there (kept as surrogates).
_PATH_ARGUMENTS = frozenset({"plan", "uitvoer", "map", "base", "ours", "theirs", "path", "run", "command"})


def _refuse_undecodable(args: argparse.Namespace) -> None:
    """Text arguments must be valid UTF-8: an undecodable byte would end up in the plan or in git."""
    from regiotrack.errors import UserError, escape_controls

    for key, value in vars(args).items():
        if key in _PATH_ARGUMENTS or not isinstance(value, str):
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise UserError(
                f"'{escape_controls(value)}' bevat bytes die geen geldige UTF-8-tekst zijn",
                "Stel de terminal in op UTF-8 (bijvoorbeeld LANG=nl_NL.UTF-8) en typ de tekst opnieuw.",
            ) from None


def run_tui(args: argparse.Namespace) -> int:
    """Plain ``regiotrack``: the terminal UI; a broken plan is reported before it starts."""
    from regiotrack.cli.common import load_plan, organisation_of, today_of

    today = today_of(args)
    loaded = load_plan(args, today)
    organisation = organisation_of(args, loaded.path)
    from regiotrack.tui.app import RegiotrackApp

    RegiotrackApp(loaded, today, commit=not args.geen_commit, organisation=organisation, mine=bool(organisation)).run()
    return EXIT_OK


def _print_plan_error(err: PlanError) -> None:
    errors = err.errors
    print(f"Het plan bevat {len(errors)} {'fout' if len(errors) == 1 else 'fouten'}:", file=sys.stderr)
    for problem in errors:
        print(problem.format(), file=sys.stderr)
    print("Verbeter het bestand en controleer opnieuw met 'regiotrack controleer'.", file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
