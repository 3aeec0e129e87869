"""Where an item stands on a given day, from its status, its done day and its due day.

Pure and light (no pydantic): shared by the full plan model and the fast listing path.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, NamedTuple

HORIZON_DAYS = 14
"""Default window for 'binnenkort' (due soon)."""

State = Literal[
    "verlopen", "binnenkort", "op schema", "gereed", "gereed, te laat", "geblokkeerd", "vervallen", "geen termijn"
]
"""Derived standing of an item; never stored."""

STATE_ORDER: tuple[str, ...] = (
    "verlopen",
    "binnenkort",
    "op schema",
    "geblokkeerd",
    "gereed",
    "gereed, te laat",
    "vervallen",
    "geen termijn",
)
"""The standings in the order people read them: most urgent first."""

SYMBOLS: dict[str, str] = {
    "verlopen": "!",
    "binnenkort": "~",
    "op schema": "·",
    "gereed": "✓",
    "gereed, te laat": "✓!",
    "geblokkeerd": "■",
    "vervallen": "×",
    "geen termijn": "?",
}
"""A symbol per standing, so that status is never shown by colour alone."""


class Standing(NamedTuple):
    """Where an item stands on a given today."""

    state: State
    """The derived standing."""
    due: date | None
    """The day it falls due."""
    days_left: int | None
    """Days from today to the due day (negative when past)."""

    @property
    def overdue(self) -> bool:
        """Past its due day and not done or cancelled (also true for a blocked item)."""
        return self.state == "verlopen" or (
            self.state == "geblokkeerd" and self.days_left is not None and self.days_left < 0
        )


def standing_for(
    status: str, done_on: date | None, due: date | None, today: date, horizon: int = HORIZON_DAYS
) -> Standing:
    """Derive verlopen / binnenkort / op schema / gereed (te laat) / geblokkeerd / vervallen."""
    days_left = None if due is None else (due - today).days
    if status == "vervallen":
        return Standing("vervallen", due, days_left)
    if status == "gereed":
        late = due is not None and done_on is not None and done_on > due
        return Standing("gereed, te laat" if late else "gereed", due, days_left)
    if status == "geblokkeerd":
        return Standing("geblokkeerd", due, days_left)
    if days_left is None:
        return Standing("geen termijn", None, None)
    if days_left < 0:
        return Standing("verlopen", due, days_left)
    if days_left <= horizon:
        return Standing("binnenkort", due, days_left)
    return Standing("op schema", due, days_left)
