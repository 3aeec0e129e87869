"""The partneroverleg flows of the terminal view: plan a meeting, record its verslag.

Like :mod:`regiotrack.tui.flows`: ask in a dialog or a guided screen, then write through the
one write path off the event loop and report back with :class:`~regiotrack.tui.flows.PlanLoaded`.
A verslag is written by :func:`regiotrack.saving.save_minutes`: one commit and an annotated tag.
"""

from __future__ import annotations

import asyncio
from typing import Any

from textual.app import App

from regiotrack.errors import escape_controls
from regiotrack.plan.meeting import plan_meeting, require_meeting, tag_name
from regiotrack.plan.verslag import minutes_edit
from regiotrack.saving import save_minutes
from regiotrack.tui import flows
from regiotrack.tui.dialogs.plan_meeting import PlanMeetingDialog
from regiotrack.tui.screens.minutes import MinutesScreen
from regiotrack.tui.view import PlanView


async def ask_plan_meeting(app: App[Any], view: PlanView, meeting_id: str) -> None:
    """Ask for day, time and place of the meeting; save them as one commit."""
    from regiotrack.check.content import allowed_contacts, value_problems

    meeting = require_meeting(view.loaded.plan, meeting_id)
    allowed = allowed_contacts(view.loaded.plan)
    answer = await app.push_screen_wait(PlanMeetingDialog(meeting, lambda typed: value_problems(typed, allowed)))
    if answer is None:
        return
    await flows.save(
        app, view, lambda plan, _today: plan_meeting(plan, meeting_id, answer.day, answer.time, answer.location)
    )


async def record_minutes(app: App[Any], view: PlanView, meeting_id: str) -> None:
    """Walk through the meeting's agenda in the guided screen, then write the verslag and tag it."""
    meeting = require_meeting(view.loaded.plan, meeting_id)
    if meeting.has_minutes:
        app.notify(f"{meeting.id} heeft al een verslag (gehouden op {meeting.done_on}).", severity="warning")
        return
    verslag = await app.push_screen_wait(MinutesScreen(view.loaded.plan, meeting_id, view.today))
    if verslag is None:
        return
    # Ids that were ever in the file's history are never given to a new afspraak.
    taken = frozenset(change.item_id for entry in view.history or () for change in entry.changes)
    result = await asyncio.to_thread(
        save_minutes,
        view.loaded,
        lambda plan, today: minutes_edit(plan, verslag, today, reserved=taken),
        view.today,
        tag_name(meeting),
        view.commit,
    )
    app.post_message(flows.PlanLoaded(result.saved.loaded))
    message = result.saved.edit.summary
    if result.tag is not None:
        message += f"\nVastgelegd met tag {result.tag}."
    elif result.saved.commit is not None:
        message += "\n" + result.saved.commit.message
    app.notify(escape_controls(message), timeout=8, markup=False)
