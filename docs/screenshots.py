"""Regenerate the screenshots in docs/screenshots/: python docs/screenshots.py

Runs the TUI on the real plan with a fixed today under Textual's Pilot and saves an SVG of
each screen (and the status dialog), at 100x30.
"""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from regiotrack.store.reading import read_plan
from regiotrack.tui.app import RegiotrackApp

HERE = Path(__file__).resolve().parent
PLAN = HERE.parent / "plans" / "2025-2029.toml"
SHOTS = {"1": "overzicht", "2": "tijdlijn", "3": "afspraken", "4": "werkgroepen", "5": "partneroverleg",
         "6": "geschiedenis", "?": "help"}


async def main(today: date = date(2025, 10, 8)) -> None:
    app = RegiotrackApp(read_plan(PLAN), today, watch_seconds=None, load_history=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        for key, name in SHOTS.items():
            await pilot.press("question_mark" if key == "?" else key)
            await pilot.pause()
            app.save_screenshot(str(HERE / "screenshots" / f"{name}.svg"))
            if key == "?":
                await pilot.press("escape")
        await pilot.press("3", "s")
        await pilot.pause()
        app.save_screenshot(str(HERE / "screenshots" / "status-zetten.svg"))


if __name__ == "__main__":
    asyncio.run(main())
