"""The set of plan files: one regional plan and the municipalities' local plans beside it.

Layout: ``plans/2025-2029.toml`` is the regional plan; ``plans/gemeenten/<slug>.toml`` is the
local plan of one municipality (``gemeente = "Amstelveen"``, ``regionaal = "../2025-2029.toml"``).
Plan discovery (``locate``) looks at ``plans/*.toml`` only, so it keeps choosing the regional plan.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from regiotrack.check.localplan import LocalFile
from regiotrack.errors import PlanError, Problem, UserError
from regiotrack.store.reading import LoadedPlan, display_name, read_plan

LOCAL_DIR = "gemeenten"
"""Directory of the local plans, beside the regional plan."""


def slug(name: str) -> str:
    """File name stem for a municipality: 'Ouder-Amstel' -> 'ouder-amstel'."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def local_paths(regional: Path) -> list[Path]:
    """The local plan files beside a regional plan, sorted by name."""
    directory = regional.parent / LOCAL_DIR
    return sorted(directory.glob("*.toml")) if directory.is_dir() else []


def regional_path(loaded: LoadedPlan) -> Path | None:
    """The regional plan a local plan names in ``regionaal`` (None for a regional plan)."""
    if loaded.plan.regional is None:
        return None
    return (loaded.path.parent / loaded.plan.regional).resolve()


def read_regional(loaded: LoadedPlan) -> LoadedPlan:
    """Read the regional plan of a local plan; a Dutch error with file and line when it is missing."""
    path = regional_path(loaded)
    assert path is not None
    if not path.is_file():
        raise PlanError(
            [
                Problem(
                    f"regionaal plan '{loaded.plan.regional}' bestaat niet (gezocht: {display_name(path)})",
                    "Schrijf in regionaal het pad van het regionale plan, vanaf dit bestand, "
                    'bijvoorbeeld "../2025-2029.toml".',
                    display_name(loaded.path),
                    loaded.index.line_of(("regionaal",)),
                    None,
                    "regionaal",
                )
            ]
        )
    return read_plan(path)


def read_locals(regional: Path) -> tuple[list[LoadedPlan], list[Problem]]:
    """Every local plan beside ``regional`` that reads cleanly, and the problems of those that do not."""
    plans: list[LoadedPlan] = []
    problems: list[Problem] = []
    for path in local_paths(regional):
        try:
            plans.append(read_plan(path))
        except PlanError as error:
            problems.extend(error.problems)
        except UserError as error:
            problems.append(Problem(str(error), file=display_name(path)))
    return plans, problems


def as_local(loaded: LoadedPlan) -> LocalFile:
    """What the cross-file checks need of a loaded plan."""
    return LocalFile(loaded.plan, loaded.index, display_name(loaded.path))


def local_of(regional: Path, municipality: str) -> LoadedPlan | None:
    """The local plan of one municipality beside ``regional``, if there is one."""
    plans, _ = read_locals(regional)
    return next((p for p in plans if p.plan.municipality == municipality), None)
