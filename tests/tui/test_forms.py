"""Forms and dialogs: keyboard only (Tab, Enter, Esc) and mouse; problems under the field as you
type; Opslaan disabled until the form is valid; nothing written on Esc."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Label, TextArea

from conftest import REAL_PLAN
from regiotrack.tui.dialogs.deadline import DeadlineDialog
from regiotrack.tui.dialogs.note import NoteDialog
from regiotrack.tui.dialogs.status import StatusDialog
from regiotrack.tui.screens.agreements import AgreementsScreen


def message(screen) -> str:  # type: ignore[no-untyped-def]
    return str(screen.query_one("#when-message", Label).render())


async def test_deadline_form_disabled_until_valid_and_saved_by_mouse(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3", "d")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, DeadlineDialog)
        save = dialog.query_one("#save", Button)
        assert save.disabled and message(dialog) == ""  # empty: no scolding yet, but nothing to save
        await pilot.press(*"31-13")
        await pilot.pause()
        assert save.disabled and message(dialog)  # a Dutch problem under the field, as you type
        await pilot.click("#save")  # a disabled button does nothing
        assert isinstance(app.screen, DeadlineDialog)
        dialog.query_one("#when", Input).value = "30-6-2026"
        await pilot.pause()
        assert not save.disabled and message(dialog) == "→ 2026-06-30"
        await pilot.click("#save")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, AgreementsScreen)
    assert "deadline = 2026-06-30" in plan_path.read_text()


async def test_tab_order_and_escape_write_nothing(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3", "d", *"1-7-2026")
        await pilot.pause()
        dialog = app.screen
        assert dialog.focused is dialog.query_one("#when", Input)
        await pilot.press("tab")
        assert dialog.focused is dialog.query_one("#save", Button)
        await pilot.press("tab")
        assert dialog.focused is dialog.query_one("#cancel", Button)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AgreementsScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        app.screen.query_one(TextArea).insert("weg ermee")
        await pilot.click("#cancel")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, StatusDialog)
        await pilot.click("#cancel")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, AgreementsScreen)
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()


async def test_note_saved_with_tab_and_enter(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3", "n")
        await pilot.pause()
        area = app.screen.query_one(TextArea)
        area.insert("Met toetsenbord")  # a new log entry: the editor starts empty
        await pilot.press("tab")
        assert app.screen.focused is app.screen.query_one("#save", Button)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert 'tekst = "Met toetsenbord"' in plan_path.read_text()  # a new entry of the note log


async def test_status_chosen_by_mouse(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3", "s")
        await pilot.pause()
        options = app.screen.query_one("#statuses")
        await pilot.click(options, offset=(4, 2))  # the second status: lopend
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert ('status = "lopend"') in plan_path.read_text().split('id = "B2-01"')[1].split("[[")[0]
