"""Time screen switches and the 'my organisation' toggle in the terminal view at 10,000 afspraken.

    python bench/tui_switch.py [N]            # a table
    python bench/tui_switch.py --json PLAN    # medians as JSON, for bench/run

Runs the App under Textual's Pilot on a synthetic plan (bench/synth.py), presses the keys and
reports, per action, the median time from the key press to the last repaint it caused (the
moment the terminal would show the new screen) and the median CPU time of the process over the
same press. Pilot's own waits (it sleeps at least 20 ms three times per key to see that the app
is idle) are not counted in the first figure; they are in neither the app's work nor what a user
waits for. Not a test: timing depends on the machine; the goal is under 100 ms per action.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

ORGANISATION = "ORG-001"
"""An organisation of the synthetic plan (bench/synth.py), for the toggle."""


async def measure(path: Path) -> dict[str, dict[str, float]]:
    """Median latency to the last repaint and median CPU time, in seconds, per kind of action."""
    from regiotrack.store.reading import read_plan
    from regiotrack.tui.app import RegiotrackApp
    from regiotrack.tui.screens import SCREENS

    keys = "".join(spec.key for spec in SCREENS)  # every main screen, in key order

    app = RegiotrackApp(read_plan(path), date(2026, 11, 22), watch_seconds=None, load_history=False,
                        organisation=ORGANISATION)
    paints: list[float] = []
    display = app._display

    def record_paint(screen: Any, renderable: Any) -> None:
        if renderable is not None:
            paints.append(time.perf_counter())
        display(screen, renderable)

    app._display = record_paint  # type: ignore[method-assign]
    times: dict[str, list[tuple[float, float]]] = {
        "eerste bezoek scherm": [],
        "wissel scherm": [],
        "mijn/alles": [],
        "wissel scherm na mijn/alles": [],
    }

    async with app.run_test(size=(120, 40)) as pilot:

        async def press(key: str, kind: str) -> None:
            start, cpu, seen = time.perf_counter(), time.process_time(), len(paints)
            await pilot.press(key)
            await pilot.pause()
            end = paints[-1] if len(paints) > seen else time.perf_counter()
            times[kind].append((end - start, time.process_time() - cpu))

        await pilot.pause()
        for key in keys[1:]:  # first visit: the screen is built
            await press(key, "eerste bezoek scherm")
        for _ in range(3):
            for key in keys:
                await press(key, "wissel scherm")
        await press("3", "wissel scherm")
        for _ in range(6):
            await press("m", "mijn/alles")
        for _ in range(2):  # a screen not shown during a toggle redraws when it is shown next
            await press("m", "mijn/alles")
            for key in keys:
                await press(key, "wissel scherm na mijn/alles")
    return {
        name: {"wall": statistics.median(w for w, _ in values), "cpu": statistics.median(c for _, c in values)}
        for name, values in times.items()
    }


def main() -> None:
    if sys.argv[1:2] == ["--json"]:
        print(json.dumps(asyncio.run(measure(Path(sys.argv[2])))))
        return
    from synth import write_synthetic_plan

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        path = write_synthetic_plan(Path(tmp) / "plans" / "groot.toml", n)
        results = asyncio.run(measure(path))
    print(f"| TUI, {n} afspraken (mediaan) | tot het scherm getekend is (cpu) | doel |")
    print("|---|---|---|")
    for name, figures in results.items():
        goal = "< 100 ms" if name != "eerste bezoek scherm" else "-"
        print(f"| {name} | {figures['wall'] * 1000:.0f} ms ({figures['cpu'] * 1000:.0f}) | {goal} |")


if __name__ == "__main__":
    main()
