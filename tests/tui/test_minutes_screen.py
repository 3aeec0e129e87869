"""The guided verslag and the plan dialog as a tester met them: room at 80x24, decisions visible
without colour, `v` only for a meeting that was held, no afspraak lost in step 2."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Static

from regiotrack.tui.dialogs.plan_meeting import PlanMeetingDialog
from regiotrack.tui.screens.meetings import MeetingsScreen
from regiotrack.tui.screens.minutes import CHOICES, MinutesScreen
from regiotrack.tui.screens.overview import OverviewScreen


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


def lines(widget: Widget) -> str:
    """What the widget shows, its lines joined by spaces (a wrapped text reads as one)."""
    return " ".join(widget.render_line(y).text.strip() for y in range(widget.size.height))


def fully_shown(app, widget: Widget) -> bool:  # type: ignore[no-untyped-def]
    """True when the widget lies wholly inside the terminal and inside its dialog."""
    dialog = app.screen.query_one("#dialog")
    return app.screen.region.contains_region(widget.region) and dialog.region.contains_region(widget.region)


def notices(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.message for n in app._notifications]


async def open_verslag(pilot, app) -> MinutesScreen:  # type: ignore[no-untyped-def]
    await pilot.press("5")
    await pilot.pause()
    await pilot.press("v")
    await pilot.pause()
    assert isinstance(app.screen, MinutesScreen), notices(app)
    return app.screen


async def to_step_two(pilot, flow: MinutesScreen) -> None:  # type: ignore[no-untyped-def]
    for _ in flow.items:
        await pilot.press("pagedown")
    await pilot.pause()
    assert flow.step == "nieuw"


# --------------------------------------------------------------------------- 1. room at 80x24


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_every_part_of_a_decision_is_on_screen(make_app, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=size) as pilot:
        flow = await open_verslag(pilot, app)
        dialog = flow.query_one("#dialog")
        assert dialog.region.width == min(size[0], 110)  # relative to the screen, with a maximum
        title = flow.query_one("#title", Label)
        assert fully_shown(app, title) and f"(1/{len(flow.items)})" in lines(title)
        for choice in CHOICES:
            button = flow.query_one(f"#{choice}")
            assert fully_shown(app, button), choice
            assert ("geen besluit" if choice == "geen" else choice) in lines(button)
        for button_id in ("#cancel", "#back", "#next"):
            button = flow.query_one(button_id, Button)
            assert fully_shown(app, button) and str(button.label) in lines(button)
        # the longest title on the agenda wraps instead of being cut
        longest = max(range(len(flow.items)), key=lambda n: len(flow.items[n].title))
        for _ in range(longest):
            await pilot.press("pagedown")
        await pilot.pause()
        item = flow.query_one("#item", Static)
        assert fully_shown(app, item)
        assert " ".join(flow.items[longest].title.split()) in lines(item)
        for _ in range(len(flow.items) - longest):
            await pilot.press("pagedown")
        await pilot.pause()
        assert flow.step == "nieuw"
        for field in flow.query("#step-nieuw Input").results(Input):
            field.focus()
            await pilot.pause()
            assert fully_shown(app, field), field.id  # reachable: the step scrolls, title and buttons stay
            assert fully_shown(app, flow.query_one("#next", Button))
        await pilot.press("tab")  # from the last field to "Afspraak toevoegen"
        await pilot.pause()
        assert app.focused is flow.query_one("#add") and fully_shown(app, flow.query_one("#add"))
        await pilot.press("pagedown")
        flow.query_one("#present", Input).value = "PT"
        await pilot.press("pagedown")
        await pilot.pause()
        assert flow.step == "opslaan"
        assert fully_shown(app, flow.query_one("#save", Button))


# --------------------------------------------------------------------------- 2. not by colour alone


async def test_the_chosen_decision_has_its_own_glyph(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        flow = await open_verslag(pilot, app)

        def glyphs() -> dict[str, str]:
            return {choice: lines(flow.query_one(f"#{choice}"))[1] for choice in CHOICES}

        assert glyphs() == {"geen": "●", "doorgaan": "○", "bijstellen": "○", "afronden": "○", "vervallen": "○"}
        await pilot.click("#afronden")
        await pilot.pause()
        assert glyphs() == {"geen": "○", "doorgaan": "○", "bijstellen": "○", "afronden": "●", "vervallen": "○"}
        await pilot.press("pagedown", "pageup")  # back to B2-01: the decision is kept and shown so
        await pilot.pause()
        assert glyphs()["afronden"] == "●" and flow.decisions["B2-01"].kind == "afronden"


# --------------------------------------------------------------------------- 3. v only for a held meeting


async def test_v_refuses_a_meeting_still_to_come_and_names_the_one_that_needs_a_verslag(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()  # today 2026-11-22: PO-2026-2's half-year has begun; PO-2027-2 lies ahead
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)
        app.screen.show_item("PO-2027-2")
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)  # no verslag screen for the wrong meeting
        (notice,) = notices(app)
        assert "PO-2027-2 (Partneroverleg 2e halfjaar 2027) is nog niet gehouden" in notice
        assert "2e halfjaar 2027 begint op 2027-07-01" in notice
        assert "Het verslag dat nog ontbreekt is dat van PO-2026-2 (Partneroverleg 2e halfjaar 2026)" in notice


async def test_v_from_the_overview_takes_the_latest_held_meeting_without_verslag(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    # PO-2026-2 is planned for a day still to come: the verslag that waits is PO-2026-1's, not the next one's
    text = plan_path.read_text()
    plan_path.write_text(text.replace('halfjaar = "2026-H2"\n', 'halfjaar = "2026-H2"\ndatum = 2026-12-10\n', 1))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, MinutesScreen) and app.screen.meeting_id == "PO-2026-1"
        assert "Verslag Partneroverleg 1e halfjaar 2026" in lines(app.screen.query_one("#title"))
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("5")
        await pilot.pause()
        app.screen.show_item("PO-2026-2")
        await pilot.press("v")
        await pilot.pause()
        assert not isinstance(app.screen, MinutesScreen)
        assert (
            "PO-2026-2 (Partneroverleg 2e halfjaar 2026) is nog niet gehouden (gepland op 2026-12-10)"
            in notices(app)[-1]
        )


async def test_v_before_any_meeting_was_held_says_so(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(today=date(2025, 12, 1))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        (notice,) = notices(app)
        assert "Geen gehouden partneroverleg wacht op een verslag" in notice
        assert "Het volgende overleg is PO-2026-1" in notice


# --------------------------------------------------------------------------- 4. no afspraak lost in step 2


async def test_an_afspraak_typed_but_not_added_stops_pgdn(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        flow = await open_verslag(pilot, app)
        await to_step_two(pilot, flow)
        await pilot.press(*"Evaluatie opvang")
        await pilot.press("pagedown")
        await pilot.pause()
        assert flow.step == "nieuw" and flow.new == []
        error = flow.query_one("#error", Label)
        assert "U hebt een afspraak ingevuld maar niet toegevoegd: Evaluatie opvang" in lines(error)
        assert fully_shown(app, error)
        await pilot.press("enter")  # Enter in a field adds it
        await pilot.pause()
        assert flow.new == [{"titel": "Evaluatie opvang"}] and not error.display
        assert "+ Evaluatie opvang" in lines(flow.query_one("#new-list"))
        await pilot.press("pagedown")
        await pilot.pause()
        assert flow.step == "aanwezig"


async def test_an_unknown_trekker_gets_the_suggestion_of_the_command_line(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        flow = await open_verslag(pilot, app)
        # in a decision (bijstellen with a new trekker) ...
        await pilot.click("#bijstellen")
        flow.query_one("#lead", Input).focus()
        await pilot.press(*"GGDD", "pagedown")
        await pilot.pause()
        assert flow.position == 0 and "bedoelde u 'GGD'?" in lines(flow.query_one("#error"))
        await pilot.click("#geen")
        await pilot.pause()
        for _ in flow.items:
            await pilot.press("pagedown")
        await pilot.pause()
        # ... and in a new afspraak, for trekker and partners alike
        await pilot.press(*"Evaluatie", "tab", *"GGDD", "enter")
        await pilot.pause()
        assert flow.new == [] and "veld 'trekker'" in lines(flow.query_one("#error"))
        assert "bedoelde u 'GGD'?" in lines(flow.query_one("#error"))
        trekker = flow.query_one("#new-trekker", Input)
        trekker.value = "GGD"
        flow.query_one("#new-partners", Input).value = "VT, GEM-AMZ"
        await pilot.press("enter")
        await pilot.pause()
        assert flow.new == [] and "bedoelde u 'GEM-AMV'?" in lines(flow.query_one("#error"))


async def test_a_new_afspraak_with_partners_and_werkgroep_is_saved(make_app, git_plan: Path) -> None:  # type: ignore[no-untyped-def]
    root = git_plan.parent.parent
    app = make_app(git_plan, commit=True)
    async with app.run_test(size=(80, 24)) as pilot:
        flow = await open_verslag(pilot, app)
        await to_step_two(pilot, flow)
        for key, value in (
            ("titel", "Evaluatie opvangcapaciteit"),
            ("trekker", "PT"),
            ("deadline", "2027-Q2"),
            ("partners", "GGD, VT"),
            ("werkgroep", "WG-01"),
            ("bron", "§10.3"),
            ("notitie", "Afgesproken in het overleg"),
        ):
            flow.query_one(f"#new-{key}", Input).focus()
            await pilot.press(*value.replace("§", ""))
        flow.query_one("#new-bron", Input).value = "§10.3"  # a key the test driver cannot press
        await pilot.click("#add")
        await pilot.pause()
        assert len(flow.new) == 1, lines(flow.query_one("#error"))
        await pilot.press("pagedown")
        await pilot.pause()
        flow.query_one("#held", Input).value = "2026-11-12"
        flow.query_one("#present", Input).focus()
        await pilot.press(*"PT, GGD", "pagedown")
        await pilot.pause()
        assert "partners GGD, VT, werkgroep WG-01" in lines(flow.query_one("#summary"))
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, MinutesScreen)
    text = git_plan.read_text()
    new = text[text.index('titel = "Evaluatie opvangcapaciteit"') :]
    assert new.startswith(
        'titel = "Evaluatie opvangcapaciteit"\ntrekker = "PT"\npartners = [\n    "GGD",\n    "VT",\n]\n'
        'werkgroep = "WG-01"\ndeadline = "2027-Q2"\nstatus = "open"\nbron = "§10.3"\nvastgesteld_in = "PO-2026-2"'
    )
    assert 'tekst = "Afgesproken in het overleg"' in new[:400], new[:400]
    assert (
        git(root, "log", "-1", "--format=%s")
        == "PO-2026-2: verslag — 0 besluiten, 1 nieuwe afspraak, 0 bijgesteld, 0 vervallen"
    )
    assert git(root, "rev-parse", "partneroverleg-2026-2^{commit}") == git(root, "rev-parse", "HEAD")
    assert git(root, "status", "--porcelain") == ""


# --------------------------------------------------------------------------- 5. the plan dialog


async def test_plan_dialog_example_lies_in_the_half_year_and_has_buttons(make_app, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = plan_path.read_bytes()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        app.screen.show_item("PO-2027-2")
        await pilot.press("p")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PlanMeetingDialog)
        assert dialog.query_one("#when", Input).placeholder == "bijvoorbeeld 12 november 2027 14:00-16:00"
        save, cancel = dialog.query_one("#save", Button), dialog.query_one("#cancel", Button)
        assert str(save.label) == "Opslaan (Ctrl+S)" and str(cancel.label) == "Annuleren (Esc)"
        for button in (save, cancel):
            assert app.screen.region.contains_region(button.region)
        await pilot.press(*"18 juni 2026 14:00-16:00")
        await pilot.pause()
        assert save.disabled
        assert "valt niet in 2e halfjaar 2027" in lines(dialog.query_one("#when-message"))
        await pilot.press("enter")  # refused: nothing happens
        await pilot.pause()
        assert app.screen is dialog
        await pilot.click("#cancel")
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)
        assert plan_path.read_bytes() == before
        await pilot.press("p")
        await pilot.pause()
        await pilot.press(*"18 november 2027 14:00-16:00", "tab", *"Stadhuis")
        await pilot.pause()
        assert not app.screen.query_one("#save", Button).disabled
        assert "→ 2027-11-18 14:00-16:00" in lines(app.screen.query_one("#when-message"))
        await pilot.click("#save")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)
    assert 'id = "PO-2027-2"\nhalfjaar = "2027-H2"\ndatum = 2027-11-18\ntijd = "14:00-16:00"\nlocatie = "Stadhuis"' in (
        plan_path.read_text()
    )


# --------------------------------------------------------------------------- pictures


async def _still(pilot) -> None:  # type: ignore[no-untyped-def]
    """No blinking cursor in the picture: it would depend on timing."""
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_snapshot_verslag_decision(snap_compare, make_app, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("5", "v", "pagedown")  # B2-02
        await pilot.pause()
        await pilot.click("#bijstellen")
        await _still(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_snapshot_verslag_new_afspraak(snap_compare, make_app, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("5", "v")
        await pilot.pause()
        for _ in pilot.app.screen.items:
            await pilot.press("pagedown")
        await pilot.press(*"Evaluatie opvangcapaciteit", "tab", *"GGDD", "enter")
        await _still(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


def test_snapshot_plan_meeting_dialog(snap_compare, make_app) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("5", "down", "down", "p")  # PO-2027-2: the example is a day of its own half-year
        await _still(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)
