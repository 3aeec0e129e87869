"""How provenance reads for people: which values are the source's and which are assumed.

Shared by 'regiotrack toon', the terminal view's details and the reports, so that an
assumption reads the same everywhere.
"""

from __future__ import annotations

from typing import Any

from regiotrack.plan.fields import quote_fragments
from regiotrack.plan.schedule import NOT_YET_SET


def marked(item: Any, key: str, text: str | None) -> str:
    """A field's value as shown: 'nog vast te stellen' when empty, '(aanname)' when assumed."""
    if text is None or text == "":
        return NOT_YET_SET
    return f"{text} (aanname)" if key in getattr(item, "assumed", ()) else text


def provenance_lines(item: Any) -> list[tuple[str, str]]:
    """(label, text) pairs: bron, citaat (one line per fragment) and the assumption, if any."""
    lines: list[tuple[str, str]] = []
    source = getattr(item, "source", None)
    if source:
        lines.append(("bron", source))
    quote = getattr(item, "quote", None)
    if quote:
        lines.append(("citaat", "\n".join(f"“{part}”" for part in quote_fragments(quote))))
    assumed = getattr(item, "assumed", ())
    if assumed:
        lines.append(
            (
                "aanname",
                f"{', '.join(assumed)}: door {item.assumed_by} op {item.assumed_on}"
                + (f"\n{item.assumption}" if item.assumption else ""),
            )
        )
    return lines


def assumption_text(item: Any) -> str | None:
    """One line for reports: 'trekker, deadline aangenomen door X op D', or None."""
    assumed = getattr(item, "assumed", ())
    if not assumed:
        return None
    return f"{', '.join(assumed)} aangenomen door {item.assumed_by} op {item.assumed_on}"
