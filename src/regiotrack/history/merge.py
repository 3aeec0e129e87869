"""Three-way merge of plan data per item and per field, for git's merge driver.

Edits to different items, or to different fields of one item, merge cleanly. The same
field changed two ways is a :class:`Conflict` that keeps both values. Pure functions on the
dicts read from TOML; ``store.writing.dumps_data`` writes the result (with conflict markers).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from regiotrack.history.diff import items_by_id, show
from regiotrack.plan.vocabulary import SECTION_KEYS, SECTIONS

_MISSING: Any = object()


@dataclass(frozen=True)
class Conflict:
    """One place where both sides changed the same thing differently."""

    section: str
    """File section, or 'plan' for top-level keys."""
    item_id: str
    key: str | None
    """The field; None when one side removed the item and the other changed it."""
    ours: Any
    theirs: Any

    def text(self) -> str:
        """'B2-03, veld 'status': hier 'lopend', daar 'gereed''."""
        if self.key is None:
            sides = "hier gewijzigd, daar verwijderd" if self.ours is not None else "hier verwijderd, daar gewijzigd"
            return f"{self.item_id}: {sides}; de gewijzigde versie staat in het bestand"
        return f"{self.item_id}, veld '{self.key}': hier {_value(self.ours)}, daar {_value(self.theirs)}"


def _value(value: Any) -> str:
    return "(leeg)" if value is None else f"'{show(value)}'"


def _present(value: Any) -> Any:
    return None if value is _MISSING else value


def _merge_value(base: Any, ours: Any, theirs: Any) -> tuple[Any, bool]:
    """(merged value, conflicted?) with _MISSING for absent keys."""
    if ours == theirs:
        return ours, False
    if _is_log(ours) and _is_log(theirs):
        return _merge_log(base if _is_log(base) else [], ours, theirs), False
    if ours == base:
        return theirs, False
    if theirs == base:
        return ours, False
    return ours, True


def _is_log(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _merge_log(base: list[Any], ours: list[Any], theirs: list[Any]) -> list[Any]:
    """Two note logs that both changed: entries added on either side are kept (theirs' new ones
    above ours, both newest first); entries removed on either side stay removed."""
    removed = [e for e in base if e not in ours or e not in theirs]
    added_there = [e for e in theirs if e not in base and e not in ours]
    return [e for e in added_there + ours if e not in removed]


def merge_table(
    base: Mapping[str, Any], ours: Mapping[str, Any], theirs: Mapping[str, Any], section: str, item_id: str
) -> tuple[dict[str, Any], list[Conflict]]:
    """Merge one table key by key; conflicting keys keep our value and are reported."""
    merged: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    keys = list(ours) + [k for k in theirs if k not in ours] + [k for k in base if k not in ours and k not in theirs]
    for key in keys:
        b, o, t = base.get(key, _MISSING), ours.get(key, _MISSING), theirs.get(key, _MISSING)
        if isinstance(o, dict) and isinstance(t, dict) and (b is _MISSING or isinstance(b, dict)):
            sub, sub_conflicts = merge_table(b if isinstance(b, dict) else {}, o, t, section, item_id)
            merged[key] = sub
            conflicts += [Conflict(c.section, c.item_id, f"{key}.{c.key}", c.ours, c.theirs) for c in sub_conflicts]
            continue
        value, conflicted = _merge_value(b, o, t)
        if conflicted:
            conflicts.append(Conflict(section, item_id, key, _present(o), _present(t)))
        if value is not _MISSING:
            merged[key] = value
    return merged, conflicts


def merge(
    base: Mapping[str, Any], ours: Mapping[str, Any], theirs: Mapping[str, Any]
) -> tuple[dict[str, Any], list[Conflict]]:
    """Merge three versions of a plan; return the merged data and every conflict."""
    merged, conflicts = merge_table(_top(base), _top(ours), _top(theirs), "plan", "(plan)")
    for section in (s.key for s in SECTIONS):
        items, section_conflicts = _merge_section(
            section, items_by_id(base, section), items_by_id(ours, section), items_by_id(theirs, section)
        )
        if items:
            merged[section] = items
        conflicts += section_conflicts
    return merged, conflicts


def _top(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in SECTION_KEYS}


def _merge_section(
    section: str, base: dict[str, dict[str, Any]], ours: dict[str, dict[str, Any]], theirs: dict[str, dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[Conflict]]:
    order = _merged_order(list(ours), list(theirs))
    result: list[dict[str, Any]] = []
    conflicts: list[Conflict] = []
    for item_id in order:
        b, o, t = base.get(item_id), ours.get(item_id), theirs.get(item_id)
        if o is not None and t is not None:
            item, item_conflicts = merge_table(b or {}, o, t, section, item_id)
            result.append(item)
            conflicts += item_conflicts
        elif o is not None or t is not None:
            present = o if o is not None else t
            assert present is not None
            if b is None:
                result.append(present)  # added on one side
            elif present != b:
                result.append(present)  # removed on one side, changed on the other: keep and report
                conflicts.append(Conflict(section, item_id, None, o, t))
            # else: removed on one side and untouched on the other -> stays removed
    return result, conflicts


def _merged_order(ours: list[str], theirs: list[str]) -> list[str]:
    """Our order, with items only they have placed after their nearest predecessor.

    Linear: each item only they have follows the item before it in their list (which is either
    one we have too, or another of theirs placed just before).
    """
    in_ours = set(ours)
    follower: dict[str | None, str] = {}
    anchor: str | None = None
    for item_id in theirs:
        if item_id not in in_ours:
            follower[anchor] = item_id
        anchor = item_id
    order: list[str] = []

    def follow(start: str | None) -> None:
        current = start
        while current in follower:
            current = follower.pop(current)
            order.append(current)

    follow(None)
    for item_id in ours:
        order.append(item_id)
        follow(item_id)
    return order
