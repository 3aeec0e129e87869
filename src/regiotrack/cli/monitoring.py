"""Commands for following the effects: meet (a measurement), reflecteer (a reflection), and the
source checks of 'controleer' (--bron, --aannames)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from regiotrack.cli.common import EXIT_OK, EXIT_PROBLEMS, save
from regiotrack.cli.registry import Command
from regiotrack.errors import FileSystemError, UserError

if TYPE_CHECKING:
    from regiotrack.store.reading import LoadedPlan


def cmd_measure(args: argparse.Namespace) -> int:
    """meet: record a measurement through the one write path."""
    from regiotrack.plan.monitoring_edits import record_measurement

    return save(
        args,
        lambda plan, today: record_measurement(
            plan, args.indicator, args.waarde, args.halfjaar, args.gebied, args.gemeente, args.bron
        ),
    )


def cmd_reflect(args: argparse.Namespace) -> int:
    """reflecteer: write the reflection on an effect for a half-year."""
    from regiotrack.plan.monitoring_edits import write_reflection

    return save(args, lambda plan, today: write_reflection(plan, args.effect, args.halfjaar, args.tekst))


def _configure_measure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("indicator", metavar="INDICATOR", help="id van de indicator, bijvoorbeeld I-01")
    parser.add_argument("waarde", metavar="WAARDE", help='de waarde, zoals 4812, "4.812", "82,5" of "82%%"')
    parser.add_argument("--halfjaar", required=True, metavar="JJJJ-HN", help="het halfjaar, bijvoorbeeld 2026-H1")
    place = parser.add_mutually_exclusive_group()
    place.add_argument("--gebied", metavar="ID", help="het gebied (zonder gebied of gemeente: de hele regio)")
    place.add_argument("--gemeente", metavar="NAAM", help="de gemeente")
    parser.add_argument("--bron", metavar="TEKST", help="waar het cijfer vandaan komt (rapportage, datum)")


MEASURE = Command(
    cmd_measure,
    _configure_measure,
    "Legt de waarde van een indicator vast voor een halfjaar, in de regio, een gebied of een gemeente "
    "(opnieuw meten verbetert de waarde). Net als elke wijziging: gecontroleerd, opgeslagen en vastgelegd in git.",
    "regiotrack meet I-01 4812 --halfjaar 2026-H1\nregiotrack meet I-01 903 --halfjaar 2026-H1 --gebied G-NW",
)


def _configure_reflect(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("effect", metavar="EFFECT", help="het beoogde effect: E1, E2, E3 of E4")
    parser.add_argument("tekst", metavar="TEKST", help="de reflectie, in een paar zinnen")
    parser.add_argument("--halfjaar", required=True, metavar="JJJJ-HN", help="het halfjaar, bijvoorbeeld 2026-H1")


REFLECT = Command(
    cmd_reflect,
    _configure_reflect,
    "Schrijft de halfjaarlijkse reflectie op een beoogd effect (§10.3): wat de acties bijdroegen. Eén per effect "
    "per halfjaar; opnieuw schrijven vervangt de tekst (de vorige blijft in de geschiedenis).",
    'regiotrack reflecteer E1 --halfjaar 2026-H1 "Meer adviesvragen na de campagne; meldingen gelijk."',
)


def source_checks(args: argparse.Namespace, loaded: LoadedPlan, file: str) -> int:
    """controleer --bron PAD: every citaat must occur in the source text; errors with line and field."""
    from regiotrack.check.sources import SourceText, quote_problems

    path = Path(args.bron)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(
            f"--bron: bestand '{path}' bestaat niet", "Geef het pad van de brontekst (platte tekst)."
        ) from None
    except UnicodeDecodeError:
        raise UserError(f"--bron: '{path}' is geen UTF-8-tekst", "Sla de bron op als platte tekst (UTF-8).") from None
    except OSError as err:
        raise FileSystemError.from_os_error(err, "lezen") from None
    problems = quote_problems(loaded.plan, SourceText.of(text), loaded.index, file, path.name)
    if not problems:
        return EXIT_OK
    print(
        f"{len(problems)} {'citaat staat' if len(problems) == 1 else 'citaten staan'} niet in de bron:", file=sys.stderr
    )
    for problem in problems:
        print(problem.format(), file=sys.stderr)
    return EXIT_PROBLEMS


def print_assumptions(loaded: LoadedPlan, file: str) -> None:
    """controleer --aannames: every assumption (file:line, item, field, by whom, when, why)."""
    from regiotrack.check.sources import assumptions, unsourced
    from regiotrack.errors import escape_controls

    found = assumptions(loaded.plan, loaded.index)
    print(f"\n{len(found)} {'aanname' if len(found) == 1 else 'aannames'} (niet uit de bron):")
    for one in found:
        where = f"{file}:{one.line}" if one.line else file
        print(escape_controls(f"{where}: {one.item}, veld '{one.field}': aangenomen door {one.by} op {one.on}"))
        if one.why:
            print(escape_controls(f"    waarom: {one.why}"))
    missing = unsourced(loaded.plan, loaded.index, file)
    if missing:
        print(f"\n{len(missing)} trekkers of termijnen zonder herkomst (geen citaat, geen aanname):")
        for problem in missing:
            print(problem.format())
