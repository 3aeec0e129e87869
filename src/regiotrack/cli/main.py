"""The ``regiotrack`` command: argparse entry point; every subcommand calls the domain modules.

Imports are kept light at module level: each command imports what it uses, so that
``regiotrack lijst`` never loads Textual, GitPython or icalendar.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from regiotrack.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    EXIT_PROBLEMS,
    load_plan,
    locate_for,
    save,
    today_of,
)
from regiotrack.errors import FileSystemError, PlanError, RegiotrackError, UserError

_ARGPARSE_DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "expected one argument": "verwacht één waarde",
    "invalid %(type)s value: %(value)r": "ongeldige waarde voor %(type)s: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "optie %(option)s is niet eenduidig: %(matches)s",
}
# argparse looks up its own words through gettext; this makes them Dutch, like ours.
argparse._ = lambda text: _ARGPARSE_DUTCH.get(text, text)  # type: ignore[attr-defined]


def _days(text: str) -> int:
    """A whole, non-negative number of days for --dagen."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is geen aantal dagen; schrijf een heel getal, zoals 30")
    return int(text)


class _Parser(argparse.ArgumentParser):
    """argparse with a Dutch error line that says what to do, and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"regiotrack: fout: {message}\n    → Zie '{self.prog} --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    """The full command-line interface, with Dutch help texts."""
    common = _Parser(add_help=False)
    common.add_argument("--plan", metavar="PAD", help="planbestand (standaard: plans/*.toml vanaf hier omhoog)")
    common.add_argument(
        "--vandaag", metavar="DATUM", help="doe alsof het vandaag DATUM is (ook via REGIOTRACK_VANDAAG)"
    )
    editing = _Parser(add_help=False, parents=[common])
    editing.add_argument(
        "--geen-commit",
        action="store_true",
        help="alleen het bestand wijzigen, niet vastleggen in git (vast instellen: git config regiotrack.commit false)",
    )

    parser = _Parser(
        prog="regiotrack",
        parents=[editing],
        description="Houd het regionale beleidskader HGKM&SG bij: wat is verlopen, wat komt eraan.",
        epilog="Zonder opdracht opent regiotrack het plan in de terminal.",
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)

    check = sub.add_parser(
        "controleer",
        parents=[common],
        help="controleer het planbestand op fouten",
        description="Meldt alle fouten (met regel, item en veld) en daarna de waarschuwingen. "
        "Exitcode 1 bij fouten, anders 0.",
    )
    check.set_defaults(run=cmd_check)

    lst = sub.add_parser(
        "lijst",
        parents=[common],
        help="toon stappen, afspraken en partneroverleggen",
        description="Lijst van alle items met hun stand op de dag van vandaag.",
    )
    lst.add_argument(
        "wat",
        metavar="SOORT",
        nargs="?",
        help="organisaties, werkgroepen, gremia, terugkerend of randvoorwaarden in plaats van de termijnen",
    )
    lst.add_argument("--organisatie", metavar="ID", help="alleen wat deze organisatie trekt of waarin ze partner is")
    lst.add_argument("--verlopen", action="store_true", help="alleen wat over de deadline is en niet gereed")
    lst.add_argument("--binnenkort", action="store_true", help="alleen wat binnen --dagen vervalt")
    lst.add_argument("--dagen", type=_days, default=14, metavar="N", help="venster voor binnenkort (standaard 14)")
    lst.add_argument("--status", help="alleen deze status (open, lopend, gereed, geblokkeerd, vervallen)")
    lst.add_argument("--trekker", metavar="ID", help="alleen wat deze organisatie trekt (hoofdletters maken niet uit)")
    lst.add_argument("--werkgroep", metavar="ID", help="alleen afspraken van deze werkgroep")
    lst.add_argument("--gremium", metavar="ID", help="alleen wat bij dit gremium hoort")
    lst.add_argument("--soort", help="stap, afspraak, partneroverleg, of sessie, periode, deadline, dag")
    lst.add_argument("--gemeente", metavar="NAAM", help="alleen wat deze gemeente aangaat")
    lst.add_argument("--json", action="store_true", help="uitvoer als JSON")
    lst.set_defaults(run=cmd_list)

    show = sub.add_parser(
        "toon",
        parents=[common],
        help="toon alles over één item (elke soort)",
        description="Alles over één item. Bij een organisatie ook wat ze trekt en waar ze partner is, "
        "bij een werkgroep haar afspraken, bij een gremium zijn sessies.",
        epilog="Voorbeeld: regiotrack toon VT",
    )
    show.add_argument("id", metavar="ID")
    show.set_defaults(run=cmd_show)

    status = sub.add_parser(
        "zet",
        parents=[editing],
        help="zet de status van een item",
        description="Zet de status; 'gereed' legt vandaag vast als gereed_op.",
    )
    status.add_argument("id", metavar="ID")
    status.add_argument("status", metavar="STATUS", help="open, lopend, gereed, geblokkeerd of vervallen")
    status.add_argument("--notitie", metavar="TEKST", help="voeg meteen een notitie toe (met datum en auteur)")
    status.add_argument("--auteur", metavar="NAAM", help="auteur van de notitie (standaard: git config user.name)")
    status.add_argument(
        "--reden",
        metavar="TEKST",
        help="bij vervallen: waarom (staat in het veld 'reden' en overal waar het item staat)",
    )
    status.set_defaults(run=cmd_set_status)

    deadline = sub.add_parser(
        "deadline",
        parents=[editing],
        help="verplaats een deadline of datum",
        description="DATUM als 31-3-2026, '31 maart 2026' of 2026-03-31; voor afspraken ook een periode als 2026-Q2.",
    )
    deadline.add_argument("id", metavar="ID")
    deadline.add_argument("datum", metavar="DATUM")
    deadline.set_defaults(run=cmd_deadline)

    from regiotrack.cli import changes as cli_changes
    from regiotrack.cli import export as cli_export
    from regiotrack.cli import history as cli_history

    cli_changes.add_commands(sub, editing)
    cli_history.add_commands(sub, common)
    cli_export.add_commands(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
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


def run_tui(args: argparse.Namespace) -> int:
    """Plain ``regiotrack``: the terminal UI; a broken plan is reported before it starts."""
    today = today_of(args)
    loaded = load_plan(args, today)
    from regiotrack.tui.app import RegiotrackApp

    RegiotrackApp(loaded, today, commit=not args.geen_commit).run()
    return EXIT_OK


def _print_plan_error(err: PlanError) -> None:
    errors = err.errors
    print(f"Het plan bevat {len(errors)} {'fout' if len(errors) == 1 else 'fouten'}:", file=sys.stderr)
    for problem in errors:
        print(problem.format(), file=sys.stderr)
    print("Verbeter het bestand en controleer opnieuw met 'regiotrack controleer'.", file=sys.stderr)


def cmd_check(args: argparse.Namespace) -> int:
    """controleer: errors (exit 1) or none (exit 0); rule warnings listed apart."""
    from regiotrack.check.rules import rule_warnings
    from regiotrack.store.reading import display_name

    today = today_of(args)
    loaded = load_plan(args, today)
    file = display_name(loaded.path)
    warnings = [*loaded.warnings, *rule_warnings(loaded.plan, today, loaded.index, file)]
    plan = loaded.plan
    print(
        f"{file}: geen fouten ({len(plan.steps)} stappen, {len(plan.agreements)} afspraken, "
        f"{len(plan.working_groups)} werkgroepen, {len(plan.partner_meetings)} partneroverleggen)."
    )
    if warnings:
        print(
            f"\n{len(warnings)} {'waarschuwing' if len(warnings) == 1 else 'waarschuwingen'} "
            f"(vandaag = {today}); die laten de controle niet mislukken:"
        )
        for warning in warnings:
            print(warning.format())
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    """lijst: the tracked items with their standing, filtered.

    An unchanged plan is listed from its snapshot (``listing.py``) without loading pydantic.
    """
    import hashlib

    from regiotrack.export.text import rows_json, table
    from regiotrack.plan.filters import KINDS, RowFilter, canonical
    from regiotrack.store import listing
    from regiotrack.store.files import read_file

    today = today_of(args)
    if args.wat or (args.soort and args.soort not in KINDS):
        from regiotrack.cli.changes import list_section

        if list_section(args, today):  # a tracked kind ('lijst afspraken') is listed below
            return EXIT_OK
    location = locate_for(args, today)
    raw = read_file(location.path)
    digest = hashlib.sha256(raw).hexdigest()
    snap = listing.lookup(digest)
    if snap is None:
        from regiotrack.store.reading import load_bytes

        snap = listing.snapshot(load_bytes(raw, location.path, location.readonly).plan)
        listing.store(digest, snap)
    selection = RowFilter(
        overdue=args.verlopen,
        soon=args.binnenkort,
        status=args.status,
        lead=canonical(args.trekker, listing.known(snap).actors),
        working_group=canonical(args.werkgroep, listing.known(snap).groups),
        body=canonical(args.gremium, listing.known(snap).bodies),
        kind=args.soort,
        municipality=args.gemeente,
    )
    selection.check(listing.known(snap))
    selected = selection.apply(listing.rows_for(snap, today, args.dagen))
    if args.organisatie:
        from regiotrack.cli.changes import organisation_items

        ids = organisation_items(args, today, canonical(args.organisatie, listing.known(snap).actors))
        selected = [r for r in selected if r.id in ids]
    print(rows_json(selected, today) if args.json else table(selected))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    """toon: one item in full."""
    from regiotrack.export.describe import describe
    from regiotrack.export.profile import describe_other
    from regiotrack.plan.creating import find_any

    today = today_of(args)
    plan = load_plan(args, today).plan
    section, item = find_any(plan, args.id)
    print(describe(plan, item, today) if section.tracked else describe_other(plan, section, item, today))
    return EXIT_OK


def cmd_set_status(args: argparse.Namespace) -> int:
    """zet: change the status (and optionally the note)."""
    from regiotrack.plan.edits import set_status

    if args.status == "vervallen" and not (args.reden or "").strip():
        raise UserError(
            f"zeg waarom {args.id} vervalt",
            f'Geef een reden mee: regiotrack zet {args.id} vervallen --reden "opgegaan in A-04".',
        )
    from regiotrack.cli.common import author_of

    author = author_of(args) if args.notitie else None
    return save(
        args, lambda plan, today: set_status(plan, args.id, args.status, today, args.notitie, args.reden, author)
    )


def cmd_deadline(args: argparse.Namespace) -> int:
    """deadline: move a deadline or meeting day."""
    from regiotrack.plan.edits import set_deadline
    from regiotrack.plan.userdates import parse_deadline

    try:
        when = parse_deadline(args.datum)
    except ValueError as err:
        raise UserError(str(err)) from None
    return save(args, lambda plan, today: set_deadline(plan, args.id, when))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
