"""No worker closes the terminal view: every failure becomes a Dutch notification, the plan untouched."""

from __future__ import annotations

import contextlib
import errno
from pathlib import Path

from textual.worker import WorkerFailed

from conftest import REAL_PLAN
from regiotrack.errors import UserError
from regiotrack.tui import flows
from regiotrack.tui.screens.agreements import AgreementsScreen


def messages(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.message for n in app._notifications]


async def set_status(app, pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("3", "s", "down", "enter")
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_full_disk_while_saving_is_a_message(make_app, plan_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(plan_path))

    monkeypatch.setattr(flows, "save_and_commit", full)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await set_status(app, pilot)
        assert app.is_running and isinstance(app.screen, AgreementsScreen)
        assert any("is mislukt: de schijf is vol" in m and "Maak ruimte vrij" in m for m in messages(app))
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()


async def test_unexpected_error_in_a_worker_is_a_message(make_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(*args: object) -> None:
        raise RuntimeError("kapot")

    monkeypatch.setattr(flows, "save_and_commit", broken)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await set_status(app, pilot)
        assert app.is_running
        assert any(m.startswith("Er ging iets onverwachts mis (RuntimeError: kapot)") for m in messages(app))
        await pilot.press("4")  # still usable
        await pilot.pause()
        assert app.current_mode == "werkgroepen"


async def test_failing_history_worker_keeps_the_app(git_plan: Path, make_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import regiotrack.history.log as log

    def broken(*args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", ".git/objects")

    monkeypatch.setattr(log, "history", broken)
    app = make_app(load_history=True)
    async with app.run_test(size=(100, 30)) as pilot:
        with contextlib.suppress(WorkerFailed):  # the test waits on it; the app does not (when it is still listed)
            await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        assert any("geen toestemming (.git/objects)" in m for m in messages(app))


async def test_failing_export_is_a_message(make_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def read_only(view: object) -> str:
        raise OSError(errno.EROFS, "Read-only file system", "regiotrack-agenda.ics")

    monkeypatch.setitem(flows.EXPORTS, "agenda", read_only)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await app.run_action("export('agenda')")
        with contextlib.suppress(WorkerFailed):  # the test waits on it; the app does not
            await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        assert any("alleen-lezen" in m for m in messages(app))


async def test_error_text_in_a_notification_is_not_markup(make_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def refused(*args: object) -> None:
        raise UserError("Titel '[/concept]' in [bold]B2-01[/] \x1b[2J kan niet", "Kies een andere titel.")

    monkeypatch.setattr(flows, "save_and_commit", refused)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await set_status(app, pilot)
        assert app.is_running
        shown = messages(app)
        assert "Titel '[/concept]' in [bold]B2-01[/] \\x1b[2J kan niet\n    → Kies een andere titel." in shown
