"""Move a deadline: Dutch input ('31-3-2026', '31 maart 2026', '2026-Q2'), checked as you type."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.widgets import Input

from regiotrack.plan.periods import Period
from regiotrack.plan.userdates import parse_day, parse_deadline
from regiotrack.tui.dialogs.form import FormDialog


class DeadlineDialog(FormDialog[date | Period]):
    """Returns the new day or period; Escape cancels. A period is only offered where allowed."""

    def __init__(self, item_id: str, current: str, allow_period: bool) -> None:
        super().__init__(f"Nieuwe deadline voor {item_id} (nu: {current})")
        self.item_id = item_id
        self.current = current
        self.allow_period = allow_period

    def compose_fields(self) -> ComposeResult:
        example = "31-3-2026, 31 maart 2026" + (" of 2026-Q2" if self.allow_period else "")
        yield Input(placeholder=example, id="when")
        yield self.message_for("when")

    def _parse(self) -> date | Period:
        text = self.query_one("#when", Input).value
        return parse_deadline(text) if self.allow_period else parse_day(text)

    def problems(self) -> dict[str, str]:
        if not self.query_one("#when", Input).value.strip():
            return {"when": "Vul een datum in."}
        try:
            self._parse()
        except ValueError as err:
            return {"when": str(err)}
        return {"when": ""}

    def hints(self) -> dict[str, str]:
        if self.problems()["when"]:
            return {}
        when = self._parse()
        return {"when": f"→ {when.label() if isinstance(when, Period) else when.isoformat()}"}

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#when", Input).focus()

    def result(self) -> date | Period:
        return self._parse()
