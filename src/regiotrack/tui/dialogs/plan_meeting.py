"""Plan a partneroverleg: day, time and place in one go ('18 juni 2026 14:00-16:00'), checked as you type.

A :class:`~regiotrack.tui.dialogs.form.FormDialog` like every other form: Opslaan (Ctrl+S or Enter)
and Annuleren (Esc) buttons, the day understood shown under the field, Opslaan disabled until
the day lies in the meeting's half-year. The example in the field is a day of that half-year.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from textual.app import ComposeResult
from textual.widgets import Input, Label

from regiotrack.check.content import join_findings
from regiotrack.plan.meeting import parse_when, when_example
from regiotrack.plan.model import PartnerMeeting
from regiotrack.tui.dialogs.form import FormDialog


@dataclass(frozen=True)
class MeetingPlan:
    """What the dialog returns."""

    day: date
    time: str | None
    location: str | None


class PlanMeetingDialog(FormDialog[MeetingPlan]):
    """Ask for when and where a meeting is; Enter or Ctrl+S saves, Escape cancels."""

    def __init__(self, meeting: PartnerMeeting, check: Callable[[str], list[str]] | None = None) -> None:
        """``check``: what saving would refuse in the place (resident data, control characters)."""
        half = meeting.half_year
        super().__init__(f"{meeting.title} plannen ({half.first_day} t/m {half.last_day})")
        self.meeting = meeting
        self.check_place = check

    def compose_fields(self) -> ComposeResult:
        meeting = self.meeting
        current = f"{meeting.day} {meeting.time or ''}".strip() if meeting.day else ""
        yield Label("Wanneer (dag en tijd):")
        yield Input(value=current, placeholder=f"bijvoorbeeld {when_example(meeting)}", id="when")
        yield self.message_for("when")
        yield Label("Waar:")
        yield Input(value=meeting.location or "", placeholder="bijvoorbeeld Stadhuis Amsterdam", id="location")
        yield self.message_for("location")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#when", Input).focus()

    def _read(self) -> MeetingPlan:
        day, time = parse_when(self.query_one("#when", Input).value)
        half = self.meeting.half_year
        if not half.first_day <= day <= half.last_day:
            raise ValueError(
                f"{day} valt niet in {half.label()} ({half.first_day} t/m {half.last_day}); "
                f"bijvoorbeeld {when_example(self.meeting)}"
            )
        return MeetingPlan(day, time, self.query_one("#location", Input).value.strip())

    def problems(self) -> dict[str, str]:
        where = self.query_one("#location", Input).value.strip()
        refused = self.check_place(where) if self.check_place is not None and where else []
        place = {"location": "Zo niet op te slaan: de plaats " + join_findings(refused)} if refused else {}
        if not self.query_one("#when", Input).value.strip():
            return {"when": "vul de dag in (en de tijd), bijvoorbeeld " + when_example(self.meeting), **place}
        try:
            self._read()
        except ValueError as err:
            return {"when": str(err), **place}
        return place

    def hints(self) -> dict[str, str]:
        try:
            plan = self._read()
        except ValueError:
            return {}
        return {"when": f"→ {plan.day.isoformat()}" + (f" {plan.time}" if plan.time else " (hele dag)")}

    def result(self) -> MeetingPlan:
        return self._read()
