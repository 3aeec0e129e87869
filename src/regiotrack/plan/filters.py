"""Selecting rows: by standing, status, trekker, werkgroep, gremium, soort, gemeente, effect and gebied.

Shared by ``regiotrack lijst`` and the TUI. Unknown ids are refused with a suggestion,
so a typo never silently yields an empty list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from regiotrack.errors import UserError, did_you_mean
from regiotrack.plan.standing import Standing
from regiotrack.plan.vocabulary import ITEM_TYPES, STATUSES, STEP_KINDS

if TYPE_CHECKING:
    from regiotrack.plan.model import Plan


class Listable(Protocol):
    """What a row offers to filters and listings (``schedule.Row`` and ``listing.ListRow``)."""

    @property
    def type(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def lead(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def working_group(self) -> str | None: ...
    @property
    def body(self) -> str | None: ...
    @property
    def step_kind(self) -> str | None: ...
    @property
    def municipalities(self) -> tuple[str, ...]: ...
    @property
    def partners(self) -> tuple[str, ...]: ...
    @property
    def standing(self) -> Standing: ...
    @property
    def effects(self) -> tuple[str, ...]: ...
    @property
    def areas(self) -> tuple[str, ...]: ...


class Known(NamedTuple):
    """The ids and names a filter value may take in one plan."""

    actors: tuple[str, ...]
    bodies: tuple[str, ...]
    groups: tuple[str, ...]
    municipalities: tuple[str, ...]
    effects: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()


def known_in(plan: Plan) -> Known:
    """The filterable ids of a plan."""
    bodies = tuple(b.id for b in plan.bodies)
    return Known(
        tuple(o.id for o in plan.organisations) + bodies,
        bodies,
        tuple(g.id for g in plan.working_groups),
        plan.municipalities,
        tuple(e.id for e in plan.effects),
        tuple(a.id for a in plan.areas),
    )


KINDS = ITEM_TYPES + STEP_KINDS
"""Values of --soort: an item type, or a kind of timeline step."""


class RowFilter(NamedTuple):
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
    effect: str | None = None
    """Only agreements that serve this beoogd effect (§1.3)."""
    area: str | None = None
    """Only agreements that concern this gebied (§10.4)."""
    involved: str | None = None
    """Only items this organisation pulls or takes part in (see :func:`involves`); --mijn, --als."""

    def check(self, known: Known) -> None:
        """Refuse values that name nothing in the plan, with a 'bedoelde u …?' hint."""
        _known("--status", self.status, STATUSES)
        _known("--trekker", self.lead, known.actors)
        _known("--werkgroep", self.working_group, known.groups)
        _known("--gremium", self.body, known.bodies)
        _known("--soort", self.kind, KINDS)
        _known("--gemeente", self.municipality, known.municipalities)
        _known("--effect", self.effect, known.effects)
        _known("--gebied", self.area, known.areas)
        _known("--als", self.involved, known.actors)

    def keep(self, row: Listable) -> bool:
        """True when the row meets every criterion."""
        if self.overdue and not row.standing.overdue:
            return False
        if self.soon and row.standing.state != "binnenkort":
            return False
        if self.status and row.status != self.status:
            return False
        if self.lead and row.lead != self.lead:
            return False
        if self.working_group and row.working_group != self.working_group:
            return False
        if self.body and row.body != self.body:
            return False
        if self.kind and self.kind != (row.type if self.kind in ITEM_TYPES else row.step_kind):
            return False
        if self.effect and self.effect not in row.effects:
            return False
        if self.area and self.area not in row.areas:
            return False
        if self.involved and not _involved(row, self.involved):
            return False
        return not (self.municipality and row.municipalities and self.municipality not in row.municipalities)

    def apply(self, rows: Iterable[Any]) -> list[Any]:
        """The rows that are kept, in their order."""
        return [r for r in rows if self.keep(r)]


def canonical(value: str | None, known: Sequence[str]) -> str | None:
    """The known id that ``value`` names regardless of case ('vt' -> 'VT'); else ``value`` itself."""
    if value is None or value in known:
        return value
    by_lower = {k.lower(): k for k in known}
    return by_lower.get(value.lower(), value)


def involves(item: object, organisation: str) -> bool:
    """True when ``organisation`` pulls the item or takes part in it.

    Afspraak: trekker or partner. Werkgroep: trekker or facilitator. Stap: its gremium or trekker.
    Partneroverleg: every partner takes part, so always True.
    """
    from regiotrack.plan.model import PartnerMeeting  # loaded already: there is an item

    if isinstance(item, PartnerMeeting):
        return True
    own = (getattr(item, "lead", None), getattr(item, "body", None))
    shared = (*getattr(item, "partners", ()), *getattr(item, "leads", ()), *getattr(item, "facilitators", ()))
    return organisation in own or organisation in shared


def _involved(row: Listable, organisation: str) -> bool:
    """:func:`involves` on a listed row (the same rules, without the model)."""
    return row.type == "partneroverleg" or organisation in (row.lead, row.body) or organisation in row.partners


def _known(option: str, value: str | None, known: Sequence[str]) -> None:
    if value is None or value in known:
        return
    guess = did_you_mean(value, known)
    raise UserError(
        f"{option} '{value}' komt niet voor in dit plan" + (f"; {guess}" if guess else ""),
        f"Mogelijke waarden: {', '.join(known)}." if len(known) <= 30 else "Zie 'regiotrack toon' of het planbestand.",
    )
