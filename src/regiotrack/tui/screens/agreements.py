"""Afspraken: a sortable table, filtered as you type and by facets, with details on demand.

Laid out for 80x24: the filter and the four facets share one line, the table takes the rest, and
the details open under it on Enter (or ``i``). From 140 columns on, the details stand beside the
table all the time. Columns put symbols first, so a cut never hides the standing.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Select, Static

from regiotrack.export.describe import describe
from regiotrack.history.log import item_story
from regiotrack.plan.model import Agreement
from regiotrack.plan.schedule import Row, due_label
from regiotrack.plan.standing import SYMBOLS
from regiotrack.plan.vocabulary import STATUSES
from regiotrack.tui.commands import bindings
from regiotrack.tui.screens.agreement_rows import AgreementRows, search_text
from regiotrack.tui.screens.base import PlanScreen
from regiotrack.tui.text import clean
from regiotrack.tui.view import PlanView
from regiotrack.tui.widgets.item_table import ItemTable

COLUMNS = (("", 2), ("ID", 6), ("Titel", 16), ("Trekker", 8), ("Termijn", 12), ("Status", 11), ("Stand", 11))
"""(header, width); the first is the standing's symbol, the title takes the width left over."""
COLUMN_NAMES = ("stand", "id", "titel", "trekker", "termijn", "status", "stand")
WIDE = 140
"""From this many columns on, the details stand beside the table."""


class AgreementsScreen(PlanScreen):
    """All agreements; status, note and deadline edits apply to the highlighted row."""

    item_kind = "afspraak"

    BINDINGS = bindings("afspraken")
    AUTO_FOCUS = "#table"

    def __init__(self) -> None:
        super().__init__()
        self.sort_column = 4
        self.all_rows: list[Row] = []
        """The afspraken in scope (all, or my organisation's)."""
        self.shown: list[Row] = []
        self.scope: frozenset[str] | None = None
        """Ids of the afspraken in scope; None for all."""
        self.index: AgreementRows | None = None
        """What is derived from the plan version shown (search text, quarters, sort orders)."""
        self.options: dict[str, list[str]] = {}
        """Facet selector -> the choices it offers now."""

    def compose(self) -> ComposeResult:
        yield from self.compose_chrome()
        with Horizontal(id="facets"):
            yield Input(placeholder="/ filter: id, titel, trekker, notitie", id="filter", compact=True)
            yield Select[str]([(s, s) for s in STATUSES], prompt="status", id="facet-status", compact=True)
            yield Select[str]([], prompt="trekker", id="facet-lead", compact=True)
            yield Select[str]([], prompt="werkgroep", id="facet-group", compact=True)
            yield Select[str]([], prompt="kwartaal", id="facet-quarter", compact=True)
        with Horizontal(id="body"):
            yield ItemTable(COLUMNS, flex=2, id="table")
            yield Static(id="detail")

    def on_resize(self) -> None:
        """Details beside the table on a wide terminal."""
        self.set_class(self.size.width >= WIDE, "-wide")

    def action_toggle_detail(self) -> None:
        """Show or hide the details under the table (always shown on a wide terminal)."""
        self.toggle_class("-detail")
        if self.has_class("-detail"):
            self._show_detail()

    def refresh_view(self, view: PlanView) -> None:
        self.sub_title = f"Afspraken · vandaag {view.today.isoformat()}{view.scope_label()}"
        if self.index is None or self.index.everything is not view.everything:
            self.index = AgreementRows(view.everything)
        self.scope = view.my_ids if view.mine and view.organisation else None
        self.all_rows = self.index.in_scope(self.scope)
        leads, quarters = self.index.facet_values(self.all_rows)
        self._set_options("#facet-lead", leads)
        self._set_options("#facet-group", [g.id for g in view.loaded.plan.working_groups])
        self._set_options("#facet-quarter", quarters)
        self.apply_filter()

    def _set_options(self, selector: str, values: list[str]) -> None:
        select: Select[str] = self.query_one(selector, Select)
        if self.options.get(selector) == values:
            return  # the same choices: rebuilding the list would only cost time
        self.options[selector] = values
        current = select.value
        select.set_options([(v, v) for v in values])
        if current in values:
            select.value = current

    def matches(self, row: Row, text: str, facets: dict[str, str | None]) -> bool:
        """True when the row meets the filter text and every chosen facet."""
        item = row.item
        if facets["status"] and item.status != facets["status"]:
            return False
        if facets["lead"] and row.lead != facets["lead"]:
            return False
        if facets["group"] and not (isinstance(item, Agreement) and item.working_group == facets["group"]):
            return False
        assert self.index is not None
        if facets["quarter"] and self.index.quarter(row) != facets["quarter"]:
            return False
        if not text:
            return True
        haystack = search_text(row)
        return all(word in haystack for word in text.lower().split())

    def apply_filter(self) -> None:
        """Recompute the shown rows from the filter text and facets, keep the cursor on its item."""
        facets = {name: self._facet(f"#facet-{name}") for name in ("status", "lead", "group", "quarter")}
        text = self.query_one("#filter", Input).value.strip()
        if self.index is None:
            return
        keep = self.selected_item_id()  # before the rows change: the cursor stays on this item
        facet_test = (lambda row: self.matches(row, "", facets)) if any(facets.values()) else None
        self.shown = self.index.select(self.sort_column, self.scope, text.lower().split(), facet_test)
        table = self.query_one(ItemTable)
        cursor = next((n for n, row in enumerate(self.shown) if row.id == keep), 0)
        table.set_rows(self.shown, cursor, _cells)
        table.border_title = f"{len(self.shown)} van {len(self.all_rows)} afspraken"
        self._show_detail()

    def _facet(self, selector: str) -> str | None:
        value = self.query_one(selector, Select).value
        return value if isinstance(value, str) else None

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self.apply_filter()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(ItemTable).focus()

    def key_escape(self) -> None:
        """Escape leaves the filter field for the table."""
        if self.query_one("#filter", Input).has_focus:
            self.query_one(ItemTable).focus()

    @on(Select.Changed)
    def _facet_changed(self) -> None:
        self.apply_filter()

    @on(ItemTable.Highlighted)
    def _row_highlighted(self) -> None:
        self._show_detail()

    @on(ItemTable.HeaderClicked)
    def _header_clicked(self, event: ItemTable.HeaderClicked) -> None:
        self.sort_column = event.column
        self.apply_filter()

    def action_cycle_sort(self) -> None:
        """Sort on the next column."""
        self.sort_column = (self.sort_column + 1) % len(COLUMNS)
        self.notify(f"Gesorteerd op {COLUMN_NAMES[self.sort_column]}", timeout=2)
        self.apply_filter()

    def action_focus_filter(self) -> None:
        """Put the cursor in the filter field."""
        self.query_one("#filter", Input).focus()

    def show_item(self, item_id: str) -> bool:
        """Select the afspraak (clearing filter and facets when they hide it) and open its details."""
        if not any(r.id == item_id for r in self.all_rows):
            return False
        if not any(r.id == item_id for r in self.shown):
            self.query_one("#filter", Input).value = ""
            for select in self.query(Select).results(Select):
                select.clear()
            self.apply_filter()
        table = self.query_one(ItemTable)
        table.set_rows(self.shown, next(n for n, r in enumerate(self.shown) if r.id == item_id), _cells)
        table.focus()
        self.add_class("-detail")
        self._show_detail()
        return True

    def selected_item_id(self) -> str | None:
        table = self.query_one(ItemTable)
        if not self.shown or not 0 <= table.cursor_row < len(self.shown):
            return None
        return self.shown[table.cursor_row].id

    def _show_detail(self) -> None:
        detail = self.query_one("#detail", Static)
        item_id = self.selected_item_id()
        if self.view is None or item_id is None:
            detail.update("Geen afspraak gekozen." if self.all_rows else "Dit plan heeft geen afspraken.")
            return
        row = next(r for r in self.shown if r.id == item_id)
        text = Text(clean(describe(self.view.loaded.plan, row.item, self.view.today)))
        if self.view.history is not None:
            story = item_story(self.view.history, item_id)
            text.append("\n  geschiedenis:", style="bold")
            for revision, change in reversed(story[-5:]):
                text.append(clean(f"\n    {revision.when:%Y-%m-%d} {revision.author}: {change.text()}"))
            if not story:
                text.append(" nog niet vastgelegd in git")
        detail.update(text)


def _cells(row: Row) -> tuple[str, ...]:
    state = row.standing.state
    return (SYMBOLS[state], row.id, row.title, row.lead or "-", due_label(row.item), row.item.status, state)
