"""Commands that change the plan: zet, deadline. Each goes through ``common.save``.

Adding, changing and removing items and the note log are in ``changes.py``.
"""

from __future__ import annotations

import argparse

from regiotrack.cli.common import save, today_of
from regiotrack.cli.registry import Command
from regiotrack.errors import UserError

_ID_HELP = "het id van het item, zoals B2-01 of T12"


def _configure_status(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help=_ID_HELP)
    parser.add_argument("status", metavar="STATUS", help="open, lopend, gereed, geblokkeerd of vervallen")
    parser.add_argument("--notitie", metavar="TEKST", help="voeg meteen een notitie toe (met datum en auteur)")
    parser.add_argument(
        "--reden",
        metavar="TEKST",
        help="bij vervallen (verplicht): waarom; staat in 'reden' en overal waar het item staat",
    )
    parser.add_argument("--auteur", metavar="NAAM", help="auteur van de notitie (standaard: git config user.name)")


def cmd_set_status(args: argparse.Namespace) -> int:
    """zet: change the status (and optionally add a note; a reason for vervallen)."""
    from regiotrack.cli.common import author_of
    from regiotrack.plan.edits import set_status

    if args.status == "vervallen" and not (args.reden or "").strip():
        raise UserError(
            f"zeg waarom {args.id} vervalt",
            f'Geef een reden mee: regiotrack zet {args.id} vervallen --reden "opgegaan in A-04".',
        )
    author = author_of(args) if args.notitie else None
    return save(
        args, lambda plan, today: set_status(plan, args.id, args.status, today, args.notitie, args.reden, author)
    )


SET_STATUS = Command(
    cmd_set_status,
    _configure_status,
    "Zet de status; 'gereed' legt vandaag (of --vandaag) vast als gereed_op.",
    'regiotrack zet B2-03 lopend --notitie "Kwartiermaker gestart"\nregiotrack zet T01 gereed --vandaag 2025-09-05\n'
    'regiotrack zet B2-12 vervallen --reden "opgegaan in A-04"',
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
