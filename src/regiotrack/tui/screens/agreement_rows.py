"""What the Afspraken screen derives from one version of the plan, computed once and reused.

At 10,000 afspraken, working out every row's search text, quarter and sort order again on each
toggle of "my organisation" (``m``) or each filter keystroke cost more than the redraw. These
depend only on the plan version (the App's ``PlanView.everything``), so the screen keeps one
:class:`AgreementRows` per version: toggling and filtering then only pick rows from it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date
from typing import Any

from regiotrack.plan.model import notes_text
from regiotrack.plan.periods import quarter_of
from regiotrack.plan.progress import PlanStanding
from regiotrack.plan.schedule import Row
from regiotrack.plan.standing import STATE_ORDER

NO_DEADLINE = "geen termijn"


def sort_key(column: int) -> Callable[[Row], Any]:
    """The sort key of a column of the Afspraken table (symbol, id, title, lead, deadline, status, standing)."""

    def key(row: Row) -> Any:
        due = row.standing.due or date.max
        state = (STATE_ORDER.index(row.standing.state), due)
        keys = (state, row.id, row.title.lower(), row.lead or "", due, row.item.status, state)
        return keys[column]

    return key


def search_text(row: Row) -> str:
    """The lower-case text the filter searches: id, title, trekker and the note log."""
    return f"{row.id} {row.title} {row.lead or ''} {notes_text(row.item.notes)}".lower()


class AgreementRows:
    """The afspraken of one plan version with their search text, quarter and sort orders."""

    def __init__(self, everything: PlanStanding) -> None:
        self.everything = everything
        """The standing these rows come from (the cache key: one per plan version)."""
        self.rows: list[Row] = [r for r in everything.rows if r.type == "afspraak"]
        """Every afspraak, in the plan's order."""
        self._quarters: dict[date | None, str] = {}
        """Due day -> its quarter's label: a few hundred days, not one entry per row."""
        for row in self.rows:
            due = row.standing.due
            if due not in self._quarters:
                self._quarters[due] = quarter_of(due).label() if due else NO_DEADLINE
        self._sorted: dict[int, list[Row]] = {}
        self._columns: dict[tuple[int, str], list[str]] = {}

    def quarter(self, row: Row) -> str:
        """'Q1 2026' for the quarter the afspraak falls due in, or 'geen termijn'."""
        return self._quarters[row.standing.due]

    def sorted_by(self, column: int) -> list[Row]:
        """Every afspraak sorted on ``column`` (sorted once per column)."""
        if column not in self._sorted:
            self._sorted[column] = sorted(self.rows, key=sort_key(column))
        return self._sorted[column]

    def select(
        self, column: int, scope: Collection[str] | None, words: list[str], keep: Callable[[Row], bool] | None
    ) -> list[Row]:
        """The afspraken sorted on ``column`` that are in ``scope`` (ids; None: all), whose search text
        holds every one of ``words`` (lower case) and that ``keep`` keeps (the facets; None: all).

        Works on lists aligned with the sorted rows, so a filter keystroke costs no Python call per row.
        """
        rows = self.sorted_by(column)
        picked: Sequence[int] = range(len(rows))
        if scope is not None:
            ids = self._aligned(column, "id")
            picked = [n for n in picked if ids[n] in scope]
        if words:
            texts = self._aligned(column, "text")
            for word in words:  # one pass per word, each over what the previous ones kept
                picked = [n for n in picked if word in texts[n]]
        if keep is not None:
            picked = [n for n in picked if keep(rows[n])]
        return [rows[n] for n in picked]

    def _aligned(self, column: int, what: str) -> list[str]:
        """Ids or search texts in the order of ``sorted_by(column)``, for the column sorted on last only.

        The search texts are made on the first filter keystroke; at 100,000 afspraken they take
        about 17 MB, so they are kept for one order, not one copy per column sorted on.
        """
        if (column, what) not in self._columns:
            for key in [k for k in self._columns if k[0] != column]:
                del self._columns[key]
            rows = self.sorted_by(column)
            self._columns[column, what] = [r.id for r in rows] if what == "id" else [search_text(r) for r in rows]
        return self._columns[column, what]

    def in_scope(self, ids: Collection[str] | None) -> list[Row]:
        """The afspraken shown: all, or those whose id is in ``ids`` (my organisation's)."""
        return self.rows if ids is None else [r for r in self.rows if r.id in ids]

    def facet_values(self, rows: list[Row]) -> tuple[list[str], list[str]]:
        """(leads, quarters) that occur in ``rows``, in the order the facets list them."""
        leads = sorted({r.lead for r in rows if r.lead})
        quarters = sorted({self.quarter(r) for r in rows}, key=lambda q: (q == NO_DEADLINE, q[-4:], q))
        return leads, quarters
