"""What day it is: ``--vandaag``, else ``REGIOTRACK_VANDAAG``, else the clock in the plan's time zone.

Light on purpose (no pydantic): every command asks it first.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date, datetime

from regiotrack.errors import UserError

TODAY_ENV = "REGIOTRACK_VANDAAG"
"""Environment variable that fixes today, like ``--vandaag``."""


def resolve_today(
    text: str | None, env: Mapping[str, str] = os.environ, tz: str = "Europe/Amsterdam", now: datetime | None = None
) -> date:
    """Today from ``--vandaag``, else ``REGIOTRACK_VANDAAG``, else the clock in the plan's zone."""
    from regiotrack.plan.userdates import parse_day

    for source, value in (("--vandaag", text), (TODAY_ENV, env.get(TODAY_ENV))):
        if value:
            try:
                return parse_day(value)
            except ValueError as err:
                raise UserError(
                    f"{source} '{value}' is geen datum: {err}",
                    "Schrijf bijvoorbeeld --vandaag 2026-11-22 of 22-11-2026.",
                ) from None
    from zoneinfo import ZoneInfo

    return (now or datetime.now(ZoneInfo(tz))).astimezone(ZoneInfo(tz)).date()
