"""Checks across files: a municipality's local plan against the regional plan it serves.

A local plan (``plans/gemeenten/<slug>.toml``) names its owner (``gemeente``) and its regional
plan (``regionaal``); its afspraken name in ``dient`` the regional afspraken or werkgroepen they
serve. These checks need both plans, so they run apart from the one-file validation. No I/O:
the caller reads the files.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from regiotrack.check.lineindex import LineIndex
from regiotrack.errors import Problem, did_you_mean
from regiotrack.plan.model import Plan


class LocalFile(NamedTuple):
    """One local plan as read: the plan, its line index and its name for messages."""

    plan: Plan
    lines: LineIndex
    file: str


def regional_targets(regional: Plan) -> dict[str, str]:
    """Ids a local action may serve: regional afspraken, effecten and werkgroepen, with their titles."""
    targets = {a.id: a.title for a in regional.agreements}
    targets.update({e.id: e.name for e in regional.effects})
    targets.update({g.id: g.name for g in regional.working_groups})
    return targets


def local_problems(local: LocalFile, regional: Plan, regional_file: str) -> list[Problem]:
    """Owner not in the region, and ``dient`` ids the regional plan does not declare."""
    plan, index, file = local.plan, local.lines, local.file
    problems: list[Problem] = []
    municipalities = set(regional.municipalities)
    if plan.municipality is not None and plan.municipality not in municipalities:
        guess = did_you_mean(plan.municipality, municipalities)
        problems.append(
            Problem(
                f"gemeente '{plan.municipality}' hoort niet bij de regio van {regional_file}"
                + (f"; {guess}" if guess else ""),
                f"Kies uit: {', '.join(sorted(municipalities))}.",
                file,
                index.line_of(("gemeente",)),
                None,
                "gemeente",
            )
        )
    targets = regional_targets(regional)
    for number, agreement in enumerate(plan.agreements):
        for served in agreement.serves:
            if served in targets:
                continue
            guess = did_you_mean(served, targets)
            problems.append(
                Problem(
                    f"'{served}' staat niet in het regionale plan {regional_file}" + (f"; {guess}" if guess else ""),
                    "Noem in dient een id van een regionale [[afspraak]], [[effect]] of [[werkgroep]].",
                    file,
                    index.line_of(("afspraak", str(number), "dient")),
                    agreement.id,
                    "dient",
                )
            )
    return problems


def set_problems(locals_: Sequence[LocalFile]) -> list[Problem]:
    """Two local plans for one municipality: the second and later files are reported."""
    problems: list[Problem] = []
    first: dict[str, str] = {}
    for local in locals_:
        owner = local.plan.municipality
        if owner is None:
            continue
        if owner not in first:
            first[owner] = local.file
            continue
        problems.append(
            Problem(
                f"gemeente '{owner}' heeft al een lokaal plan: {first[owner]}",
                "Eén bestand per gemeente: voeg de afspraken samen in dat bestand en verwijder dit.",
                local.file,
                local.lines.line_of(("gemeente",)),
                None,
                "gemeente",
            )
        )
    return problems
