"""Command-line commands about git history: geschiedenis, verschil, herkomst, samenvoegen, init."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from regiotrack.errors import PlanError, UserError


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register the history commands on the subparsers of ``cli.build_parser``."""
    log = sub.add_parser(
        "geschiedenis",
        parents=[common],
        help="wie veranderde wat, wanneer (uit git)",
        description="Elke commit die het plan raakte, als wijzigingen per item en veld. "
        "Met ID: het hele verhaal van dat item.",
    )
    log.add_argument("id", metavar="ID", nargs="?")
    log.add_argument("--sinds", metavar="REV", help="alleen na deze commit, tag of datum")
    log.set_defaults(run=cmd_log)

    difference = sub.add_parser(
        "verschil",
        parents=[common],
        help="inhoudelijk verschil tussen twee versies",
        description="REV is een commit, tag (bijv. partneroverleg-2026-1), branch of "
        "datum. Zonder REV2: vergeleken met het bestand zoals het nu is.",
    )
    difference.add_argument("rev1", metavar="REV1")
    difference.add_argument("rev2", metavar="REV2", nargs="?")
    difference.add_argument("--markdown", action="store_true", help="als Markdown, voor een merge request")
    difference.set_defaults(run=cmd_diff)

    blame = sub.add_parser("herkomst", parents=[common], help="per veld: wie het het laatst veranderde")
    blame.add_argument("id", metavar="ID")
    blame.set_defaults(run=cmd_blame)

    driver = sub.add_parser(
        "samenvoegen",
        help="merge-driver voor git (wordt door git aangeroepen)",
        description="git roept dit aan bij een merge: BASIS HIER DAAR [PAD]. Het resultaat komt in HIER.",
    )
    driver.add_argument("base", metavar="BASIS")
    driver.add_argument("ours", metavar="HIER")
    driver.add_argument("theirs", metavar="DAAR")
    driver.add_argument("path", metavar="PAD", nargs="?", default="plan")
    driver.set_defaults(run=cmd_merge_driver)

    init = sub.add_parser(
        "init",
        help="begin een planrepository, of stel de merge-driver in",
        description="In een nieuwe map: een git-repository met het plan 2025-2029. "
        "In een bestaande planrepository: stelt de merge-driver in (herhaalbaar).",
    )
    init.add_argument("map", metavar="MAP", nargs="?", default=".")
    init.add_argument("--leeg", action="store_true", help="begin met een leeg plan in plaats van het plan 2025-2029")
    init.add_argument("--regio", metavar="NAAM", help="bij --leeg: de regio, bijv. Amsterdam-Amstelland")
    init.add_argument("--gemeenten", metavar="A,B,…", help="bij --leeg: de gemeenten, met komma's ertussen")
    init.add_argument("--van", metavar="DATUM", help="bij --leeg: eerste dag van de looptijd")
    init.add_argument("--tot", metavar="DATUM", help="bij --leeg: laatste dag van de looptijd")
    init.add_argument("--titel", metavar="TEKST", help="bij --leeg: de titel (standaard: Beleidskader REGIO VAN-TOT)")
    init.add_argument("--id", metavar="ID", help="bij --leeg: het id van het plan (standaard: PLAN-VAN-TOT)")
    init.epilog = (
        "Voorbeeld: regiotrack init plannen --leeg --regio Amsterdam-Amstelland "
        "--gemeenten Amsterdam,Diemen --van 1-1-2030 --tot 31-12-2033"
    )
    init.set_defaults(run=cmd_init)


def _repo(args: argparse.Namespace) -> tuple[Path, str, Path]:
    """(repository root, plan path inside it, plan path) for history commands (the plan is not validated)."""
    from regiotrack.cli.common import default_plan
    from regiotrack.history.git import relative, repo_root
    from regiotrack.plan.today import resolve_today
    from regiotrack.store.locate import locate

    location = locate(args.plan, resolve_today(args.vandaag), default=default_plan)
    root = None if location.readonly else repo_root(location.path)
    if root is None:
        raise UserError(
            f"{location.path} staat niet in een git-repository; er is geen geschiedenis",
            "Begin een planrepository met 'regiotrack init MAP'.",
        )
    if not location.path.exists():
        raise UserError(f"planbestand '{location.path}' bestaat niet", "Geef een bestaand bestand met --plan.")
    return root, relative(root, location.path), location.path


def cmd_log(args: argparse.Namespace) -> int:
    """geschiedenis: commits newest first with their item-level changes (or one item's story)."""
    from regiotrack.history.log import history

    root, name, _ = _repo(args)
    entries = history(root, name, args.sinds)
    shown = 0
    for entry in reversed(entries):
        changes = [c for c in entry.changes if args.id is None or c.item_id == args.id]
        if args.id is not None and not changes:
            continue
        rev = entry.revision
        print(f"{rev.short}  {rev.when:%Y-%m-%d %H:%M}  {rev.author}  {rev.subject}")
        if entry.unreadable:
            print("    (deze versie van het plan was geen geldige TOML)")
        for line in _change_lines(changes, summarise=args.id is None):
            print(f"    {line}")
        shown += 1
    if shown == 0:
        print(f"Geen wijzigingen aan {args.id} gevonden." if args.id else "Geen commits van het plan gevonden.")
    return 0


def _change_lines(changes: list[Any], summarise: bool) -> list[str]:
    """Change lines; a commit that adds many items at once is summarised per section."""
    from regiotrack.plan.vocabulary import label_of

    added = [c for c in changes if c.kind == "toegevoegd" and c.section != "plan"]
    if not summarise or len(added) <= 10:
        return [c.text() for c in changes]
    counts = Counter(label_of(c.section) for c in added)
    summary = ", ".join(f"{label}: {n}" for label, n in counts.items())
    return [*(c.text() for c in changes if c not in added), f"{len(added)} items toegevoegd ({summary})"]


def cmd_diff(args: argparse.Namespace) -> int:
    """verschil: semantic difference between two revisions (or a revision and the file now)."""
    from regiotrack.history.diff import diff, render_markdown, render_text
    from regiotrack.history.log import data_at
    from regiotrack.store.parsing import parse_data

    root, name, path = _repo(args)
    old = data_at(root, args.rev1, name) or {}
    if args.rev2:
        new = data_at(root, args.rev2, name) or {}
        label = f"{args.rev1} → {args.rev2}"
    else:
        new = parse_data(path.read_text(encoding="utf-8-sig"))
        label = f"{args.rev1} → nu"
    changes = diff(old, new)
    print(render_markdown(changes, f"Wijzigingen in het plan ({label})") if args.markdown else render_text(changes))
    return 0


def cmd_blame(args: argparse.Namespace) -> int:
    """herkomst: for each field of an item, the commit that last changed it."""
    from regiotrack.history.diff import show
    from regiotrack.history.log import field_blame, history
    from regiotrack.store.parsing import parse_data

    root, name, path = _repo(args)
    current = parse_data(path.read_text(encoding="utf-8-sig"))
    item = next(
        (
            i
            for section in current.values()
            if isinstance(section, list)
            for i in section
            if isinstance(i, dict) and i.get("id") == args.id
        ),
        None,
    )
    if item is None:
        raise UserError(f"'{args.id}' staat niet in het plan", "Zie 'regiotrack lijst' voor de ids.")
    origins = field_blame(history(root, name), args.id, item)
    if not origins:
        print(f"{args.id} is nog niet vastgelegd in git.")
        return 0
    width = max(len(o.key) for o in origins)
    for origin in origins:
        rev = origin.revision
        print(
            f"{origin.key.ljust(width)}  {show(origin.value)[:40]:40}  {rev.short}  {rev.when:%Y-%m-%d}  {rev.author}"
        )
    return 0


def cmd_merge_driver(args: argparse.Namespace) -> int:
    """samenvoegen: git's merge driver; writes the result to HIER, exit 1 on conflicts."""
    from regiotrack.history.merge import merge
    from regiotrack.store import parsing as tomlread
    from regiotrack.store.files import decode
    from regiotrack.store.reading import parse_text
    from regiotrack.store.writing import dumps_data, write_atomic

    files = {"basis": Path(args.base), "hier": Path(args.ours), "daar": Path(args.theirs)}
    unreadable: tuple[type[Exception], ...] = (OSError, PlanError, *tomlread.DecodeError)
    data = {}
    for role, file in files.items():
        try:
            text = decode(file.read_bytes(), args.path)
            data[role] = tomlread.loads(text) if text.strip() else {}
        except unreadable as err:
            print(
                f"regiotrack samenvoegen: {args.path} ({role}) is niet te lezen ({err}); "
                "los dit conflict met de hand op.",
                file=sys.stderr,
            )
            return 1
    merged, conflicts = merge(data["basis"], data["hier"], data["daar"])
    crlf = b"\r\n" in files["hier"].read_bytes()
    text = dumps_data(merged, conflicts, crlf=crlf)
    write_atomic(files["hier"], text)
    if conflicts:
        print(f"regiotrack samenvoegen: {len(conflicts)} conflict(en) in {args.path}:", file=sys.stderr)
        for conflict in conflicts:
            print(f"    {conflict.text()}", file=sys.stderr)
        print(
            "    Kies per conflict één waarde (tussen <<<<<<< en >>>>>>>), dan: regiotrack controleer.", file=sys.stderr
        )
        return 1
    try:
        parse_text(text, args.path)
    except PlanError as err:
        print(f"regiotrack samenvoegen: samengevoegd, maar het resultaat klopt niet:\n{err}", file=sys.stderr)
        return 1
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    """init: a new plans repository, or the merge driver in an existing one."""
    from regiotrack.history.setup import init_repository

    plan = None
    if args.leeg:
        from regiotrack.cli.changes import empty_plan_file

        plan = empty_plan_file(args)
    for line in init_repository(Path(args.map), plan):
        print(line)
    return 0
