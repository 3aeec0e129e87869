"""What a tester found using the terminal view every day: refused input is kept, the cursor stays on
the item just edited, messages fit at 80x24. Pilot tests: keys pressed, screen and file asserted."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.tui.visible import screen_text, shown_in
from textual.containers import Vertical
from textual.widgets import Button, Input, Label, Static, TextArea
from textual.widgets._toast import Toast

from conftest import REAL_PLAN
from regiotrack.tui.dialogs.deadline import DeadlineDialog
from regiotrack.tui.dialogs.item_form import ItemForm
from regiotrack.tui.dialogs.note import NoteDialog
from regiotrack.tui.dialogs.reason import ReasonDialog
from regiotrack.tui.dialogs.status import StatusDialog
from regiotrack.tui.screens.agreements import AgreementsScreen

RESIDENT = "Gebeld met mevrouw op 06-12345678"
"""A note that holds resident data (a phone number): the privacy check refuses it."""


def note_message(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#note-message", Label).render())


async def test_refused_note_keeps_the_text_to_correct(make_app, git_plan: Path) -> None:  # type: ignore[no-untyped-def]
    before = git_plan.read_bytes()
    app = make_app(git_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "n")
        await pilot.pause()
        area = app.screen.query_one(TextArea)
        area.insert(RESIDENT)
        await pilot.pause()
        assert "telefoonnummer (06-12345678)" in note_message(app)  # as you type, under the field
        assert app.screen.query_one("#save", Button).disabled
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)  # not closed: the text is still there to correct
        assert app.screen.query_one(TextArea).text == RESIDENT
        assert git_plan.read_bytes() == before
        area = app.screen.query_one(TextArea)
        area.replace("Gebeld met de wijkcoördinator", (0, 0), area.document.end)
        await pilot.pause()
        assert note_message(app).startswith("Enter: nieuwe regel")  # the hint again: fine now
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, AgreementsScreen)
    text = git_plan.read_text()
    assert "Gebeld met de wijkcoördinator" in text and "06-12345678" not in text


async def test_note_refused_on_saving_opens_again_with_the_text(  # type: ignore[no-untyped-def]
    make_app, git_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import regiotrack.check.content as content

    monkeypatch.setattr(content, "value_problems", lambda value, allowed=(): [])  # the dialog lets it through
    before = git_plan.read_bytes()
    app = make_app(git_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "n")
        await pilot.pause()
        app.screen.query_one(TextArea).insert(RESIDENT)
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete() if not isinstance(app.screen, NoteDialog) else None
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)  # saving refused it: the dialog is back, with the text
        assert app.screen.query_one(TextArea).text == RESIDENT
        assert "telefoonnummer (06-12345678)" in note_message(app)
        assert "niet opgeslagen" in note_message(app)
        await pilot.press("escape")
        await app.workers.wait_for_complete()
    assert git_plan.read_bytes() == before


async def test_refused_reason_keeps_the_text(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "s")
        await pilot.pause()
        assert isinstance(app.screen, StatusDialog)
        await pilot.press("end", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReasonDialog)
        await pilot.press(*"bel 06-12345678")
        await pilot.pause()
        error = str(app.screen.query_one("#error", Label).render())
        assert error.startswith("Zo niet op te slaan: de reden lijkt op een telefoonnummer")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReasonDialog)
        assert app.screen.query_one(Input).value == "bel 06-12345678"
        await pilot.press("escape")
        await app.workers.wait_for_complete()
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()


async def test_item_form_shows_resident_data_under_the_field(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("3", "e")
        await pilot.pause()
        assert isinstance(app.screen, ItemForm)
        app.screen.query_one("#f-titel", Input).value = "Pilot met mevrouw, 06-12345678"
        await pilot.pause()
        problem = app.screen.query_one("#p-titel", Static)
        assert problem.display and "telefoonnummer (06-12345678)" in str(problem.render())
        assert app.screen.query_one("#save", Button).disabled
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ItemForm)  # nothing typed is lost
        await pilot.press("escape")
        await app.workers.wait_for_complete()
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()


async def test_cursor_stays_on_the_edited_item_after_a_resort(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AgreementsScreen) and screen.sort_column == 4  # sorted on the deadline
        assert screen.selected_item_id() == "B2-01"
        before = screen.query_one("ItemTable").cursor_row
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DeadlineDialog)
        await pilot.press(*"31-12-2029", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen
        table = screen.query_one("ItemTable")
        assert table.cursor_row != before  # the afspraak moved down the table …
        assert screen.selected_item_id() == "B2-01"  # … and the cursor with it
        assert "B2-01" in str(screen.query_one("#detail", Static).render()) or not screen.has_class("-detail")
    assert "deadline = 2029-12-31" in plan_path.read_text()


async def test_long_messages_fit_at_80x24(make_app) -> None:  # type: ignore[no-untyped-def]
    from regiotrack.errors import UserError
    from regiotrack.tui.flows import failure_message

    refusal = UserError(
        "deze wijziging is niet opgeslagen en niet vastgelegd:\nB2-01, veld 'reden': lijkt op een telefoonnummer "
        "(06-12345678); het plan gaat over organisaties en overleggen, nooit over inwoners (AVG)",
        "Laat persoons- en casusgegevens (BSN, telefoonnummer, e-mailadres van een inwoner) en onzichtbare tekens "
        "weg, en probeer het opnieuw.",
    )
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        app.notify(failure_message(refusal), severity="error", markup=False)
        await pilot.pause(0.3)
        toast = app.screen.query_one(Toast)
        screen = app.screen.region
        assert toast.region.width >= 56  # not a 40-column strip that wraps every few words
        assert screen.contains_region(toast.region)  # all of it on screen: nothing cut at the top or bottom


async def test_overview_cursor_follows_the_edited_item(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        table = app.screen.query_one("#overdue")
        table.focus()
        await pilot.press("down")  # T02, the second overdue step
        await pilot.pause()
        assert app.screen.selected_item_id() == "T02"
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DeadlineDialog)
        await pilot.press(*"1-10-2025", "enter")  # still overdue, now after T03…T07
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.selected_item_id() == "T02"
        assert app.screen.query_one("#overdue").cursor_row > 1


MANY = "Gebeld met 06-12345678, 06-87654321, 06-11112222 en 06-33334444; mail jan@example.nl"


@pytest.mark.parametrize("key", ["n", "a"])
async def test_many_findings_shown_short_with_the_buttons_on_screen(make_app, key: str) -> None:  # type: ignore[no-untyped-def]
    """Each finding short, the AVG reason once, Opslaan and Annuleren still visible at 80x24 (note and add form)."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", key)
        await pilot.pause()
        field = app.screen.query_one(TextArea) if key == "n" else app.screen.query(Input).first()
        field.focus()
        field.insert(MANY) if key == "n" else field.insert_text_at_cursor(MANY)
        await pilot.pause()
        await pilot.pause()
        shown = shown_in(app, app.screen.query_one(Vertical))
        assert shown.count("inwoners (AVG)") == 1, shown
        assert "telefoonnummer (06-12345678, 06-87654321, 06-11112222 en nog 1)" in shown
        assert "e-mailadres (jan@example.nl)" in shown
        assert "Opslaan" in shown and "Annuleren" in shown, screen_text(app)


async def test_note_buttons_stay_on_screen_with_a_long_log_and_a_refusal(make_app) -> None:  # type: ignore[no-untyped-def]
    """A full note log (10 lines) plus the editor plus a refusal is taller than 24 lines: the buttons are docked."""
    from regiotrack.check.content import value_problems
    from regiotrack.plan.model import NoteEntry

    notes = tuple(NoteEntry(tekst=f"Overleg {n} gehad.\nVervolg afgesproken.") for n in range(8))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = NoteDialog("B2-01", notes, value_problems)
        app.push_screen(dialog)
        await pilot.pause()
        dialog.query_one(TextArea).insert(MANY)
        await pilot.pause()
        await pilot.pause()
        shown = screen_text(app)
        assert "Opslaan (Ctrl+S)" in shown and "Annuleren (Esc)" in shown, shown
        assert "Zo niet op te slaan" in shown, shown


async def test_plan_meeting_keeps_a_refused_place_and_typed_markup(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    from regiotrack.tui.dialogs.plan_meeting import PlanMeetingDialog

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5", "p")
        await pilot.pause()
        assert isinstance(app.screen, PlanMeetingDialog)
        app.screen.query_one("#when", Input).value = "[/x] 18 juni"  # typed brackets are text, not markup
        await pilot.pause()
        assert isinstance(app.screen, PlanMeetingDialog)
        app.screen.query_one("#when", Input).value = "10 december 2026 14:00-16:00"
        app.screen.query_one("#location", Input).value = "bij mevrouw thuis, 06-12345678"
        await pilot.pause()
        error = str(app.screen.query_one("#location-message", Label).render())
        assert error.startswith("Zo niet op te slaan: de plaats lijkt op een telefoonnummer")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PlanMeetingDialog)  # not closed: the place is still there to correct
        assert app.screen.query_one("#location", Input).value == "bij mevrouw thuis, 06-12345678"
        await pilot.press("escape")
        await app.workers.wait_for_complete()
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()
