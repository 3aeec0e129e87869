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

    def refresh_view(self, view: PlanView) -> None:
        self.sub_title = f"Tijdlijn · vandaag {view.today.isoformat()}"
        self.query_one(TimelineChart).show(view)
