"""What ``regiotrack toon`` prints of the items of a plan, kept for a file that did not change.

``toon`` of an unchanged plan reads this small JSON file instead of loading the plan, and never
imports pydantic: it then starts about as fast as ``lijst``. Only the part of a description that
depends on the day is made at each call, from values kept beside the text: an item's standing
(from its status, done and due days, as ``plan.standing.standing_for``) or a recurring moment's
next times (``plan.rrule.upcoming``).

Like the listing snapshot (``store.listing``) it is a kept file (``store.kept``): used only for
a file with the same SHA-256 and by the same regiotrack code, written only from a validated
plan, and JSON, so a damaged or foreign file can only fail to be used. A plan of up to
:data:`WHOLE_LIMIT` items is described whole at its first ``toon``; a larger one keeps the items
shown so far (describing 100,000 items would cost seconds that one ``toon`` should not).

This module imports neither pydantic nor the plan model; :func:`remember` does, when it runs.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from regiotrack import __version__
from regiotrack.export.text import standing_text, upcoming_text
from regiotrack.plan.standing import HORIZON_DAYS, standing_for

if TYPE_CHECKING:
    from regiotrack.export.describe import Names
    from regiotrack.plan.model import Plan
    from regiotrack.plan.vocabulary import Section

FORMAT = f"regiotrack-toon/1/{__version__}"
WHOLE_LIMIT = 2_000
"""A plan with at most this many items is described whole at its first ``toon``."""

Entry = list[Any]
"""[kind, head, tail, values]: kind 'stand' (values: status, done, due, proposal), 'keren'
(values: rule, first, until) or 'vast' (no values)."""


def text_of(entry: Entry, today: date) -> str:
    """The description an entry keeps, completed for ``today``; ValueError/TypeError/IndexError
    when the entry is not one this module made."""
    kind, head, tail, values = entry
    if kind == "stand":
        status, done, due, proposal = values
        middle = standing_text(standing_for(status, _day(done), _day(due), today, HORIZON_DAYS, bool(proposal)))
    elif kind == "keren":
        from regiotrack.plan.rrule import upcoming

        rule, first, until = values
        middle = upcoming_text(upcoming(rule, date.fromisoformat(first), _day(until), today))
    elif kind == "vast":
        middle = ""
    else:
        raise ValueError(kind)
    if not isinstance(head, str) or not isinstance(tail, str):
        raise TypeError(head)
    return head + middle + tail


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def entry_for(plan: Plan, section: Section, item: Any, names: Names) -> Entry:
    """What ``toon`` prints of one item of a validated plan, without the day's part."""
    from regiotrack.export.describe import describe_parts
    from regiotrack.export.profile import other_parts
    from regiotrack.plan.schedule import due_date

    if section.tracked:
        head, tail = describe_parts(plan, item, names)
        done, due = item.done_on, due_date(item)
        values = [item.status, _iso(done), _iso(due), bool(getattr(item, "proposal", False))]
        return ["stand", head, tail, values]
    head, tail = other_parts(plan, section, item, names)
    if section.key == "terugkerend":
        return ["keren", head, tail, [item.rule, item.first.isoformat(), _iso(item.until)]]
    return ["vast", head, tail, []]


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def lookup(digest: str, item_id: str, today: date) -> str | None:
    """The description of ``item_id`` in the file with this content, for ``today``; None when it
    was not kept (or the kept file cannot be trusted or read)."""
    entries = _entries(digest)
    entry = entries.get(item_id) if entries else None
    if entry is None:
        return None
    try:
        return text_of(entry, today)
    except (ValueError, TypeError, IndexError, KeyError, OverflowError):
        return None  # not made by this module: describe from the plan instead


def remember(digest: str, plan: Plan, item_id: str) -> None:
    """Keep the descriptions of a validated plan's items for the next ``toon``: all of them for a
    plan of up to :data:`WHOLE_LIMIT` items, otherwise ``item_id`` beside those kept before."""
    from regiotrack.export.describe import Names
    from regiotrack.plan.vocabulary import SECTIONS

    names = Names(plan)
    sections = [(s, getattr(plan, s.attr, ())) for s in SECTIONS]
    if sum(len(items) for _, items in sections) <= WHOLE_LIMIT:
        entries = {}
        for section, items in sections:
            for item in items:
                if item.id not in entries:  # as ``find_any``: the first section that has the id
                    entries[item.id] = entry_for(plan, section, item, names)
    else:
        entries = dict(_entries(digest) or {})
        for section, items in sections:
            item = next((i for i in items if i.id == item_id), None)
            if item is not None:
                entries[item_id] = entry_for(plan, section, item, names)
                break
    _store(digest, entries)


def _name(digest: str) -> str:
    return f"{digest}.toon.json"


def _entries(digest: str) -> dict[str, Entry] | None:
    from regiotrack.store import kept

    data = kept.load(_name(digest), FORMAT, digest)
    items = data.get("items") if data else None
    return items if isinstance(items, dict) else None


def _store(digest: str, entries: dict[str, Entry]) -> None:
    from regiotrack.store import kept

    kept.keep(_name(digest), FORMAT, digest, {"items": entries})
