"""Selecting rows: by standing, status, trekker, werkgroep, gremium, soort and gemeente.

Shared by ``regiotrack lijst`` and the TUI. Unknown ids are refused with a suggestion,
so a typo never silently yields an empty list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import STATUSES, STEP_KINDS, Agreement, Plan, Step
from .problems import UserError, did_you_mean
from .schedule import Row

ITEM_TYPES = ("stap", "afspraak", "partneroverleg")
KINDS = ITEM_TYPES + STEP_KINDS
"""Values of --soort: an item type, or a kind of timeline step."""


@dataclass(frozen=True)
class RowFilter:
    """What to keep; every criterion that is set must hold."""

    overdue: bool = False
    """Only verlopen (past due and not done)."""
    soon: bool = False
    """Only binnenkort (due within the horizon)."""
    status: str | None = None
    """Only this stored status."""
    lead: str | None = None
    """Only items this organisation or body pulls (trekker; for steps the gremium)."""
    working_group: str | None = None
    """Only agreements of this werkgroep."""
    body: str | None = None
    """Only items of this gremium."""
    kind: str | None = None
    """Only this item type or step kind (see KINDS)."""
    municipality: str | None = None
    """Only items that concern this gemeente (agreements without gemeenten concern all)."""

    def check(self, plan: Plan) -> None:
        """Refuse values that name nothing in the plan, with a 'bedoelde u …?' hint."""
        actors = [o.id for o in plan.organisations] + [b.id for b in plan.bodies]
        _known("--status", self.status, STATUSES)
        _known("--trekker", self.lead, actors)
        _known("--werkgroep", self.working_group, [g.id for g in plan.working_groups])
        _known("--gremium", self.body, [b.id for b in plan.bodies])
        _known("--soort", self.kind, KINDS)
        _known("--gemeente", self.municipality, plan.municipalities)

    def keep(self, row: Row) -> bool:
        """True when the row meets every criterion."""
        item = row.item
        if self.overdue and not row.standing.overdue:
            return False
        if self.soon and row.standing.state != "binnenkort":
            return False
        if self.status and item.status != self.status:
            return False
        if self.lead and row.lead != self.lead:
            return False
        if self.working_group and not (isinstance(item, Agreement) and item.working_group == self.working_group):
            return False
        if self.body and getattr(item, "body", None) != self.body:
            return False
        if self.kind:
            if self.kind in ITEM_TYPES:
                if row.type != self.kind:
                    return False
            elif not (isinstance(item, Step) and item.kind == self.kind):
                return False
        if self.municipality and isinstance(item, Agreement) and item.municipalities:
            return self.municipality in item.municipalities
        return True

    def apply(self, rows: Iterable[Row]) -> list[Row]:
        """The rows that are kept, in their order."""
        return [r for r in rows if self.keep(r)]


def _known(option: str, value: str | None, known: Sequence[str]) -> None:
    if value is None or value in known:
        return
    guess = did_you_mean(value, known)
    raise UserError(
        f"{option} '{value}' komt niet voor in dit plan" + (f"; {guess}" if guess else ""),
        f"Mogelijke waarden: {', '.join(known)}." if len(known) <= 30 else "Zie 'regiotrack toon' of het planbestand.",
    )
