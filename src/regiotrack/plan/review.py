"""The yearly review of a local action (vasthouden, versterken, vernieuwen, verlaten) as an edit.

A review is stored on the afspraak as one line in ``beoordelingen``: '2026: versterken — reden'.
Who and when come from git (the commit of the review). A second review for the same year
replaces the first (git keeps the earlier one). 'verlaten' ends the action: status vervallen.
"""

from __future__ import annotations

from regiotrack.errors import UserError, did_you_mean
from regiotrack.plan.edits import Edit, require_item
from regiotrack.plan.model import VERDICTS, Agreement, Plan, parse_review


def review(plan: Plan, item_id: str, year: int, verdict: str, explanation: str = "") -> Edit:
    """The edit that records a yearly review on the afspraak ``item_id``."""
    item = require_item(plan, item_id)
    if not isinstance(item, Agreement):
        raise UserError(
            f"{item_id} is geen afspraak; alleen (lokale) afspraken krijgen een jaarbeoordeling",
            "Zie 'regiotrack lijst --soort afspraak' voor de ids.",
        )
    if verdict not in VERDICTS:
        guess = did_you_mean(verdict, VERDICTS)
        raise UserError(
            f"'{verdict}' is geen oordeel" + (f"; {guess}" if guess else ""), f"Kies uit: {', '.join(VERDICTS)}."
        )
    if not 1900 <= year <= 2999:
        raise UserError(f"jaar {year} is geen planjaar", "Geef een jaar als 2026.")
    text = " ".join(explanation.split())
    line = f"{year}: {verdict}" + (f" — {text}" if text else "")
    kept = tuple(r for r in item.reviews if parse_review(r)[0] != year)
    reviews = tuple(sorted((*kept, line), key=lambda r: parse_review(r)[0]))
    changes: dict[str, object] = {"reviews": reviews}
    summary = f"{item_id}: jaarbeoordeling {year} — {verdict}"
    if verdict == "verlaten" and item.status != "vervallen":
        changes.update(status="vervallen", done_on=None)
        summary += f", status {item.status} → vervallen"
    return Edit(item_id, changes, summary)
