"""The partneroverleg in the terminal view: plan it, then record its verslag step by step."""

from __future__ import annotations

import subprocess
from pathlib import Path

from textual.widgets import Input, Label, Static, TextArea

from regiotrack.tui.dialogs.plan_meeting import PlanMeetingDialog
from regiotrack.tui.screens.meetings import MeetingsScreen
from regiotrack.tui.screens.minutes import MinutesScreen


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


async def _click(pilot, selector: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.click(selector)
    await pilot.pause()


async def _next(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("pagedown")
    await pilot.pause()


async def _type(pilot, app, selector: str, text: str) -> None:  # type: ignore[no-untyped-def]
    app.screen.query_one(selector, Input).focus()
    await pilot.press(*text)


async def test_overview_hint_plans_the_next_meeting(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    app = make_app(today=date(2026, 6, 1))
    async with app.run_test(size=(110, 40)) as pilot:
        hint = str(app.screen.query_one("#next-meeting", Static).render())
        assert "Partneroverleg 1e halfjaar 2026: nog niet gepland" in hint and "plan het overleg (p)" in hint
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PlanMeetingDialog) and app.screen.meeting.id == "PO-2026-1"
        await pilot.press(*"18 juni 2026 14:00-16:00", "tab", *"Stadhuis", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Partneroverleg 1e halfjaar 2026, 2026-06-18 14:00-16:00, Stadhuis" in str(
            app.screen.query_one("#next-meeting", Static).render()
        )
    assert 'datum = 2026-06-18\ntijd = "14:00-16:00"\nlocatie = "Stadhuis"' in plan_path.read_text()


async def test_record_a_verslag_step_by_step(make_app, git_plan: Path) -> None:  # type: ignore[no-untyped-def]
    root = git_plan.parent.parent
    app = make_app(git_plan, commit=True)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen) and app.screen.selected_item_id() == "PO-2026-2"
        await pilot.press("v")
        await pilot.pause()
        flow = app.screen
        assert isinstance(flow, MinutesScreen)
        count = len(flow.items)
        assert [a.id for a in flow.items[:5]] == ["B2-01", "B2-02", "B2-03", "B2-04", "B2-05"]
        assert f"stap 1/4: besluit per afspraak (1/{count})" in str(flow.query_one("#title", Label).render())
        # B2-01: afronden
        await _click(pilot, "#afronden")
        await _next(pilot)
        # B2-02: bijstellen with a new deadline; first without one, which is refused
        await _click(pilot, "#bijstellen")
        await _next(pilot)
        assert "bijstellen zonder nieuwe deadline of trekker" in str(flow.query_one("#error", Label).render())
        await _type(pilot, app, "#deadline", "2027-Q1")
        await _next(pilot)
        # B2-03: doorgaan
        await _click(pilot, "#doorgaan")
        await _next(pilot)
        # B2-04: vervallen, with a reason
        await _click(pilot, "#vervallen")
        await _type(pilot, app, "#reason", "Opgegaan in WG-01")
        await _next(pilot)
        # B2-05: bijstellen with a new trekker
        await _click(pilot, "#bijstellen")
        await _type(pilot, app, "#lead", "VT")
        await _next(pilot)
        for _ in range(count - 5):  # no decision on the rest of the agenda
            await _next(pilot)
        assert "stap 2/4: nieuwe afspraken" in str(flow.query_one("#title", Label).render())
        for title, lead, deadline in (
            ("Tussenevaluatie gebiedsprofielen", "GEM-AMS", "2027-Q2"),
            ("Voorstel opvang", "PT", "31-3-2027"),
        ):
            await _type(pilot, app, "#new-titel", title)
            await _type(pilot, app, "#new-trekker", lead)
            await _type(pilot, app, "#new-deadline", deadline)
            await _click(pilot, "#add")
        await _next(pilot)
        await _next(pilot)  # nobody present yet: refused
        assert "niemand aanwezig" in str(flow.query_one("#error", Label).render())
        held = flow.query_one("#held", Input)
        held.value = ""
        await _type(pilot, app, "#held", "12-11-2026")
        await _type(pilot, app, "#present", "PT, VT, EP")
        flow.query_one("#resolutions", TextArea).focus()
        await pilot.press(*"Het Expertiseplatform rapporteert per gebied.")
        await _next(pilot)
        summary = str(flow.query_one("#summary", Static).render())
        assert "Besluit per afspraak (5)" in summary and "Nieuwe afspraken (2)" in summary
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, MinutesScreen), str(flow.query_one("#error", Label).render())
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)
        review = str(app.screen.query_one("#review", Static).render())
        assert "Gehouden op 2026-11-12; aanwezig: Programmateam HGKM&SG" in review
        assert "B2-04: vervallen (Opgegaan in WG-01)" in review and "Nieuwe afspraken (2)" in review
    subject = "PO-2026-2: verslag — 1 besluit, 2 nieuwe afspraken, 2 bijgesteld, 1 vervallen, 1 afgerond, 1 gaat door"
    assert git(root, "log", "-1", "--format=%s") == subject
    assert git(root, "rev-list", "--count", "HEAD") == "2"
    assert git(root, "cat-file", "-t", "partneroverleg-2026-2") == "tag"
    assert git(root, "rev-parse", "partneroverleg-2026-2^{commit}") == git(root, "rev-parse", "HEAD")
    text = git_plan.read_text()
    assert 'id = "B2-02"' in text and 'deadline = "2027-Q1"' in text
    from regiotrack.plan.schedule import find_item
    from regiotrack.store.reading import read_plan

    b205 = find_item(read_plan(git_plan).plan, "B2-05")
    assert b205 is not None and b205.lead == "VT"  # type: ignore[union-attr]  # B2-05 got its new trekker
    assert 'titel = "Tussenevaluatie gebiedsprofielen"\ntrekker = "GEM-AMS"\ndeadline = "2027-Q2"' in text
    assert "deadline = 2027-03-31" in text and text.count('vastgesteld_in = "PO-2026-2"') == 2  # new only
    assert 'besluiten = [\n    "Het Expertiseplatform rapporteert per gebied.",\n]' in text
    assert git(root, "status", "--porcelain") == ""


async def test_verslag_flow_escape_writes_nothing(make_app, git_plan: Path) -> None:  # type: ignore[no-untyped-def]
    before = git_plan.read_bytes()
    app = make_app(git_plan, commit=True)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("5", "v")
        await pilot.pause()
        await _click(pilot, "#afronden")
        await _next(pilot)
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)
    assert git_plan.read_bytes() == before
    assert git(git_plan.parent.parent, "tag", "-l") == ""
