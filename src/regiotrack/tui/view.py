"""What the App hands down to every screen: the plan as loaded, today, and what derives from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from regiotrack.history.log import HistoryEntry
from regiotrack.plan.progress import PlanStanding, plan_standing
from regiotrack.store.reading import LoadedPlan


@dataclass(frozen=True)
class PlanView:
    """An immutable snapshot; the App makes a new one after every load or edit."""

    loaded: LoadedPlan
    today: date
    standing: PlanStanding
    history: tuple[HistoryEntry, ...] | None = None
    """git history of the plan file, once loaded; None outside git or while loading."""
    in_git: bool = False
    """The plan lives in a git repository."""

    @classmethod
    def make(cls, loaded: LoadedPlan, today: date, in_git: bool = False) -> PlanView:
        """Derive everything for ``today``."""
        return cls(loaded, today, plan_standing(loaded.plan, today), None, in_git)

    def names(self) -> dict[str, str]:
        """Id -> name of every organisation and body."""
        plan = self.loaded.plan
        return {o.id: o.name for o in plan.organisations} | {b.id: b.name for b in plan.bodies}
