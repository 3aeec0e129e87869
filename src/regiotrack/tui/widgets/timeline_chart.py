"""The consultation and decision timeline as a chart across months, with a today marker.

Sessions, periods, deadlines and single days have their own glyph; an imprecise step
('Januari', 'begin februari') is shaded over every day it can mean; derived paper deadlines
appear before their sessions. Drawn for the widget's current width.
"""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text
from textual.widget import Widget

from regiotrack.plan.model import Step
from regiotrack.plan.schedule import paper_deadline, standing
from regiotrack.plan.standing import SYMBOLS
from regiotrack.tui.text import clean
from regiotrack.tui.view import PlanView

GLYPHS = {"sessie": "◆", "periode": "━", "deadline": "▼", "dag": "●"}
LEGEND = "◆ sessie  ━ periode  ▼ deadline  ● dag  ░ nog niet precies  ▽ stukken (afgeleid)  │ vandaag"
LABEL_WIDTH = 30
MONTH_ABBREVIATIONS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


class TimelineChart(Widget):
    """Draws the steps of a plan view as rows on a shared time axis."""

    DEFAULT_CSS = """
    TimelineChart { height: auto; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view: PlanView | None = None

    def show(self, view: PlanView) -> None:
        """Take a new view and redraw."""
        self.view = view
        self.refresh(layout=True)

    def steps(self) -> tuple[Step, ...]:
        """The steps shown: all, or those of my organisation."""
        view = self.view
        return tuple(s for s in view.loaded.plan.steps if view.shows(s)) if view else ()

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        """Two header lines, one per step, a blank line and the legend."""
        return len(self.steps()) + 5

    def render(self) -> Text:
        """The chart for the current width."""
        steps = self.steps()
        if self.view is None or not steps:
            mine = self.view is not None and self.view.mine and self.view.loaded.plan.steps
            return Text("Geen stappen voor uw organisatie (m: alles)." if mine else "Dit plan heeft geen tijdlijn.")
        return draw(steps, self.view.today, max(self.size.width, 40))


def draw(steps: tuple[Step, ...], today: date, width: int) -> Text:
    """The whole chart as text."""
    start = min([s.first_day for s in steps] + [d for s in steps if (d := paper_deadline(s))])
    end = max(s.last_day for s in steps)
    start, end = start.replace(day=1), (end.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    columns = max(width - LABEL_WIDTH - 1, 10)
    days = (end - start).days + 1

    def column(day: date) -> int:
        return min(columns - 1, max(0, (day - start).days * columns // days))

    out = Text()
    out.append(_month_axis(start, end, columns, column))
    out.append("\n")
    today_col = column(today) if start <= today <= end else None
    for step in steps:
        out.append(_row(step, today, columns, column, today_col))
        out.append("\n")
    out.append("\n" + LEGEND, style="dim")
    if today_col is None:
        where = "na" if today > end else "vóór"
        out.append(f"\nvandaag ({today.isoformat()}) valt {where} deze tijdlijn", style="dim")
    return out


def _month_axis(start: date, end: date, columns: int, column: object) -> Text:
    cells = [" "] * columns
    month = start
    while month <= end:
        col = column(month)  # type: ignore[operator]
        year = f" {month.year % 100:02d}" if month.month in (1, start.month) else ""
        name = MONTH_ABBREVIATIONS[month.month - 1] + year
        for i, char in enumerate("┊" + name):
            if col + i < columns:
                cells[col + i] = char
        month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return Text(" " * LABEL_WIDTH + " " + "".join(cells), style="bold")


def _row(step: Step, today: date, columns: int, column: object, today_col: int | None) -> Text:
    state = standing(step, today).state
    label = f"{SYMBOLS[state]} {step.id} {clean(step.activity, one_line=True)}"
    label = label if len(label) <= LABEL_WIDTH else label[: LABEL_WIDTH - 1] + "…"
    cells: list[tuple[str, str]] = [(" ", "")] * columns
    first, last = column(step.first_day), column(step.last_day)  # type: ignore[operator]
    style = "dim" if state in ("gereed", "vervallen") else ("bold red" if state == "verlopen" else "bold")
    if step.period is not None:
        for col in range(first, last + 1):
            cells[col] = ("░", "dim")
        cells[(first + last) // 2] = (GLYPHS[step.kind], style)
    else:
        glyph = GLYPHS[step.kind]
        span = range(first, last + 1)
        for col in span:
            cells[col] = (glyph if step.kind != "deadline" or col == last else "┄", style)
    papers = paper_deadline(step)
    if papers is not None:
        col = column(papers)  # type: ignore[operator]
        if cells[col][0] == " ":
            cells[col] = ("▽", "italic")
    if today_col is not None and cells[today_col][0] == " ":
        cells[today_col] = ("│", "bold magenta")
    text = Text(label.ljust(LABEL_WIDTH) + " ", style="red" if state == "verlopen" else "")
    for char, char_style in cells:
        text.append(char, style=char_style)
    return text
