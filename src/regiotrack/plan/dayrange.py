"""The years regiotrack handles: a date outside them is a typing error (2-1-0001) or breaks later.

Kept apart from ``periods`` (which it re-exports) so that reading a typed day stays quick to import.
"""

from __future__ import annotations

from datetime import date

FIRST_YEAR = 1900
"""The earliest year a plan date may have: older dates are typing errors (2-1-0001)."""
LAST_YEAR = 2200
"""The latest year a plan date may have; far beyond any plan, far from date.max (9999)."""


def out_of_range(day: date) -> str | None:
    """A Dutch message when ``day`` lies outside the years regiotrack handles, else None."""
    if FIRST_YEAR <= day.year <= LAST_YEAR:
        return None
    return (
        f"datum {day.isoformat()} ligt buiten de jaren die regiotrack aankan ({FIRST_YEAR} tot en met {LAST_YEAR}); "
        "controleer het jaar"
    )
