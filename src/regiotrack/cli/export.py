"""Commands that produce files for others: exporteer ical, rapport."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from regiotrack.cli.common import load_for
from regiotrack.cli.registry import Command
from regiotrack.errors import UserError


def _configure_export(parser: argparse.ArgumentParser) -> None:
    from regiotrack.cli.parsing import Parser, add_global_options
    from regiotrack.cli.registry import READS

    kinds = parser.add_subparsers(
        dest="formaat", metavar="FORMAAT", required=True, parser_class=Parser, help="het formaat (nu alleen ical)"
    )
    ical = kinds.add_parser(
        "ical",
        help="een .ics-bestand dat u herhaald kunt importeren",
        description="Sessies, perioden, deadlines, stukken aanleveren, partneroverleggen, "
        "terugkerende momenten en afspraken als agenda. Opnieuw importeren werkt "
        "bestaande afspraken bij in plaats van ze te verdubbelen.",
        epilog="Voorbeeld:\n  regiotrack exporteer ical -o plan.ics --werkgroep WG-01",
    )
    add_global_options(ical, READS, suppress=True)
    ical.add_argument("-o", "--uitvoer", metavar="BESTAND", help="schrijf naar BESTAND (standaard: scherm)")
    ical.add_argument("--trekker", metavar="ID", help="alleen wat deze organisatie trekt")
    ical.add_argument("--werkgroep", metavar="ID", help="alleen afspraken van deze werkgroep")
    ical.add_argument("--gremium", metavar="ID", help="alleen wat bij dit gremium hoort")
    ical.add_argument("--soort", help="stap, afspraak, partneroverleg, terugkerend, sessie, periode, deadline of dag")
    ical.add_argument("--taken", action="store_true", help="afspraken als taken (VTODO) in plaats van afspraken")
    ical.add_argument("--naam", help="naam van de agenda (standaard de titel van het plan)")


def _configure_report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--formaat", choices=("md", "html", "json"), default="md", help="md (Markdown, standaard), html of json"
    )
    parser.add_argument(
        "--halfjaar", metavar="JJJJ-H1", help="het rapport voor het partneroverleg, bijvoorbeeld 2026-H1"
    )
    parser.add_argument("-o", "--uitvoer", metavar="BESTAND", help="schrijf naar BESTAND (standaard: scherm)")


def _history(path: Path) -> list[Any] | None:
    from regiotrack.history.git import relative, repo_root
    from regiotrack.history.log import history

    root = repo_root(path)
    return history(root, relative(root, path)) if root is not None else None


def _write(args: argparse.Namespace, text: str, newline: str = "\n") -> None:
    if not args.uitvoer:
        sys.stdout.write(text)
        return
    from regiotrack.store.writing import write_atomic

    target = Path(args.uitvoer)
    if not target.parent.exists():
        raise UserError(f"map {target.parent} bestaat niet", "Maak de map eerst, of kies een ander pad met -o.")
    write_atomic(target, text)
    print(f"Geschreven: {target}", file=sys.stderr)


def cmd_export_ical(args: argparse.Namespace) -> int:
    """exporteer ical: the calendar, filtered."""
    from regiotrack.export.ical import ExportOptions, export_calendar
    from regiotrack.history.log import calendar_versions, removed_items
    from regiotrack.plan.filters import KINDS, RowFilter, known_in
    from regiotrack.plan.schedule import resolve_today, tracked_items
    from regiotrack.plan.vocabulary import ITEM_TYPES

    loaded = load_for(args)
    plan = loaded.plan
    kind = None if args.soort == "terugkerend" else args.soort
    selection = RowFilter(lead=args.trekker, working_group=args.werkgroep, body=args.gremium, kind=kind)
    if args.soort is not None and args.soort not in (*KINDS, "terugkerend"):
        raise UserError(f"--soort '{args.soort}' bestaat niet", f"Kies uit: {', '.join((*ITEM_TYPES, 'terugkerend'))}.")
    selection.check(known_in(plan))
    if args.soort == "terugkerend":
        selection = RowFilter(kind="terugkerend")
    entries = _history(loaded.path) if not loaded.readonly else None
    versions = calendar_versions(entries) if entries else None
    current = {i.id for i in tracked_items(plan)} | {r.id for r in plan.recurring}
    removed = removed_items(entries, current) if entries else []
    text = export_calendar(
        plan, resolve_today(args.vandaag), ExportOptions(selection, args.taken, args.naam), versions, removed
    )
    _write(args, text)
    return 0


EXPORT = Command(
    cmd_export_ical,
    _configure_export,
    "Het plan als agenda; zie 'regiotrack exporteer ical --help'.",
    "regiotrack exporteer ical -o plan.ics\nregiotrack exporteer ical --taken --trekker JRBA -o taken.ics",
)


def cmd_report(args: argparse.Namespace) -> int:
    """rapport: the progress report in Markdown, HTML or JSON."""
    from regiotrack.export.html import render_html
    from regiotrack.export.summary import build_report, render_json, render_markdown
    from regiotrack.plan.periods import Period, PeriodError
    from regiotrack.plan.schedule import resolve_today

    loaded = load_for(args)
    half = None
    if args.halfjaar:
        try:
            half = Period.parse(args.halfjaar)
        except PeriodError:
            half = None
        if half is None or half.precision != "halfjaar" or half.end is not None or half.start.part:
            raise UserError(
                f"--halfjaar '{args.halfjaar}' is geen halfjaar", "Schrijf bijvoorbeeld --halfjaar 2026-H1."
            )
    moved = _moved(loaded.path, half) if half is not None and not loaded.readonly else []
    report = build_report(loaded.plan, resolve_today(args.vandaag), half, moved)
    render = {"md": render_markdown, "html": render_html, "json": render_json}[args.formaat]
    _write(args, render(report))
    return 0


REPORT = Command(
    cmd_report,
    _configure_report,
    "Waar het plan staat; met --halfjaar het rapport voor het partneroverleg.",
    "regiotrack rapport --halfjaar 2026-H1 --formaat html -o rapport.html\nregiotrack rapport --formaat json",
)

_DATE_FIELDS = {"deadline", "datum", "van", "tot", "periode", "af_op"}


def _moved(path: Path, half: Any) -> list[str]:
    """Deadlines moved during the half-year, from git history: 'B2-03: deadline … → … (date, author)'."""
    entries = _history(path) or []
    lines = []
    for entry in entries:
        when = entry.revision.when.date()
        if not half.first_day <= when <= half.last_day:
            continue
        for change in entry.changes:
            moved = [f for f in change.fields if f.key in _DATE_FIELDS and f.old is not None]
            if moved:
                text = ", ".join(f.text() for f in moved)
                lines.append(f"{change.item_id}: {text} ({when.isoformat()}, {entry.revision.author})")
    return lines
