"""Which items an edit replaced, found by identity.

An edit (``Plan -> Plan``) keeps every untouched item as the very same object and builds new
objects only for what it changes. Comparing two plans by identity therefore tells, without
looking at a single field, which stretch of each section changed. The canonical writer uses
it to rewrite only those blocks (``store.splice``); the checks on a save use it to check only
those items (``check.content``, ``check.validation``).
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import Any, NamedTuple

from regiotrack.plan.model import Plan
from regiotrack.plan.vocabulary import SECTIONS


class Stretch(NamedTuple):
    """The part of one section an edit changed: the old items it replaced by the new ones."""

    section: str
    """File key of the section."""
    start: int
    """Position of the first changed item (the same in both plans)."""
    gone: tuple[Any, ...]
    """The old items in the stretch; some may be kept (the same object in ``come``)."""
    come: tuple[Any, ...]
    """The new items in the stretch."""


def same_run(before: Sequence[Any], after: Sequence[Any]) -> int:
    """How many leading items are the very same objects (a C-speed scan)."""
    same = list(map(operator.is_, before, after))
    try:
        return same.index(False)
    except ValueError:
        return len(same)


def stretch(section: str, before: Sequence[Any], after: Sequence[Any]) -> Stretch:
    """The items between the unchanged head and the unchanged tail of a section."""
    head = same_run(before, after)
    shortest = min(len(before), len(after)) - head
    tail = min(same_run(before[::-1], after[::-1]), shortest)
    return Stretch(section, head, tuple(before[head : len(before) - tail]), tuple(after[head : len(after) - tail]))


def stretches(old: Plan, new: Plan) -> list[Stretch]:
    """The changed stretch of every section that an edit touched, in file order."""
    found = []
    for section in SECTIONS:
        before, after = getattr(old, section.attr), getattr(new, section.attr)
        if before is not after:
            found.append(stretch(section.key, before, after))
    return found


class Replaced(NamedTuple):
    """The items an edit added, removed or replaced (not kept as the same object)."""

    ids: set[str]
    """Their ids, old and new."""
    old: tuple[tuple[str, int, Any], ...]
    """(section key, position, item) of each old item that is gone, in file order."""
    new: tuple[tuple[str, int, Any], ...]
    """(section key, position, item) of each new item, in file order."""


def replaced(old: Plan, new: Plan) -> Replaced:
    """What an edit replaced: the items that are not the same object in both plans."""
    ids: set[str] = set()
    gone: list[tuple[str, int, Any]] = []
    come: list[tuple[str, int, Any]] = []
    for part in stretches(old, new):
        kept = {id(item) for item in part.come} & {id(item) for item in part.gone}
        gone += [(part.section, n, i) for n, i in enumerate(part.gone, start=part.start) if id(i) not in kept]
        come += [(part.section, n, i) for n, i in enumerate(part.come, start=part.start) if id(i) not in kept]
    ids.update(item.id for _section, _number, item in (*gone, *come))
    return Replaced(ids, tuple(gone), tuple(come))
