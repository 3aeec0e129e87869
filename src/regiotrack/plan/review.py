"""The yearly review of a local action (vasthouden, versterken, vernieuwen, verlaten) as an edit.

A review is stored on the afspraak as one line in ``beoordelingen``: '2026: versterken — reden'.
Who and when come from git (the commit of the review). A second review for the same year
replaces the first (git keeps the earlier one). 'verlaten' ends the action: status vervallen.
"""

from __future__ import annotations

from datetime import date

from regiotrack.errors import UserError, did_you_mean
from regiotrack.plan.edits import Edit, require_item
from regiotrack.plan.model import VERDICTS, Agreement, Plan, parse_review


def review(plan: Plan, item_id: str, year: int, verdict: str, today: date, explanation: str = "") -> Edit:
    """The edit that records a yearly review on the local afspraak ``item_id``.

    Refused: an item of a regional plan (the review is the municipality's, of its own action), a
    year before or after the plan's looptijd, and a year that has not begun (after ``today``).
    """
    item = require_item(plan, item_id)
    if plan.regional is None:
        raise UserError(
            f"{item_id} staat in het regionale plan, niet in een lokaal plan; alleen lokale acties "
            "krijgen een jaarbeoordeling; er is niets opgeslagen",
            "Beoordeel de lokale actie in het plan van de gemeente, bijvoorbeeld: regiotrack beoordeel "
            "AMV-01 versterken --jaar 2026 --plan plans/gemeenten/amstelveen.toml.",
        )
    if not isinstance(item, Agreement):
        raise UserError(
            f"{item_id} is geen afspraak; alleen lokale afspraken krijgen een jaarbeoordeling",
            "Zie 'regiotrack lijst --soort afspraak' voor de ids.",
        )
    _check_year(plan, year, today)
    if verdict not in VERDICTS:
        guess = did_you_mean(verdict, VERDICTS)
        raise UserError(
            f"'{verdict}' is geen oordeel" + (f"; {guess}" if guess else ""), f"Kies uit: {', '.join(VERDICTS)}."
        )
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


def _check_year(plan: Plan, year: int, today: date) -> None:
    """A review is of a year of the looptijd that has begun."""
    first, last = plan.term.start.year, plan.term.end.year
    if year > today.year:
        raise UserError(
            f"jaar {year} is nog niet begonnen (vandaag is {today.isoformat()}); er is niets opgeslagen",
            f"Beoordeel een jaar dat begonnen of voorbij is: {first} tot en met {min(last, today.year)}.",
        )
    if not first <= year <= last:
        raise UserError(
            f"jaar {year} valt buiten de looptijd van het plan ({first}-{last}); er is niets opgeslagen",
            f"Beoordeel een jaar van de looptijd: {first} tot en met {min(last, today.year)}.",
        )
