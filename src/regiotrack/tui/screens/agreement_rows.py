"""What the Afspraken screen derives from one version of the plan, computed once and reused.

At 10,000 afspraken, working out every row's search text, quarter and sort order again on each
toggle of "my organisation" (``m``) or each filter keystroke cost more than the redraw. These
depend only on the plan version (the App's ``PlanView.everything``), so the screen keeps one
:class:`AgreementRows` per version: toggling and filtering then only pick rows from it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
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

    @cached_property
    def search_text(self) -> dict[str, str]:
        """Row id -> the lower-case text the filter searches (made on the first filter keystroke)."""
        return {r.id: f"{r.id} {r.title} {r.lead or ''} {notes_text(r.item.notes)}".lower() for r in self.rows}

    def sorted_by(self, column: int) -> list[Row]:
        """Every afspraak sorted on ``column`` (sorted once per column)."""
        if column not in self._sorted:
            self._sorted[column] = sorted(self.rows, key=sort_key(column))
        return self._sorted[column]

    def in_scope(self, ids: Collection[str] | None) -> list[Row]:
        """The afspraken shown: all, or those whose id is in ``ids`` (my organisation's)."""
        return self.rows if ids is None else [r for r in self.rows if r.id in ids]

    def facet_values(self, rows: list[Row]) -> tuple[list[str], list[str]]:
        """(leads, quarters) that occur in ``rows``, in the order the facets list them."""
        leads = sorted({r.lead for r in rows if r.lead})
        quarters = sorted({self.quarter[r.id] for r in rows}, key=lambda q: (q == NO_DEADLINE, q[-4:], q))
        return leads, quarters
