"""Edits as functions Plan -> Plan. The CLI and the TUI both use these, then ``save_edit``.

Each edit also returns a short Dutch description ("B2-03: status open → lopend") that a
commit message or a confirmation can use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import Any

from regiotrack.errors import UserError, did_you_mean
from regiotrack.plan.model import Agreement, NoteEntry, PartnerMeeting, Plan, Step, TrackedItem, section_of
from regiotrack.plan.periods import Period
from regiotrack.plan.schedule import due_label, find_item, tracked_items
from regiotrack.plan.vocabulary import STATUSES


@dataclass(frozen=True)
class Edit:
    """A change to one item, ready to apply to any version of the plan."""

    item_id: str
    """The item changed."""
    changes: dict[str, Any]
    """Model attribute -> new value."""
    summary: str
    """What changed, in Dutch: 'B2-03: status open → lopend'."""
    transform: Callable[[Plan], Plan] | None = None
    """For edits that add, replace or remove whole items (``creating.py``): the change itself."""
    body: str = ""
    """Further lines for the commit message."""

    def commit_body(self) -> str:
        """The commit message body: further lines, such as the text of a new note."""
        return self.body

    def changes_nothing(self, plan: Plan) -> bool:
        """True when the item already has every new value (the edit would write the same file)."""
        if self.transform is not None:  # whole-item edits: unchanged items are the same objects, so this is cheap
            return self.transform(plan) == plan
        item = find_item(plan, self.item_id)
        return item is not None and all(getattr(item, key) == value for key, value in self.changes.items())

    def apply(self, plan: Plan) -> Plan:
        """The plan with this change made; UserError if the item is gone."""
        if self.transform is not None:
            return self.transform(plan)
        item = require_item(plan, self.item_id)
        return replace_item(plan, item.model_copy(update=self.changes))


def require_item(plan: Plan, item_id: str) -> TrackedItem:
    """The tracked item with this id, or a UserError that suggests the closest id."""
    item = find_item(plan, item_id)
    if item is None:
        known = [i.id for i in tracked_items(plan)]
        guess = did_you_mean(item_id, known)
        raise UserError(
            f"'{item_id}' is geen stap, afspraak of partneroverleg in dit plan" + (f"; {guess}" if guess else ""),
            "Zie 'regiotrack lijst' voor de ids.",
        )
    return item


def replace_item(plan: Plan, new: TrackedItem) -> Plan:
    """The plan with the item of the same id replaced, keeping its place in the file."""
    return replace_in_section(plan, section_of(new).attr, new)


def replace_in_section(plan: Plan, attr: str, new: Any) -> Plan:
    """The plan with the item of ``new``'s id in section ``attr`` replaced, in its place.

    Untouched items stay the same objects (what ``plan.replaced`` relies on).
    """
    items = getattr(plan, attr)
    ids = list(map(attrgetter("id"), items))  # C-speed: one edit stays cheap in a plan of 100,000 items
    if new.id not in ids:
        return plan
    at = ids.index(new.id)
    if new.id in ids[at + 1 :]:  # the same id twice (an invalid plan): replace every one, as before
        return plan.model_copy(update={attr: tuple(new if i.id == new.id else i for i in items)})
    return plan.model_copy(update={attr: (*items[:at], new, *items[at + 1 :])})


def set_status(
    plan: Plan,
    item_id: str,
    status: str,
    today: date,
    note: str | None = None,
    reason: str | None = None,
    author: str | None = None,
) -> Edit:
    """Change the status; 'gereed' records today as gereed_op, leaving 'gereed' clears it.

    'vervallen' takes a reason (``reden``), stored in its own field; leaving 'vervallen' clears it.
    A note becomes a new entry of the item's note log (today, ``author``).
    """
    item = require_item(plan, item_id)
    if status not in STATUSES:
        guess = did_you_mean(status, STATUSES)
        raise UserError(
            f"'{status}' is geen status" + (f"; {guess}" if guess else ""), f"Kies uit: {', '.join(STATUSES)}."
        )
    changes: dict[str, Any] = {"status": status}
    if status == "gereed" and item.status != "gereed":
        changes["done_on"] = today
    elif status != "gereed":
        changes["done_on"] = None
    if reason is not None and status != "vervallen":
        raise UserError(
            f"een reden hoort bij de status vervallen, niet bij '{status}'",
            f'Laat --reden weg, of zet {item_id} op vervallen: regiotrack zet {item_id} vervallen --reden "…".',
        )
    if status == "vervallen" and reason is not None:
        changes["reason"] = reason.strip() or None
    elif status != "vervallen":
        changes["reason"] = None
    parts = [f"status {item.status} → {status}"] if item.status != status else [f"status blijft {status}"]
    body = ""
    if note is not None and note.strip():
        text = note.replace("\r\n", "\n").strip("\n")
        entry = NoteEntry.model_validate({"dag": today, "auteur": author, "tekst": text})
        changes["notes"] = (entry, *item.notes)
        parts.append("notitie toegevoegd")
        body = f"Notitie: {text}"
    if changes.get("reason"):
        parts.append(f"reden: {changes['reason']}")
    return Edit(item_id, changes, f"{item_id}: {', '.join(parts)}", body=body)


def set_deadline(plan: Plan, item_id: str, when: date | Period, by: str | None = None, on: date | None = None) -> Edit:
    """Move a deadline. Agreements take a day or a period; steps and partner meetings a day.

    A step is moved by its 'af_op' day when it has one, else by its date; a session or day
    gets the new date; a range keeps its length. A partner meeting gets its meeting day.
    With ``on`` (today) an agreement's new deadline is recorded as a decision, not the source's:
    'deadline' joins ``aangenomen``, signed ``by`` and ``on``.
    """
    item = require_item(plan, item_id)
    before = due_label(item)
    changes: dict[str, Any]
    if isinstance(item, Agreement):
        changes = {"deadline": when}
        if on is not None:
            changes |= _signed_deadline(item, before, by or "onbekend (geen git-identiteit)", on)
    elif not isinstance(when, date):
        raise UserError(f"{item_id} heeft een precieze datum nodig, geen periode", "Geef een dag, zoals 31-3-2026.")
    elif isinstance(item, PartnerMeeting):
        half = item.half_year
        if not half.first_day <= when <= half.last_day:
            raise UserError(f"{when} valt niet in {half.label()}", f"Kies een dag in {half.label()}.")
        changes = {"day": when}
    else:
        changes = _move_step(item, when)
    after = due_label(edit_item(item, changes))
    if before == after:  # the label does not show what moved (the af_op day of a step with a range)
        return Edit(item_id, changes, f"{item_id}: {_changed_fields(item, changes)}")
    field = "datum" if isinstance(item, PartnerMeeting) else "deadline"
    return Edit(item_id, changes, f"{item_id}: {field} {before} → {after}")


def _signed_deadline(item: Agreement, before: str, who: str, on: date) -> dict[str, Any]:
    """The provenance of a deadline set by hand: 'deadline' joins ``aangenomen``, signed.

    An item has one who/why record. Its earlier assumptions about other fields (and who made
    them) are kept: the new statement is added to them, never written over them.
    """
    from_source = item.deadline is not None and "deadline" not in item.assumed
    reason = f"deadline op {on.isoformat()} met regiotrack gezet door {who}" + (
        f"; de bron gaf {before}" if from_source else "; de bron geeft geen termijn"
    )
    earlier = [k for k in item.assumed if k != "deadline"]
    authors = [a.strip() for a in (item.assumed_by or "").split(";") if a.strip()] if earlier else []
    return {
        "assumed": tuple(k for k in ASSUMABLE_ORDER if k in {*item.assumed, "deadline"}),
        "assumed_by": "; ".join(dict.fromkeys([*authors, who])),
        "assumed_on": on,
        "assumption": f"{item.assumption} | {reason}" if earlier and item.assumption else reason,
    }


ASSUMABLE_ORDER = tuple((f.alias or name) for name, f in Agreement.model_fields.items())
"""File keys of an agreement, in canonical order (for a tidy ``aangenomen`` list)."""


def _changed_fields(item: TrackedItem, changes: dict[str, Any]) -> str:
    """'af_op 2025-11-03 → 2025-11-10' for each field whose value changes, by its key in the file."""
    fields = type(item).model_fields
    moved = [
        f"{fields[key].alias or key} {getattr(item, key)} → {value}"
        for key, value in changes.items()
        if getattr(item, key) != value
    ]
    return ", ".join(moved) or "niets gewijzigd"


def _move_step(step: Step, when: date) -> dict[str, Any]:
    if step.fixed_date:
        raise UserError(
            f"{step.id} heeft een vaste datum en kan niet verschuiven",
            "Haal eerst 'vaste_datum = true' weg in het planbestand als de datum toch verandert.",
        )
    if step.done_by is not None:
        return {"done_by": when}
    if step.start is not None and step.end is not None:
        return {"start": when - (step.end - step.start), "end": when}
    return {"day": when, "period": None}


def edit_item(item: TrackedItem, changes: dict[str, Any]) -> TrackedItem:
    """The item with changes applied (for previews)."""
    return item.model_copy(update=changes)


def restore_fields(plan: Plan, item_id: str, values: dict[str, Any], summary: str) -> Edit:
    """Put fields back as they were (Dutch key -> value as read from the file; None: absent).

    Used to undo a change: the values come from the plan's history, so they are validated again
    like any value read from a file.
    """
    item = require_item(plan, item_id)
    data = item.model_dump(by_alias=True, exclude_none=True)
    for key, value in values.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    try:
        restored = type(item).model_validate(data)
    except ValueError as err:
        raise UserError(
            f"{item_id} kan niet worden hersteld: de oude waarden zijn niet meer geldig ({err})",
            "Wijzig het item zelf met regiotrack zet, deadline of notitie.",
        ) from err
    changes = {
        name: getattr(restored, name)
        for name in type(item).model_fields
        if getattr(restored, name) != getattr(item, name)
    }
    return Edit(item_id, changes, summary)
