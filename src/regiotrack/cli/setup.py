"""Commands that set up git for plans: init (a plans repository) and samenvoegen (the merge driver)."""

from __future__ import annotations

import argparse
from pathlib import Path

from regiotrack.cli.common import show
from regiotrack.cli.registry import Command


def _configure_merge_driver(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("base", metavar="BASIS", help="het plan zoals het was in de gemeenschappelijke voorganger")
    parser.add_argument("ours", metavar="HIER", help="het plan in deze branch; hier komt het resultaat")
    parser.add_argument("theirs", metavar="DAAR", help="het plan in de andere branch")
    parser.add_argument("path", metavar="PAD", nargs="?", default="plan", help="de naam van het plan, voor meldingen")


def cmd_merge_driver(args: argparse.Namespace) -> int:
    """samenvoegen: git's merge driver; writes the result to HIER, exit 1 on conflicts (see history.driver)."""
    from regiotrack.history.driver import run_driver

    result = run_driver(Path(args.base), Path(args.ours), Path(args.theirs), args.path)
    for line in result.messages:
        show(line if line.startswith(" ") else f"regiotrack samenvoegen: {line}", err=True)
    return result.code


MERGE_DRIVER = Command(
    cmd_merge_driver,
    _configure_merge_driver,
    "git roept dit aan bij een merge: BASIS HIER DAAR [PAD]. Het resultaat komt in HIER; "
    "exitcode 1 bij conflicten. 'regiotrack init' stelt dit in.",
    "regiotrack samenvoegen %O %A %B %P   (in .git/config, door regiotrack init)",
)


def _configure_init(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("map", metavar="MAP", nargs="?", default=".", help="de map (standaard: de huidige)")
    parser.add_argument("--leeg", action="store_true", help="begin met een leeg plan in plaats van het plan 2025-2029")
    parser.add_argument("--regio", metavar="NAAM", help="bij --leeg: de regio, bijv. Amsterdam-Amstelland")
    parser.add_argument("--gemeenten", metavar="A,B,…", help="bij --leeg: de gemeenten, met komma's ertussen")
    parser.add_argument("--van", metavar="DATUM", help="bij --leeg: eerste dag van de looptijd")
    parser.add_argument("--tot", metavar="DATUM", help="bij --leeg: laatste dag van de looptijd")
    parser.add_argument("--titel", metavar="TEKST", help="bij --leeg: de titel (standaard: Beleidskader REGIO VAN-TOT)")
    parser.add_argument("--id", metavar="ID", help="bij --leeg: het id van het plan (standaard: PLAN-VAN-TOT)")
    parser.add_argument(
        "--ci",
        choices=("gitlab", "github"),
        help="schrijf ook een CI-sjabloon: controle bij elke merge request, de site naar Pages vanaf main",
    )
    parser.add_argument(
        "--gemeente",
        metavar="NAAM",
        help="begin het lokale plan van deze gemeente (plans/gemeenten/<naam>.toml) naast het regionale plan",
    )


def cmd_init(args: argparse.Namespace) -> int:
    """init: a new plans repository (with the plan 2025-2029 or, with --leeg, an empty one), or the
    merge driver in an existing one; --ci: the CI template too."""
    from regiotrack.errors import UserError
    from regiotrack.history.git import repo_root
    from regiotrack.history.setup import init_repository, write_ci

    target = Path(args.map)
    if args.gemeente:
        return _init_local(target, args.gemeente)
    if target.exists() and not target.is_dir():
        raise UserError(
            f"'{target}' is een bestand, geen map; er is niets veranderd",
            "Geef de naam van een nieuwe of bestaande map: regiotrack init MAP.",
        )
    plan = None
    if args.leeg:
        from regiotrack.cli.changes import empty_plan_file

        plan = empty_plan_file(args)
    for line in init_repository(target, plan):
        show(line)
    if args.ci:
        root = repo_root(target.resolve()) or target
        for line in write_ci(root, args.ci):
            show(line)
    return 0


def _init_local(target: Path, name: str) -> int:
    """init --gemeente: a local plan beside the regional plan found from MAP, committed when in git."""
    from regiotrack.errors import UserError
    from regiotrack.history.git import commit_file, repo_root
    from regiotrack.plan.today import resolve_today
    from regiotrack.store.localset import start_local
    from regiotrack.store.locate import choose_plan, find_plans_dir
    from regiotrack.store.reading import display_name

    plans_dir = find_plans_dir(target.resolve())
    if plans_dir is None:
        raise UserError(
            f"geen map plans/ met een regionaal plan gevonden vanaf '{target}'; er is niets geschreven",
            "Begin eerst een planrepository (regiotrack init MAP) of ga naar een clone ervan.",
        )
    path = start_local(choose_plan(plans_dir, resolve_today(None))[0], name)
    show(f"Lokaal plan van {name} begonnen: {display_name(path)}")
    root = repo_root(path.parent)
    if root is not None:
        show(commit_file(root, path, f"Lokaal plan {name} begonnen").message)
    show(f'Verder: regiotrack nieuw afspraak --plan {display_name(path)}  (met dient = ["ID"])')
    return 0


INIT = Command(
    cmd_init,
    _configure_init,
    "In een nieuwe map: een git-repository met het plan 2025-2029, of met --leeg een leeg plan "
    "(regio, gemeenten en looptijd als opties, of als vragen). "
    "In een bestaande planrepository: stelt de merge-driver in (herhaalbaar).",
    "regiotrack init plannen\nregiotrack init   (in een clone: de merge-driver instellen)\n"
    "regiotrack init nieuw-plan --leeg --regio Amsterdam-Amstelland --gemeenten Amsterdam,Diemen "
    "--van 1-1-2030 --tot 31-12-2033\n"
    "regiotrack init --ci gitlab   (CI-sjabloon: controleren en publiceren naar Pages)\n"
    "regiotrack init --gemeente Amstelveen   (lokaal plan: plans/gemeenten/amstelveen.toml)",
)
