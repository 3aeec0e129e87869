"""Time screen switches and the 'my organisation' toggle in the terminal view at 10,000 afspraken.

    python bench/tui_switch.py [N]

Runs the App under Textual's Pilot on a synthetic plan (bench/synth.py), presses the keys and
reports the median wall time from the key press until the screen has been redrawn (Pilot's
``pause`` waits for the message queue to drain, so the redraw is included). Not a test: timing
depends on the machine; the goal is under 100 ms per action. Also the first screen, cold (no cache)
and with an unchanged file (plan cache warm).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


async def measure(path: Path) -> dict[str, float]:
    from regiotrack.store.reading import read_plan
    from regiotrack.tui.app import RegiotrackApp

    app = RegiotrackApp(read_plan(path), date(2026, 11, 22), watch_seconds=None, load_history=False,
                        organisation="ORG-001")
    times: dict[str, list[float]] = {"wissel scherm": [], "mijn/alles": [], "eerste bezoek scherm": []}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for key in "23456":  # first visit: the screen is built
            start = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            times["eerste bezoek scherm"].append(time.perf_counter() - start)
        for _ in range(3):
            for key in "123456":
                start = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                times["wissel scherm"].append(time.perf_counter() - start)
        await pilot.press("3")
        await pilot.pause()
        for _ in range(6):
            start = time.perf_counter()
            await pilot.press("m")
            await pilot.pause()
            times["mijn/alles"].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


FIRST_SCREEN = """
import asyncio, sys, time
t0 = time.perf_counter()
from datetime import date
from pathlib import Path
from regiotrack.store.reading import read_plan
from regiotrack.tui.app import RegiotrackApp
async def main():
    app = RegiotrackApp(read_plan(Path(sys.argv[1])), date(2026, 11, 22), watch_seconds=None, load_history=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        print(time.perf_counter() - t0)
asyncio.run(main())
"""


def first_screen(path: Path, cache: str) -> float:
    env = {**os.environ, "REGIOTRACK_CACHE": cache}
    result = subprocess.run([sys.executable, "-c", FIRST_SCREEN, str(path)], capture_output=True, text=True,
                            env=env, check=True)
    return float(result.stdout.split()[-1])


def main() -> None:
    from synth import write_synthetic_plan

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        path = write_synthetic_plan(Path(tmp) / "plans" / "groot.toml", n)
        cold = first_screen(path, "uit")
        cache = str(Path(tmp) / "cache")
        first_screen(path, cache)
        warm = statistics.median(first_screen(path, cache) for _ in range(3))
        results = asyncio.run(measure(path))
    print(f"| TUI, {n} afspraken (mediaan) | tijd | doel |")
    print("|---|---|---|")
    print(f"| eerste scherm, koud | {cold * 1000:.0f} ms | ≤ 1000 ms |")
    print(f"| eerste scherm, ongewijzigd bestand | {warm * 1000:.0f} ms | ≤ 500 ms |")
    for name, seconds in results.items():
        goal = "< 100 ms" if name != "eerste bezoek scherm" else "-"
        print(f"| {name} | {seconds * 1000:.0f} ms | {goal} |")


if __name__ == "__main__":
    main()
