"""What a user sees: the current screen as plain text lines, for Pilot tests that assert on visibility."""

from __future__ import annotations

import io

from rich.console import Console
from textual.app import App
from textual.widget import Widget


def screen_text(app: App[object]) -> str:
    """The whole terminal as text (one line per row), exactly as drawn: cut or hidden text is absent."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), record=True, legacy_windows=False, safe_box=False)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text()


def shown_in(app: App[object], widget: Widget) -> str:
    """The text drawn inside ``widget``'s content area, its lines stripped and joined by spaces.

    A sentence that wraps over lines is then found as one piece; what is cut off or scrolled away is not.
    """
    region = widget.content_region
    lines = screen_text(app).splitlines()[region.y : region.bottom]
    parts = [line[region.x : region.right].strip() for line in lines]
    return " ".join(p for p in parts if p)
