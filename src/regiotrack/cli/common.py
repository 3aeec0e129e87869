"""What every command shares: exit codes, today, which plan, loading it, saving an edit."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regiotrack.plan.edits import Edit
    from regiotrack.plan.model import Plan
    from regiotrack.store.locate import PlanLocation
    from regiotrack.store.reading import LoadedPlan

from regiotrack.errors import EXIT_INPUT, EXIT_NOT_COMMITTED, EXIT_OK, EXIT_PROBLEMS

__all__ = ["EXIT_INPUT", "EXIT_NOT_COMMITTED", "EXIT_OK", "EXIT_PROBLEMS"]


def today_of(args: argparse.Namespace) -> date:
    from regiotrack.plan.today import resolve_today

    return resolve_today(args.vandaag)


def locate_for(args: argparse.Namespace, today: date) -> PlanLocation:
    from regiotrack.store.locate import BUNDLED_NOTICE, locate

    location = locate(args.plan, today, default=default_plan)
    if location.readonly:
        print(BUNDLED_NOTICE, file=sys.stderr)
    if location.notice:
        print(location.notice, file=sys.stderr)
    return location


def default_plan() -> str | None:
    """The plan chosen once with ``git config regiotrack.plan``, when git has the setting."""
    from pathlib import Path

    from regiotrack.history.git import git_available, run_git

    if not git_available():
        return None
    result = run_git(Path.cwd(), "config", "regiotrack.plan")
    return result.stdout.decode().strip() or None if result.returncode == 0 else None


def load_plan(args: argparse.Namespace, today: date) -> LoadedPlan:
    from regiotrack.store.reading import read_plan

    location = locate_for(args, today)
    return read_plan(location.path, readonly=location.readonly)


def load_for(args: argparse.Namespace) -> LoadedPlan:
    """The plan a command works on, for today as the arguments say."""
    return load_plan(args, today_of(args))


def save(args: argparse.Namespace, make_edit: Callable[[Plan, date], Edit]) -> int:
    """Apply an edit, write it, and commit it when the plan is in a git repository."""
    from regiotrack.saving import save_and_commit
    from regiotrack.store.reading import display_name

    today = today_of(args)
    saved = save_and_commit(load_plan(args, today), make_edit, today, commit=not args.geen_commit)
    print(saved.edit.summary)
    print(f"Opgeslagen in {display_name(saved.loaded.path)}.")
    if saved.commit is None:
        return EXIT_OK
    print(saved.commit.message, file=sys.stdout if saved.commit.committed else sys.stderr)
    return EXIT_OK if saved.commit.committed else EXIT_NOT_COMMITTED


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
