"""My organisation: chosen once (git config or --als), 'm' toggles every screen, the Overzicht greets."""

from __future__ import annotations

import subprocess
from pathlib import Path

from textual.widgets import Static

from regiotrack.tui.screens.agreements import AgreementsScreen
from regiotrack.tui.widgets.timeline_chart import TimelineChart


def text_of(widget: Static) -> str:
    return str(widget.render())


def involved(item: object, org: str) -> bool:
    return org in (getattr(item, "lead", None), getattr(item, "body", None)) or org in getattr(item, "partners", ())


async def test_m_toggles_every_screen_to_my_organisation(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(organisation="VT")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        greeting = text_of(app.screen.query_one("#greeting", Static))
        assert greeting.startswith("Voor VT (Veilig Thuis Amsterdam-Amstelland): ! ")
        assert "(m: alleen deze)" in greeting
        await pilot.press("3")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AgreementsScreen)
        everything = len(screen.shown)
        await pilot.press("m")
        await pilot.pause()
        mine = screen.shown
        assert 0 < len(mine) < everything
        assert all(involved(r.item, "VT") for r in mine)
        assert screen.sub_title.endswith("· alleen VT")
        await pilot.press("4")
        await pilot.pause()
        cards = [text_of(c) for c in app.screen.query(".card").results(Static) if c.display]
        assert cards and all("VT" in c for c in cards)
        await pilot.press("7")
        await pilot.pause()
        assert app.screen.sub_title.endswith("· alleen VT")  # the Effecten screen follows m too
        await pilot.press("1")
        await pilot.pause()
        assert "alleen VT" in app.screen.sub_title
        await pilot.press("m", "3")
        await pilot.pause()
        assert len(app.screen.shown) == everything  # type: ignore[attr-defined]


async def test_timeline_keeps_the_steps_of_my_gremium(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(organisation="ABDB", mine=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        chart = app.screen.query_one(TimelineChart)
        assert chart.steps() and all(s.body == "ABDB" for s in chart.steps())


async def test_organisation_from_git_config(git_plan: Path, make_app) -> None:  # type: ignore[no-untyped-def]
    subprocess.run(["git", "config", "regiotrack.organisatie", "EP"], cwd=git_plan.parent, check=True)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.view.organisation == "EP"
        assert text_of(app.screen.query_one("#greeting", Static)).startswith("Voor EP (Expertiseplatform")


async def test_unknown_or_missing_organisation_is_said(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(organisation="VTT")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        notes = [n.message for n in app._notifications]
        assert any("Organisatie 'VTT'" in n and "bedoelde u 'VT'?" in n for n in notes)
        assert not app.screen.query_one("#greeting", Static).display
        await pilot.press("m")
        await pilot.pause()
        assert any("git config regiotrack.organisatie" in n.message for n in app._notifications)
        assert app.view.mine is False


def test_chart_of_steps_without_paper_deadlines() -> None:
    """A selection ('m') may hold no step with a derived paper deadline; the chart still draws."""
    from datetime import date

    from conftest import REAL_PLAN
    from regiotrack.plan.schedule import paper_deadline
    from regiotrack.store.reading import read_plan
    from regiotrack.tui.widgets.timeline_chart import draw

    steps = tuple(s for s in read_plan(REAL_PLAN).plan.steps if paper_deadline(s) is None)[:1]
    assert "T0" in str(draw(steps, date(2025, 10, 8), 100))
