"""Overzicht: counts per standing, what is overdue, what falls due soon, the next partner meeting,
and progress per werkgroep and per trekker."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from regiotrack.plan.meeting import agenda_warning, when_label
from regiotrack.plan.schedule import Row
from regiotrack.plan.standing import STATE_ORDER, SYMBOLS
from regiotrack.tui.screens.base import PlanScreen
from regiotrack.tui.text import clean
from regiotrack.tui.view import PlanView
from regiotrack.tui.widgets.item_table import ItemTable
from regiotrack.tui.widgets.progress_list import ProgressList


class OverviewScreen(PlanScreen):
    """The first screen: where the plan stands today."""

    item_kind = "afspraak"

    def compose(self) -> ComposeResult:
        yield from self.compose_chrome()
        with VerticalScroll():
            yield Static(id="greeting")
            yield Static(id="counts")
            yield Static(id="next-meeting")
            yield Static("Verlopen", classes="section-title")
            yield ItemTable(COLUMNS, flex=2, id="overdue")
            yield Static("Binnenkort", classes="section-title")
            yield ItemTable(COLUMNS, flex=2, id="soon")
            yield Static("Voortgang per werkgroep", classes="section-title")
            yield ProgressList("Geen werkgroepen.", id="by-group")
            yield Static("Voortgang per trekker", classes="section-title")
            yield ProgressList("Geen afspraken.", id="by-lead")

    def refresh_view(self, view: PlanView) -> None:
        standing = view.standing
        self.title = clean(view.loaded.plan.title, one_line=True)
        readonly = " · alleen-lezen" if view.loaded.readonly else ""
        self.sub_title = f"vandaag {view.today.isoformat()}{readonly}{view.scope_label()}"
        greeting = self.query_one("#greeting", Static)
        greeting.display = view.my_standing is not None
        greeting.update(_greeting(view))
        counts = Text()
        for state in STATE_ORDER:
            if standing.counts.get(state):
                counts.append(
                    f"{SYMBOLS[state]} {standing.counts[state]} {state}   ",
                    style="bold red" if state == "verlopen" else "",
                )
        self.query_one("#counts", Static).update(counts)
        self.query_one("#next-meeting", Static).update(_next_meeting(view))
        _fill(self.query_one("#overdue", ItemTable), standing.overdue, "niets verlopen")
        _fill(self.query_one("#soon", ItemTable), standing.soon, "niets binnen 14 dagen")
        self.query_one("#by-group", ProgressList).show(standing.by_working_group)
        self.query_one("#by-lead", ProgressList).show(standing.by_lead)

    def selected_item_id(self) -> str | None:
        for table in self.query(ItemTable):
            if table.has_focus and table.row_count:
                row = table.rows[table.cursor_row]
                return row.id if isinstance(row, Row) else None
        return None


SHOWN_AT_MOST = 50
"""Longer lists are cut here; the Afspraken screen shows and filters them all."""


COLUMNS = (("", 2), ("ID", 6), ("Titel", 20), ("Vervalt", 10), ("Hoe lang", 14))
"""The standing's symbol first; the title takes what is left."""


def _fill(table: ItemTable, rows: tuple[Row, ...], empty: str) -> None:
    shown: list[Row | str] = list(rows[:SHOWN_AT_MOST])
    if not rows:
        shown.append(empty)
    elif len(rows) > SHOWN_AT_MOST:
        shown.append(f"… en nog {len(rows) - SHOWN_AT_MOST} (zie Afspraken, toets 3)")
    cursor = table.cursor_row
    if 0 <= cursor < table.row_count and isinstance(table.rows[cursor], Row):  # stay on the item after an edit
        chosen = table.rows[cursor].id
        cursor = next((n for n, row in enumerate(shown) if isinstance(row, Row) and row.id == chosen), cursor)
    table.set_rows(shown, cursor, _cells)
    table.styles.height = min(len(shown), 8) + 1


def _cells(row: Row | str) -> tuple[str, ...]:
    if isinstance(row, str):  # a line of text in place of rows
        return ("", "", row, "", "")
    due = row.standing.due.isoformat() if row.standing.due else "-"
    return (SYMBOLS[row.standing.state], row.id, row.title, due, _how_long(row.standing.days_left))


def _how_long(days: int | None) -> str:
    """'33 d. te laat', 'vandaag', 'over 3 d.': the state is the section's title."""
    if days is None:
        return ""
    if days < 0:
        return f"{-days} d. te laat"
    return "vandaag" if days == 0 else f"over {days} d."


def _greeting(view: PlanView) -> Text:
    """'Voor VT (Veilig Thuis): ! 2 verlopen, ~ 1 binnenkort; eerst: B2-03 2026-03-31'."""
    mine = view.my_standing
    if mine is None or view.organisation is None:
        return Text()
    name = view.names().get(view.organisation, "")
    text = Text(clean(f"Voor {view.organisation} ({name}): "), style="bold")
    overdue, soon = len(mine.overdue), len(mine.soon)
    text.append(f"! {overdue} verlopen", style="bold red" if overdue else "")
    text.append(f", ~ {soon} binnenkort")
    upcoming = mine.overdue[:1] or mine.soon[:1]
    if upcoming:
        row = upcoming[0]
        due = row.standing.due.isoformat() if row.standing.due else ""
        text.append(clean(f"; eerst: {row.id} {due} {row.title}", one_line=True))
    if not view.mine:
        text.append("  (m: alleen deze)", style="dim")
    text.no_wrap = True
    text.overflow = "ellipsis"
    return text


def _next_meeting(view: PlanView) -> Text:
    meeting = view.standing.next_meeting
    if meeting is None:
        return Text("Geen partneroverleg meer gepland in dit plan.")
    text = Text("Volgend partneroverleg: ", style="bold")
    warning = agenda_warning(meeting, view.today)
    if meeting.day is not None:
        days = (meeting.day - view.today).days
        text.append(clean(f"{meeting.title}, {when_label(meeting)} (over {days} dagen)"))
        if warning:
            text.append(clean(f"\n  ⚠ {warning}"), style="bold yellow")
        return text
    end = meeting.half_year.last_day
    text.append(clean(f"{meeting.title}: nog niet gepland"))
    if warning:
        left = (end - view.today).days
        text.append(f"  ⚠ halfjaar eindigt over {left} dagen; plan het overleg (p)", style="bold yellow")
    return text
