"""The regional matrix: regional afspraak (or werkgroep) x municipality, from the local plans.

A municipality acts on a regional id when an afspraak in its local plan names that id in
``dient``; the cell counts those local actions per standing. Pure: no I/O.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from regiotrack.plan.model import Agreement, Plan
from regiotrack.plan.schedule import due_label, standing
from regiotrack.plan.standing import STATE_ORDER, SYMBOLS


class PlanSet(NamedTuple):
    """A regional plan and the local plans beside it (as read by the store layer)."""

    regional: Plan
    locals_: tuple[Plan, ...]


class Cell(NamedTuple):
    """What one municipality does for one regional id."""

    actions: tuple[str, ...]
    """Ids of its local actions that serve it."""
    standings: Counter[str]
    """Number of those actions per standing."""

    def label(self) -> str:
        """'✓1 ·2' (symbol and count per standing, most urgent first); '-' when nothing."""
        if not self.actions:
            return "-"
        return " ".join(f"{SYMBOLS[s]}{self.standings[s]}" for s in STATE_ORDER if self.standings[s])


class Row(NamedTuple):
    """One regional id and its cell per municipality (in the regional plan's order)."""

    id: str
    title: str
    cells: dict[str, Cell]

    @property
    def acting(self) -> int:
        """How many municipalities act on it."""
        return sum(1 for cell in self.cells.values() if cell.actions)


def build_matrix(regional: Plan, locals_: Sequence[Plan], today: date) -> list[Row]:
    """A row per regional afspraak, werkgroep and effect; a cell per municipality of the region."""
    found: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for local in locals_:
        owner = local.municipality
        if owner is None:
            continue
        for action in local.agreements:
            state = standing(action, today).state
            for served in action.serves:
                found.setdefault((served, owner), []).append((action.id, state))
    targets = [(a.id, a.title) for a in regional.agreements] + [(g.id, g.name) for g in regional.working_groups]
    targets += [(e.id, e.name) for e in regional.effects]  # ``dient`` may name an effect, too
    empty = Cell((), Counter())  # shared by every cell without local actions (most of them)
    acting = {target for target, _ in found}
    rows = []
    for target, title in targets:
        if target not in acting:
            rows.append(Row(target, title, dict.fromkeys(regional.municipalities, empty)))
            continue
        cells = {}
        for name in regional.municipalities:
            hits = found.get((target, name), [])
            cells[name] = Cell(tuple(i for i, _ in hits), Counter(s for _, s in hits)) if hits else empty
        rows.append(Row(target, title, cells))
    return rows


def matrix_json(rows: Sequence[Row]) -> list[dict[str, object]]:
    """The matrix as plain data for --json and the report."""
    return [
        {
            "id": row.id,
            "titel": row.title,
            "gemeenten": {
                name: {
                    "acties": list(cell.actions),
                    "stand": {s: cell.standings[s] for s in STATE_ORDER if cell.standings[s]},
                }
                for name, cell in row.cells.items()
            },
        }
        for row in rows
    ]


class LocalAction(NamedTuple):
    """One local action of one municipality, as the matrix screen and the report show it."""

    municipality: str
    agreement: Agreement
    state: str
    """Its standing today."""

    @property
    def due(self) -> str:
        """Its deadline as people read it."""
        return due_label(self.agreement)

    @property
    def last_review(self) -> str | None:
        """The latest yearly review line ('2026: versterken — …'), if any."""
        return self.agreement.reviews[-1] if self.agreement.reviews else None


def local_actions(locals_: Sequence[Plan], today: date) -> list[LocalAction]:
    """Every afspraak of every local plan (with an owner), in file order."""
    return [
        LocalAction(local.municipality, action, standing(action, today).state)
        for local in locals_
        if local.municipality is not None
        for action in local.agreements
    ]


def serving(actions: Sequence[LocalAction], target: str) -> list[LocalAction]:
    """The local actions that name ``target`` in ``dient``."""
    return [a for a in actions if target in a.agreement.serves]


def without_plan(regional: Plan, locals_: Sequence[Plan]) -> list[str]:
    """The region's municipalities that have no local plan (yet), in the regional plan's order."""
    owners = {local.municipality for local in locals_}
    return [name for name in regional.municipalities if name not in owners]
