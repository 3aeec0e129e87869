"""Strict checking of a recurrence rule (RFC 5545 §3.3.10) before it reaches any calendar.

dateutil accepts more than calendar clients do (``BYMONTH=13`` is silently dropped, a leading
``RRULE:`` and lower-case keys are tolerated, COUNT with UNTIL is taken): a rule that passes
here is one every reader we test with understands. Messages are Dutch and name the part.
"""

from __future__ import annotations

import re
from datetime import date

_EXAMPLE = 'schrijf bijvoorbeeld "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15"'
_FREQS = ("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_NUMBER_LISTS = {
    "BYSECOND": (0, 60, False),
    "BYMINUTE": (0, 59, False),
    "BYHOUR": (0, 23, False),
    "BYMONTHDAY": (1, 31, True),
    "BYYEARDAY": (1, 366, True),
    "BYWEEKNO": (1, 53, True),
    "BYMONTH": (1, 12, False),
    "BYSETPOS": (1, 366, True),
}
_BYDAY = re.compile(r"^([+-]?(?:[1-9]|[1-4]\d|5[0-3]))?(MO|TU|WE|TH|FR|SA|SU)$")
_UNTIL = re.compile(r"^\d{8}(T\d{6}Z?)?$")
_KEYS = ("FREQ", "UNTIL", "COUNT", "INTERVAL", "BYDAY", "WKST", *_NUMBER_LISTS)


def _fail(rule: str, why: str) -> ValueError:
    return ValueError(f"regel '{rule}' is geen geldige herhaling (RRULE): {why}; {_EXAMPLE}")


def check_rule(rule: str) -> None:
    """Raise ValueError (Dutch) unless ``rule`` is a strict RFC 5545 RRULE value."""
    if rule.upper().startswith("RRULE:"):
        raise _fail(rule, "laat 'RRULE:' aan het begin weg, alleen de waarde hoort in het plan")
    if not rule or rule != rule.strip():
        raise _fail(rule, "de regel is leeg of begint of eindigt met spaties")
    parts: dict[str, str] = {}
    for part in rule.split(";"):
        key, sep, value = part.partition("=")
        if not sep or not value:
            raise _fail(rule, f"'{part}' is geen SLEUTEL=WAARDE")
        if key != key.upper() and key.upper() in _KEYS:
            raise _fail(rule, f"schrijf '{key}' in hoofdletters: '{key.upper()}'")
        if key not in _KEYS:
            raise _fail(rule, f"'{key}' is geen onderdeel van een RRULE (wel: {', '.join(_KEYS)})")
        if key in parts:
            raise _fail(rule, f"'{key}' staat er twee keer in")
        parts[key] = value
    if parts.get("FREQ") not in _FREQS:
        raise _fail(rule, f"FREQ ontbreekt of is onbekend (kies uit {', '.join(_FREQS)})")
    if "COUNT" in parts and "UNTIL" in parts:
        raise _fail(rule, "COUNT en UNTIL samen mag niet; kies er één (of gebruik 'tot' in het plan)")
    for key in ("COUNT", "INTERVAL"):
        if key in parts and not (parts[key].isdigit() and int(parts[key]) >= 1):
            raise _fail(rule, f"{key} moet een heel getal van 1 of meer zijn, niet '{parts[key]}'")
    if "UNTIL" in parts and not _UNTIL.match(parts["UNTIL"]):
        raise _fail(rule, f"UNTIL '{parts['UNTIL']}' is geen datum als 20291231")
    if "WKST" in parts and parts["WKST"] not in _DAYS:
        raise _fail(rule, f"WKST moet een dag zijn ({', '.join(_DAYS)})")
    for value in parts.get("BYDAY", "").split(",") if "BYDAY" in parts else ():
        if not _BYDAY.match(value):
            raise _fail(rule, f"BYDAY '{value}' is geen dag als MO, 1MO of -1FR")
    for key, (low, high, signed) in _NUMBER_LISTS.items():
        for value in parts[key].split(",") if key in parts else ():
            number = value[1:] if signed and value[:1] in "+-" else value
            if not number.isdigit() or not low <= int(number) <= high:
                range_text = f"{low} t/m {high}" + (" (of negatief)" if signed else "")
                raise _fail(rule, f"{key}={value} valt buiten {range_text}")
    from dateutil.rrule import rrulestr  # the last word: dateutil must expand it too

    try:
        rrulestr(rule, dtstart=date(2000, 1, 1))
    except (ValueError, TypeError) as err:
        raise _fail(rule, str(err)) from None


_UPCOMING_YEARS = 12
"""How far ahead :func:`upcoming` looks for a rule whose next times are far away or never come."""


def upcoming(rule: str, first: date, until: date | None, today: date, count: int = 3) -> list[date]:
    """The next ``count`` days (from ``today`` on) of a recurring moment that starts on ``first``."""
    from dateutil.rrule import rrulestr  # only here: nothing else of a plan read needs dateutil

    days: list[date] = []
    for moment in rrulestr(rule, dtstart=first):
        day = moment.date()
        if until is not None and day > until:
            break
        if day >= today:
            days.append(day)
        if len(days) == count:
            break
        if day.year > today.year + _UPCOMING_YEARS:
            break
    return days
