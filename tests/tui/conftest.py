"""Fixtures for the TUI tests: an app on a copy of the real plan, with a fixed today."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from regiotrack.store.reading import read_plan
from regiotrack.tui.app import RegiotrackApp

TODAY = date(2026, 11, 22)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every SVG snapshot may run up to three times.

    Under heavy CPU load (several test processes on two cores) a table's first layout can race
    its data and a picture comes out one column off; a rerun settles it. A real change fails
    every run. Done here so that a new snapshot test cannot forget it.
    """
    for item in items:
        if "snap_compare" in getattr(item, "fixturenames", ()) and item.get_closest_marker("flaky") is None:
            item.add_marker(pytest.mark.flaky(reruns=2))


@pytest.fixture
def make_app(plan_path: Path) -> Callable[..., RegiotrackApp]:
    """Build an app on the copied plan; the file watcher is driven by the test, not a timer."""

    def make(path: Path = plan_path, today: date = TODAY, **options: object) -> RegiotrackApp:
        options.setdefault("watch_seconds", None)
        options.setdefault("load_history", False)
        return RegiotrackApp(read_plan(path), today, **options)  # type: ignore[arg-type]

    return make


@pytest.fixture
def git_plan(plan_path: Path) -> Path:
    """The copied plan inside a fresh git repository with one commit."""
    root = plan_path.parent.parent
    fixed = {
        **os.environ,
        "GIT_AUTHOR_DATE": "2025-12-01T09:00:00+01:00",
        "GIT_COMMITTER_DATE": "2025-12-01T09:00:00+01:00",
    }
    for args in (["init", "-q"], ["add", "plans"], ["commit", "-qm", "Plan overgenomen"]):
        subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, env=fixed)
    return plan_path
