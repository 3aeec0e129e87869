"""The Gemeenten screen (issue 16): the regional matrix in the terminal view, read from the local plans."""

from __future__ import annotations

import contextlib
import shutil
from datetime import date
from pathlib import Path

import pytest
from tests.tui.test_large_and_snapshots import SETTLED, SIZES, settle
from tests.tui.visible import shown_in
from textual.widgets import Static
from textual.worker import WorkerFailed

from conftest import FIXTURES
from regiotrack.store.reading import read_plan
from regiotrack.tui.app import RegiotrackApp
from regiotrack.tui.screens.matrix import MatrixScreen
from regiotrack.tui.widgets.item_table import ItemTable

TODAY = date(2026, 1, 15)


@pytest.fixture
def region(plan_path: Path) -> Path:
    """The real regional plan with three local plans (Amstelveen, Aalsmeer, Uithoorn) beside it."""
    target = plan_path.parent / "gemeenten"
    target.mkdir()
    for path in sorted((FIXTURES / "lokaal").glob("*.toml")):
        shutil.copy(path, target / path.name)
    return target


def _app(path: Path) -> RegiotrackApp:
    return RegiotrackApp(read_plan(path), TODAY, watch_seconds=None, load_history=False)


def _text(app: RegiotrackApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def _open_matrix(pilot) -> MatrixScreen:  # type: ignore[no-untyped-def]
    await pilot.press("8")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, MatrixScreen)
    return screen


async def test_matrix_screen_shows_who_acts_and_what_serves_a_row(plan_path: Path, region: Path) -> None:
    app = _app(plan_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_matrix(pilot)
        table = screen.query_one(ItemTable)
        assert table.row_count == 67  # every regional afspraak, werkgroep and effect, in the plan's order
        summary = _text(app, "#matrix-summary")
        assert "3 van 67 regionale afspraken, werkgroepen en effecten hebben lokale acties" in summary
        assert "Lokaal plan: Aalsmeer, Amstelveen, Uithoorn · nog geen: Amsterdam, Diemen, Ouder-Amstel" in summary
        header = [name for name, _ in table.columns]
        assert header == ["ID", "Afspraak", "Amsterdam", "Amstelveen", "Aalsmeer", "Diemen", "Uithoorn", "Ouder-Amstel"]
        cells = {row.id: table.cells(row) for row in screen.shown}
        assert cells["B2-03"][2:] == ("-", "·1", "·1", "-", "-", "-")  # symbol and count, never colour alone
        assert cells["B2-01"][2:] == ("-", "-", "-", "-", "■1", "-")
        assert cells["WG-02"][2:] == ("-", "✓1", "-", "-", "-", "-")

        await pilot.press("f")  # only the rows some municipality acts on
        await pilot.pause()
        assert [row.id for row in screen.shown] == ["B2-01", "B2-03", "WG-02"]
        await pilot.press("down")
        await pilot.pause()
        assert screen.selected_row() is not None and screen.selected_row().id == "B2-03"  # type: ignore[union-attr]
        detail = _text(app, "#matrix-detail")
        assert "Lokale acties: 2, in 2 van 6 gemeenten" in detail
        assert "Amstelveen\n  · AMV-01  Lokaal team sluit aan op het kennis- en leerplatform" in detail
        assert "Aalsmeer\n  · AAL-01" in detail
        assert "UIT-01" not in detail
        assert "Geen lokale actie: Amsterdam, Diemen, Uithoorn, Ouder-Amstel" in detail
        assert screen.selected_item_id() == "B2-03"  # s, n and d act on the regional afspraak

        await pilot.press("f")  # all rows again, the cursor stays on its row
        await pilot.pause()
        assert table.row_count == 67 and screen.selected_row().id == "B2-03"  # type: ignore[union-attr]


async def test_shown_again_the_screen_reads_the_local_plans_again(plan_path: Path, region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    app = _app(plan_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_matrix(pilot)
        table = screen.query_one(ItemTable)
        assert {row.id: table.cells(row) for row in screen.shown}["B2-01"][6] == "■1"
        await pilot.press("1")
        result = cli("zet", "UIT-01", "gereed", "--plan", str(region / "uithoorn.toml"), "--geen-commit")
        assert result.code == 0, result.err  # a colleague's change (or a pull) in a local plan only
        await pilot.press("8")
        await pilot.pause()
        assert {row.id: table.cells(row) for row in screen.shown}["B2-01"][
            6
        ] == "✓!1"  # done (late: the cli today is 2026-11-22)


async def test_an_action_serving_an_effect_has_its_row(plan_path: Path, region: Path) -> None:
    path = region / "aalsmeer.toml"
    path.write_text(path.read_text().replace('    "B2-03",\n', '    "B2-03",\n    "E1",\n'))
    app = _app(plan_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_matrix(pilot)
        await pilot.press("f")
        await pilot.pause()
        assert [row.id for row in screen.shown] == ["B2-01", "B2-03", "WG-02", "E1"]
        assert screen.query_one(ItemTable).cells(screen.shown[-1])[:5] == (
            "E1",
            "Voorkomen van geweld",
            "-",
            "-",
            "·1",
        )
        await pilot.press("end")
        await pilot.pause()
        detail = _text(app, "#matrix-detail")
        assert detail.startswith("E1  Voorkomen van geweld\nregionaal effect\n")
        assert "Aalsmeer\n  · AAL-01" in detail


async def test_a_review_and_markup_in_a_local_plan_show_as_text(plan_path: Path, region: Path) -> None:
    path = region / "amstelveen.toml"
    text = path.read_text().replace("Lokaal team sluit aan", "[bold red]Lokaal[/] team sluit aan")
    review = 'status = "lopend"\nbeoordelingen = [\n    "2026: versterken — meer scholen",\n]'
    path.write_text(text.replace('status = "lopend"', review))
    app = _app(plan_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_matrix(pilot)
        screen.show_item("B2-03")
        await pilot.pause()
        detail = _text(app, "#matrix-detail")
        assert "AMV-01  [bold red]Lokaal[/] team sluit aan" in detail
        assert "jaarbeoordeling 2026: versterken — meer scholen" in detail


async def test_a_broken_local_plan_is_named_and_the_rest_still_shows(plan_path: Path, region: Path) -> None:
    path = region / "uithoorn.toml"
    path.write_text(path.read_text().replace('status = "geblokkeerd"', 'status = "kapot"'))
    app = _app(plan_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_matrix(pilot)
        summary = _text(app, "#matrix-summary")
        assert summary.startswith("1 fout in de lokale plannen; de matrix klopt pas als die is opgelost")
        assert "  plans/gemeenten/uithoorn.toml:" in summary
        assert "Lokaal plan: Aalsmeer, Amstelveen · nog geen: Amsterdam, Diemen, Uithoorn, Ouder-Amstel" in summary
        cells = {row.id: screen.query_one(ItemTable).cells(row) for row in screen.shown}
        assert cells["B2-03"][2:] == ("-", "·1", "·1", "-", "-", "-")


async def test_cross_file_errors_are_named_at_the_top(plan_path: Path, region: Path) -> None:
    """An unknown dient, an owner outside the region, two files for one municipality: named, not silent."""
    amstelveen = region / "amstelveen.toml"
    amstelveen.write_text(amstelveen.read_text().replace('"B2-03"', '"A-122"'))
    uithoorn = region / "uithoorn.toml"
    uithoorn.write_text(uithoorn.read_text().replace('gemeente = "Uithoorn"', 'gemeente = "Haarlem"'))
    shutil.copy(region / "aalsmeer.toml", region / "diemen.toml")
    shutil.copy(region / "aalsmeer.toml", region / "diemen-2.toml")
    for path in (region / "diemen.toml", region / "diemen-2.toml"):
        path.write_text(path.read_text().replace('"Aalsmeer"', '"Diemen"'))
    app = _app(plan_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await _open_matrix(pilot)
        lines = _text(app, "#matrix-summary").splitlines()
    assert lines[0] == (
        "3 fouten in de lokale plannen; de matrix klopt pas als ze zijn opgelost (regiotrack controleer):"
    )
    problems = "\n".join(lines[1:4])
    assert "plans/gemeenten/amstelveen.toml:" in problems and "'A-122' staat niet in het regionale plan" in problems
    assert "plans/gemeenten/uithoorn.toml:" in problems and "gemeente 'Haarlem' hoort niet bij de regio" in problems
    assert "gemeente 'Diemen' heeft al een lokaal plan" in problems


async def test_opened_on_a_local_plan_the_screen_shows_the_whole_region(plan_path: Path, region: Path) -> None:
    app = _app(region / "aalsmeer.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_matrix(pilot)
        assert "3 van 67" in _text(app, "#matrix-summary")
        assert screen.selected_item_id() is None  # edits here apply to the local plan, not to regional ids


async def test_without_local_plans_the_screen_says_so(plan_path: Path) -> None:
    app = _app(plan_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_matrix(pilot)
        summary = _text(app, "#matrix-summary")
        assert (
            "0 van 67" in summary
            and "Nog geen gemeente heeft een lokaal plan (plans/gemeenten/); begin er een met "
            "regiotrack init --gemeente NAAM"
            in summary
        )


async def test_the_report_from_the_palette_has_the_local_section(plan_path: Path, region: Path) -> None:
    app = _app(plan_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.run_action("export('rapport')")
        await app.workers.wait_for_complete()
        await pilot.pause()
    markdown = (plan_path.parent.parent / "regiotrack-rapport.md").read_text()
    assert "## Lokale uitvoering" in markdown and "| Uithoorn | UIT-01 |" in markdown


async def test_the_report_from_the_palette_refuses_a_set_with_errors(plan_path: Path, region: Path) -> None:
    path = region / "uithoorn.toml"
    path.write_text(path.read_text().replace('gemeente = "Uithoorn"', 'gemeente = "Haarlem"'))
    app = _app(plan_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.run_action("export('rapport')")
        with contextlib.suppress(WorkerFailed):  # the test waits on it; the app does not
            await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        notes = [str(n.message) for n in app._notifications]
    assert not (plan_path.parent.parent / "regiotrack-rapport.md").exists()
    assert any("gemeente 'Haarlem' hoort niet bij de regio" in n and "uithoorn.toml:" in n for n in notes), notes


@SETTLED
@pytest.mark.parametrize("size", list(SIZES))
def test_snapshot_matrix(snap_compare, plan_path: Path, region: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    async def open_and_choose(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("8", "down", "down")  # B2-03: two municipalities act on it
        await settle(pilot)

    assert snap_compare(_app(plan_path), terminal_size=SIZES[size], run_before=open_and_choose)


async def test_detail_panel_can_be_focused_and_scrolled_at_80x24(plan_path: Path, region: Path) -> None:
    """A row with three municipalities is taller than the panel: Tab reaches it and the arrows scroll it."""
    uithoorn = region / "uithoorn.toml"
    uithoorn.write_text(uithoorn.read_text().replace('"B2-01"', '"B2-03"'))
    app = _app(plan_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_matrix(pilot)
        await pilot.press("f")  # only B2-03 and WG-02 have local actions now
        await pilot.pause()
        assert screen.selected_row().id == "B2-03"  # type: ignore[union-attr]
        panel = screen.query_one("#matrix-detail-panel")
        assert "in 3 van 6 gemeenten" in _text(app, "#matrix-detail")
        assert "Uithoorn" not in shown_in(app, panel)  # the third municipality is below the panel's bottom
        for _ in range(6):
            if panel.has_focus:
                break
            await pilot.press("tab")
        assert panel.has_focus
        await pilot.press("down", "down", "down", "down", "down", "down")
        await pilot.pause()
        assert "Uithoorn" in shown_in(app, panel)
        assert "UIT-01" in shown_in(app, panel)
        await pilot.press("shift+tab")  # back to the table: the arrows move the selection again
        await pilot.pause()
        assert screen.query_one(ItemTable).has_focus
