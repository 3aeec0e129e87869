"""Commands about the set of local plans: matrix (and beoordeel, the yearly review)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from regiotrack.cli.common import load_plan, show, show_json, today_of
from regiotrack.cli.registry import Command
from regiotrack.errors import EXIT_OK

if TYPE_CHECKING:
    from regiotrack.plan.matrix import PlanSet
    from regiotrack.store.reading import LoadedPlan


def regional_and_locals(loaded: LoadedPlan) -> tuple[LoadedPlan, list[LoadedPlan]]:
    """The regional plan and its local plans, whether --plan named the regional or a local plan.

    Refuses (PlanError, exit 2, nothing written) when the set has the errors ``controleer`` reports
    across files: a matrix or report built on them would be silently wrong.
    """
    from regiotrack.errors import PlanError
    from regiotrack.store.localset import checked_set

    regional, locals_, problems = checked_set(loaded)
    if problems:
        raise PlanError(problems)
    return regional, locals_


def plan_set_of(loaded: LoadedPlan) -> PlanSet:
    """The regional plan and its local plans, for reports; a local plan that does not read is an error."""
    from regiotrack.plan.matrix import PlanSet

    regional, locals_ = regional_and_locals(loaded)
    return PlanSet(regional.plan, tuple(p.plan for p in locals_))


def _configure_matrix(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")


def cmd_matrix(args: argparse.Namespace) -> int:
    """matrix: regional afspraak x municipality, from the local plans in plans/gemeenten/."""
    import json

    from regiotrack.export.matrix import matrix_table
    from regiotrack.plan.matrix import build_matrix, matrix_json

    today = today_of(args)
    regional, locals_ = regional_and_locals(load_plan(args, today))
    rows = build_matrix(regional.plan, [p.plan for p in locals_], today)
    if args.json:
        show_json(json.dumps({"vandaag": today.isoformat(), "matrix": matrix_json(rows)}, ensure_ascii=False, indent=2))
    else:
        show(matrix_table(rows))
    return EXIT_OK


MATRIX = Command(
    cmd_matrix,
    _configure_matrix,
    "Per regionale afspraak, werkgroep en effect: welke gemeenten er lokaal aan werken (afspraken met 'dient' "
    "in plans/gemeenten/*.toml) en hoe ver ze zijn, met een symbool per stand.",
    "regiotrack matrix\nregiotrack matrix --json",
)


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"'{text}' is geen jaar; schrijf bijvoorbeeld 2026")
    return int(text)


def _configure_review(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="het id van de lokale actie (een afspraak), zoals AMV-01")
    parser.add_argument("oordeel", metavar="OORDEEL", help="vasthouden, versterken, vernieuwen of verlaten")
    parser.add_argument("--jaar", type=_year, required=True, help="het jaar van de beoordeling, zoals 2026")
    parser.add_argument("--toelichting", default="", metavar="TEKST", help="waarom (één regel)")


def cmd_review(args: argparse.Namespace) -> int:
    """beoordeel: record the yearly review of a local action, one commit."""
    from regiotrack.cli.common import save
    from regiotrack.plan.review import review

    return save(args, lambda plan, today: review(plan, args.id, args.jaar, args.oordeel, today, args.toelichting))


REVIEW = Command(
    cmd_review,
    _configure_review,
    "Legt de jaarbeoordeling van een lokale actie vast (vasthouden, versterken, vernieuwen of verlaten), "
    "als één regel in 'beoordelingen' en één commit. 'verlaten' zet de actie op vervallen.",
    'regiotrack beoordeel AMV-01 versterken --jaar 2026 --toelichting "meer scholen" '
    "--plan plans/gemeenten/amstelveen.toml",
)
