"""Tijdlijn: the consultation and decision timeline as a chart across months."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll

from regiotrack.tui.screens.base import PlanScreen
from regiotrack.tui.view import PlanView
from regiotrack.tui.widgets.timeline_chart import TimelineChart


class TimelineScreen(PlanScreen):
    """Steps on a time axis with a today marker."""

    item_kind = "stap"

    def compose(self) -> ComposeResult:
        yield from self.compose_chrome()
        with VerticalScroll():
            yield TimelineChart(id="chart")

    def show_item(self, item_id: str) -> bool:
        """The chart has no selection: the step's details in a window."""
        from regiotrack.export.describe import describe
        from regiotrack.plan.schedule import find_item
        from regiotrack.tui.dialogs.detail import DetailScreen

        item = find_item(self.view.loaded.plan, item_id) if self.view else None
        if item is None or self.view is None:
            return False
        self.app.push_screen(DetailScreen(describe(self.view.loaded.plan, item, self.view.today)))
        return True

    def refresh_view(self, view: PlanView) -> None:
        self.sub_title = f"Tijdlijn · vandaag {view.today.isoformat()}{view.scope_label()}"
        self.query_one(TimelineChart).show(view)
