"""Which plan file to open: ``--plan``, else ``plans/*.toml`` found upward, else the bundled plan."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import NamedTuple

from regiotrack.errors import UserError

BUNDLED_NAME = "2025-2029.toml"
_PERIOD_NAME = re.compile(r"^(\d{4})-(\d{4})$")


class PlanLocation(NamedTuple):
    """A plan file and whether it may be edited."""

    path: Path
    """The file."""
    readonly: bool
    """True for the plan bundled with regiotrack."""


def bundled_plan() -> Path:
    """The real 2025-2029 plan as shipped inside the package."""
    from importlib.resources import files

    return Path(str(files("regiotrack") / "data" / BUNDLED_NAME))


def find_plans_dir(start: Path) -> Path | None:
    """The nearest ``plans/`` directory with TOML files, from ``start`` upward (as git finds .git)."""
    for directory in (start, *start.parents):
        candidate = directory / "plans"
        if candidate.is_dir() and any(candidate.glob("*.toml")):
            return candidate
    return None


def choose_plan(plans_dir: Path, today: date) -> Path:
    """The plan whose period (file name 'JJJJ-JJJJ.toml') covers today, else the newest one."""
    files = sorted(plans_dir.glob("*.toml"))
    if len(files) == 1:
        return files[0]
    covering = []
    for file in files:
        match = _PERIOD_NAME.match(file.stem)
        if match and int(match[1]) <= today.year <= int(match[2]):
            covering.append(file)
    if len(covering) == 1:
        return covering[0]
    names = ", ".join(f.name for f in files)
    raise UserError(
        f"in {plans_dir} staan meerdere plannen ({names}) en geen ervan is eenduidig het huidige",
        "Kies er één met --plan, bijvoorbeeld --plan " + str(files[-1]),
    )


def locate(explicit: str | None, today: date, cwd: Path | None = None) -> PlanLocation:
    """Resolve the plan to open for a command."""
    if explicit:
        return PlanLocation(Path(explicit), readonly=False)
    plans_dir = find_plans_dir((cwd or Path.cwd()).resolve())
    if plans_dir is not None:
        return PlanLocation(choose_plan(plans_dir, today), readonly=False)
    return PlanLocation(bundled_plan(), readonly=True)


BUNDLED_NOTICE = (
    "Geen map plans/ gevonden; regiotrack toont het meegeleverde plan 2025-2029 (alleen-lezen).\n"
    "Een eigen planrepository beginnen: regiotrack init MAP  (daarna: cd MAP)."
)
"""Printed to stderr when the bundled plan is used."""


def display_name(path: Path) -> str:
    """The path relative to the working directory when it is below it, for messages."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
