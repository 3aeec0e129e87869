"""What the terminal view does beyond showing: edit flows (ask, then save), exports, failures.

An edit flow asks the user in a typed dialog and returns the edit to make (a function
``Plan, today -> Edit``), or None when nothing is to change; :func:`save` runs it through the one
write path (:func:`regiotrack.saving.save_and_commit`) off the event loop and reports back to the
App with messages (messages up): :class:`PlanLoaded` with the plan as now on disk, or
:class:`ReloadRequested` after a stale file. Exports turn the current view into files and return
the Dutch sentence to show.

To add an edit (a form for a new item, say), write an ``async def ask_x(app, view, item_id)`` and
register it in :data:`EDITS` and as a command (``screen.edit('x')``) in :mod:`regiotrack.tui.commands`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any

from textual.app import App
from textual.worker import Worker, WorkerState

from regiotrack.errors import FileSystemError, RegiotrackError, StaleFileError, UserError, escape_controls
from regiotrack.history.git import user_name
from regiotrack.plan.edits import Edit, require_item, set_deadline, set_status
from regiotrack.plan.model import Agreement, Plan
from regiotrack.plan.notes import UNKNOWN_AUTHOR, add_note
from regiotrack.plan.schedule import due_label
from regiotrack.saving import save_and_commit
from regiotrack.store.reading import LoadedPlan
from regiotrack.tui import item_flows
from regiotrack.tui.dialogs.confirm import ConfirmDialog
from regiotrack.tui.dialogs.deadline import DeadlineDialog
from regiotrack.tui.dialogs.note import NoteDialog
from regiotrack.tui.dialogs.problems import ProblemsScreen
from regiotrack.tui.dialogs.reason import ReasonDialog
from regiotrack.tui.dialogs.status import StatusDialog
from regiotrack.tui.messages import PlanLoaded as PlanLoaded
from regiotrack.tui.messages import ReloadRequested as ReloadRequested
from regiotrack.tui.view import PlanView
from regiotrack.tui.watching import PlanFile

MakeEdit = Callable[[Plan, date], Edit]
Ask = Callable[[App[Any], PlanView, str], Awaitable[MakeEdit | None]]


# ---------------------------------------------------------------------- edits


async def ask_status(app: App[Any], view: PlanView, item_id: str) -> MakeEdit | None:
    """Ask for a status for the item; 'vervallen' also asks why (stored in 'reden')."""
    item = require_item(view.loaded.plan, item_id)
    status = await app.push_screen_wait(StatusDialog(item_id, item.status))
    if status is None or status == item.status:
        return None
    reason = None
    if status == "vervallen":
        from regiotrack.check.content import allowed_contacts, value_problems

        allowed = allowed_contacts(view.loaded.plan)
        reason = await app.push_screen_wait(ReasonDialog(item_id, lambda typed: value_problems(typed, allowed)))
        if reason is None:
            return None
    return lambda plan, today: set_status(plan, item_id, status, today, reason=reason)


async def ask_note(app: App[Any], view: PlanView, item_id: str, text: str = "", refusal: str = "") -> MakeEdit | None:
    """Ask for a new entry of the item's note log (several lines), by the git identity.

    The dialog checks the text as you type with the check saving makes (resident data, control
    characters). ``text`` and ``refusal``: open it again with what was typed and why saving refused it.
    """
    from regiotrack.check.content import allowed_contacts, value_problems

    item = require_item(view.loaded.plan, item_id)
    allowed = allowed_contacts(view.loaded.plan)
    dialog = NoteDialog(item_id, item.notes, lambda typed: value_problems(typed, allowed), text, refusal)
    note = await app.push_screen_wait(dialog)
    if note is None:
        return None
    author = await asyncio.to_thread(user_name, view.loaded.path) or UNKNOWN_AUTHOR
    return NoteEdit(note, lambda plan, today: add_note(plan, item_id, note, today, author))


class NoteEdit:
    """The edit a note dialog asks for, with the text typed (to show again when saving refuses it)."""

    def __init__(self, text: str, make: MakeEdit) -> None:
        self.text = text
        self.make = make

    def __call__(self, plan: Plan, today: date) -> Edit:
        return self.make(plan, today)


async def ask_deadline(app: App[Any], view: PlanView, item_id: str) -> MakeEdit | None:
    """Ask for a new deadline (Dutch input); a period only for afspraken."""
    item = require_item(view.loaded.plan, item_id)
    when = await app.push_screen_wait(DeadlineDialog(item_id, due_label(item), isinstance(item, Agreement)))
    if when is None:
        return None
    from regiotrack.history.git import author_name

    by = author_name(view.loaded.path)
    return lambda plan, today: set_deadline(plan, item_id, when, by=by, on=today)


EDITS: dict[str, Ask] = {
    "status": ask_status,
    "notitie": ask_note,
    "deadline": ask_deadline,
    "wijzig": item_flows.ask_change,
}
"""Edit flows by command id; each works on the selected item."""


async def run_edit(app: App[Any], view: PlanView, name: str, item_id: str) -> None:
    """Ask with the flow ``name``, then save what the user chose.

    When saving refuses a note (``UserError``: the plan would take in resident data, say), the note
    dialog opens again with the text typed and the reason under it: nothing typed is lost.
    """
    make_edit = await EDITS[name](app, view, item_id)
    while make_edit is not None:
        try:
            await save(app, view, make_edit)
            return
        except UserError as err:
            if not isinstance(make_edit, NoteEdit):
                raise
            make_edit = await ask_note(app, view, item_id, make_edit.text, err.format())


async def run_add(app: App[Any], view: PlanView, kind: str) -> None:
    """The add form for an item of section ``kind``, then save it."""
    make_edit = await item_flows.ask_new(app, view, kind)
    if make_edit is not None:
        await save(app, view, make_edit)


async def save(app: App[Any], view: PlanView, make_edit: MakeEdit) -> None:
    """Write (and commit) off the event loop; offer a reload when the file went stale."""
    try:
        saved = await asyncio.to_thread(save_and_commit, view.loaded, make_edit, view.today, view.commit)
    except StaleFileError as err:
        question = f"{err.format().rstrip('.')}.\nHet plan opnieuw inlezen? Voer daarna uw wijziging nog eens uit."
        if await app.push_screen_wait(ConfirmDialog(question)):
            app.post_message(ReloadRequested())
        return
    app.post_message(PlanLoaded(saved.loaded))
    message = saved.edit.summary
    if saved.commit is not None:
        message += "\n" + saved.commit.message
    committed = saved.commit is None or saved.commit.committed
    app.notify(escape_controls(message), severity="information" if committed else "warning", timeout=6, markup=False)


async def undo(app: App[Any], view: PlanView) -> None:
    """Undo the last change made through regiotrack (see ``history/undo.py``), after a yes."""
    from regiotrack.history.undo import find_undo
    from regiotrack.plan.edits import restore_fields

    found = await asyncio.to_thread(find_undo, Path(view.loaded.path))
    question = f"{found.subject}\n\nDit maakt commit {found.commit} ongedaan, met een nieuwe commit. Doorgaan?"
    if await app.push_screen_wait(ConfirmDialog(question)):
        await save(app, view, lambda plan, today: restore_fields(plan, found.item_id, found.restore, found.subject))


def reload(app: App[Any], plan_file: PlanFile, view: PlanView, quiet: bool) -> None:
    """Read the file again; show its problems instead of crashing when it is broken."""
    try:
        outcome = plan_file.reread(view.loaded)
    except (UserError, OSError) as err:
        app.notify(failure_message(err), severity="error", timeout=10, markup=False)
        return
    if isinstance(outcome, list):
        app.push_screen(ProblemsScreen(outcome))
    elif outcome is not None:
        app.post_message(PlanLoaded(outcome))
        if not quiet:
            app.notify("Het plan is gewijzigd op schijf en opnieuw ingelezen.", timeout=5)


# ---------------------------------------------------------------------- exports


def output_dir(loaded: LoadedPlan) -> Path:
    """Next to plans/ in a plan repository; else the current folder."""
    path = Path(loaded.path)
    return path.parent.parent if path.parent.name == "plans" and not loaded.readonly else Path.cwd()


def export_calendar(view: PlanView) -> str:
    """Write the whole plan as an iCalendar file next to plans/; the sentence to show."""
    from datetime import UTC, datetime

    from regiotrack.export.calhistory import CalendarHistory, build_history
    from regiotrack.export.ical import export_calendar as calendar
    from regiotrack.history.git import relative, repo_root
    from regiotrack.history.log import plan_snapshots
    from regiotrack.store.writing import write_atomic

    loaded = view.loaded
    root = None if loaded.readonly else repo_root(loaded.path)
    history = CalendarHistory()
    if root is not None:
        now = datetime(view.today.year, view.today.month, view.today.day, tzinfo=UTC)
        history = build_history(plan_snapshots(root, relative(root, loaded.path)), loaded.plan, now)
    target = output_dir(loaded) / "regiotrack-agenda.ics"
    write_atomic(target, calendar(loaded.plan, view.today, history=history))
    return f"Agenda geschreven: {target}"


def make_report(view: PlanView) -> str:
    """Write the progress report (HTML and Markdown) next to plans/; the sentence to show."""
    from regiotrack.errors import PlanError
    from regiotrack.export.html import render_html
    from regiotrack.export.summary import build_report, render_markdown
    from regiotrack.plan.matrix import PlanSet
    from regiotrack.plan.periods import half_year_of
    from regiotrack.store.localset import checked_set
    from regiotrack.store.writing import write_atomic

    # The local plans, for "Lokale uitvoering"; refused like `regiotrack rapport` when the set has errors.
    regional, locals_, problems = checked_set(view.loaded)
    if problems:
        raise PlanError(problems)
    plan_set = PlanSet(regional.plan, tuple(p.plan for p in locals_))
    report = build_report(view.loaded.plan, view.today, half_year_of(view.today), plan_set=plan_set)
    base = output_dir(view.loaded) / "regiotrack-rapport"
    write_atomic(base.with_suffix(".html"), render_html(report))
    write_atomic(base.with_suffix(".md"), render_markdown(report))
    return f"Rapport geschreven: {base}.html en .md"


EXPORTS: dict[str, Callable[[PlanView], str]] = {"agenda": export_calendar, "rapport": make_report}
"""Export flows by command id; each runs in a thread."""


# ---------------------------------------------------------------------- failures


def report(app: App[Any], worker: Worker[Any], state: WorkerState) -> None:
    """Notify what an export wrote, or the Dutch message of any worker's failure."""
    if state == WorkerState.ERROR and worker.error is not None:
        app.notify(failure_message(worker.error), severity="error", timeout=10, markup=False)
    elif state == WorkerState.SUCCESS and worker.name.startswith("export:"):
        app.notify(str(worker.result), timeout=8, markup=False)


def failure_message(error: BaseException) -> str:
    """The Dutch message for anything a worker raised: never a traceback, never a closed app."""
    if isinstance(error, RegiotrackError):
        return error.format()
    if isinstance(error, OSError):
        return FileSystemError.from_os_error(error, "Lezen of schrijven").format()
    return escape_controls(
        f"Er ging iets onverwachts mis ({type(error).__name__}: {error}).\n"
        "    → Probeer het opnieuw; blijft het gebeuren, meld het dan met deze tekst."
    )
