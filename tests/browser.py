"""Chromium for tests: Debian's /usr/bin/chromium driven by playwright, and axe-core injected into a page.

Never ``playwright install``: the browser is the system's (CI installs it with apt-get). The
axe-core script is the one the axe-playwright-python package ships (test extra).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def browser_session():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright  # the test extra installs it; it drives the system Chromium

    manager = sync_playwright().start()
    browser = manager.chromium.launch(
        executable_path=CHROMIUM,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    )
    return manager, browser


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Run axe-core (the script shipped by the axe-playwright-python package) in the page."""
    import axe_playwright_python

    script = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
    page.evaluate(script)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "nodes": [n["html"][:120] for n in v["nodes"]]} for v in result["violations"]]


def crawl_site(start: Path, skip: Callable[[str], bool] = lambda url: False) -> set[str]:
    """Open every page reachable from ``start`` by links, in Chromium: each has a title, passes
    axe, and links only to files that exist. Returns the URLs of the pages visited (``skip``:
    pages not to visit, e.g. those another test covers)."""
    manager, browser = browser_session()
    try:
        page = browser.new_page()
        seen: set[str] = set()
        queue = [start.as_uri()]
        while queue:
            url = queue.pop()
            if url in seen or skip(url):
                continue
            seen.add(url)
            page.goto(url)
            assert page.title(), url
            assert axe_violations(page) == [], url
            for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
                assert href.startswith("file://") and Path(href.removeprefix("file://")).is_file(), href
                if href.endswith(".html"):
                    queue.append(href)
        return seen
    finally:
        browser.close()
        manager.stop()
