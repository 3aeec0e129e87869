"""The footer of every main screen: Textual's Footer, rebuilt only when the keys it shows change.

Textual's ``Footer`` removes and mounts all its key widgets again whenever the screen's bindings
may have changed: on every focus change and every time its screen is shown again. That
rebuild (about sixteen widgets, each styled anew) was most of the cost of switching screens.
Here it is skipped when the keys, labels and enabled states are the ones already shown.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """A Footer that recomposes only when what it would show differs from what it shows."""

    _shown: Hashable = None
    """The signature of the keys last composed."""

    def _signature(self) -> Hashable:
        """What the footer shows, as a comparable value."""
        active = self.screen.active_bindings
        keys = tuple(
            (binding.key, binding.description, binding.action, enabled, tooltip, binding.group)
            for _node, binding, enabled, tooltip in active.values()
            if binding.show
        )
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        return keys, self.compact, self.show_command_palette, palette is not None and palette[2]

    def compose(self) -> ComposeResult:
        """Textual's keys; remembers what they were made from."""
        if self._bindings_ready:
            self._shown = self._signature()
        yield from super().compose()

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Recompose (as Textual does) unless the keys shown would be the same."""
        ready = self._bindings_ready and self.is_attached and screen is self.screen
        if ready and self._shown is not None and self._signature() == self._shown:
            return
        super().bindings_changed(screen)
