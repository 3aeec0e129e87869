"""What every command shares: exit codes, today, which plan, loading it, saving an edit."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regiotrack.plan.edits import Edit
    from regiotrack.plan.model import Plan
    from regiotrack.saving import Saved
    from regiotrack.store.locate import PlanLocation
    from regiotrack.store.reading import LoadedPlan

from regiotrack.errors import EXIT_INPUT, EXIT_NOT_COMMITTED, EXIT_OK, EXIT_PROBLEMS, UserError, escape_controls

__all__ = ["EXIT_INPUT", "EXIT_NOT_COMMITTED", "EXIT_OK", "EXIT_PROBLEMS"]


def show(text: str, err: bool = False, end: str = "\n") -> None:
    """Print text that holds plan or git text: control characters shown escaped, never raw.

    Every command prints through this (stdout, or stderr with ``err``): a title or a commit
    subject must not set the window title, clear the screen or hide text with a carriage return.
    """
    print(escape_controls(text), file=sys.stderr if err else sys.stdout, end=end)


def show_json(text: str) -> None:
    """Print a JSON document; what json leaves raw of ``errors.STEERING`` (DEL, C1 controls, the
    invisible format characters) and surrogates as \\u escapes, which keep it the same JSON."""
    import re

    from regiotrack.errors import STEERING

    print(re.sub(f"[{STEERING}\\ud800-\\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text))


def today_of(args: argparse.Namespace) -> date:
    from regiotrack.plan.today import resolve_today

    return resolve_today(args.vandaag)


def organisation_of(args: argparse.Namespace, plan_path: str | Path) -> str | None:
    """--als ORG; with --mijn the organisation in git config (regiotrack.organisatie); else None."""
    chosen: str | None = getattr(args, "als", None)
    if chosen or not getattr(args, "mijn", False):
        return chosen
    from regiotrack.history.organisation import configured_organisation

    found = configured_organisation(Path(plan_path).resolve().parent)
    if found is None:
        raise UserError(
            "--mijn: uw organisatie is niet ingesteld",
            "Stel haar eenmalig in met: git config regiotrack.organisatie VT (met --global voor al uw "
            "repositories), of noem haar: --als VT.",
        )
    return found


def locate_for(args: argparse.Namespace, today: date) -> PlanLocation:
    from regiotrack.store.locate import BUNDLED_NOTICE, locate

    location = locate(args.plan, today, default=default_plan)
    if location.readonly:
        show(BUNDLED_NOTICE, err=True)
    if location.notice:
        show(location.notice, err=True)
    return location


def default_plan() -> str | None:
    """The plan chosen once with ``git config regiotrack.plan``, when git has the setting."""
    from pathlib import Path

    from regiotrack.history.git import git_available, run_git

    if not git_available():
        return None
    result = run_git(Path.cwd(), "config", "regiotrack.plan")
    return result.stdout.decode().strip() or None if result.returncode == 0 else None


def load_plan(args: argparse.Namespace, today: date, for_edit: bool = False) -> LoadedPlan:
    from regiotrack.store.reading import read_plan

    location = locate_for(args, today)
    return read_plan(location.path, readonly=location.readonly, for_edit=for_edit)


def load_for(args: argparse.Namespace) -> LoadedPlan:
    """The plan a command works on, for today as the arguments say."""
    return load_plan(args, today_of(args))


def save(args: argparse.Namespace, make_edit: Callable[[Plan, date], Edit]) -> int:
    """Apply an edit, write it, and commit it when the plan is in a git repository."""
    code, _ = save_loaded(args, load_plan(args, today_of(args), for_edit=True), make_edit)
    return code


def save_loaded(
    args: argparse.Namespace, loaded: LoadedPlan, make_edit: Callable[[Plan, date], Edit]
) -> tuple[int, Saved]:
    """:func:`save` for a plan already loaded (with ``for_edit=True``); also returns what was saved."""
    from regiotrack.saving import save_and_commit
    from regiotrack.store.reading import display_name

    today = today_of(args)
    saved = save_and_commit(loaded, make_edit, today, commit=not args.geen_commit)
    for warning in saved.warnings:
        show(f"let op: {warning.format()}", err=True)
    if not saved.changed:
        show(f"{saved.edit.item_id}: niets gewijzigd; het plan had deze waarde al. Niets opgeslagen of vastgelegd.")
        return EXIT_OK, saved
    show(saved.edit.summary)
    show(f"Opgeslagen in {display_name(saved.loaded.path)}.")
    if saved.swept and saved.commit is not None:
        show("Ook mee vastgelegd (eerder gewijzigd, nog niet in git): " + "; ".join(saved.swept))
    if saved.commit is None:
        return EXIT_OK, saved
    show(saved.commit.message, err=not saved.commit.committed)
    return (EXIT_OK if saved.commit.committed else EXIT_NOT_COMMITTED), saved


def author_of(args: argparse.Namespace) -> str:
    """Who writes a note: --auteur, else the git identity (git config user.name), else 'onbekend'."""
    from pathlib import Path

    from regiotrack.history.git import user_name
    from regiotrack.plan.notes import UNKNOWN_AUTHOR

    given = getattr(args, "auteur", None)
    if given and given.strip():
        return str(given).strip()
    where = Path(args.plan).resolve() if getattr(args, "plan", None) else Path.cwd()
    return user_name(where) or UNKNOWN_AUTHOR
