"""The regiotrack App: composition only.

It holds the current :class:`PlanView` as a reactive (screens watch it: attributes down), makes one
mode per registered screen, watches the file on disk, and runs the flows of
:mod:`regiotrack.tui.flows` in workers; flows report back with messages (messages up). A failing
worker never closes the app: its error is shown as a notification.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import partial

from textual import on, work
from textual.app import App, SystemCommand
from textual.reactive import var
from textual.screen import Screen
from textual.worker import Worker

from regiotrack.history.git import relative, repo_root
from regiotrack.store.reading import LoadedPlan
from regiotrack.tui.commands import bindings, palette_commands
from regiotrack.tui.messages import PlanLoaded, ReloadRequested
from regiotrack.tui.screens import SCREENS
from regiotrack.tui.view import MINE_UNKNOWN, PlanView
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
        organisation: str | None = None,
        mine: bool = False,
    ) -> None:
        """``organisation`` (--als) defaults to git config regiotrack.organisatie; ``mine``: only its items."""
        super().__init__()
        self.watch_seconds = watch_seconds
        self.root = repo_root(loaded.path) if not loaded.readonly else None
        view, self.unknown_organisation = PlanView.start(loaded, today, self.root is not None, commit, organisation)
        self.set_reactive(RegiotrackApp.view, view.toggled() if mine and view.organisation else view)
        self._load_history = load_history and self.root is not None
        self.plan_file = PlanFile(loaded.path)
        # The plan and what derives from it live as long as the app: move them out of the cycle
        # collector's sight, so that its full scans during start-up (a fifth of the CPU time at 10,000
        # afspraken) do not walk them again and again. Undone when the app closes.
        gc.freeze()

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
        if self.unknown_organisation:
            self.notify(self.unknown_organisation, severity="warning", timeout=10, markup=False)

    def on_unmount(self) -> None:
        """Give what :meth:`__init__` froze back to the cycle collector."""
        gc.unfreeze()

    @on(PlanLoaded)
    def set_loaded(self, message: PlanLoaded) -> None:
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
            self.action_reload_plan()

    @on(ReloadRequested)
    def action_reload_plan(self) -> None:
        """Read the plan file again."""
        from regiotrack.tui import flows

        flows.reload(self, self.plan_file, self.view, quiet=False)

    def action_undo(self) -> None:
        """Undo the last change made through regiotrack, after a confirmation."""
        from regiotrack.tui import flows

        self.run_worker(flows.undo(self, self.view), name="undo", group="edit", exclusive=True, exit_on_error=False)

    def action_export(self, name: str) -> None:
        """Run the export ``name`` in a thread and say where it went."""
        from regiotrack.tui import flows

        job = partial(flows.EXPORTS[name], self.view)
        self.run_worker(job, name=f"export:{name}", thread=True, exclusive=True, group=name, exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Show what an export produced, or any worker's error; a failing worker never closes the app."""
        from regiotrack.tui import flows  # the flows (write path, dialogs) load with the first worker

        flows.report(self, event.worker, event.state)

    def action_toggle_mine(self) -> None:
        """Every screen: only my organisation's items, or everything."""
        if self.view.organisation is None:
            self.notify(MINE_UNKNOWN, severity="warning", timeout=10)
        else:
            self.view = self.view.toggled()

    def action_jump(self) -> None:
        """Search every item and show the chosen one on its screen."""
        from regiotrack.tui import jump

        jump.open_jump(self, self.view)

    def action_toggle_theme(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def action_show_help(self) -> None:
        """Show every command and key."""
        from regiotrack.tui.dialogs.help import HelpScreen

        self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The command palette: regiotrack's own commands first, then Textual's."""
        yield from palette_commands(self.run_action)
        yield from super().get_system_commands(screen)
