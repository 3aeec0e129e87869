"""Messages the edit flows send up to the App (messages up).

Kept apart from :mod:`regiotrack.tui.flows` so that the App can handle them without importing
the flows (and with them the write path, the dialogs and git) before its first screen is shown.
"""

from __future__ import annotations

from textual.message import Message

from regiotrack.store.reading import LoadedPlan


class PlanLoaded(Message):
    """A new version of the plan is on disk (an edit was saved); the App shows it."""

    def __init__(self, loaded: LoadedPlan) -> None:
        super().__init__()
        self.loaded = loaded


class ReloadRequested(Message):
    """The user asked to read the plan file again (after a stale-file refusal)."""
