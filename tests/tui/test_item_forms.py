"""Add, change and retire items in the terminal view: the forms, the file written and the commits."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

from tests.tui.visible import screen_text
from textual.widgets import Button, Input, Static

from regiotrack.store.reading import read_plan
from regiotrack.tui.app import RegiotrackApp
from regiotrack.tui.dialogs.item_form import ItemForm
from regiotrack.tui.dialogs.reason import ReasonDialog
from regiotrack.tui.dialogs.status import StatusDialog
from regiotrack.tui.screens.agreements import AgreementsScreen

TODAY = date(2026, 11, 22)


def subjects(plan_path: Path) -> list[str]:
    log = subprocess.run(
        ["git", "log", "--format=%s"], cwd=plan_path.parent, capture_output=True, text=True, check=True
    )
    return log.stdout.splitlines()


def field(app, key: str) -> Input:  # type: ignore[no-untyped-def]
    return app.screen.query_one(f"#f-{key}", Input)


async def test_add_change_trekker_and_retire_an_agreement(make_app, git_plan: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(git_plan)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3", "a")
        await app.workers.wait_for_complete() if not isinstance(app.screen, ItemForm) else None
        await pilot.pause()
        assert isinstance(app.screen, ItemForm)
        assert field(app, "id").value == "A-45"  # the next free id of the series
        save = app.screen.query_one("#save", Button)
        assert save.disabled  # titel and trekker are still missing
        field(app, "titel").value = "Pilot Zuidoost"
        field(app, "trekker").value = "GGd"
        await pilot.pause()
        assert "bedoelde u 'GGD'?" in str(app.screen.query_one("#p-trekker", Static).render())
        assert save.disabled
        field(app, "trekker").value = "GEM-AMS"
        field(app, "deadline").value = "najaar 2026"
        await pilot.pause()
        assert not save.disabled
        await pilot.press("ctrl+s")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, AgreementsScreen)
        assert subjects(git_plan)[0] == "A-45: afspraak 'Pilot Zuidoost' toegevoegd (trekker GEM-AMS)"

        # change its trekker: 'e' opens the same form, filled in
        table = app.screen.query_one("ItemTable")
        table.cursor_row = next(n for n, r in enumerate(app.screen.shown) if r.id == "A-45")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ItemForm)
        assert field(app, "titel").value == "Pilot Zuidoost" and field(app, "id").disabled
        field(app, "trekker").value = "GGD"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert subjects(git_plan)[0] == "A-45: trekker GEM-AMS → GGD"

        # retire it with a reason
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, StatusDialog)
        await pilot.press("end", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReasonDialog)
        await pilot.press(*"opgegaan in A-04", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        detail = str(app.screen.query_one("#detail", Static).render())
        assert re.search(r"reden:\s+opgegaan in A-04", detail)  # shown wherever the item is
    assert subjects(git_plan)[:3] == [
        "A-45: status open → vervallen, reden: opgegaan in A-04",
        "A-45: trekker GEM-AMS → GGD",
        "A-45: afspraak 'Pilot Zuidoost' toegevoegd (trekker GEM-AMS)",
    ]
    item = next(a for a in read_plan(git_plan).plan.agreements if a.id == "A-45")
    assert (item.lead, item.status, item.reason, str(item.deadline)) == (
        "GGD",
        "vervallen",
        "opgegaan in A-04",
        "najaar 2026",
    )
    status = subprocess.run(["git", "status", "--porcelain"], cwd=git_plan.parent, capture_output=True, text=True)
    assert status.stdout == ""


async def test_escape_writes_nothing(make_app, git_plan: Path) -> None:  # type: ignore[no-untyped-def]
    before = git_plan.read_bytes()
    app = make_app(git_plan)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3", "a")
        await pilot.pause()
        await app.workers.wait_for_complete() if not isinstance(app.screen, ItemForm) else None
        await pilot.pause()
        field(app, "titel").value = "Toch niet"
        field(app, "trekker").value = "VT"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("e")  # the selected afspraak, unchanged, then Escape
        await pilot.pause()
        await pilot.press("escape")
        await app.workers.wait_for_complete()
    assert git_plan.read_bytes() == before
    assert subjects(git_plan) == ["Plan overgenomen"]


async def _form_open(pilot, keys: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Press ``keys`` and wait until the form is on screen (the add form first reads git)."""
    await pilot.app.workers.wait_for_complete()
    await pilot.press(*keys)
    for _ in range(100):  # a bounded wait for a state, not a timing assertion
        if isinstance(pilot.app.screen, ItemForm):
            break
        await pilot.pause(0.02)
    await pilot.pause()


def test_snapshot_add_form_with_a_typo(snap_compare, git_plan: Path) -> None:  # type: ignore[no-untyped-def]
    async def typo(pilot) -> None:  # type: ignore[no-untyped-def]
        await _form_open(pilot, ["3", "a"])
        field(pilot.app, "titel").value = "Pilot Zuidoost"
        field(pilot.app, "trekker").value = "GGd"
        await pilot.pause()

    app = RegiotrackApp(read_plan(git_plan), TODAY, watch_seconds=None)
    assert snap_compare(app, terminal_size=(100, 40), run_before=typo)


def test_snapshot_edit_form(snap_compare, git_plan: Path) -> None:  # type: ignore[no-untyped-def]
    async def open_form(pilot) -> None:  # type: ignore[no-untyped-def]
        await _form_open(pilot, ["3", "e"])

    app = RegiotrackApp(read_plan(git_plan), TODAY, watch_seconds=None)
    assert snap_compare(app, terminal_size=(100, 40), run_before=open_form)


async def test_missing_fields_only_after_a_visit_or_a_save_and_said_for_the_form(make_app) -> None:  # type: ignore[no-untyped-def]
    """An untouched add form shows no 'ontbreekt'; leaving titel empty says what to fill in (not a command line)."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for attempt in ("visit", "save"):
            await pilot.press("3", "a")
            await app.workers.wait_for_complete() if not isinstance(app.screen, ItemForm) else None
            await pilot.pause()
            form = app.screen
            assert isinstance(form, ItemForm)
            save = form.query_one("#save", Button)
            shown = screen_text(app)
            assert "ontbre" not in shown and "regiotrack nieuw" not in shown and "Vul" not in shown, shown
            assert save.disabled  # titel is still missing
            if attempt == "visit":
                await pilot.press("tab", "tab")  # id -> titel -> omschrijving: titel visited and left empty
            else:
                await pilot.press("ctrl+s")  # an attempt to save names every missing field
            await pilot.pause()
            assert isinstance(app.screen, ItemForm)
            titel = form.query_one("#p-titel", Static)
            assert titel.display and str(titel.render()) == "Vul titel in; dit veld is verplicht."
            assert "regiotrack nieuw" not in screen_text(app)
            assert save.disabled
            field(app, "titel").value = "Pilot Zuidoost"
            await pilot.pause()
            assert not titel.display
            await pilot.press("escape")
            await pilot.pause()
