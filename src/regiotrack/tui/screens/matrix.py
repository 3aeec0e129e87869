"""Gemeenten: the regional matrix, regional afspraak (werkgroep, effect) x municipality.

A cell counts a municipality's local actions (afspraken with ``dient`` in
``plans/gemeenten/<slug>.toml``) per standing, by symbol and number, never by colour alone.
The highlighted row's local actions, per municipality, stand under the table (beside it from
140 columns on). The local plans are read through the store layer each time the screen is drawn
or shown again (the App watches only its own file; a pull changes the local plans).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from regiotrack.errors import PlanError, Problem
from regiotrack.export.matrix import LEGEND, acting_sentence
from regiotrack.plan.matrix import LocalAction, Row, build_matrix, local_actions, serving, without_plan
from regiotrack.plan.model import Agreement, Plan
from regiotrack.plan.schedule import due_label, standing
from regiotrack.plan.standing import SYMBOLS
from regiotrack.store.reading import LoadedPlan
from regiotrack.tui.commands import bindings
from regiotrack.tui.screens.base import PlanScreen
from regiotrack.tui.text import clean
from regiotrack.tui.view import PlanView
from regiotrack.tui.widgets.item_table import ItemTable

WIDE = 140
"""From this many columns on, the local actions stand beside the table."""


class LocalSet(NamedTuple):
    """What the screen draws from: the regional plan, its local plans and what could not be read."""

    regional: Plan
    locals_: list[Plan]
    problems: list[Problem]


def read_local_set(loaded: LoadedPlan) -> LocalSet:
    """Read the set through the store layer, with the cross-file checks of ``controleer``.

    A missing regional plan becomes a problem, not a crash; so do an unknown ``dient``, an owner
    outside the region and two files for one municipality (the summary names them first).
    """
    from regiotrack.store.localset import checked_set

    try:
        regional, locals_, problems = checked_set(loaded)
    except PlanError as error:
        return LocalSet(loaded.plan, [], list(error.problems))
    return LocalSet(regional.plan, [p.plan for p in locals_], problems)


def summary_text(local_set: LocalSet, rows: Sequence[Row], wide: bool) -> Text:
    """How many regional ids have local actions, which municipalities have a local plan; the legend when wide."""
    with_plan = [p.municipality for p in local_set.locals_ if p.municipality]
    missing = without_plan(local_set.regional, local_set.locals_)
    acting = sum(1 for row in rows if row.acting)
    text = Text()
    if local_set.problems:
        # First, not after the matrix's figures: with these the matrix is wrong (a row short, a
        # municipality counted twice or left out), as `regiotrack matrix` refuses to show it.
        count = len(local_set.problems)
        text.append(
            f"{count} {'fout' if count == 1 else 'fouten'} in de lokale plannen; de matrix klopt pas als "
            f"{'die is' if count == 1 else 'ze zijn'} opgelost (regiotrack controleer):",
            style="bold red",
        )
        for problem in local_set.problems:
            text.append("\n")
            text.append(clean(f"  {problem.location()}: {problem.message}", one_line=True), style="bold")
        text.append("\n")
    text.append(acting_sentence(acting, len(rows)).rstrip(".") + "\n", style="bold")
    if with_plan:
        text.append(clean("Lokaal plan: " + ", ".join(with_plan)))
        if missing:
            text.append(clean(" · nog geen: " + ", ".join(missing)), style="dim")
    else:
        text.append("Nog geen gemeente heeft een lokaal plan (plans/gemeenten/); begin er een met ")
        text.append("regiotrack init --gemeente NAAM", style="bold")
    if wide:
        text.append("\n" + LEGEND, style="dim")
    return text


def _action_lines(text: Text, action: LocalAction) -> None:
    agreement = action.agreement
    text.append(f"  {SYMBOLS[action.state]} {agreement.id}  ")
    text.append(clean(agreement.title, one_line=True))
    details = f"termijn {action.due} · status {agreement.status}"
    if action.state != agreement.status:
        details += f" · {action.state}"
    text.append(clean(f"\n      {details}"), style="dim")
    if action.last_review:
        text.append(clean(f"\n      jaarbeoordeling {action.last_review}", one_line=True), style="dim")
    text.append("\n")


def detail_text(local_set: LocalSet, row: Row, actions: Sequence[LocalAction], view: PlanView) -> Text:
    """The regional item, then per municipality the local actions that serve it."""
    text = Text()
    text.append(clean(f"{row.id}  {row.title}", one_line=True), style="bold")
    regional = next((a for a in local_set.regional.agreements if a.id == row.id), None)
    if isinstance(regional, Agreement):
        state = standing(regional, view.today).state
        lead = regional.lead or "nog vast te stellen"
        regional_line = f"\nregionaal: trekker {lead} · termijn {due_label(regional)} · {state}"
        text.append(clean(regional_line), style="dim")
    else:
        kind = "effect" if any(e.id == row.id for e in local_set.regional.effects) else "werkgroep"
        text.append(f"\nregionaal {kind}", style="dim")
    serving_here = serving(actions, row.id)
    text.append(f"\nLokale acties: {len(serving_here)}, in {row.acting} van {len(row.cells)} gemeenten\n")
    for name in row.cells:
        own = [a for a in serving_here if a.municipality == name]
        if own:
            text.append(clean(name) + "\n", style="bold")
            for action in own:
                _action_lines(text, action)
    idle = [name for name, cell in row.cells.items() if not cell.actions]
    if idle:
        text.append(clean("Geen lokale actie: " + ", ".join(idle)), style="dim")
    return text


class DetailPanel(VerticalScroll):
    """Scrolls the highlighted row's local actions: Tab reaches it and the arrow keys scroll it.

    A row served in three municipalities is taller than the panel at 80x24 (nine lines); a plain
    Static there could be neither focused nor scrolled, so the last municipalities were out of reach.
    """

    def on_mount(self) -> None:
        self.border_subtitle = "Tab en ↑↓: scrollen"


def _cells(row: Row) -> tuple[str, ...]:
    return (row.id, row.title, *(cell.label() for cell in row.cells.values()))


class MatrixScreen(PlanScreen):
    """The regional matrix; the highlighted row's local actions beside or under it."""

    BINDINGS = bindings("gemeenten")
    AUTO_FOCUS = "#matrix"

    def __init__(self) -> None:
        super().__init__()
        self.local_set: LocalSet | None = None
        self.rows: list[Row] = []
        self.shown: list[Row] = []
        self.actions: list[LocalAction] = []
        self.only_acting = False
        """Show only the regional ids some municipality acts on (key f)."""

    def compose(self) -> ComposeResult:
        yield from self.compose_chrome()
        yield Static(id="matrix-summary")
        with Horizontal(id="matrix-body"):
            yield ItemTable((("ID", 6), ("Afspraak", 10)), flex=1, id="matrix")
            with DetailPanel(id="matrix-detail-panel"):
                yield Static(id="matrix-detail")

    def on_screen_resume(self) -> None:
        """Shown again: read the local plans again, too (a pull changes them; the App watches only its own file).

        Runs before the base class's handler, which redraws when the view changed; then this one
        leaves it to that one.
        """
        if self.view is not None and self._drawn is self.view:
            self.refresh_view(self.view)

    def on_resize(self) -> None:
        """Local actions beside the table (and the legend above it) on a wide terminal."""
        self.set_class(self.size.width >= WIDE, "-wide")
        if self.local_set is not None:
            self._show_summary()

    def _show_summary(self) -> None:
        assert self.local_set is not None
        wide = self.size.width >= WIDE
        self.query_one("#matrix-summary", Static).update(summary_text(self.local_set, self.rows, wide))
        table = self.query_one("#matrix", ItemTable)
        table.border_subtitle = "" if wide else "teken = stand, getal = aantal lokale acties; legenda: F1"

    def refresh_view(self, view: PlanView) -> None:
        self.sub_title = f"Gemeenten · vandaag {view.today.isoformat()}"
        # Read here, not in a worker: a local plan is a small file (three take 7 ms, measured),
        # and the screen is then whole the moment it shows, never half drawn.
        self.show_set(view, read_local_set(view.loaded))

    def show_set(self, view: PlanView, local_set: LocalSet) -> None:
        """Draw the matrix of ``local_set`` (for the view it was read for)."""
        self.local_set = local_set
        self.rows = build_matrix(local_set.regional, local_set.locals_, view.today)
        self.actions = local_actions(local_set.locals_, view.today)
        table = self.query_one("#matrix", ItemTable)
        names = local_set.regional.municipalities
        table.columns = [("ID", 6), ("Afspraak", 10), *((name, max(len(name), 5)) for name in names)]
        self._show_summary()
        self.apply_filter()

    def apply_filter(self) -> None:
        """Show every regional id, or only those with local actions; keep the cursor on its row."""
        keep = self.selected_row()
        self.shown = [row for row in self.rows if row.acting] if self.only_acting else list(self.rows)
        cursor = next((n for n, row in enumerate(self.shown) if keep and row.id == keep.id), 0)
        table = self.query_one("#matrix", ItemTable)
        table.set_rows(self.shown, cursor, _cells)
        scope = "met lokale acties" if self.only_acting else "regionale afspraken, werkgroepen en effecten"
        table.border_title = f"{len(self.shown)} {scope} (f: {'alle' if self.only_acting else 'alleen lokaal'})"
        self._show_detail()

    def action_toggle_acting(self) -> None:
        """Only the regional ids with local actions, or all of them again."""
        self.only_acting = not self.only_acting
        self.apply_filter()

    def selected_row(self) -> Row | None:
        """The highlighted regional afspraak or werkgroep."""
        table = self.query_one("#matrix", ItemTable)
        if not self.shown or not 0 <= table.cursor_row < len(self.shown):
            return None
        return self.shown[table.cursor_row]

    @on(ItemTable.Highlighted)
    def _row_highlighted(self) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        detail = self.query_one("#matrix-detail", Static)
        row = self.selected_row()
        if self.view is None or self.local_set is None or row is None:
            detail.update("Geen regionale afspraak gekozen." if self.rows else "Geen regionale afspraken.")
            return
        detail.update(detail_text(self.local_set, row, self.actions, self.view))
        self.query_one(DetailPanel).scroll_home(animate=False)  # another row: its details from the top

    def show_item(self, item_id: str) -> bool:
        """Highlight the regional afspraak, werkgroep or effect ``item_id`` (all rows are shown again)."""
        if not any(row.id == item_id for row in self.rows):
            return False
        self.only_acting = False
        self.apply_filter()
        self.query_one("#matrix", ItemTable).cursor_row = [r.id for r in self.shown].index(item_id)
        return True

    def selected_item_id(self) -> str | None:
        """The highlighted regional afspraak, when this view is the regional plan (edits apply to it)."""
        row = self.selected_row()
        if row is None or self.view is None or self.view.loaded.plan.regional is not None:
            return None
        return row.id if any(a.id == row.id for a in self.view.loaded.plan.agreements) else None
