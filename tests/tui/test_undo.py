"""'u' in the terminal view: confirm, then undo the last regiotrack change with a commit naming it."""

from __future__ import annotations

import contextlib
import subprocess
from pathlib import Path

from tests.tui.visible import shown_in
from textual.containers import Vertical
from textual.worker import WorkerFailed

from conftest import REAL_PLAN
from regiotrack.tui.dialogs.confirm import ConfirmDialog


def subject(root: Path) -> str:
    return subprocess.run(["git", "log", "-1", "--format=%s"], cwd=root, capture_output=True, text=True).stdout.strip()


async def test_u_undoes_the_last_change(git_plan: Path, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3", "s", "down", "enter")  # B2-01 open -> lopend
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert subject(git_plan.parent) == "B2-01: status open → lopend"
        await pilot.press("u")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "Herstel: B2-01: status lopend → open" in app.screen.question
        await pilot.press("n")  # no: nothing happens
        await app.workers.wait_for_complete()
        assert subject(git_plan.parent) == "B2-01: status open → lopend"
        await pilot.press("u")
        await pilot.pause()
        await pilot.pause()
        await pilot.press("j")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert next(a for a in app.view.loaded.plan.agreements if a.id == "B2-01").status == "open"
    assert subject(git_plan.parent) == "Herstel: B2-01: status lopend → open"
    assert git_plan.read_bytes() == REAL_PLAN.read_bytes()


async def test_u_refused_is_a_message_and_nothing_changes(git_plan: Path, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("u")
        with contextlib.suppress(WorkerFailed):  # the test waits on the worker; the app shows its error
            await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        assert any("geen wijziging van regiotrack" in n.message for n in app._notifications)
    assert git_plan.read_bytes() == REAL_PLAN.read_bytes()
    assert subject(git_plan.parent) == "Plan overgenomen"


async def test_the_whole_undo_question_is_readable(git_plan: Path, make_app) -> None:  # type: ignore[no-untyped-def]
    """The question used to be cut after its first line's width: 'Doorgaan?' was lost."""
    for size in ((80, 24), (160, 48)):
        app = make_app()
        async with app.run_test(size=size) as pilot:
            await pilot.press("3", "s", "down", "enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("u")
            await pilot.pause()
            await pilot.pause()
            assert isinstance(app.screen, ConfirmDialog)
            shown = shown_in(app, app.screen.query_one(Vertical))
            commit = app.screen.question.split("commit ")[1].split()[0]
            assert f"Dit maakt commit {commit} ongedaan, met een nieuwe commit. Doorgaan?" in shown, size
            assert "Herstel: B2-01: status lopend → open" in shown
            assert "Ja (j)" in shown and "Nee (n)" in shown
            await pilot.press("n")
            await app.workers.wait_for_complete()
        subprocess.run(["git", "reset", "-q", "--hard", "HEAD~1"], cwd=git_plan.parent.parent, check=True)
