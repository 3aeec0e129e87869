"""A read-only table that renders only the rows on screen (Textual's Line API).

``DataTable`` measures and stores every cell when rows are added, so refilling it with
10,000 rows on each filter keystroke takes seconds. Here rows are plain tuples of text; a
new selection is a list assignment, and drawing costs the same for 20 rows or 100,000.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from regiotrack.tui.text import clean


class ItemTable(ScrollView, can_focus=True):
    """Rows of text cells with a header line, a cursor row and keyboard and mouse navigation."""

    DEFAULT_CSS = """
    ItemTable { height: 1fr; }
    ItemTable > .item-table--header { text-style: bold; background: $panel; }
    ItemTable > .item-table--cursor { background: $accent; color: $text; }
    ItemTable > .item-table--even { background: $surface-lighten-1; }
    """
    COMPONENT_CLASSES = {"item-table--header", "item-table--cursor", "item-table--even"}
    BINDINGS = [
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "move(-1000000000)", show=False),
        Binding("end", "move(1000000000)", show=False),
    ]

    cursor_row: reactive[int] = reactive(0)

    class Highlighted(Message):
        """The cursor moved to another row (or the rows changed)."""

        def __init__(self, table: ItemTable, row: int) -> None:
            super().__init__()
            self.table = table
            self.row = row

    class HeaderClicked(Message):
        """A column header was clicked."""

        def __init__(self, table: ItemTable, column: int) -> None:
            super().__init__()
            self.table = table
            self.column = column

    def __init__(self, columns: Sequence[tuple[str, int]], *, flex: int = 1, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns = list(columns)
        """(header, width in cells) per column; the ``flex`` column takes what the others leave."""
        self.flex = flex
        self.rows: Sequence[Any] = []
        self.cells: Callable[[Any], Sequence[str]] = lambda row: row
        self._widths: tuple[int, list[int]] | None = None

    def widths(self) -> list[int]:
        """Column widths for the current size: the flexible column fills the rest (at least its width)."""
        available = self.scrollable_content_region.width
        if self._widths is None or self._widths[0] != available:  # once per width, not once per line
            widths = [w for _, w in self.columns]
            fixed = sum(widths) - widths[self.flex] + len(widths) - 1
            widths[self.flex] = max(widths[self.flex], available - fixed)
            self._widths = (available, widths)
        return self._widths[1]

    def on_resize(self) -> None:
        # The table shrinks when a screen opens its details below it (a jump does so right after
        # choosing the row): keep the cursor row on screen rather than highlighted out of sight.
        self._update_virtual_size()
        self._scroll_cursor_into_view()

    def _update_virtual_size(self) -> None:
        self.virtual_size = Size(sum(self.widths()) + len(self.columns) - 1, len(self.rows) + 1)

    def set_rows(
        self, rows: Sequence[Any], cursor: int = 0, cells: Callable[[Any], Sequence[str]] | None = None
    ) -> None:
        """Show these rows; ``cells`` turns a row into its texts, only when it is drawn."""
        self.rows = rows
        if cells is not None:
            self.cells = cells
        self._update_virtual_size()
        self.cursor_row = max(0, min(cursor, len(rows) - 1))
        self._scroll_cursor_into_view()
        self.refresh()
        self.post_message(self.Highlighted(self, self.cursor_row))

    @property
    def row_count(self) -> int:
        """Number of rows shown."""
        return len(self.rows)

    def _line(self, cells: Sequence[str], widths: list[int]) -> str:
        return " ".join(_fit(cell, width) for cell, width in zip(cells, widths, strict=False))

    def render_line(self, y: int) -> Strip:
        """One screen line: the header on top, then the rows scrolled into view."""
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        widths = self.widths()
        if y == 0:
            text = self._line([header for header, _ in self.columns], widths)
            style = self.get_component_rich_style("item-table--header")
        else:
            index = scroll_y + y - 1
            if index >= len(self.rows):
                return Strip.blank(width, self.rich_style)
            text = self._line(self.cells(self.rows[index]), widths)
            if index == self.cursor_row:
                style = (
                    self.get_component_rich_style("item-table--cursor")
                    if self.has_focus
                    else self.rich_style + Style(bold=True, underline=True)
                )
            elif index % 2:
                style = self.rich_style + self.get_component_rich_style("item-table--even")
            else:
                style = self.rich_style
        text = text + " " * max(0, width + scroll_x - cell_len(text))
        return Strip([Segment(text, style)]).crop(scroll_x, scroll_x + width)

    def watch_cursor_row(self, old: int, new: int) -> None:
        """Keep the cursor visible and tell the screen."""
        self._scroll_cursor_into_view()
        self.refresh()
        if old != new:
            self.post_message(self.Highlighted(self, new))

    def _scroll_cursor_into_view(self) -> None:
        visible = max(1, self.size.height - 1)
        top = self.scroll_offset.y
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False)

    def action_move(self, delta: int) -> None:
        """Move the cursor up or down."""
        if self.rows:
            self.cursor_row = max(0, min(len(self.rows) - 1, self.cursor_row + delta))

    def action_page(self, direction: int) -> None:
        """Move the cursor a screenful."""
        self.action_move(direction * max(1, self.size.height - 2))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        """A click on the header sorts; a click on a row moves the cursor there."""
        if event.y == 0:
            x = event.x + self.scroll_offset.x
            for number, width in enumerate(self.widths()):
                if x <= width:
                    self.post_message(self.HeaderClicked(self, number))
                    return
                x -= width + 1
            return
        index = self.scroll_offset.y + event.y - 1
        if 0 <= index < len(self.rows):
            self.cursor_row = index


def _fit(cell: str, width: int) -> str:
    """Pad or cut a cell to exactly ``width`` cells, marking a cut with '…'."""
    cell = clean(cell, one_line=True)
    if cell_len(cell) <= width:
        return set_cell_size(cell, width)
    return set_cell_size(cell, width - 1) + "…"
