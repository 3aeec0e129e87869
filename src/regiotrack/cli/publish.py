"""Command-line command that publishes the plan as a static site: publiceer MAP."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from regiotrack.cli.common import show
from regiotrack.cli.registry import Command


def _configure_publish(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "map", metavar="MAP", help="de map voor de site (nieuw, leeg, of een eerder gepubliceerde site)"
    )
    parser.add_argument(
        "--herinnering", metavar="TERMIJN", default="2d", help="herinnering in de agenda's: 2d (standaard), 1w, geen"
    )


def cmd_publish(args: argparse.Namespace) -> int:
    """publiceer: the static site."""
    from regiotrack.cli.common import load_for
    from regiotrack.cli.export import calendar_history, moved_deadlines
    from regiotrack.cli.local import plan_set_of
    from regiotrack.export.ical import reminder_trigger
    from regiotrack.export.site import build_site, write_site
    from regiotrack.plan.today import resolve_today

    trigger = reminder_trigger(args.herinnering)
    loaded = load_for(args)
    today = resolve_today(args.vandaag)
    history = calendar_history(loaded, today)
    moves = moved_deadlines(loaded.path) if not loaded.readonly else []

    def moved(half: Any) -> list[str]:
        return [line for when, line in moves if half.first_day <= when <= half.last_day]

    files = build_site(loaded.plan, today, history, moved, reminder=trigger, plan_set=plan_set_of(loaded))
    count = write_site(Path(args.map), files)
    show(f"Site geschreven in {args.map}: {count} bestanden (open {Path(args.map) / 'index.html'}).", err=True)
    return 0


PUBLISH = Command(
    cmd_publish,
    _configure_publish,
    "Schrijft een statische site in MAP: index.html (het rapport), archief/ (de halfjaarrapporten), "
    "agenda/ (een agenda voor het hele plan, per organisatie en gremium, en per werkgroep, om op te "
    "abonneren) en rapport.json. Hetzelfde plan geeft dezelfde bestanden; alle links zijn relatief. "
    "Zie 'Publiceren' en 'CI instellen' in de README.",
    "regiotrack publiceer site\nregiotrack publiceer public --herinnering 1w",
)
