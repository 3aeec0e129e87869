"""What the App hands down to every screen: the plan as loaded, today, and what derives from it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from regiotrack.errors import did_you_mean
from regiotrack.plan.filters import involves, known_in
from regiotrack.plan.progress import PlanStanding, plan_standing, standing_of
from regiotrack.store.reading import LoadedPlan

if TYPE_CHECKING:
    from regiotrack.history.log import HistoryEntry


@dataclass(frozen=True, eq=False)
class PlanView:
    """An immutable snapshot; the App makes a new one after every load, edit or toggle.

    Compared by identity (``eq=False``): comparing two plans field by field would cost more than
    redrawing.
    """

    loaded: LoadedPlan
    today: date
    everything: PlanStanding
    """The standing of the whole plan."""
    history: tuple[HistoryEntry, ...] | None = None
    """git history of the plan file, once loaded; None outside git or while loading."""
    in_git: bool = False
    """The plan lives in a git repository."""
    commit: bool = True
    """Edits are committed (off with ``--geen-commit``)."""
    organisation: str | None = None
    """The user's own organisation (git config regiotrack.organisatie, --als), if known."""
    mine: bool = False
    """Show only what ``organisation`` pulls or takes part in."""

    @classmethod
    def make(
        cls, loaded: LoadedPlan, today: date, in_git: bool = False, commit: bool = True, organisation: str | None = None
    ) -> PlanView:
        """Derive everything for ``today``; ``organisation`` must be one of the plan's (see :func:`check_mine`)."""
        return cls(loaded, today, plan_standing(loaded.plan, today), None, in_git, commit, organisation)

    @classmethod
    def start(
        cls, loaded: LoadedPlan, today: date, in_git: bool, commit: bool, organisation: str | None
    ) -> tuple[PlanView, str | None]:
        """The first view, and the Dutch reason when ``organisation`` is not one of the plan's (then unset).

        Without ``organisation`` (--als) it is read from git config regiotrack.organisatie.
        """
        from regiotrack.history.organisation import configured_organisation

        organisation = organisation or configured_organisation(Path(loaded.path).parent)
        unknown = check_mine(loaded, organisation)
        return cls.make(loaded, today, in_git, commit, None if unknown else organisation), unknown

    def toggled(self) -> PlanView:
        """The other scope: only my organisation's items, or everything again."""
        other = replace(self, mine=not self.mine)
        for derived in ("my_standing", "my_ids"):  # same plan, same organisation: keep what was derived
            if derived in self.__dict__:
                other.__dict__[derived] = self.__dict__[derived]
        return other

    def with_plan(self, loaded: LoadedPlan) -> PlanView:
        """The same settings (and history, until it is read again) for another version of the plan."""
        return replace(self, loaded=loaded, everything=plan_standing(loaded.plan, self.today))

    def shows(self, item: object) -> bool:
        """True when the item is shown: everything, or only my organisation's."""
        return not self.mine or self.organisation is None or involves(item, self.organisation)

    @cached_property
    def my_standing(self) -> PlanStanding | None:
        """The standing of my organisation's items, when it is known."""
        org = self.organisation
        if org is None:
            return None
        plan = self.loaded.plan
        rows = tuple(r for r in self.everything.rows if involves(r.item, org))
        return standing_of(plan, self.today, rows, [g for g in plan.working_groups if involves(g, org)])

    @property
    def standing(self) -> PlanStanding:
        """What the screens show: the whole plan, or my organisation's part of it."""
        mine = self.my_standing if self.mine else None
        return mine if mine is not None else self.everything

    @cached_property
    def my_ids(self) -> frozenset[str]:
        """Ids of every item and werkgroep my organisation pulls or takes part in."""
        mine = self.my_standing
        if mine is None or self.organisation is None:
            return frozenset()
        groups = (g.id for g in self.loaded.plan.working_groups if involves(g, self.organisation))
        return frozenset(r.id for r in mine.rows) | frozenset(groups)

    def shows_id(self, item_id: str) -> bool:
        """True when the item with this id is shown (for history, which knows ids only)."""
        return not self.mine or self.organisation is None or item_id in self.my_ids

    def names(self) -> dict[str, str]:
        """Id -> name of every organisation and body."""
        plan = self.loaded.plan
        return {o.id: o.name for o in plan.organisations} | {b.id: b.name for b in plan.bodies}

    def scope_label(self) -> str:
        """' · alleen VT' while only my organisation's items are shown, else ''."""
        return f" · alleen {self.organisation}" if self.mine and self.organisation else ""


MINE_UNKNOWN = (
    "Uw organisatie is niet ingesteld. Kies haar eenmalig met: git config regiotrack.organisatie VT "
    "(met --global voor al uw repositories), of start met regiotrack --als VT."
)


def check_mine(loaded: LoadedPlan, organisation: str | None) -> str | None:
    """None when ``organisation`` is unset or one of the plan's; else the Dutch reason it is not used."""
    if organisation is None:
        return None
    known = known_in(loaded.plan).actors
    if organisation in known:
        return None
    guess = did_you_mean(organisation, known)
    return (
        f"Organisatie '{organisation}' (git config regiotrack.organisatie of --als) komt niet voor in dit plan"
        + (f"; {guess}" if guess else "")
        + ". Alle items worden getoond."
    )
