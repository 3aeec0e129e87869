"""Progress lines (per werkgroep, per trekker) that fit their width: never a wrapped row."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.widget import Widget

from regiotrack.plan.progress import Progress
from regiotrack.tui.widgets.bars import progress_line

SUFFIX = len("  999/999 gereed  ! 999 verlopen")
"""Room kept for the counts after the bar."""


class ProgressList(Widget):
    """One line per Progress; the label and the bar shrink to the widget's width."""

    DEFAULT_CSS = """
    ProgressList { height: auto; padding: 0 1; }
    """

    def __init__(self, empty: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.empty = empty
        self.items: tuple[Progress, ...] = ()

    def show(self, items: Iterable[Progress]) -> None:
        """Take new progress figures and redraw (attributes down)."""
        self.items = tuple(items)
        self.refresh(layout=True)

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        """One line per item."""
        return max(1, len(self.items))

    def render(self) -> Text:
        """The lines for the current width."""
        if not self.items:
            return Text(self.empty)
        width = max(self.content_size.width, 40)
        bar = 16 if width >= 90 else 8
        label = max(10, min(34, width - bar - 2 - SUFFIX))
        lines = Text("\n").join(progress_line(p, label_width=label, bar_width=bar) for p in self.items)
        lines.no_wrap = True
        lines.overflow = "ellipsis"
        return lines
