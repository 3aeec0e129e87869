"""Jump to anything: one key opens a fuzzy search over every item (id, title, trekker) and shows
the chosen one on its screen with its details.

Built on Textual's command palette with our own :class:`~textual.command.Provider`; the items are
handed to the provider when the palette opens (attributes down), so it never reads the App's state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from textual.app import App
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider

from regiotrack.tui.screens.base import PlanScreen
from regiotrack.tui.text import clean
from regiotrack.tui.view import PlanView

SHOWN_AT_MOST = 40
"""Hits listed per search; the best first."""

SCREEN_OF = {
    "stap": "tijdlijn",
    "afspraak": "afspraken",
    "partneroverleg": "partneroverleg",
    "werkgroep": "werkgroepen",
}
"""Which screen shows an item of each kind."""


@dataclass(frozen=True)
class Target:
    """One item to jump to."""

    id: str
    kind: str
    text: str
    """'B2-03 Kennis- en leerplatformfunctie … · EP': what the search matches."""


def targets(view: PlanView) -> list[Target]:
    """Every item of the plan (also those hidden by 'm'): steps, afspraken, meetings, werkgroepen."""
    found = [
        Target(r.id, r.type, clean(f"{r.id} {r.title} · {r.lead or '-'}", one_line=True)) for r in view.everything.rows
    ]
    for group in view.loaded.plan.working_groups:
        found.append(
            Target(group.id, "werkgroep", clean(f"{group.id} {group.name} · {', '.join(group.leads)}", one_line=True))
        )
    return found


def open_jump(app: App[Any], view: PlanView) -> None:
    """Open the search over ``view``'s items."""
    provider = _provider(targets(view), partial(go, app))
    app.push_screen(CommandPalette(providers=[provider], placeholder="Ga naar: id, titel of trekker…"))


async def go(app: App[Any], target: Target) -> None:
    """Switch to the item's screen and show it there with its details."""
    await app.switch_mode(SCREEN_OF[target.kind])
    screen = app.screen
    if isinstance(screen, PlanScreen) and not screen.show_item(target.id):
        app.notify(f"{target.id} staat hier nu niet: 'm' toont weer alle items.", severity="warning", timeout=6)


def _provider(items: list[Target], chosen: Callable[[Target], Any]) -> type[Provider]:
    """A Provider class bound to these items (Textual instantiates providers itself)."""

    class ItemProvider(Provider):
        """Fuzzy search over the plan's items."""

        async def discover(self) -> Hits:
            for target in items[:SHOWN_AT_MOST]:
                yield DiscoveryHit(target.text, partial(chosen, target), help=target.kind)

        async def search(self, query: str) -> Hits:
            matcher = self.matcher(query)
            words = query.lower().split()
            scored = []
            for target in _candidates(items, words):
                score = matcher.match(target.text)
                if score > 0:
                    scored.append((score, target))
            scored.sort(key=lambda pair: -pair[0])
            for score, target in scored[:SHOWN_AT_MOST]:
                yield Hit(score, matcher.highlight(target.text), partial(chosen, target), target.text, target.kind)

    return ItemProvider


def _candidates(items: Iterable[Target], words: list[str]) -> Iterable[Target]:
    """Items worth scoring: with many items, only those holding each word's first letter (cheap)."""
    firsts = {w[0] for w in words if w}
    for target in items:
        lowered = target.text.lower()
        if all(f in lowered for f in firsts):
            yield target
