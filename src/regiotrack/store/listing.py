"""A snapshot of what ``regiotrack lijst`` needs, cached on the plan file's content.

When the plan file is unchanged, listing reads this small JSON file instead of parsing and
validating the plan, and never loads the pydantic models: the command then starts about as
fast as Python itself. The snapshot is made from a validated plan only, and is keyed (like
``plancache``) on the SHA-256 of the file's bytes and regiotrack's version, so it can never
describe another file; it is used only while the modules that made it are unchanged
(``store.kept``). JSON, not pickle: a damaged or foreign file can only fail to load.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from regiotrack import __version__
from regiotrack.plan.filters import Known
from regiotrack.plan.standing import HORIZON_DAYS, Standing, standing_for

if TYPE_CHECKING:
    from regiotrack.plan.model import Plan

FORMAT = f"regiotrack-lijst/4/{__version__}"


class ListRow(NamedTuple):
    """One tracked item as listed, with plain fields (see ``filters.Listable``)."""

    type: str
    id: str
    title: str
    lead: str | None
    status: str
    due_label: str
    working_group: str | None
    body: str | None
    step_kind: str | None
    municipalities: tuple[str, ...]
    standing: Standing
    effects: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()


def snapshot(plan: Plan) -> dict[str, Any]:
    """What listing needs of a validated plan, independent of today."""
    from regiotrack.plan.schedule import rows

    items = []
    for row in rows(plan, date.min):
        due, done = row.standing.due, row.item.done_on  # the standing holds the due day: not computed twice
        items.append(
            [
                row.type,
                row.id,
                row.title,
                row.lead,
                row.status,
                row.due_label,
                row.working_group,
                row.body,
                row.step_kind,
                list(row.municipalities),
                done.isoformat() if done else None,
                due.isoformat() if due else None,
                list(row.effects),
                list(row.areas),
                list(row.partners),
                bool(getattr(row.item, "proposal", False)),
            ]
        )
    known = Known(
        *(
            tuple(v)
            for v in (
                [o.id for o in plan.organisations] + [b.id for b in plan.bodies],
                [b.id for b in plan.bodies],
                [g.id for g in plan.working_groups],
                list(plan.municipalities),
                [e.id for e in plan.effects],
                [a.id for a in plan.areas],
            )
        )
    )
    return {
        "format": FORMAT,
        "known": [
            list(v)
            for v in (known.actors, known.bodies, known.groups, known.municipalities, known.effects, known.areas)
        ],
        "items": items,
    }


def rows_for(snap: dict[str, Any], today: date, horizon: int = HORIZON_DAYS) -> list[ListRow]:
    """The listed rows of a snapshot for ``today``."""
    result = []
    items = snap["items"]
    for (
        kind,
        item_id,
        title,
        lead,
        status,
        label,
        group,
        body,
        step_kind,
        towns,
        done,
        due,
        effects,
        areas,
        partners,
        proposal,
    ) in items:
        done_day = date.fromisoformat(done) if done else None
        due_day = date.fromisoformat(due) if due else None
        result.append(
            ListRow(
                kind,
                item_id,
                title,
                lead,
                status,
                label,
                group,
                body,
                step_kind,
                tuple(towns),
                standing_for(status, done_day, due_day, today, horizon, proposal),
                tuple(effects),
                tuple(areas),
                tuple(partners),
            )
        )
    return result


def known(snap: dict[str, Any]) -> Known:
    """The filterable ids of the plan a snapshot was made from."""
    actors, bodies, groups, towns, effects, areas = snap["known"]
    return Known(tuple(actors), tuple(bodies), tuple(groups), tuple(towns), tuple(effects), tuple(areas))


def lookup(digest: str) -> dict[str, Any] | None:
    """The snapshot for a file with this content, or None (see ``store.kept``)."""
    from regiotrack.store import kept

    return kept.load(f"{digest}.lijst.json", FORMAT, digest)


def store(digest: str, snap: dict[str, Any]) -> None:
    """Keep the snapshot for this content; failing to write only means no speed-up."""
    from regiotrack.store import kept

    kept.keep(f"{digest}.lijst.json", FORMAT, digest, snap)
