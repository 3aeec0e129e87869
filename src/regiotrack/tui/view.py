"""What the App hands down to every screen: the plan as loaded, today, and what derives from it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from regiotrack.history.log import HistoryEntry
from regiotrack.plan.progress import PlanStanding, plan_standing
from regiotrack.store.reading import LoadedPlan


@dataclass(frozen=True, eq=False)
class PlanView:
    """An immutable snapshot; the App makes a new one after every load or edit.

    Compared by identity (``eq=False``): comparing two plans field by field would cost more than
    redrawing.
    """

    loaded: LoadedPlan
    today: date
    standing: PlanStanding
    history: tuple[HistoryEntry, ...] | None = None
    """git history of the plan file, once loaded; None outside git or while loading."""
    in_git: bool = False
    """The plan lives in a git repository."""
    commit: bool = True
    """Edits are committed (off with ``--geen-commit``)."""

    @classmethod
    def make(cls, loaded: LoadedPlan, today: date, in_git: bool = False, commit: bool = True) -> PlanView:
        """Derive everything for ``today``."""
        return cls(loaded, today, plan_standing(loaded.plan, today), None, in_git, commit)

    def with_plan(self, loaded: LoadedPlan) -> PlanView:
        """The same settings (and history, until it is read again) for another version of the plan."""
        return replace(PlanView.make(loaded, self.today, self.in_git, self.commit), history=self.history)

    def names(self) -> dict[str, str]:
        """Id -> name of every organisation and body."""
        plan = self.loaded.plan
        return {o.id: o.name for o in plan.organisations} | {b.id: b.name for b in plan.bodies}
