"""herstel: undo the last change made through regiotrack, with a commit that names what it undoes."""

from __future__ import annotations

import argparse

from regiotrack.cli.common import locate_for, save, today_of
from regiotrack.cli.registry import Command


def _configure_undo(parser: argparse.ArgumentParser) -> None:
    """No arguments of its own: it always undoes the last regiotrack change."""


def cmd_undo(args: argparse.Namespace) -> int:
    """herstel: find the last regiotrack change in git and put the fields back (see history/undo.py)."""
    from pathlib import Path

    from regiotrack.history.undo import find_undo
    from regiotrack.plan.edits import restore_fields

    undo = find_undo(Path(locate_for(args, today_of(args)).path))
    return save(args, lambda plan, today: restore_fields(plan, undo.item_id, undo.restore, undo.subject))


UNDO = Command(
    cmd_undo,
    _configure_undo,
    "Maak de laatste wijziging ongedaan die met regiotrack is gemaakt (zet, deadline, notitie; ook in de "
    "terminal), met een nieuwe commit 'Herstel: …'. Geweigerd als er nog niet vastgelegde wijzigingen zijn, "
    "of als latere commits hetzelfde item veranderden.",
    "regiotrack herstel",
)
