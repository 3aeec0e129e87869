"""'g' opens a fuzzy search over every kind of item and shows the chosen one on its screen."""

from __future__ import annotations

from tests.tui.visible import shown_in
from textual.command import CommandPalette
from textual.widgets import DataTable, Static

from regiotrack.tui.dialogs.detail import DetailScreen
from regiotrack.tui.screens.agreements import AgreementsScreen
from regiotrack.tui.screens.groups import GroupsScreen
from regiotrack.tui.screens.meetings import MeetingsScreen
from regiotrack.tui.widgets.item_table import ItemTable


async def jump(app, pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("g")
    await pilot.pause()
    assert isinstance(app.screen, CommandPalette)
    await pilot.press(*text)
    await pilot.pause(0.3)  # the palette searches in the background
    await pilot.press("enter")
    await pilot.pause()
    await pilot.pause()


async def test_jump_to_an_agreement_with_letters_left_out(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3", "slash", *"pilot", "enter")  # a filter that hides the target
        await pilot.press("1")
        await jump(app, pilot, "slachtofrdevic")  # letters left out still match
        screen = app.screen
        assert isinstance(screen, AgreementsScreen)
        assert screen.selected_item_id() == "B2-02"
        detail = screen.query_one("#detail", Static)
        assert detail.display and str(detail.render()).startswith("B2-02")


async def test_jump_by_lead_to_a_working_group_and_a_meeting(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await jump(app, pilot, "WG-02")
        assert isinstance(app.screen, GroupsScreen)
        assert app.screen.cards["WG-02"].has_class("-chosen")
        await jump(app, pilot, "PO-2028-1")
        assert isinstance(app.screen, MeetingsScreen)
        assert app.screen.selected_item_id() == "PO-2028-1"
        assert app.screen.query_one(DataTable).has_focus


async def test_jump_to_a_step_shows_its_details(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await jump(app, pilot, "T17 ABDB")
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.text.startswith("T17")
        await pilot.press("escape")
        await pilot.pause()
        assert app.current_mode == "tijdlijn"


async def test_the_chosen_row_is_scrolled_into_view_at_80x24(make_app) -> None:  # type: ignore[no-untyped-def]
    """Opening the details shrinks the table; the chosen row used to stay highlighted below its bottom."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await jump(app, pilot, "B2-10")
        screen = app.screen
        assert isinstance(screen, AgreementsScreen)
        assert screen.selected_item_id() == "B2-10"
        table = screen.query_one(ItemTable)
        assert screen.query_one("#detail", Static).display
        assert "B2-10" in shown_in(app, table)
        await jump(app, pilot, "A-02")  # and back up again
        assert "A-02" in shown_in(app, screen.query_one(ItemTable))
        await jump(app, pilot, "PO-2029-2")
        assert isinstance(app.screen, MeetingsScreen)
        assert "PO-2029-2" in shown_in(app, app.screen.query_one(DataTable))
