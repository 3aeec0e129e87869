"""The base of every main screen: it watches the App's current PlanView and redraws from it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Header

from regiotrack.tui.view import PlanView
from regiotrack.tui.widgets.footer import KeyFooter


class PlanScreen(Screen[None]):
    """A main screen. It watches the App's ``view`` reactive (attributes down) and redraws.

    Subclasses compose their widgets (``compose_chrome`` adds header and footer), draw in
    :meth:`refresh_view`, and name the item edits apply to in :meth:`selected_item_id`.
    """

    view: PlanView | None = None
    """The App's current view."""
    _drawn: PlanView | None = None
    """The view last drawn (screens not on view redraw when shown again)."""
    item_kind: str | None = None
    """The section (file key) whose items this screen shows; ``a`` adds one of these."""

    def compose_chrome(self) -> ComposeResult:
        """Header and footer, shared by all main screens."""
        yield Header()
        yield KeyFooter()

    def on_mount(self) -> None:
        """Watch the App's view; the callback also runs now, with the current one."""
        self.watch(self.app, "view", self._view_changed)

    def _view_changed(self, view: PlanView) -> None:
        # Only the screen on view redraws now; the others when they are shown again
        # (at 10,000 afspraken redrawing six screens per toggle would cost seconds).
        self.view = view
        if self.is_current or self._drawn is None:
            self._draw()

    def on_screen_resume(self) -> None:
        """Shown again: redraw when the view changed meanwhile."""
        if self.view is not None and self._drawn is not self.view:
            self._draw()

    def _draw(self) -> None:
        assert self.view is not None
        self._drawn = self.view
        self.refresh_view(self.view)

    def refresh_view(self, view: PlanView) -> None:
        """Redraw from the view; screens override this."""

    def action_edit(self, name: str) -> None:
        """Run the edit flow ``name`` (see ``flows.EDITS``) on this screen's selected item.

        The worker belongs to the App, which shows any failure as a notification.
        """
        from regiotrack.tui import flows  # the write path and the dialogs load with the first edit

        item_id = self.selected_item_id()
        if item_id is None or self.view is None:
            self.notify("Kies eerst een item in Overzicht, Afspraken of Partneroverleg.", severity="warning")
            return
        work = flows.run_edit(self.app, self.view, name, item_id)
        self.app.run_worker(work, name=f"edit:{name}", group="edit", exclusive=True, exit_on_error=False)

    def action_add(self) -> None:
        """Open the add form for the kind of item this screen shows (``item_kind``)."""
        if self.item_kind is None or self.view is None:
            self.notify(
                "Hier valt niets toe te voegen; ga naar Tijdlijn, Afspraken, Werkgroepen of Partneroverleg.",
                severity="warning",
            )
            return
        from regiotrack.tui import flows

        work = flows.run_add(self.app, self.view, self.item_kind)
        self.app.run_worker(work, name="edit:nieuw", group="edit", exclusive=True, exit_on_error=False)

    def show_item(self, item_id: str) -> bool:
        """Select the item and show its details (after a jump); False when it is not shown here."""
        return False

    def action_plan_meeting(self) -> None:
        """Plan the selected partner meeting, else the next one: day, time and place in one dialog."""
        from regiotrack.tui.meeting_flows import ask_plan_meeting

        if self.view is None:
            return
        plan = self.view.loaded.plan
        chosen = self.selected_item_id()
        meeting = next((m for m in plan.partner_meetings if m.id == chosen), None) or self.view.standing.next_meeting
        if meeting is None:
            self.notify("Dit plan heeft geen partneroverleg meer om te plannen.", severity="warning")
            return
        work = ask_plan_meeting(self.app, self.view, meeting.id)
        self.app.run_worker(work, name="edit:plannen", group="edit", exclusive=True, exit_on_error=False)

    def action_record_minutes(self) -> None:
        """Record the verslag of the selected meeting, else of the most recent held one without a verslag."""
        from regiotrack.tui.meeting_flows import record_minutes

        if self.view is None:
            return
        chosen = self.selected_item_id()
        meeting_id = chosen if any(m.id == chosen for m in self.view.loaded.plan.partner_meetings) else None
        work = record_minutes(self.app, self.view, meeting_id)
        self.app.run_worker(work, name="edit:verslag", group="edit", exclusive=True, exit_on_error=False)

    def selected_item_id(self) -> str | None:
        """The item that status, note and deadline edits apply to, if the screen has one."""
        return None
