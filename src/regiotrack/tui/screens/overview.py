"""Overzicht: counts per standing, what is overdue, what falls due soon, the next partner meeting,
and progress per werkgroep and per trekker."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from regiotrack.check.rules import PARTNER_MEETING_WARNING_DAYS
from regiotrack.export.text import standing_text
from regiotrack.plan.schedule import Row
from regiotrack.plan.standing import STATE_ORDER, SYMBOLS
from regiotrack.tui.screens.base import PlanScreen
from regiotrack.tui.text import clean, plain
from regiotrack.tui.view import PlanView
from regiotrack.tui.widgets.bars import progress_line


class OverviewScreen(PlanScreen):
    """The first screen: where the plan stands today."""

    item_kind = "afspraak"

    def compose(self) -> ComposeResult:
        yield from self.compose_chrome()
        with VerticalScroll():
            yield Static(id="counts")
            yield Static(id="next-meeting")
            yield Static("Verlopen", classes="section-title")
            yield DataTable(id="overdue", cursor_type="row", zebra_stripes=True)
            yield Static("Binnenkort", classes="section-title")
            yield DataTable(id="soon", cursor_type="row", zebra_stripes=True)
            yield Static("Voortgang per werkgroep", classes="section-title")
            yield Static(id="by-group")
            yield Static("Voortgang per trekker", classes="section-title")
            yield Static(id="by-lead")

    def refresh_view(self, view: PlanView) -> None:
        standing = view.standing
        self.title = clean(view.loaded.plan.title, one_line=True)
        self.sub_title = f"vandaag {view.today.isoformat()}" + (" · alleen-lezen" if view.loaded.readonly else "")
        counts = Text()
        for state in STATE_ORDER:
            if standing.counts.get(state):
                counts.append(
                    f"{SYMBOLS[state]} {standing.counts[state]} {state}   ",
                    style="bold red" if state == "verlopen" else "",
                )
        self.query_one("#counts", Static).update(counts)
        self.query_one("#next-meeting", Static).update(_next_meeting(view))
        _fill(self.query_one("#overdue", DataTable), standing.overdue, "niets verlopen")
        _fill(self.query_one("#soon", DataTable), standing.soon, "niets binnen 14 dagen")
        groups = Text("\n").join(progress_line(p) for p in standing.by_working_group) or Text("Geen werkgroepen.")
        leads = Text("\n").join(progress_line(p) for p in standing.by_lead) or Text("Geen afspraken.")
        self.query_one("#by-group", Static).update(groups)
        self.query_one("#by-lead", Static).update(leads)

    def selected_item_id(self) -> str | None:
        for table_id in ("#overdue", "#soon"):
            table = self.query_one(table_id, DataTable)
            if table.has_focus and table.row_count:
                key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
                return str(key) if key else None
        return None


SHOWN_AT_MOST = 50
"""Longer lists are cut here; the Afspraken screen shows and filters them all."""


def _fill(table: DataTable[Text | str], rows: tuple[Row, ...], empty: str) -> None:
    table.clear(columns=True)
    table.add_columns("ID", "Titel", "Vervalt", "Stand")
    for row in rows[:SHOWN_AT_MOST]:
        title = clean(row.title, one_line=True)
        title = title if len(title) <= 40 else title[:39] + "…"
        due = row.standing.due.isoformat() if row.standing.due else "-"
        table.add_row(*(plain(c) for c in (row.id, title, due, standing_text(row.standing))), key=row.id)
    if not rows:
        table.add_row("", plain(empty), "", "")
    elif len(rows) > SHOWN_AT_MOST:
        table.add_row("", plain(f"… en nog {len(rows) - SHOWN_AT_MOST} (zie Afspraken, toets 3)"), "", "")
    table.styles.height = min(max(len(rows), 1), 8) + 1


def _next_meeting(view: PlanView) -> Text:
    meeting = view.standing.next_meeting
    if meeting is None:
        return Text("Geen partneroverleg meer gepland in dit plan.")
    text = Text("Volgend partneroverleg: ", style="bold")
    if meeting.day is not None:
        days = (meeting.day - view.today).days
        text.append(clean(f"{meeting.title}, {meeting.day.isoformat()} (over {days} dagen)"))
        return text
    start, end = meeting.half_year.first_day, meeting.half_year.last_day
    text.append(clean(f"{meeting.title}: nog niet gepland"))
    if (start - view.today).days <= PARTNER_MEETING_WARNING_DAYS:
        left = (end - view.today).days
        text.append(f"  ⚠ halfjaar eindigt over {left} dagen; plan een datum (d)", style="bold yellow")
    return text
