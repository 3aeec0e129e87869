"""Plan text is data: Rich markup in titles and notes is shown literally, control characters escaped.

A plan whose texts look like markup ('[/concept]' would crash a markup parser, '[bold red]x[/]'
would turn red, '[concept]' would vanish as an unknown style) and hold terminal escapes is opened
and walked through every screen and dialog; what is on screen must be the text itself.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from regiotrack.tui.dialogs.deadline import DeadlineDialog
from regiotrack.tui.dialogs.note import NoteDialog
from regiotrack.tui.dialogs.status import StatusDialog
from regiotrack.tui.widgets.item_table import ItemTable

PLAN_TITLE = "Plan [/concept] versie [concept]"
AGREEMENT_TITLE = "Locatie [bold red]rood[/] open [concept]"
NOTE = "[/concept] notitie \x1b]0;gekaapt\x07 en \x1b[2J"
GROUP_NAME = "Gebiedsgericht [b]werken[/b]"
STEP_ACTIVITY = "Consultatie [/] ronde \x1b[31m"
ORGANISATION = "Lokale teams [link=http://x]klik[/link]"


def toml_string(text: str) -> str:
    """A TOML basic string, control characters as \\uXXXX."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group()):04x}", escaped) + '"'


@pytest.fixture
def hostile_plan(plan_path: Path) -> Path:
    text = plan_path.read_text()
    first = text.index("titel = ")
    end = text.index("\n", first)
    text = text[:first] + f"titel = {toml_string(PLAN_TITLE)}" + text[end:]
    text = text.replace(
        'titel = "Fysieke locatie van het Expertiseplatform open, met inloopfunctie voor de hele regio"',
        f"titel = {toml_string(AGREEMENT_TITLE)}\nnotitie = {toml_string(NOTE)}",
    )
    text = text.replace('naam = "Versterking gebiedsgericht werken"', f"naam = {toml_string(GROUP_NAME)}")
    step = text.index("activiteit = ", text.index('id = "T01"'))
    text = text[:step] + f"activiteit = {toml_string(STEP_ACTIVITY)}" + text[text.index("\n", step) :]
    org = text.index("naam = ", text.index('id = "LT"'))
    text = text[:org] + f"naam = {toml_string(ORGANISATION)}" + text[text.index("\n", org) :]
    plan_path.write_text(text)
    return plan_path


def shown(app) -> str:  # type: ignore[no-untyped-def]
    """The text on screen, from the SVG screenshot."""
    svg = app.export_screenshot()
    lines = re.findall(r"<text[^>]*>(.*?)</text>", svg)
    return html.unescape("".join(lines)).replace("\xa0", " ")


def assert_no_raw_controls(app) -> None:  # type: ignore[no-untyped-def]
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", app.export_screenshot())


async def test_markup_and_escapes_in_plan_text_are_shown_literally(hostile_plan: Path, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(hostile_plan)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert PLAN_TITLE in shown(app)  # in the header; '[/concept]' did not crash the start
        assert_no_raw_controls(app)
        overdue = app.screen.query_one("#overdue", ItemTable)
        assert AGREEMENT_TITLE in next(overdue.cells(r) for r in overdue.rows if r.id == "B2-01")

        await pilot.press("2")
        await pilot.pause()
        assert "Consultatie [/] ronde \\x1b[31m"[:20] in shown(app)
        assert_no_raw_controls(app)

        await pilot.press("3")
        await pilot.pause()
        app.screen.query_one("#filter", Input).value = "B2-01"
        await pilot.pause()
        assert "Locatie [bold red]rood[/]" in shown(app)
        detail = str(app.screen.query_one("#detail", Static).render())
        assert AGREEMENT_TITLE in detail
        assert "[/concept] notitie \\x1b]0;gekaapt\\x07 en \\x1b[2J" in detail  # escaped, not sent raw
        assert_no_raw_controls(app)
        for key, dialog in (("s", StatusDialog), ("n", NoteDialog), ("d", DeadlineDialog)):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, dialog)
            assert_no_raw_controls(app)
            await pilot.press("escape")
            await pilot.pause()

        await pilot.press("4")
        await pilot.pause()
        assert GROUP_NAME in shown(app)
        assert ORGANISATION in shown(app)

        await pilot.press("5", "up")  # 1e halfjaar 2026: B2-01 slipped
        await pilot.pause()
        assert "Locatie [bold red]rood[/]" in shown(app)

        await pilot.press("7")  # Effecten: B2-01 serves E2, on the second card
        await pilot.pause()
        assert any(AGREEMENT_TITLE in str(card.render()) for card in app.screen.query(".card").results(Static))
        assert_no_raw_controls(app)

        await pilot.press("6", "question_mark")
        await pilot.pause()
        await pilot.press("escape")
    assert app.return_code in (None, 0)


async def test_notifications_show_plan_text_literally(hostile_plan: Path, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(hostile_plan)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        hostile_plan.write_text(hostile_plan.read_text().replace('status = "open"', 'status = "[/klaar]"', 1))
        app.check_disk()  # a broken value: the problems screen quotes the text
        await pilot.pause()
        assert "'[/klaar]'" in shown(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.is_current
