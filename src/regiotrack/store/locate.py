"""Which plan file to open: ``--plan``, else ``plans/*.toml`` found upward, else the bundled plan."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Callable

from regiotrack.errors import UserError

BUNDLED_NAME = "2025-2029.toml"
_PERIOD_NAME = re.compile(r"^(\d{4})-(\d{4})$")


class PlanLocation(NamedTuple):
    """A plan file and whether it may be edited."""

    path: Path
    """The file."""
    readonly: bool
    """True for the plan bundled with regiotrack."""
    notice: str | None = None
    """Said to the user (stderr) when there were several plans to choose from."""


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


def choose_plan(
    plans_dir: Path, today: date, default: Callable[[], str | None] | None = None
) -> tuple[Path, str | None]:
    """The plan to open, and a notice when there were several.

    One file: that one. Several: the default (``git config regiotrack.plan``) when set, else the
    one whose period (file name 'JJJJ-JJJJ.toml') covers today, with a notice naming the others
    and how to choose; else a UserError naming them all. ``default`` is asked only when there
    are several plans (it runs git).
    """
    files = sorted(plans_dir.glob("*.toml"))
    if len(files) == 1:
        return files[0], None
    names = ", ".join(f.name for f in files)
    how = (
        f"Kies met --plan {plans_dir.name}/NAAM.toml, of stel een vaste keuze in: "
        f"git config regiotrack.plan {plans_dir.name}/{files[-1].name}"
    )
    setting = default() if default is not None else None
    if setting:
        chosen = next((f for f in files if setting in (f.name, f.stem, f"{plans_dir.name}/{f.name}")), None)
        if chosen is None:
            raise UserError(
                f"git config regiotrack.plan noemt '{setting}', maar dat plan staat niet in {plans_dir} ({names})",
                f"Verbeter de instelling: git config regiotrack.plan {plans_dir.name}/{files[-1].name}",
            )
        return chosen, None
    covering = []
    for file in files:
        match = _PERIOD_NAME.match(file.stem)
        if match and int(match[1]) <= today.year <= int(match[2]):
            covering.append(file)
    if len(covering) == 1:
        notice = f"In {plans_dir.name}/ staan {len(files)} plannen ({names}); geopend: {covering[0].name}, " + (
            f"want die looptijd omvat {today.year}.\n{how}"
        )
        return covering[0], notice
    raise UserError(
        f"in {plans_dir} staan meerdere plannen ({names}) en geen ervan is eenduidig het huidige",
        how + ".",
    )


def locate(
    explicit: str | None, today: date, cwd: Path | None = None, default: Callable[[], str | None] | None = None
) -> PlanLocation:
    """Resolve the plan to open for a command (``default``: the setting regiotrack.plan)."""
    if explicit:
        return PlanLocation(Path(explicit), readonly=False)
    plans_dir = find_plans_dir((cwd or Path.cwd()).resolve())
    if plans_dir is not None:
        path, notice = choose_plan(plans_dir, today, default)
        return PlanLocation(path, readonly=False, notice=notice)
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
