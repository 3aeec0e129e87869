"""The set of plan files: one regional plan and the municipalities' local plans beside it.

Layout: ``plans/2025-2029.toml`` is the regional plan; ``plans/gemeenten/<slug>.toml`` is the
local plan of one municipality (``gemeente = "Amstelveen"``, ``regionaal = "../2025-2029.toml"``).
Plan discovery (``locate``) looks at ``plans/*.toml`` only, so it keeps choosing the regional plan.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from regiotrack.check.localplan import LocalFile, local_problems, set_problems
from regiotrack.errors import PlanError, Problem, UserError
from regiotrack.plan.model import Plan
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


def read_set(loaded: LoadedPlan) -> tuple[LoadedPlan, list[LoadedPlan], list[Problem]]:
    """The regional plan and the local plans beside it, whether ``loaded`` is the regional or a local plan.

    Local plans that do not read cleanly are left out; their problems come back as the third
    value. A missing regional plan (named by a local plan) raises :class:`PlanError`.
    """
    regional = read_regional(loaded) if loaded.plan.regional is not None else loaded
    locals_, problems = read_locals(regional.path)
    return regional, locals_, problems


def checked_set(loaded: LoadedPlan) -> tuple[LoadedPlan, list[LoadedPlan], list[Problem]]:
    """The set as ``read_set`` gives it, with the cross-file problems ``controleer`` reports added.

    Everything that builds on the whole set (matrix, report, site) refuses when the third value is
    not empty: a ``dient`` the region lacks, an owner outside the region or a municipality with two
    files would make the matrix silently wrong.
    """
    regional, locals_, problems = read_set(loaded)
    return regional, locals_, problems + cross_file_problems(regional, locals_)


def cross_file_problems(regional: LoadedPlan, locals_: list[LoadedPlan]) -> list[Problem]:
    """Each local plan against the regional plan, and two files for one municipality."""
    regional_file = display_name(regional.path)
    problems: list[Problem] = []
    for local in locals_:
        problems += local_problems(as_local(local), regional.plan, regional_file)
    return problems + set_problems([as_local(local) for local in locals_])


def new_regional_problems(loaded: LoadedPlan, new_plan: Plan) -> list[Problem]:
    """Cross-file problems an edit of a local plan would add: a ``dient`` or ``gemeente`` the region lacks.

    Problems already in the file do not count (the edit that removes one must go through). Lines
    are left out: the new version is not written yet. A missing regional plan is left to
    ``controleer`` (it names the line of ``regionaal``); then nothing is refused here.
    """
    if new_plan.regional is None:
        return []
    path = (loaded.path.parent / new_plan.regional).resolve()
    if not path.is_file():
        return []
    regional = read_plan(path).plan
    file = display_name(loaded.path)

    def found(plan: Plan) -> list[Problem]:
        return local_problems(LocalFile(plan, loaded.index, file), regional, display_name(path))

    before = {(p.item, p.message) for p in found(loaded.plan)} if loaded.plan.regional is not None else set()
    return [p._replace(line=None) for p in found(new_plan) if (p.item, p.message) not in before]


def as_local(loaded: LoadedPlan) -> LocalFile:
    """What the cross-file checks need of a loaded plan."""
    return LocalFile(loaded.plan, loaded.index, display_name(loaded.path))


def local_of(regional: Path, municipality: str) -> LoadedPlan | None:
    """The local plan of one municipality beside ``regional``, if there is one."""
    plans, _ = read_locals(regional)
    return next((p for p in plans if p.plan.municipality == municipality), None)


def start_local(regional_file: Path, name: str) -> Path:
    """Write a minimal valid local plan for municipality ``name``; refuse a second one or an unknown name.

    The file declares the municipality as organisation with the regional plan's own id for it
    (naam "Gemeente NAAM": ``GEM-AMV`` for Amstelveen), so that its afspraken have a trekker from
    the start and a trekker means the same in every file; without one, an id no regional item has.
    Returns the new file's path; nothing is written on refusal.
    """
    from regiotrack.errors import did_you_mean
    from regiotrack.plan.localids import code_of, local_organisation
    from regiotrack.store.files import write_bytes_atomic
    from regiotrack.store.reading import load_bytes

    regional = read_plan(regional_file)
    if name not in regional.plan.municipalities:
        guess = did_you_mean(name, regional.plan.municipalities)
        raise UserError(
            f"gemeente '{name}' hoort niet bij de regio van {display_name(regional_file)}"
            + (f"; {guess}" if guess else "")
            + "; er is niets geschreven",
            f"Kies uit: {', '.join(regional.plan.municipalities)}.",
        )
    existing = [p for p in read_locals(regional_file)[0] if p.plan.municipality == name]
    path = regional_file.parent / LOCAL_DIR / f"{slug(name)}.toml"
    if existing or path.exists():
        found = display_name(existing[0].path if existing else path)
        raise UserError(
            f"gemeente '{name}' heeft al een lokaal plan: {found}; er is niets geschreven",
            f"Werk in dat bestand: regiotrack lijst --plan {found}.",
        )
    organisation = local_organisation(regional.plan, name)
    start, end = regional.plan.term.start, regional.plan.term.end
    text = (
        f'schema = 1\nid = "LOKAAL-{code_of(organisation)}-{start.year}-{end.year}"\n'
        f'titel = "Lokaal uitvoeringsplan {name}"\nregio = "{regional.plan.region}"\n'
        f'gemeenten = [\n    "{name}",\n]\ntijdzone = "{regional.plan.timezone}"\n'
        f'gemeente = "{name}"\nregionaal = "../{regional_file.name}"\n\n'
        f"[looptijd]\nvan = {start}\ntot = {end}\n\n"
        f'[[organisatie]]\nid = "{organisation}"\nnaam = "Gemeente {name}"\nsoort = "gemeente"\n'
    )
    load_bytes(text.encode(), path)  # the file we write must itself check clean
    path.parent.mkdir(exist_ok=True)
    write_bytes_atomic(path, text.encode())
    return path
