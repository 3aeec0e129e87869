"""The regiotrack App: composition only.

It holds the current :class:`PlanView` as a reactive (screens watch it: attributes down), makes one
mode per registered screen, watches the file on disk, and runs the flows of
:mod:`regiotrack.tui.flows` in workers; flows report back with messages (messages up). A failing
worker never closes the app: its error is shown as a notification.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import partial

from textual import on, work
from textual.app import App, SystemCommand
from textual.reactive import var
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from regiotrack.errors import UserError
from regiotrack.history.git import relative, repo_root
from regiotrack.store.reading import LoadedPlan
from regiotrack.tui import flows
from regiotrack.tui.commands import bindings, palette_commands
from regiotrack.tui.dialogs.help import HelpScreen
from regiotrack.tui.dialogs.problems import ProblemsScreen
from regiotrack.tui.screens import SCREENS
from regiotrack.tui.view import PlanView
from regiotrack.tui.watching import PlanFile


class RegiotrackApp(App[None]):
    """The terminal UI on one plan file, for a fixed today."""

    CSS_PATH = "regiotrack.tcss"
    TITLE = "regiotrack"
    BINDINGS = bindings()
    MODES = {spec.name: spec.make for spec in SCREENS}
    DEFAULT_MODE = SCREENS[0].name

    view: var[PlanView] = var(None, always_update=True)  # type: ignore[arg-type]  # set in __init__
    """The plan as loaded, for today; every main screen watches it."""

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
        self.watch_seconds = watch_seconds
        self.root = repo_root(loaded.path) if not loaded.readonly else None
        self.set_reactive(RegiotrackApp.view, PlanView.make(loaded, today, self.root is not None, commit))
        self._load_history = load_history and self.root is not None
        self.plan_file = PlanFile(loaded.path)

    @property
    def loaded(self) -> LoadedPlan:
        """The plan as last read or written."""
        return self.view.loaded

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        if self._load_history:
            self.read_history()
        if self.watch_seconds:
            self.set_interval(self.watch_seconds, self.check_disk)
        if self.loaded.readonly:
            self.notify("Dit is het meegeleverde plan (alleen-lezen). Eigen repository: regiotrack init MAP", timeout=8)

    @on(flows.PlanLoaded)
    def set_loaded(self, message: flows.PlanLoaded) -> None:
        """Show a new version of the plan; history is kept until it is read again."""
        self.plan_file.mark_seen()
        self.view = self.view.with_plan(message.loaded)
        if self._load_history:
            self.read_history()

    @work(thread=True, exclusive=True, group="history", exit_on_error=False)
    def read_history(self) -> None:
        """Read the plan's git history off the event loop, then hand it down."""
        from regiotrack.history.log import history

        assert self.root is not None
        entries = tuple(history(self.root, relative(self.root, self.loaded.path)))
        self.call_from_thread(lambda: setattr(self, "view", replace(self.view, history=entries)))

    def check_disk(self) -> None:
        """Reload the plan when the file changed on disk (someone pulled or edited it)."""
        if self.plan_file.changed():
            self.reload_from_disk(quiet=False)

    @on(flows.ReloadRequested)
    def _reload_requested(self) -> None:
        self.reload_from_disk(quiet=True)

    def reload_from_disk(self, quiet: bool) -> None:
        """Read the file again; show its problems instead of crashing when it is broken."""
        try:
            outcome = self.plan_file.reread(self.loaded)
        except (UserError, OSError) as err:
            self.notify(flows.failure_message(err), severity="error", timeout=10, markup=False)
            return
        if isinstance(outcome, list):
            self.push_screen(ProblemsScreen(outcome))
        elif outcome is not None:
            self.set_loaded(flows.PlanLoaded(outcome))
            if not quiet:
                self.notify("Het plan is gewijzigd op schijf en opnieuw ingelezen.", timeout=5)

    def action_reload_plan(self) -> None:
        """Read the plan file again."""
        self.reload_from_disk(quiet=False)
        self.notify("Plan opnieuw ingelezen.", timeout=2)

    def action_export(self, name: str) -> None:
        """Run the export ``name`` in a thread and say where it went."""
        job = partial(flows.EXPORTS[name], self.view)
        self.run_worker(job, name=f"export:{name}", thread=True, exclusive=True, group=name, exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Show what a worker produced, or its error; a failing worker never closes the app."""
        worker = event.worker
        if event.state == WorkerState.ERROR and worker.error is not None:
            self.notify(flows.failure_message(worker.error), severity="error", timeout=10, markup=False)
        elif event.state == WorkerState.SUCCESS and worker.name.startswith("export:"):
            self.notify(str(worker.result), timeout=8, markup=False)

    def action_toggle_theme(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def action_show_help(self) -> None:
        """Show every command and key."""
        self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The command palette: regiotrack's own commands first, then Textual's."""
        yield from palette_commands(self.run_action)
        yield from super().get_system_commands(screen)
