"""Commands that change the plan: zet, deadline, notitie. Each goes through ``common.save``."""

from __future__ import annotations

import argparse

from regiotrack.cli.common import save, today_of
from regiotrack.cli.registry import Command
from regiotrack.errors import UserError

_ID_HELP = "het id van het item, zoals B2-01 of T12"


def _configure_status(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help=_ID_HELP)
    parser.add_argument("status", metavar="STATUS", help="open, lopend, gereed, geblokkeerd of vervallen")
    parser.add_argument("--notitie", metavar="TEKST", help="vervang meteen ook de notitie")


def cmd_set_status(args: argparse.Namespace) -> int:
    """zet: change the status (and optionally the note)."""
    from regiotrack.plan.edits import set_status

    return save(args, lambda plan, today: set_status(plan, args.id, args.status, today, args.notitie))


SET_STATUS = Command(
    cmd_set_status,
    _configure_status,
    "Zet de status; 'gereed' legt vandaag (of --vandaag) vast als gereed_op.",
    'regiotrack zet B2-03 lopend --notitie "Kwartiermaker gestart"\nregiotrack zet T01 gereed --vandaag 2025-09-05',
)


def _configure_deadline(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help=_ID_HELP)
    parser.add_argument(
        "datum", metavar="DATUM", help="de nieuwe datum: 31-3-2026, '31 maart 2026', 2026-03-31 of 2026-Q2"
    )


def cmd_deadline(args: argparse.Namespace) -> int:
    """deadline: move a deadline or meeting day."""
    from regiotrack.plan.edits import set_deadline
    from regiotrack.plan.userdates import parse_deadline

    try:
        when = parse_deadline(args.datum)
    except ValueError as err:
        raise UserError(str(err)) from None
    from regiotrack.history.git import author_name
    from regiotrack.store.locate import locate

    by = author_name(locate(args.plan, today_of(args)).path)
    return save(args, lambda plan, today: set_deadline(plan, args.id, when, by=by, on=today))


DEADLINE = Command(
    cmd_deadline,
    _configure_deadline,
    "DATUM als 31-3-2026, '31 maart 2026' of 2026-03-31; voor afspraken ook een periode als 2026-Q2.",
    'regiotrack deadline B2-01 "30 juni 2026"\nregiotrack deadline B2-03 2026-Q3',
)


def _configure_note(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help=_ID_HELP)
    parser.add_argument("tekst", metavar="TEKST", help="de nieuwe notitie; lege tekst verwijdert hem")


def cmd_note(args: argparse.Namespace) -> int:
    """notitie: replace the note."""
    from regiotrack.plan.edits import set_note

    return save(args, lambda plan, today: set_note(plan, args.id, args.tekst))


NOTE = Command(
    cmd_note,
    _configure_note,
    "Vervangt de notitie van een item; een lege tekst verwijdert hem.",
    'regiotrack notitie T21 "Raad Diemen 5 maart"\nregiotrack notitie T21 ""',
)
