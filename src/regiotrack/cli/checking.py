"""Commands that read the plan: controleer, lijst, toon."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from regiotrack.cli.common import load_plan, locate_for, organisation_of, show, show_json, today_of
from regiotrack.cli.registry import Command
from regiotrack.errors import EXIT_OK

if TYPE_CHECKING:
    from datetime import date

    from regiotrack.errors import Problem
    from regiotrack.plan.filters import RowFilter
    from regiotrack.store.listing import ListRow
    from regiotrack.store.reading import LoadedPlan


def _setup_warnings(path: Path, readonly: bool, file: str) -> list[Problem]:
    """A clone whose merge driver is not set up (git does not clone its config)."""
    from regiotrack.errors import Problem
    from regiotrack.history.git import driver_warning, repo_root

    root = None if readonly else repo_root(path)
    notice = driver_warning(root, path) if root is not None else None
    return [Problem(notice, file=file, severity="waarschuwing")] if notice else []


def _comment_warning(loaded: LoadedPlan, file: str) -> list[Problem]:
    """Comments (#) in the file: every edit refuses them (the canonical form would lose them), so
    say so when checking, not only at the first edit."""
    from regiotrack.errors import Problem

    lines = loaded.index.comment_lines
    if not lines or loaded.readonly:
        return []
    where = ", ".join(map(str, lines[:5])) + (" …" if len(lines) > 5 else "")
    return [
        Problem(
            f"het bestand bevat opmerkingen (#) op regel {where}; regiotrack schrijft het bestand in vaste vorm "
            "en weigert daarom elke wijziging zolang ze er staan",
            "Zet de tekst in een notitie of 'opmerking' en verwijder de #-regels.",
            file,
            lines[0],
            severity="waarschuwing",
        )
    ]


def cmd_check(args: argparse.Namespace) -> int:
    """controleer: errors (exit 1) or none (exit 0); rule warnings listed apart."""
    from regiotrack.check.rules import rule_warnings
    from regiotrack.store.reading import display_name

    today = today_of(args)
    loaded = load_plan(args, today)
    file = display_name(loaded.path)
    warnings = [*loaded.warnings, *rule_warnings(loaded.plan, today, loaded.index, file)]
    warnings += _setup_warnings(loaded.path, loaded.readonly, file)
    warnings += _comment_warning(loaded, file)
    if args.bron:
        from regiotrack.cli.monitoring import source_checks

        if (code := source_checks(args, loaded, file)) != EXIT_OK:
            return code
    plan = loaded.plan
    local_count = 0 if loaded.readonly else _check_set(loaded)
    show(
        f"{file}: geen fouten ({len(plan.steps)} stappen, {len(plan.agreements)} afspraken, "
        f"{len(plan.working_groups)} werkgroepen, {len(plan.partner_meetings)} partneroverleggen)."
    )
    if local_count:
        plans = "lokaal plan" if local_count == 1 else "lokale plannen"
        show(f"Ook {local_count} {plans} in plans/gemeenten/ gecontroleerd: geen fouten.")
    if warnings:
        show(
            f"\n{len(warnings)} {'waarschuwing' if len(warnings) == 1 else 'waarschuwingen'} "
            f"(vandaag = {today}); die laten de controle niet mislukken:"
        )
        for warning in warnings:
            show(warning.format())
    if args.aannames:
        from regiotrack.cli.monitoring import print_assumptions

        print_assumptions(loaded, file)
    return EXIT_OK


def _check_set(loaded: LoadedPlan) -> int:
    """Checks across files: a local plan against its regional plan, or a regional plan's local set.

    Returns how many local plans were checked beside a regional plan (0 for a local plan).
    """
    from regiotrack.check.localplan import local_problems
    from regiotrack.errors import PlanError
    from regiotrack.store.localset import as_local, checked_set, read_regional
    from regiotrack.store.reading import display_name

    checked = 0
    if loaded.plan.regional is not None:
        regional = read_regional(loaded)
        problems = local_problems(as_local(loaded), regional.plan, display_name(regional.path))
    else:
        _, locals_, problems = checked_set(loaded)
        checked = len(locals_)
    if problems:
        raise PlanError(problems)
    return checked


def _configure_check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--aannames",
        action="store_true",
        help="toon ook elke aanname (regel, item, veld, door wie, wanneer, waarom) en wat geen herkomst heeft",
    )
    parser.add_argument(
        "--bron",
        metavar="PAD",
        help="controleer elk citaat tegen deze brontekst (platte tekst); exitcode 1 als een citaat er niet in staat",
    )


CHECK = Command(
    cmd_check,
    _configure_check,
    "Meldt alle fouten (met regel, item en veld) en daarna de waarschuwingen. Exitcode 1 bij fouten, anders 0.",
    "regiotrack controleer --plan plans/2025-2029.toml\nregiotrack controleer --aannames\n"
    "regiotrack controleer --bron beleidskader.txt",
)


def _days(text: str) -> int:
    """A whole, non-negative number of days for --dagen."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is geen aantal dagen; schrijf een heel getal, zoals 30")
    return int(text)


def _configure_list(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "wat",
        metavar="SOORT",
        nargs="?",
        help="organisaties, werkgroepen, gremia, terugkerend of randvoorwaarden in plaats van de termijnen",
    )
    parser.add_argument("--organisatie", metavar="ID", help="alleen wat deze organisatie trekt of waarin ze partner is")
    parser.add_argument("--verlopen", action="store_true", help="alleen wat over de deadline is en niet gereed")
    parser.add_argument("--binnenkort", action="store_true", help="alleen wat binnen --dagen vervalt")
    parser.add_argument("--dagen", type=_days, default=14, metavar="N", help="venster voor binnenkort (standaard 14)")
    parser.add_argument("--status", help="alleen deze status (open, lopend, gereed, geblokkeerd, vervallen)")
    parser.add_argument(
        "--trekker", metavar="ID", help="alleen wat deze organisatie trekt (hoofdletters maken niet uit)"
    )
    parser.add_argument("--werkgroep", metavar="ID", help="alleen afspraken van deze werkgroep")
    parser.add_argument("--gremium", metavar="ID", help="alleen wat bij dit gremium hoort")
    parser.add_argument(
        "--soort",
        help="stap, afspraak, partneroverleg, of sessie, periode, deadline, dag; of organisatie, werkgroep, …",
    )
    parser.add_argument("--gemeente", metavar="NAAM", help="alleen wat deze gemeente aangaat")
    parser.add_argument("--effect", metavar="ID", help="alleen afspraken die dit beoogde effect dienen (E1 … E4)")
    parser.add_argument("--gebied", metavar="ID", help="alleen afspraken in dit gebied, zoals G-NW")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")


def cmd_list(args: argparse.Namespace) -> int:
    """lijst: the tracked items with their standing, filtered.

    An unchanged plan is listed from its snapshot (``store/listing.py``) without loading pydantic.
    """
    from regiotrack.export.text import rows_json, table
    from regiotrack.plan.filters import KINDS, RowFilter, canonical
    from regiotrack.store import listing
    from regiotrack.store.files import read_file, sha256_hex

    today = today_of(args)
    if (args.wat or (args.soort and args.soort not in KINDS)) and list_section(args, today):
        return EXIT_OK  # organisations, werkgroepen, …; a tracked kind ('lijst afspraken') is listed below
    location = locate_for(args, today)
    raw = read_file(location.path)
    digest = sha256_hex(raw)
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
        effect=args.effect,
        area=args.gebied,
        involved=organisation_of(args, location.path),
    )
    selection.check(listing.known(snap))
    selected = selection.apply(listing.rows_for(snap, today, args.dagen))
    if args.gemeente:
        selected += _local_rows(location.path, args, selection, today)
    if args.organisatie:
        ids = organisation_items(args, today, canonical(args.organisatie, listing.known(snap).actors))
        selected = [r for r in selected if r.id in ids]
    if args.json:
        show_json(rows_json(selected, today))
    else:
        show(table(selected))
    return EXIT_OK


def _local_rows(path: Path, args: argparse.Namespace, selection: RowFilter, today: date) -> list[ListRow]:
    """lijst --gemeente X on a regional plan: X's local actions too (from plans/gemeenten/), same filters."""
    from regiotrack.store import listing
    from regiotrack.store.localset import local_of
    from regiotrack.store.reading import read_plan

    if read_plan(path).plan.regional is not None:
        return []  # a local plan: its own items are already listed
    local = local_of(path, args.gemeente)
    if local is None:
        return []
    rows = listing.rows_for(listing.snapshot(local.plan), today, args.dagen)
    return selection._replace(municipality=None).apply(rows)


LIST = Command(
    cmd_list,
    _configure_list,
    "Lijst van alle items met hun stand op de dag van vandaag; de opties filteren.",
    "regiotrack lijst --verlopen\nregiotrack lijst --binnenkort --dagen 30 --trekker JRBA\nregiotrack lijst --json\n"
    "regiotrack lijst organisaties\nregiotrack lijst --organisatie VT",
)


def _configure_show(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="het id van een item van elke soort, zoals B2-01, VT, WG-01 of ABDB")


def cmd_show(args: argparse.Namespace) -> int:
    """toon: one item of any kind in full.

    An item of an unchanged plan is shown from the texts kept for it (``export/itemtexts.py``),
    without loading pydantic.
    """
    from regiotrack.export import itemtexts
    from regiotrack.store.files import read_file, sha256_hex

    today = today_of(args)
    location = locate_for(args, today)
    raw = read_file(location.path)
    digest = sha256_hex(raw)
    text = itemtexts.lookup(digest, args.id, today)
    if text is None:
        from regiotrack.export.describe import describe
        from regiotrack.export.profile import describe_other
        from regiotrack.plan.creating import find_any
        from regiotrack.store.reading import load_bytes

        plan = load_bytes(raw, location.path, location.readonly).plan
        section, item = find_any(plan, args.id)  # an unknown id: the error, with a suggestion
        text = describe(plan, item, today) if section.tracked else describe_other(plan, section, item, today)
        itemtexts.remember(digest, plan, args.id)
    show(text)
    return EXIT_OK


SHOW = Command(
    cmd_show,
    _configure_show,
    "Alles over één item, met zijn stand op de dag van vandaag. Bij een organisatie ook wat ze trekt en "
    "waar ze partner is, bij een werkgroep haar afspraken, bij een gremium zijn sessies.",
    "regiotrack toon B2-01\nregiotrack toon VT",
)


def list_section(args: argparse.Namespace, today: Any) -> bool:
    """lijst organisaties (werkgroepen, gremia, …): the items of a section that does not fall due.

    Returns False for a kind that falls due ('lijst afspraken'): ``args.soort`` is then set
    and the ordinary listing follows.
    """
    from regiotrack.export.profile import section_table
    from regiotrack.plan.creating import section_for

    section = section_for(args.wat or args.soort)
    if section.tracked:
        args.soort = section.key
        return False
    show(section_table(load_plan(args, today).plan, section))
    return True


def organisation_items(args: argparse.Namespace, today: Any, organisation: str | None) -> set[str]:
    """Ids of the items an organisation pulls or takes part in (--organisatie)."""
    from regiotrack.plan.creating import find_any
    from regiotrack.plan.references import referring

    plan = load_plan(args, today).plan
    find_any(plan, organisation or "")
    return {item.id for item, _ in referring(plan, organisation or "")}
