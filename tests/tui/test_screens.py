"""Each screen, driven by keys with Textual's Pilot; assertions on screen state."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Select, Static

from regiotrack.tui.dialogs.help import HelpScreen
from regiotrack.tui.screens.agreements import AgreementsScreen
from regiotrack.tui.screens.groups import GroupsScreen
from regiotrack.tui.screens.history import HistoryScreen
from regiotrack.tui.screens.meetings import MeetingsScreen
from regiotrack.tui.screens.overview import OverviewScreen
from regiotrack.tui.screens.timeline import TimelineScreen
from regiotrack.tui.widgets.item_table import ItemTable
from regiotrack.tui.widgets.progress_list import ProgressList
from regiotrack.tui.widgets.timeline_chart import TimelineChart


def text_of(widget: Static) -> str:
    return str(widget.render())


async def test_number_keys_switch_screens(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        expected = [
            OverviewScreen,
            TimelineScreen,
            AgreementsScreen,
            GroupsScreen,
            MeetingsScreen,
            HistoryScreen,
            OverviewScreen,
        ]
        for key, screen in zip("1234561", expected, strict=True):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, screen), key


async def test_overview_shows_counts_overdue_and_next_meeting(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert "! 24 verlopen" in text_of(screen.query_one("#counts", Static))
        meeting = text_of(screen.query_one("#next-meeting", Static))
        assert "Partneroverleg 2e halfjaar 2026: nog niet gepland" in meeting
        assert "halfjaar eindigt over 39 dagen" in meeting
        overdue = screen.query_one("#overdue", ItemTable)
        assert overdue.row_count == 24
        assert overdue.rows[0].id == "T01"
        groups = str(screen.query_one("#by-group", ProgressList).render())
        assert "WG-01 Versterking gebiedsgericht" in groups and "0/1 gereed" in groups


async def test_timeline_draws_every_step_with_glyphs(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(today=__import__("datetime").date(2025, 10, 8))
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        lines = str(app.screen.query_one(TimelineChart).render()).splitlines()
        rows = {line.split()[1]: line for line in lines[1:22]}
        assert set(rows) == {f"T{n:02d}" for n in range(1, 22)}
        assert "◆" in rows["T04"] and "▽" in rows["T04"]  # session and its derived paper deadline
        assert "▽" not in rows["T17"]  # its papers are the source's own row T16
        assert "░" in rows["T18"] and "━" in rows["T18"]  # 'Januari': imprecise, drawn as the whole month
        assert "▼" in rows["T13"] and "●" in rows["T05"]
        assert all("│" in rows[f"T{n:02d}"] for n in (1, 2, 18, 21))  # today marker on 2025-10-08
        assert lines[0].startswith(" " * 31 + "┊sep 25")


async def test_timeline_says_when_today_is_outside(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert "vandaag (2026-11-22) valt na deze tijdlijn" in str(app.screen.query_one(TimelineChart).render())


async def test_agreements_filter_as_you_type(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AgreementsScreen)
        assert len(screen.shown) == 59
        await pilot.press("slash")
        await pilot.press(*"pilot")
        await pilot.pause()
        assert [r.id for r in screen.shown] == ["B2-08", "B2-09", "A-14", "A-44"]
        assert screen.query_one(ItemTable).row_count == 4
        await pilot.press("escape")
        assert screen.query_one(ItemTable).has_focus
        screen.query_one("#filter", Input).value = "stuurgroep HGKM"
        await pilot.pause()
        assert [r.id for r in screen.shown] == ["B2-03"]


async def test_agreements_facets_and_sorting(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AgreementsScreen)
        screen.query_one("#facet-status", Select).value = "lopend"
        await pilot.pause()
        assert {r.item.status for r in screen.shown} == {"lopend"}
        assert len(screen.shown) == 10
        screen.query_one("#facet-quarter", Select).value = "Q4 2027"
        await pilot.pause()
        assert [r.id for r in screen.shown] == ["A-04"]  # Oranjehuis Zuidoost, expected 2027
        screen.query_one("#facet-status", Select).clear()
        screen.query_one("#facet-quarter", Select).clear()
        screen.query_one("#facet-lead", Select).value = "RECL"
        await pilot.pause()
        assert [r.id for r in screen.shown] == ["A-33"]
        screen.query_one("#facet-lead", Select).clear()
        await pilot.pause()
        await pilot.press("o")  # next column after 'Termijn': Status
        await pilot.pause()
        assert [r.item.status for r in screen.shown][:1] == ["lopend"]
        await pilot.press("o", "o", "o")  # Stand, its symbol column, then ID
        await pilot.pause()
        assert screen.shown[0].id == "A-01"


async def test_agreement_detail_shows_source_and_note(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("3")
        await pilot.press("down")
        await pilot.pause()
        detail = text_of(app.screen.query_one("#detail", Static))
        assert detail.startswith("B2-02")
        assert "bron:" in detail and "§6.3" in detail
        assert "citaat:" in detail and "Naar verwachting start implementatie" in detail


async def test_working_groups_screen(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        cards = [text_of(card) for card in app.screen.query(".card").results(Static)]
        assert len(cards) == 4
        assert cards[1].startswith("WG-02  Handelingskader gefaseerd samenwerken voor veiligheid")
        assert "JBRA (Jeugdbescherming Regio Amsterdam)" in cards[1]
        assert "B2-14" in cards[1]


async def test_partner_meeting_screen_reviews_a_half_year(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MeetingsScreen)
        assert screen.selected_item_id() == "PO-2026-2"
        await pilot.press("up")
        await pilot.pause()
        review = text_of(screen.query_one("#review", Static))
        assert review.startswith("Partneroverleg 1e halfjaar 2026  ·  nog niet gepland")
        # T18-T21, B2-01 and B2-02: the invented 2026-Q1 deadlines of the B2 items are gone
        assert "Verlopen (deadline in dit halfjaar, niet gereed) (6)" in review
        assert "Vervalt nog in dit halfjaar (0)" in review
        assert "Voor te bereiden: komend halfjaar (7)" in review


async def test_history_screen_outside_git(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("6")
        await pilot.pause()
        assert "niet in een git-repository" in text_of(app.screen.query_one("#log", Static))


async def test_history_screen_and_detail_history_in_git(git_plan, make_app, cli) -> None:  # type: ignore[no-untyped-def]
    cli("zet", "B2-01", "lopend")
    app = make_app(load_history=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("6")
        await pilot.pause()
        log = text_of(app.screen.query_one("#log", Static))
        assert "Test Adviseur" in log and "B2-01: status open → lopend" in log
        await pilot.press("3")
        await pilot.pause()
        detail = text_of(app.screen.query_one("#detail", Static))
        assert "geschiedenis:" in detail and "B2-01: status open → lopend" in detail


async def test_help_screen_lists_every_command(make_app) -> None:  # type: ignore[no-untyped-def]
    from regiotrack.tui.commands import COMMANDS

    app = make_app()
    async with app.run_test(size=(120, 70)) as pilot:  # every command on one screen (8 screens now)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = app.export_screenshot()
        for command in COMMANDS:
            assert command.label.replace(" ", "&#160;") in shown, command.label
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_theme_toggle_and_quit(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme == "textual-dark"
        await pilot.press("t")
        assert app.theme == "textual-light"
        await pilot.press("ctrl+q")
    assert app.return_code == 0


@pytest.mark.parametrize("key", list("123456"))
async def test_every_screen_renders_at_80_by_24(make_app, key: str) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(key)
        await pilot.pause()
        assert app.screen.size.width == 80


async def test_command_palette_offers_regiotrack_commands(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(100, 30)):
        titles = [command.title for command in app.get_system_commands(app.screen)]
    assert titles[:6] == ["Overzicht", "Tijdlijn", "Afspraken", "Werkgroepen", "Partneroverleg", "Geschiedenis"]
    assert "Status" in titles and "Help" in titles


async def test_partner_meeting_screen_shows_changes_from_git(git_plan, make_app, cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for name in ("GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"):
        monkeypatch.setenv(name, "2026-09-15T10:00:00+02:00")
    cli("deadline", "B2-01", "30-6-2026")
    app = make_app(load_history=True)
    async with app.run_test(size=(100, 50)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("5")
        await pilot.pause()
        review = text_of(app.screen.query_one("#review", Static))
        assert "Gewijzigd in dit halfjaar, uit git (1)" in review
        assert "2026-09-15 B2-01: deadline 2026-Q1 → 2026-06-30" in review
