"""Room to see at 80x24: ten afspraken at least, details on demand (beside the table when wide),
no column cut so that its meaning is lost, no wrapped progress rows."""

from __future__ import annotations

from rich.cells import cell_len
from textual.widgets import Static

from regiotrack.tui.screens.agreements import AgreementsScreen
from regiotrack.tui.widgets.item_table import ItemTable
from regiotrack.tui.widgets.progress_list import ProgressList


async def test_agreements_at_80_by_24_show_ten_rows_and_details_on_demand(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AgreementsScreen)
        table = screen.query_one(ItemTable)
        assert table.scrollable_content_region.height - 1 >= 10  # header line + at least ten rows
        detail = screen.query_one("#detail", Static)
        assert not detail.display
        await pilot.press("down", "enter")
        await pilot.pause()
        assert detail.display and str(detail.render()).startswith("B2-")
        assert table.scrollable_content_region.height - 1 >= 5
        await pilot.press("i")
        await pilot.pause()
        assert not detail.display


async def test_symbols_come_first_and_survive_a_narrow_table(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        table = app.screen.query_one(ItemTable)
        line = table.render_line(1).text
        assert line[0] in "!~·✓■×?"
        assert cell_len(line) <= table.size.width


async def test_wide_terminal_shows_details_beside_the_table(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        table = app.screen.query_one(ItemTable)
        detail = app.screen.query_one("#detail", Static)
        assert detail.display
        assert detail.region.x >= table.region.right  # beside, not under
        assert detail.region.height > 20


async def test_overview_progress_rows_never_wrap_at_80(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for widget in app.screen.query(ProgressList):
            lines = str(widget.render()).splitlines()
            assert len(lines) == len(widget.items)
            assert all(cell_len(line) <= widget.content_size.width for line in lines), lines
