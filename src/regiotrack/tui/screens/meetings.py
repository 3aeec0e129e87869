"""Partneroverleg: each half-year's meeting, what to prepare, what was done and what slipped."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from regiotrack.plan.meeting import agenda_due, agenda_warning, minutes, new_agreement_ids, when_label
from regiotrack.plan.model import PartnerMeeting, Plan
from regiotrack.plan.progress import half_year_review
from regiotrack.plan.schedule import Row, standing
from regiotrack.plan.standing import SYMBOLS
from regiotrack.tui.screens.base import PlanScreen
from regiotrack.tui.text import clean, plain
from regiotrack.tui.view import PlanView


class MeetingsScreen(PlanScreen):
    """A table of meetings and the review of the highlighted one: when, where, who, what was decided."""

    item_kind = "partneroverleg"

    def compose(self) -> ComposeResult:
        yield from self.compose_chrome()
        yield DataTable(id="meetings", cursor_type="row", zebra_stripes=True)
        yield Static(id="review")

    def on_mount(self) -> None:
        self.query_one(DataTable).add_columns("ID", "Halfjaar", "Datum en tijd", "Locatie", "Status", "Stand")
        super().on_mount()

    def refresh_view(self, view: PlanView) -> None:
        self.sub_title = f"Partneroverleg · vandaag {view.today.isoformat()}{view.scope_label()}"
        table = self.query_one(DataTable)
        keep = self.selected_item_id()
        table.clear()
        for meeting in view.loaded.plan.partner_meetings:
            state = standing(meeting, view.today)
            cells = (
                meeting.id,
                meeting.half_year.label(),
                f"{meeting.day} {meeting.time or ''}".strip() if meeting.day else "nog niet gepland",
                meeting.location or "-",
                "verslag" if meeting.has_minutes else meeting.status,
                f"{SYMBOLS[state.state]} {state.state}",
            )
            table.add_row(*(plain(cell) for cell in cells), key=meeting.id)
        if keep is not None and keep in [m.id for m in view.loaded.plan.partner_meetings]:
            table.move_cursor(row=table.get_row_index(keep))
        elif view.standing.next_meeting is not None:
            table.move_cursor(row=table.get_row_index(view.standing.next_meeting.id))
        self._show_review()

    def show_item(self, item_id: str) -> bool:
        """Put the cursor on the meeting; its review shows below."""
        table = self.query_one(DataTable)
        meetings = self.view.loaded.plan.partner_meetings if self.view else ()
        if all(m.id != item_id for m in meetings):
            return False
        table.move_cursor(row=table.get_row_index(item_id))
        table.focus()
        return True

    def selected_item_id(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_review()

    def _show_review(self) -> None:
        review = self.query_one("#review", Static)
        item_id = self.selected_item_id()
        if self.view is None or item_id is None:
            review.update("Dit plan heeft geen partneroverleggen.")
            return
        meeting = next(m for m in self.view.loaded.plan.partner_meetings if m.id == item_id)
        # The rows in scope (all, or my organisation's), already derived for today: not again per meeting.
        half = half_year_review(
            self.view.loaded.plan, meeting.half_year, self.view.today, all_rows=self.view.standing.rows
        )
        plan = self.view.loaded.plan
        text = Text(clean(meeting.title), style="bold")
        text.append(clean(f"  ·  {when_label(meeting) if meeting.day else 'nog niet gepland'}\n"))
        _minutes(text, plan, meeting, self.view.today)
        for title, rows in (
            (f"Gedaan in {meeting.half_year.label()}", half.completed),
            ("Verlopen (deadline in dit halfjaar, niet gereed)", half.slipped),
            ("Vervalt nog in dit halfjaar", half.open_in_period),
            ("Voor te bereiden: komend halfjaar", half.planned_next),
        ):
            _section(text, title, rows)
        _changes(text, self.view, meeting.half_year.first_day, meeting.half_year.last_day)
        review.update(text)


def _minutes(text: Text, plan: Plan, meeting: PartnerMeeting, today: date) -> None:
    """Who prepares it and the agenda; once held: who was there, the decisions, the new afspraken."""
    names = {o.id: o.name for o in plan.organisations} | {b.id: b.name for b in plan.bodies}
    held = minutes(plan)
    if held:
        text.append("Verslagen (nieuwste eerst): ", style="dim")
        text.append(", ".join(f"{m.id} ({m.done_on})" for m in held) + "\n", style="dim")
    if not meeting.has_minutes:
        due = agenda_due(meeting)
        sent = f"verzonden op {meeting.agenda_sent}" if meeting.agenda_sent else "nog niet verzonden"
        text.append(clean(f"Voorbereiding: {names.get(meeting.prepared_by or '', meeting.prepared_by or '-')}; "))
        text.append(f"agenda {sent}" + (f" (uiterlijk {due})" if due and not meeting.agenda_sent else "") + "\n")
        warning = agenda_warning(meeting, today)
        if warning:
            text.append(clean(f"⚠ {warning}\n"), style="bold yellow")
        text.append("Plannen: p · verslag vastleggen na het overleg: v\n", style="dim")
        return
    text.append(f"Gehouden op {meeting.done_on}; aanwezig: ", style="bold")
    text.append(clean(", ".join(names.get(p, p) for p in meeting.present)) + "\n")
    text.append(f"\nBesluiten ({len(meeting.decisions) + len(meeting.resolutions)})\n", style="bold")
    for line in (*meeting.decisions, *meeting.resolutions):
        text.append(clean(f"  {line}", one_line=True) + "\n")
    new = new_agreement_ids(plan, meeting)
    text.append(f"\nNieuwe afspraken ({len(new)})\n", style="bold")
    agreements = {a.id: a for a in plan.agreements}
    for item_id in new:
        agreement = agreements[item_id]
        text.append(clean(f"  {item_id}  {agreement.title[:60]} (trekker {agreement.lead})", one_line=True) + "\n")


def _changes(text: Text, view: PlanView, first: date, last: date) -> None:
    """What git recorded in the half-year: the changes since the previous partner meeting."""
    if not view.in_git:
        return
    if view.history is None:
        text.append("\nGewijzigd in dit halfjaar: geschiedenis wordt gelezen…\n", style="dim")
        return
    lines = [
        f"{e.revision.when:%Y-%m-%d} {c.text()}"
        for e in view.history
        if first <= e.revision.when.date() <= last
        for c in e.changes
        if c.section != "plan" and view.shows_id(c.item_id)
    ]
    text.append(f"\nGewijzigd in dit halfjaar, uit git ({len(lines)})\n", style="bold")
    for line in lines[-8:]:
        text.append(clean(f"  {line[:90]}\n"))
    if not lines:
        text.append("  (geen)\n", style="dim")


def _section(text: Text, title: str, rows: tuple[Row, ...]) -> None:
    text.append(f"\n{title} ({len(rows)})\n", style="bold")
    for row in rows[:8]:
        text.append(f"  {SYMBOLS[row.standing.state]} {row.id}  {clean(row.title, one_line=True)[:60]}\n")
    if len(rows) > 8:
        text.append(f"  … en nog {len(rows) - 8}\n", style="dim")
    if not rows:
        text.append("  (geen)\n", style="dim")
