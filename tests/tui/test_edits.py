"""Edits from the keyboard: assertions on the screen and on the plan file written to disk."""

from __future__ import annotations

import subprocess
from pathlib import Path

from textual.widgets import Label, Static, TextArea

from conftest import REAL_PLAN
from regiotrack.tui.dialogs.confirm import ConfirmDialog
from regiotrack.tui.dialogs.deadline import DeadlineDialog
from regiotrack.tui.dialogs.note import NoteDialog
from regiotrack.tui.dialogs.problems import ProblemsScreen
from regiotrack.tui.dialogs.status import StatusDialog
from regiotrack.tui.screens.agreements import AgreementsScreen


def changed_lines(path: Path) -> list[tuple[str, str]]:
    before, after = REAL_PLAN.read_text().splitlines(), path.read_text().splitlines()
    return [(a, b) for a, b in zip(before, after, strict=False) if a != b]


async def test_set_status_with_the_keyboard(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3", "s")
        await pilot.pause()
        assert isinstance(app.screen, StatusDialog)
        await pilot.press("down", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, AgreementsScreen)
        row = next(r for r in app.screen.shown if r.id == "B2-01")
        assert row.item.status == "lopend"
    assert changed_lines(plan_path) == [('status = "open"', 'status = "lopend"')]


async def test_status_dialog_escape_changes_nothing(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3", "s", "down", "escape")
        await app.workers.wait_for_complete()
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()


async def test_add_a_note_over_several_lines_keeps_the_log(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        table = app.screen.query_one("ItemTable")
        table.cursor_row = next(n for n, r in enumerate(app.screen.shown) if r.id == "B2-04")  # has a note
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        log = str(app.screen.query_one("#entries", Static).render())
        assert "1. datum onbekend" in log and "Op het moment van schrijven belegd" in log  # the log is shown
        area = app.screen.query_one(TextArea)
        assert area.text == ""  # a new entry: nothing to prepend to by accident
        area.insert("Besproken in het PT.\nActie: kwartiermaker")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
    text = plan_path.read_text()
    entry = (
        '[[afspraak.notities]]\ndag = 2026-11-22\nauteur = "Test Adviseur"\n'
        'tekst = """\nBesproken in het PT.\nActie: kwartiermaker"""'
    )
    assert entry + '\n\n[[afspraak.notities]]\ntekst = "Op het moment van schrijven belegd' in text  # on top, old kept


async def test_move_deadline_with_dutch_input(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3", "d")
        await pilot.pause()
        assert isinstance(app.screen, DeadlineDialog)
        await pilot.press(*"31-2-2026")
        await pilot.pause()
        assert "bestaat niet in de kalender" in str(app.screen.query_one("#when-message", Label).render())
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DeadlineDialog)  # an impossible date is not accepted
        for _ in range(9):
            await pilot.press("backspace")
        await pilot.press(*"30 juni 2026")
        await pilot.pause()
        assert str(app.screen.query_one("#when-message", Label).render()) == "→ 2026-06-30"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    text = plan_path.read_text()
    assert changed_lines(plan_path)[0] == ('deadline = "2026-Q1"', "deadline = 2026-06-30")
    block = text[text.index('id = "B2-01"') : text.index("[[afspraak]]", text.index('id = "B2-01"'))]
    # the new date is a decision, not the source's: signed like every assumption
    assert 'aangenomen = [\n    "effecten",\n    "deadline",\n]' in block
    # … and the earlier assumption (about effecten, by the transcription) is kept, not written over
    assert 'aangenomen_door = "transcriptie (issue 15); Test Adviseur"' in block
    assert "aangenomen_op = 2026-11-22" in block and "; de bron gaf Q1 2026" in block


async def test_edit_on_overview_needs_a_selection(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        app.screen.query_one("#overdue").focus()
        await pilot.press("down", "s")
        await pilot.pause()
        assert isinstance(app.screen, StatusDialog) and app.screen.item_id == "T02"
        await pilot.press("down", "down", "enter")
        await app.workers.wait_for_complete()
    assert ('status = "open"', 'status = "gereed"') in changed_lines(plan_path)


async def test_stale_file_is_refused_and_reload_offered(make_app, plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        assert cli("zet", "B2-02", "lopend").code == 0  # someone else edits meanwhile
        after_other = plan_path.read_bytes()
        await pilot.press("3", "s", "down", "down", "enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert plan_path.read_bytes() == after_other  # nothing overwritten
        await pilot.press("j")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.loaded.digest != ""
        assert next(a for a in app.loaded.plan.agreements if a.id == "B2-02").status == "lopend"


async def test_file_changed_on_disk_is_reloaded(make_app, plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        cli("zet", "B2-05", "gereed")
        app.check_disk()
        await pilot.pause()
        assert next(a for a in app.loaded.plan.agreements if a.id == "B2-05").status == "gereed"
        assert "✓ 1 gereed" in str(app.screen.query_one("#counts").render())  # the screen watched the view


async def test_broken_file_on_disk_shows_problems_not_a_traceback(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        plan_path.write_text(plan_path.read_text().replace('status = "lopend"', 'status = "klaar"', 1))
        app.check_disk()
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        assert "ongeldige waarde 'klaar'" in app.screen.problems[0].format()
        await pilot.press("escape")
        assert app.loaded.plan.agreements[3].status == "lopend"  # the last good version stays


async def test_edit_commits_in_git(git_plan: Path, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3", "s", "down", "down", "enter")
        await app.workers.wait_for_complete()
    log = subprocess.run(["git", "log", "-1", "--format=%s"], cwd=git_plan.parent, capture_output=True, text=True)
    assert log.stdout.strip() == "B2-01: status open → gereed"


async def test_export_and_report_from_the_command_palette(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Agenda exporteren" in titles and "Rapport maken" in titles
        await app.run_action("export('agenda')")
        await app.run_action("export('rapport')")
        await app.workers.wait_for_complete()
        await pilot.pause()
    root = plan_path.parent.parent
    assert (root / "regiotrack-agenda.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert "<svg" in (root / "regiotrack-rapport.html").read_text()
    assert (root / "regiotrack-rapport.md").read_text().startswith("# Voortgang")


async def test_a_note_with_resident_data_is_refused_and_nothing_written(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3", "down", "n")
        await pilot.pause()
        area = app.screen.query_one(TextArea)
        area.clear()
        area.insert("Casus met BSN 111-222-333 besproken")
        await pilot.press("ctrl+s")
        await pilot.pause()
        # refused where it is typed: the dialog stays, with the text and the reason under it
        assert isinstance(app.screen, NoteDialog)
        assert app.screen.query_one(TextArea).text == "Casus met BSN 111-222-333 besproken"
        message = str(app.screen.query_one("#note-message", Label).render())
        assert "burgerservicenummer (111-222-333)" in message
        await pilot.press("escape")
        await app.workers.wait_for_complete()
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()
