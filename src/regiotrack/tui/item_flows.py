"""Edit flows for whole items: the add form (key ``a``) and the change form (key ``e``).

Both open :class:`~regiotrack.tui.dialogs.item_form.ItemForm`, which checks every keystroke by
running the same edit that is then saved (``plan.creating``), and return the edit to save
(``Plan, today -> Edit``) or None. They are registered in :data:`regiotrack.tui.flows.EDITS`
(``wijzig``) and :data:`regiotrack.tui.flows.ADDS`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date
from typing import Any

from textual.app import App

from regiotrack.check.content import allowed_contacts, join_findings, value_problems
from regiotrack.errors import UserError
from regiotrack.history.ids import ids_ever
from regiotrack.plan.creating import change_item, find_any, new_item, propose_id, section_for
from regiotrack.plan.edits import Edit
from regiotrack.plan.fieldvalues import Assignment, fields_of
from regiotrack.plan.model import Plan, section_model
from regiotrack.tui.dialogs.item_form import ItemForm, input_text
from regiotrack.tui.view import PlanView

MakeEdit = Callable[[Plan, date], Edit]


async def ask_new(app: App[Any], view: PlanView, kind: str) -> MakeEdit | None:
    """The add form for an item of section ``kind``; the id proposed is never one used before."""
    plan = view.loaded.plan
    allowed = allowed_contacts(plan)
    section = section_for(kind)
    reserved = await asyncio.to_thread(ids_ever, view.loaded.path, view.loaded)
    try:
        proposed = propose_id(plan, section.key, reserved)
    except UserError:
        proposed = ""  # organisations and bodies have no series: the user types an id

    def check(assignments: list[Assignment]) -> Edit:
        refuse_content(assignments, allowed)
        return new_item(plan, section.key, assignments, reserved, view.today)

    fields = list(fields_of(section_model(section.key)).values())
    form = ItemForm(f"Nieuw: {section.label}", fields, {"id": proposed}, check, adding=True)
    result = await app.push_screen_wait(form)
    if result is None:
        return None
    return lambda current, today: new_item(current, section.key, result, reserved, today)


async def ask_change(app: App[Any], view: PlanView, item_id: str) -> MakeEdit | None:
    """The same form, filled in with the item's fields; only changed fields are saved."""
    plan = view.loaded.plan
    allowed = allowed_contacts(plan)
    section, item = find_any(plan, item_id)
    fields = fields_of(type(item))
    initial = {key: input_text(getattr(item, info.attr)) for key, info in fields.items()}

    def check(assignments: list[Assignment]) -> Edit:
        refuse_content(assignments, allowed)
        return change_item(plan, item_id, assignments)

    form = ItemForm(f"Wijzig {section.label} {item_id}", list(fields.values()), initial, check, adding=False)
    result = await app.push_screen_wait(form)
    if not result:
        return None
    return lambda current, today: change_item(current, item_id, result)


def refuse_content(assignments: list[Assignment], allowed: set[str]) -> None:
    """Raise UserError naming the field when a typed value would be refused on save (resident data,
    control characters): the form shows it under that field as you type, and nothing typed is lost."""
    for assignment in assignments:
        refused = value_problems(assignment.text, allowed, assignment.key)
        if refused:
            raise UserError(
                f"veld '{assignment.key}': " + join_findings(refused),
                "Laat persoons- en casusgegevens weg.",  # the reason is in the message already
            )
