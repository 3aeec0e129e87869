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
from regiotrack.plan.meeting import awaiting_minutes, is_held, plan_meeting, require_meeting, tag_name
from regiotrack.plan.model import PartnerMeeting, Plan
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


def _named(meeting: PartnerMeeting) -> str:
    return f"{meeting.id} ({meeting.title})"


def _waiting(plan: Plan, view: PlanView) -> str:
    """Which meeting does need a verslag, as a sentence for a refusal."""
    waiting = awaiting_minutes(plan, view.today)
    if waiting is not None:
        return f"Het verslag dat nog ontbreekt is dat van {_named(waiting)}: kies dat overleg (scherm 5) en druk op v."
    upcoming = view.standing.next_meeting
    later = f" Het volgende overleg is {_named(upcoming)}." if upcoming is not None else ""
    return "Geen gehouden partneroverleg wacht op een verslag." + later


def minutes_refusal(view: PlanView, meeting_id: str | None) -> str | None:
    """Why no verslag can be recorded now for this meeting (or, with None, for any), else None.

    A verslag is only for a meeting that has been held (``plan.meeting.is_held``) and has none yet.
    """
    plan = view.loaded.plan
    if meeting_id is None:
        return None if awaiting_minutes(plan, view.today) is not None else _waiting(plan, view)
    meeting = require_meeting(plan, meeting_id)
    if meeting.has_minutes:
        return f"{_named(meeting)} heeft al een verslag (gehouden op {meeting.done_on}). " + _waiting(plan, view)
    if not is_held(meeting, view.today):
        half = meeting.half_year
        when = (
            f"gepland op {meeting.day}"
            if meeting.day
            else f"nog niet gepland; {half.label()} begint op {half.first_day}"
        )
        return f"{_named(meeting)} is nog niet gehouden ({when}); een verslag kan pas na het overleg. " + _waiting(
            plan, view
        )
    return None


async def record_minutes(app: App[Any], view: PlanView, meeting_id: str | None) -> None:
    """Walk through the meeting's agenda in the guided screen, then write the verslag and tag it.

    Without a meeting id: the most recent held meeting that has no verslag yet (never the next
    one to come). A meeting still to come, or with a verslag already, is refused with a notice
    that names the meeting that does need a verslag.
    """
    refusal = minutes_refusal(view, meeting_id)
    if refusal is not None:
        app.notify(escape_controls(refusal), severity="warning", timeout=10, markup=False)
        return
    meeting = (
        require_meeting(view.loaded.plan, meeting_id) if meeting_id else awaiting_minutes(view.loaded.plan, view.today)
    )
    if meeting is None:  # minutes_refusal said there is one
        return
    meeting_id = meeting.id
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
