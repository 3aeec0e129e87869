"""What the Afspraken screen derives from one version of the plan, computed once and reused.

At 10,000 afspraken, working out every row's search text, quarter and sort order again on each
toggle of "my organisation" (``m``) or each filter keystroke cost more than the redraw. These
depend only on the plan version (the App's ``PlanView.everything``), so the screen keeps one
:class:`AgreementRows` per version: toggling and filtering then only pick rows from it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date
from functools import cached_property
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


class AgreementRows:
    """The afspraken of one plan version with their search text, quarter and sort orders."""

    def __init__(self, everything: PlanStanding) -> None:
        self.everything = everything
        """The standing these rows come from (the cache key: one per plan version)."""
        self.rows: list[Row] = [r for r in everything.rows if r.type == "afspraak"]
        """Every afspraak, in the plan's order."""
        quarters: dict[date | None, str] = {}
        self.quarter: dict[str, str] = {}
        """Row id -> 'Q1 2026' for the quarter it falls due in, or 'geen termijn'."""
        for row in self.rows:
            due = row.standing.due
            if due not in quarters:
                quarters[due] = quarter_of(due).label() if due else NO_DEADLINE
            self.quarter[row.id] = quarters[due]
        self._sorted: dict[int, list[Row]] = {}
        self._columns: dict[tuple[int, str], list[str]] = {}

    @cached_property
    def search_text(self) -> dict[str, str]:
        """Row id -> the lower-case text the filter searches (made on the first filter keystroke)."""
        return {r.id: f"{r.id} {r.title} {r.lead or ''} {notes_text(r.item.notes)}".lower() for r in self.rows}

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
        """Ids or search texts in the order of ``sorted_by(column)`` (made once per column)."""
        if (column, what) not in self._columns:
            ids = [r.id for r in self.sorted_by(column)]
            self._columns[column, what] = ids if what == "id" else [self.search_text[i] for i in ids]
        return self._columns[column, what]

    def in_scope(self, ids: Collection[str] | None) -> list[Row]:
        """The afspraken shown: all, or those whose id is in ``ids`` (my organisation's)."""
        return self.rows if ids is None else [r for r in self.rows if r.id in ids]

    def facet_values(self, rows: list[Row]) -> tuple[list[str], list[str]]:
        """(leads, quarters) that occur in ``rows``, in the order the facets list them."""
        leads = sorted({r.lead for r in rows if r.lead})
        quarters = sorted({self.quarter[r.id] for r in rows}, key=lambda q: (q == NO_DEADLINE, q[-4:], q))
        return leads, quarters
