"""Plan a partneroverleg: day, time and place in one go ('18 juni 2026 14:00-16:00'), checked as you type."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from regiotrack.plan.meeting import WHEN_EXAMPLE, parse_when
from regiotrack.plan.model import PartnerMeeting
from regiotrack.tui.text import plain


@dataclass(frozen=True)
class MeetingPlan:
    """What the dialog returns."""

    day: date
    time: str | None
    location: str | None


class PlanMeetingDialog(ModalScreen[MeetingPlan | None]):
    """Ask for when and where a meeting is; Enter in either field saves, Escape cancels."""

    DEFAULT_CSS = """
    PlanMeetingDialog { align: center middle; }
    PlanMeetingDialog > Vertical { width: 72; height: auto; border: thick $primary; background: $surface;
                                   padding: 0 1; }
    PlanMeetingDialog #error { color: $error; height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", "Annuleren")]

    def __init__(self, meeting: PartnerMeeting, check: Callable[[str], list[str]] | None = None) -> None:
        """``check``: what saving would refuse in the place (resident data, control characters)."""
        super().__init__()
        self.meeting = meeting
        self.check = check

    def compose(self) -> ComposeResult:
        meeting = self.meeting
        current = f"{meeting.day} {meeting.time or ''}".strip() if meeting.day else ""
        half = meeting.half_year
        with Vertical():
            yield Label(plain(f"{meeting.title} plannen ({half.first_day} t/m {half.last_day})"))
            yield Label("Wanneer (dag en tijd):")
            yield Input(value=current, placeholder=WHEN_EXAMPLE.strip('"'), id="when")
            yield Label("Waar:")
            yield Input(value=meeting.location or "", placeholder="bijvoorbeeld Stadhuis Amsterdam", id="location")
            yield Label("", id="error")

    def on_mount(self) -> None:
        self.query_one("#when", Input).focus()

    def _read(self) -> MeetingPlan:
        day, time = parse_when(self.query_one("#when", Input).value)
        half = self.meeting.half_year
        if not half.first_day <= day <= half.last_day:
            raise ValueError(f"{day} valt niet in {half.label()}")
        location = self.query_one("#location", Input).value.strip()
        refused = self.check(location) if self.check is not None else []
        if refused:
            raise ValueError("Zo niet op te slaan: de plaats " + "; ".join(refused))
        return MeetingPlan(day, time, location)

    @on(Input.Changed)
    def _check(self) -> None:
        error = self.query_one("#error", Label)
        if not self.query_one("#when", Input).value.strip():
            error.update("")
            return
        try:
            plan = self._read()
        except ValueError as err:
            error.update(plain(str(err)))  # the message may quote what was typed: never markup
        else:
            error.update(f"→ {plan.day.isoformat()}" + (f" {plan.time}" if plan.time else " (hele dag)"))

    @on(Input.Submitted)
    def _submit(self) -> None:
        try:
            self.dismiss(self._read())
        except ValueError as err:
            self.query_one("#error", Label).update(plain(str(err)))  # the dialog stays, with what was typed

    def action_cancel(self) -> None:
        """Close without a change."""
        self.dismiss(None)
