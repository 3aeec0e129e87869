"""Commands that produce files for others: exporteer ical, rapport."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from regiotrack.cli.common import load_for, show, show_json
from regiotrack.cli.registry import Command
from regiotrack.errors import FileSystemError, UserError, escape_controls


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
    ical.add_argument(
        "--voor",
        metavar="ORG",
        help="alles waar organisatie ORG mee te maken heeft: wat zij trekt, waarin zij partner is, "
        "haar werkgroepen en de overleggen die zij voorbereidt",
    )
    ical.add_argument("--trekker", metavar="ID", help="alleen wat deze organisatie trekt")
    ical.add_argument("--werkgroep", metavar="ID", help="alleen afspraken van deze werkgroep")
    ical.add_argument("--gremium", metavar="ID", help="alleen wat bij dit gremium hoort")
    ical.add_argument("--soort", help="stap, afspraak, partneroverleg, terugkerend, sessie, periode, deadline of dag")
    ical.add_argument(
        "--taken",
        action="store_true",
        help="afspraken als taken (VTODO) in plaats van afspraken in de agenda. Let op: Outlook importeert "
        "geen taken uit een .ics-bestand; laat --taken weg voor Outlook (de status staat dan in de titel)",
    )
    ical.add_argument("--naam", help="naam van de agenda (standaard de titel van het plan, of van de selectie)")
    ical.add_argument(
        "--herinnering",
        metavar="TERMIJN",
        default="2d",
        help="herinnering vóór deadlines en 'stukken aanleveren': 2d (standaard), 1w, 12u, of 'geen'",
    )


def _configure_report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--formaat",
        choices=("md", "html", "json"),
        help="md (Markdown), html of json; standaard volgt het uit de extensie van -o, anders md",
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


def _write(args: argparse.Namespace, text: str, kind: str = "text") -> None:
    """To the file of -o as it is; to the screen with control characters escaped (``kind``: text, json, ical)."""
    if not args.uitvoer:
        if kind == "json":
            show_json(text.rstrip("\n"))
        else:  # an iCalendar text keeps its CRLF line ends
            sys.stdout.write("\r\n".join(escape_controls(line) for line in text.split("\r\n")))
        return
    from regiotrack.store.writing import write_atomic

    target = Path(args.uitvoer)
    if not target.parent.exists():
        raise UserError(f"map {target.parent} bestaat niet", "Maak de map eerst, of kies een ander pad met -o.")
    if target.is_dir():
        raise UserError(f"{target} is een map", "Geef met -o een bestandsnaam, zoals -o plan.ics.")
    if target.exists() and not target.is_file():
        raise UserError(f"{target} is geen gewoon bestand", "Geef met -o een bestandsnaam, zoals -o plan.ics.")
    try:
        write_atomic(target, text)
    except OSError as err:
        raise FileSystemError.from_os_error(err, f"schrijven naar {target}", "er is niets geschreven") from None
    show(f"Geschreven: {target}", err=True)


def calendar_history(loaded: Any, today: Any, as_tasks: bool = False) -> Any:
    """What the plan's calendars showed before, from git (an empty history outside a repository)."""
    from datetime import UTC, datetime

    from regiotrack.export.calhistory import CalendarHistory, build_history
    from regiotrack.history.git import relative, repo_root
    from regiotrack.history.log import plan_snapshots

    root = None if loaded.readonly else repo_root(loaded.path)
    if root is None:
        return CalendarHistory()
    snapshots = plan_snapshots(root, relative(root, loaded.path))
    now = datetime(today.year, today.month, today.day, tzinfo=UTC)
    return build_history(snapshots, loaded.plan, now, as_tasks)


def cmd_export_ical(args: argparse.Namespace) -> int:
    """exporteer ical: the calendar, filtered."""
    from regiotrack.export.feeds import Feed
    from regiotrack.export.ical import ExportOptions, export_calendar, reminder_trigger
    from regiotrack.plan.filters import KINDS, RowFilter, known_in
    from regiotrack.plan.today import resolve_today
    from regiotrack.plan.vocabulary import ITEM_TYPES

    trigger = reminder_trigger(args.herinnering)
    loaded = load_for(args)
    plan = loaded.plan
    if args.soort is not None and args.soort not in (*KINDS, "terugkerend"):
        raise UserError(f"--soort '{args.soort}' bestaat niet", f"Kies uit: {', '.join((*ITEM_TYPES, 'terugkerend'))}.")
    kind = None if args.soort == "terugkerend" else args.soort
    known = known_in(plan)
    RowFilter(lead=args.trekker, working_group=args.werkgroep, body=args.gremium, kind=kind).check(known)
    if args.voor is not None and args.voor not in known.actors:
        from regiotrack.errors import did_you_mean

        guess = did_you_mean(args.voor, known.actors)
        raise UserError(
            f"--voor '{args.voor}' is geen organisatie of gremium in dit plan" + (f"; {guess}" if guess else ""),
            "Zie 'regiotrack toon' of de [[organisatie]]- en [[gremium]]-blokken in het planbestand.",
        )
    feed = Feed(lead=args.trekker, working_group=args.werkgroep, body=args.gremium, kind=args.soort, actor=args.voor)
    today = resolve_today(args.vandaag)
    options = ExportOptions(feed, args.taken, args.naam, trigger)
    _write(args, export_calendar(plan, today, options, calendar_history(loaded, today, args.taken)), "ical")
    return 0


EXPORT = Command(
    cmd_export_ical,
    _configure_export,
    "Het plan als agenda; zie 'regiotrack exporteer ical --help'.",
    "regiotrack exporteer ical -o plan.ics\nregiotrack exporteer ical --voor VT --herinnering 1w -o vt.ics",
)


_SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json"}


def report_format(requested: str | None, target: str | None) -> str:
    """The report format: from --formaat, else from the suffix of -o, else Markdown; a contradiction is an error."""
    implied = _SUFFIXES.get(Path(target).suffix.lower()) if target else None
    if requested and implied and requested != implied:
        raise UserError(
            f"--formaat {requested} past niet bij {target} (dat is {implied})",
            f"Laat --formaat weg (het formaat volgt uit de extensie), of noem het bestand *.{requested}.",
        )
    if target and not requested and implied is None:
        raise UserError(
            f"uit de naam {target} blijkt niet welk formaat het rapport moet krijgen",
            "Gebruik de extensie .md, .html of .json, of geef --formaat md|html|json.",
        )
    return requested or implied or "md"


def half_year_of_plan(text: str, plan: Any) -> Any:
    """The --halfjaar value as a Period inside the plan period, or a Dutch error."""
    from regiotrack.plan.periods import Period, PeriodError

    try:
        half = Period.parse(text)
    except PeriodError:
        half = None
    if half is None or half.precision != "halfjaar" or half.end is not None or half.start.part:
        raise UserError(f"--halfjaar '{text}' is geen halfjaar", "Schrijf bijvoorbeeld --halfjaar 2026-H1.")
    if half.last_day < plan.term.start or half.first_day > plan.term.end:
        first, last = plan.term.start, plan.term.end
        raise UserError(
            f"--halfjaar {text} valt buiten de looptijd van het plan ({first.isoformat()} t/m {last.isoformat()})",
            f"Kies een halfjaar van {first.year}-H{1 if first.month <= 6 else 2} t/m "
            f"{last.year}-H{1 if last.month <= 6 else 2}.",
        )
    return half


def cmd_report(args: argparse.Namespace) -> int:
    """rapport: the progress report in Markdown, HTML or JSON."""
    from regiotrack.cli.local import plan_set_of
    from regiotrack.export.html import render_html
    from regiotrack.export.summary import build_report, render_json, render_markdown
    from regiotrack.plan.today import resolve_today

    fmt = report_format(args.formaat, args.uitvoer)
    loaded = load_for(args)
    half = half_year_of_plan(args.halfjaar, loaded.plan) if args.halfjaar else None
    moved = _moved(loaded.path, half) if half is not None and not loaded.readonly else []
    report = build_report(loaded.plan, resolve_today(args.vandaag), half, moved, plan_set_of(loaded))
    render = {"md": render_markdown, "html": render_html, "json": render_json}[fmt]
    _write(args, render(report), "json" if fmt == "json" else "text")
    return 0


REPORT = Command(
    cmd_report,
    _configure_report,
    "Waar het plan staat; met --halfjaar het rapport voor het partneroverleg.",
    "regiotrack rapport --halfjaar 2026-H1 -o rapport.html\nregiotrack rapport --formaat json",
)

_DATE_FIELDS = {"deadline", "datum", "van", "tot", "periode", "af_op"}


def _moved(path: Path, half: Any) -> list[str]:
    """Deadlines moved during the half-year, from git history: 'B2-03: deadline … → … (date, author)'."""
    return [line for when, line in moved_deadlines(path) if half.first_day <= when <= half.last_day]


def moved_deadlines(path: Path) -> list[tuple[Any, str]]:
    """Every deadline move in git history, as (day of the commit, 'B2-03: deadline … → … (date, author)')."""
    lines = []
    for entry in _history(path) or []:
        when = entry.revision.when.date()
        for change in entry.changes:
            moved = [f for f in change.fields if f.key in _DATE_FIELDS and f.old is not None]
            if moved:
                text = ", ".join(f.text() for f in moved)
                lines.append((when, f"{change.item_id}: {text} ({when.isoformat()}, {entry.revision.author})"))
    return lines
