"""A VTIMEZONE built from the system's zone data (zoneinfo), for exactly the years needed.

Each transition becomes one STANDARD or DAYLIGHT sub-component whose DTSTART is the local
wall-clock time just before the change, as RFC 5545 §3.6.5 asks (TZOFFSETFROM applies to it):
summer time in Europe/Amsterdam starts at 02:00 local, ends at 03:00 local. Explicit onsets
rather than RRULEs: right for any zone and any rule change, and simple for every reader.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo


def _offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}{mins:02d}"


def _minutes(zone: ZoneInfo, moment: datetime) -> int:
    offset = moment.astimezone(zone).utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def transitions(zone: ZoneInfo, first_year: int, last_year: int) -> list[tuple[datetime, int, int, bool, str]]:
    """(UTC instant, offset before, offset after (minutes), is summer time, name) of every change
    from the last one before ``first_year`` up to the end of ``last_year``."""
    found = []
    moment = datetime(first_year - 1, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    before = _minutes(zone, moment)
    while moment < end:
        following = moment + timedelta(days=1)
        after = _minutes(zone, following)
        if after != before:
            low, high = moment, following  # bisect to the second
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if _minutes(zone, middle) == before else (low, middle)
            high -= timedelta(microseconds=high.microsecond)  # transitions fall on whole seconds
            local = high.astimezone(zone)
            dst = local.dst()
            found.append((high, before, after, bool(dst), local.tzname() or ""))
            before = after
        moment = following
    return found


def vtimezone(tzid: str, first_year: int, last_year: int) -> list[str]:
    """The VTIMEZONE component's content lines, covering ``first_year`` .. ``last_year``."""
    zone = ZoneInfo(tzid)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    changes = transitions(zone, first_year, last_year)
    kept = [c for c in changes if c[0].year >= first_year]
    earlier = [c for c in changes if c[0].year < first_year]
    if earlier:
        kept.insert(0, earlier[-1])  # the rule in force when the first year starts
    if not kept:
        moment = datetime(first_year, 1, 1, tzinfo=UTC)
        offset = _minutes(zone, moment)
        name = moment.astimezone(zone).tzname() or tzid
        return [
            *lines,
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{_offset(offset)}",
            f"TZOFFSETTO:{_offset(offset)}",
            f"TZNAME:{name}",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    for instant, before, after, dst, name in kept:
        kind = "DAYLIGHT" if dst else "STANDARD"
        wall = (instant + timedelta(minutes=before)).replace(tzinfo=None)  # local time before the change
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{wall:%Y%m%dT%H%M%S}",
            f"TZOFFSETFROM:{_offset(before)}",
            f"TZOFFSETTO:{_offset(after)}",
            f"TZNAME:{name}",
            f"END:{kind}",
        ]
    lines.append("END:VTIMEZONE")
    return lines
