"""The regiotrack App: load, theme, modes (one per screen), edits, watching the file on disk.

Screens own their behaviour; the App hands each a PlanView (attributes down) and runs the
edits that any screen can ask for on its selected item.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from textual import work
from textual.app import App, SystemCommand
from textual.screen import Screen

from regiotrack.errors import PlanError, StaleFileError, UserError
from regiotrack.history.git import relative, repo_root, user_name
from regiotrack.history.log import HistoryEntry
from regiotrack.plan.edits import Edit, require_item, set_deadline, set_status
from regiotrack.plan.model import Agreement, Plan
from regiotrack.plan.notes import UNKNOWN_AUTHOR, add_note
from regiotrack.plan.schedule import due_label
from regiotrack.saving import save_and_commit
from regiotrack.store.reading import LoadedPlan, read_plan
from regiotrack.tui.commands import COMMANDS, bindings
from regiotrack.tui.dialogs.confirm import ConfirmDialog
from regiotrack.tui.dialogs.deadline import DeadlineDialog
from regiotrack.tui.dialogs.help import HelpScreen
from regiotrack.tui.dialogs.note import NoteDialog
from regiotrack.tui.dialogs.problems import ProblemsScreen
from regiotrack.tui.dialogs.status import StatusDialog
from regiotrack.tui.screens.agreements import AgreementsScreen
from regiotrack.tui.screens.base import PlanScreen
from regiotrack.tui.screens.groups import GroupsScreen
from regiotrack.tui.screens.history import HistoryScreen
from regiotrack.tui.screens.meetings import MeetingsScreen
from regiotrack.tui.screens.overview import OverviewScreen
from regiotrack.tui.screens.timeline import TimelineScreen
from regiotrack.tui.view import PlanView

SCREEN_CLASSES: dict[str, type[PlanScreen]] = {
    "overzicht": OverviewScreen,
    "tijdlijn": TimelineScreen,
    "afspraken": AgreementsScreen,
    "werkgroepen": GroupsScreen,
    "partneroverleg": MeetingsScreen,
    "geschiedenis": HistoryScreen,
}


class RegiotrackApp(App[None]):
    """The terminal UI on one plan file, for a fixed today."""

    CSS_PATH = "regiotrack.tcss"
    TITLE = "regiotrack"
    BINDINGS = bindings()

    def __init__(
        self,
        loaded: LoadedPlan,
        today: date,
        *,
        watch_seconds: float | None = 2.0,
        commit: bool = True,
        load_history: bool = True,
    ) -> None:
        super().__init__()
        self.loaded = loaded
        self.today = today
        self.commit = commit
        self.watch_seconds = watch_seconds
        self.root = repo_root(loaded.path) if not loaded.readonly else None
        self.view = PlanView.make(loaded, today, in_git=self.root is not None)
        self.plan_screens = {name: cls() for name, cls in SCREEN_CLASSES.items()}
        self._load_history = load_history and self.root is not None
        self._seen_on_disk = self._disk_signature()
        self._reported_digest: str | None = None

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        for name, screen in self.plan_screens.items():
            self.add_mode(name, _returning(screen))
        self._broadcast(self.view)
        self.switch_mode("overzicht")
        if self._load_history:
            self.read_history()
        if self.watch_seconds:
            self.set_interval(self.watch_seconds, self.check_disk)
        if self.loaded.readonly:
            self.notify("Dit is het meegeleverde plan (alleen-lezen). Eigen repository: regiotrack init MAP", timeout=8)

    # ------------------------------------------------------------------ views

    def _broadcast(self, view: PlanView) -> None:
        self.view = view
        for screen in self.plan_screens.values():
            screen.show(view)

    def _set_loaded(self, loaded: LoadedPlan) -> None:
        self.loaded = loaded
        self._seen_on_disk = self._disk_signature()
        self._broadcast(replace(PlanView.make(loaded, self.today, self.view.in_git), history=self.view.history))
        if self._load_history:
            self.read_history()

    @work(thread=True, exclusive=True, group="history")
    def read_history(self) -> None:
        """Read the plan's git history off the event loop, then hand it down."""
        from regiotrack.history.log import history

        assert self.root is not None
        entries = tuple(history(self.root, relative(self.root, self.loaded.path)))
        self.call_from_thread(self._history_ready, entries)

    def _history_ready(self, entries: tuple[HistoryEntry, ...]) -> None:
        self._broadcast(replace(self.view, history=entries))

    # ------------------------------------------------------------------ the file on disk

    def _disk_signature(self) -> tuple[int, int] | None:
        try:
            stat = Path(self.loaded.path).stat()
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size)

    def check_disk(self) -> None:
        """Reload the plan when the file changed on disk (someone pulled or edited it)."""
        signature = self._disk_signature()
        if signature == self._seen_on_disk:
            return
        self._seen_on_disk = signature
        self.reload_from_disk(quiet=False)

    def reload_from_disk(self, quiet: bool) -> None:
        """Read the file again; show its problems instead of crashing when it is broken."""
        try:
            loaded = read_plan(self.loaded.path, readonly=self.loaded.readonly)
        except PlanError as err:
            import hashlib

            digest = hashlib.sha256(Path(self.loaded.path).read_bytes()).hexdigest()
            if digest != self._reported_digest:
                self._reported_digest = digest
                self.push_screen(ProblemsScreen(err.problems))
            return
        except UserError as err:
            self.notify(err.format(), severity="error", timeout=10)
            return
        if loaded.digest == self.loaded.digest:
            return
        self._set_loaded(loaded)
        if not quiet:
            self.notify("Het plan is gewijzigd op schijf en opnieuw ingelezen.", timeout=5)

    def action_reload_plan(self) -> None:
        """Read the plan file again."""
        self.reload_from_disk(quiet=False)
        self.notify("Plan opnieuw ingelezen.", timeout=2)

    # ------------------------------------------------------------------ edits

    def _selected(self) -> str | None:
        screen = self.screen
        item_id = screen.selected_item_id() if isinstance(screen, PlanScreen) else None
        if item_id is None:
            self.notify("Kies eerst een item in Overzicht, Afspraken of Partneroverleg.", severity="warning")
        return item_id

    @work(exclusive=True, group="edit")
    async def action_set_status(self) -> None:
        """Ask for a status for the selected item and save it."""
        if (item_id := self._selected()) is None:
            return
        item = require_item(self.loaded.plan, item_id)
        status = await self.push_screen_wait(StatusDialog(item_id, item.status))
        if status is not None and status != item.status:
            await self._save(lambda plan, today: set_status(plan, item_id, status, today))

    @work(exclusive=True, group="edit")
    async def action_edit_note(self) -> None:
        """Add an entry to the note log of the selected item and save it."""
        if (item_id := self._selected()) is None:
            return
        item = require_item(self.loaded.plan, item_id)
        note = await self.push_screen_wait(NoteDialog(item_id, item.notes))
        if note is not None:
            author = user_name(self.loaded.path) or UNKNOWN_AUTHOR
            await self._save(lambda plan, today: add_note(plan, item_id, note, today, author))

    @work(exclusive=True, group="edit")
    async def action_move_deadline(self) -> None:
        """Ask for a new deadline (Dutch input) for the selected item and save it."""
        if (item_id := self._selected()) is None:
            return
        item = require_item(self.loaded.plan, item_id)
        when = await self.push_screen_wait(DeadlineDialog(item_id, due_label(item), isinstance(item, Agreement)))
        if when is not None:
            await self._save(lambda plan, today: set_deadline(plan, item_id, when))

    async def _save(self, make_edit: Callable[[Plan, date], Edit]) -> None:
        """Write (and commit) off the event loop; offer a reload when the file went stale."""
        try:
            saved = await asyncio.to_thread(save_and_commit, self.loaded, make_edit, self.today, self.commit)
        except UserError as err:
            if isinstance(err, StaleFileError):
                if await self.push_screen_wait(
                    ConfirmDialog(f"{err.message}.\nHet plan opnieuw inlezen? Voer daarna uw wijziging nog eens uit.")
                ):
                    self.reload_from_disk(quiet=True)
                return
            self.notify(err.format(), severity="error", timeout=10)
            return
        self._set_loaded(saved.loaded)
        message = saved.edit.summary
        if saved.commit is not None:
            message += "\n" + saved.commit.message
        self.notify(
            message, severity="information" if saved.commit is None or saved.commit.committed else "warning", timeout=6
        )

    # ------------------------------------------------------------------ exports

    def _output_dir(self) -> Path:
        path = Path(self.loaded.path)
        return path.parent.parent if path.parent.name == "plans" and not self.loaded.readonly else Path.cwd()

    @work(thread=True, exclusive=True, group="calendar")
    def action_export_calendar(self) -> None:
        """Write the whole plan as an iCalendar file next to plans/."""
        from regiotrack.export.ical import export_calendar
        from regiotrack.history.log import calendar_versions
        from regiotrack.store.writing import write_atomic

        versions = calendar_versions(self.view.history) if self.view.history else None
        target = self._output_dir() / "regiotrack-agenda.ics"
        write_atomic(target, export_calendar(self.loaded.plan, self.today, versions=versions))
        self.call_from_thread(self.notify, f"Agenda geschreven: {target}", timeout=8)

    @work(thread=True, exclusive=True, group="report")
    def action_make_report(self) -> None:
        """Write the progress report (HTML and Markdown) next to plans/."""
        from regiotrack.export.html import render_html
        from regiotrack.export.summary import build_report, render_markdown
        from regiotrack.plan.periods import half_year_of
        from regiotrack.store.writing import write_atomic

        report = build_report(self.loaded.plan, self.today, half_year_of(self.today))
        base = self._output_dir() / "regiotrack-rapport"
        write_atomic(base.with_suffix(".html"), render_html(report))
        write_atomic(base.with_suffix(".md"), render_markdown(report))
        self.call_from_thread(self.notify, f"Rapport geschreven: {base}.html en .md", timeout=8)

    # ------------------------------------------------------------------ the rest

    def action_toggle_theme(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def action_show_help(self) -> None:
        """Show every command and key."""
        self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The command palette: regiotrack's own commands first, then Textual's."""
        for command in COMMANDS:
            if command.scope is None and command.id != "stoppen":
                yield SystemCommand(command.label, command.help, _runner(self, command.action))
        yield from super().get_system_commands(screen)


def _returning(screen: PlanScreen) -> Callable[[], PlanScreen]:
    return lambda: screen


def _runner(app: App[None], action: str) -> Callable[[], object]:
    return lambda: app.run_action(action)
