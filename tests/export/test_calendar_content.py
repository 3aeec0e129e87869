"""Issue 17, points 3-7: strict RRULEs, VTIMEZONE, free/busy, Outlook without tasks, coordinators' feeds."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
from pydantic import ValidationError

from conftest import REAL_PLAN, needs_program
from regiotrack.export.feeds import Feed
from regiotrack.export.ical import ExportOptions, export_calendar
from regiotrack.export.vtimezone import vtimezone
from regiotrack.plan.model import Recurring
from regiotrack.store.reading import read_plan

TODAY = date(2026, 11, 22)
PLAN = read_plan(REAL_PLAN).plan
UID = "HGKMSG-2025-2029-{}@regiotrack"


def by_uid(text: str, kind: str = "VEVENT") -> dict[str, icalendar.cal.Component]:
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(text).walk(kind)}


def with_meetings(plan_path: Path) -> None:
    """Two planned partner meetings with time and place, in 2026 (winter) and 2029 (summer)."""
    text = plan_path.read_text()
    text = text.replace(
        'id = "PO-2026-2"\nhalfjaar = "2026-H2"\n',
        'id = "PO-2026-2"\nhalfjaar = "2026-H2"\ndatum = 2026-12-10\ntijd = "09:30-12:00"\n'
        'locatie = "Stadhuis Amstelveen, zaal 2"\n',
    )
    text = text.replace(
        'id = "PO-2029-1"\nhalfjaar = "2029-H1"\n',
        'id = "PO-2029-1"\nhalfjaar = "2029-H1"\ndatum = 2029-06-14\ntijd = "14:00-16:00"\n',
    )
    plan_path.write_text(text)


# ---------------------------------------------------------------- 3. RRULE


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=YEARLY;BYMONTH=13;BYMONTHDAY=15", "BYMONTH=13 valt buiten 1 t/m 12"),
        ("RRULE:FREQ=YEARLY;BYMONTH=6", "laat 'RRULE:' aan het begin weg"),
        ("FREQ=YEARLY;COUNT=3;UNTIL=20291231", "COUNT en UNTIL samen mag niet"),
        ("freq=yearly;bymonth=6", "schrijf 'freq' in hoofdletters"),
        ("FREQ=YEARLY;BYMONTHDAY=32", "BYMONTHDAY=32 valt buiten"),
        ("FREQ=YEARLY;BYDAY=XX", "BYDAY 'XX' is geen dag"),
        ("FREQ=SOMETIMES", "FREQ ontbreekt of is onbekend"),
    ],
)
def test_strict_rrule_refused_in_the_model(rule: str, message: str) -> None:
    data = {"id": "J-09", "naam": "x", "regel": rule, "vanaf": date(2026, 6, 15)}
    with pytest.raises(ValidationError) as caught:
        Recurring.model_validate(data)
    assert message in str(caught.value)
    assert "geen geldige herhaling (RRULE)" in str(caught.value)


def test_controleer_names_the_bad_rule(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    plan_path.write_text(plan_path.read_text().replace("BYMONTH=6;", "BYMONTH=13;"))
    result = cli("controleer")
    assert result.code != 0
    assert "BYMONTH=13 valt buiten 1 t/m 12" in result.out + result.err


def test_good_rules_still_pass() -> None:
    for rule in ("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=WEEKLY;INTERVAL=2;COUNT=5"):
        Recurring.model_validate({"id": "J-09", "naam": "x", "regel": rule, "vanaf": date(2026, 6, 15)})


# ---------------------------------------------------------------- 4. VTIMEZONE


def test_vtimezone_covers_the_years_of_the_events_with_summer_time_at_two(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    with_meetings(plan_path)
    text = cli("exporteer", "ical").out
    zone = text[text.index("BEGIN:VTIMEZONE") : text.index("END:VTIMEZONE")]
    starts = [line.split(":")[1] for line in zone.split("\r\n") if line.startswith("DTSTART:")]
    assert "20260329T020000" in starts and "20290325T020000" in starts  # summer time at 02:00 local
    assert "20261025T030000" in starts and "20291028T030000" in starts  # back at 03:00 local
    assert min(starts) == "20251026T030000"  # the change in force on 1 January 2026
    assert max(starts) < "20300101"  # not today ±5 years: the years of the events
    meetings = by_uid(text)
    summer = meetings[UID.format("PO-2029-1")].decoded("DTSTART")
    assert summer.utcoffset() == timedelta(hours=2) and summer.hour == 14
    assert meetings[UID.format("PO-2026-2")].decoded("DTSTART").utcoffset() == timedelta(hours=1)


def test_vtimezone_matches_zoneinfo_every_hour() -> None:
    """Parsed back by icalendar, our VTIMEZONE gives the same UTC offset as zoneinfo, all year."""
    from zoneinfo import ZoneInfo

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t//NL", *vtimezone("Europe/Amsterdam", 2027, 2027)]
    lines += ["END:VCALENDAR", ""]
    parsed = icalendar.Calendar.from_ical("\r\n".join(lines)).walk("VTIMEZONE")[0].to_tz()
    moment = datetime(2027, 1, 1, 0, 30)
    while moment.year == 2027:
        if not (moment.month in (3, 10) and moment.day > 24 and 1 <= moment.hour <= 3):  # skip the ambiguous hours
            assert parsed.utcoffset(moment) == ZoneInfo("Europe/Amsterdam").utcoffset(moment), moment
        moment += timedelta(hours=7)


# ---------------------------------------------------------------- 5. free/busy


def test_periods_and_deadlines_never_block_time(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    with_meetings(plan_path)
    events = by_uid(cli("exporteer", "ical").out)
    for uid, component in events.items():
        timed = isinstance(component.decoded("DTSTART"), datetime)
        assert str(component["TRANSP"]) == ("OPAQUE" if timed else "TRANSPARENT"), uid
        assert str(component["X-MICROSOFT-CDO-BUSYSTATUS"]) == ("BUSY" if timed else "FREE"), uid
    long_period = events[UID.format("T21")]
    assert (long_period.decoded("DTEND") - long_period.decoded("DTSTART")).days > 14
    assert str(long_period["TRANSP"]) == "TRANSPARENT"


# ---------------------------------------------------------------- 6. Outlook without tasks


def test_default_export_shows_status_on_the_event(cli) -> None:  # type: ignore[no-untyped-def]
    text = cli("exporteer", "ical", "--plan", str(REAL_PLAN)).out
    assert "VTODO" not in text
    a02 = by_uid(text)[UID.format("A-02")]
    assert str(a02["SUMMARY"]).startswith("[lopend] A-02:")
    assert "Status: lopend" in str(a02["DESCRIPTION"])
    assert str(by_uid(text)[UID.format("B2-01")]["SUMMARY"]).startswith("B2-01:")  # open: no prefix


def test_help_and_readme_say_outlook_ignores_tasks(capsys: pytest.CaptureFixture[str]) -> None:
    from regiotrack.cli.parsing import parse

    with pytest.raises(SystemExit):
        parse(["exporteer", "ical", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "Outlook importeert geen taken" in help_text
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert "Outlook importeert geen taken" in readme


# ---------------------------------------------------------------- 7. coordinators' feeds


def test_feed_for_an_organisation(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    for item in ("B2-03", "B2-13", "B2-15"):  # the source gives them no date: set one, or no calendar shows them
        assert cli("deadline", item, "2026-Q3", "--geen-commit").code == 0
    text = cli("exporteer", "ical", "--voor", "VT").out
    uids = set(by_uid(text))
    assert UID.format("B2-03") in uids  # partner in
    assert UID.format("B2-13") in uids  # werkgroep WG-01, which VT pulls (trekker LT)
    assert UID.format("B2-15") not in uids  # WG-03, not VT's
    assert all(("VT" in str(e.get("DESCRIPTION", ""))) for e in by_uid(text).values())
    assert "X-WR-CALNAME:HGKMSG-2025-2029 · voor Veilig Thuis" in text.replace("\r\n ", "")
    assert "NAME:HGKMSG-2025-2029 · voor Veilig Thuis" in text.replace("\r\n ", "")
    bad = cli("exporteer", "ical", "--voor", "VTT")
    assert bad.code == 2 and "bedoelde u" in bad.err.lower()


def test_meeting_feed_for_who_prepares_it(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    with_meetings(plan_path)
    text = cli("exporteer", "ical", "--voor", "PT").out
    meeting = by_uid(text)[UID.format("PO-2026-2")]
    assert str(meeting["LOCATION"]) == "Stadhuis Amstelveen, zaal 2"


def test_reminders_with_a_configurable_lead(cli) -> None:  # type: ignore[no-untyped-def]
    plan = ("--plan", str(REAL_PLAN))
    default = by_uid(cli("exporteer", "ical", *plan).out)
    alarms = default[UID.format("B2-01")].walk("VALARM")
    assert len(alarms) == 1 and alarms[0].decoded("TRIGGER") == timedelta(days=-2)
    assert default[UID.format("T04-stukken")].walk("VALARM")
    assert not default[UID.format("T04")].walk("VALARM")  # a session: no deadline
    week = by_uid(cli("exporteer", "ical", *plan, "--herinnering", "1w").out)
    assert week[UID.format("B2-01")].walk("VALARM")[0].decoded("TRIGGER") == timedelta(weeks=-1)
    assert "VALARM" not in cli("exporteer", "ical", *plan, "--herinnering", "geen").out
    bad = cli("exporteer", "ical", *plan, "--herinnering", "morgen")
    assert bad.code == 2 and "--herinnering 'morgen' is geen termijn" in bad.err


def test_categories_url_and_refresh(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    text = plan_path.read_text()
    plan_path.write_text(text.replace('tijdzone = "Europe/Amsterdam"\n', 'tijdzone = "Europe/Amsterdam"\n', 1))
    plan_path.write_text(
        plan_path.read_text().replace("[looptijd]", 'url = "https://plan.example.nl/hgkmsg/"\n\n[looptijd]', 1)
    )
    assert cli("deadline", "B2-13", "2026-Q3", "--geen-commit").code == 0  # the source gives none
    out = cli("exporteer", "ical").out
    b213 = by_uid(out)[UID.format("B2-13")]
    assert [str(c) for c in b213["CATEGORIES"].cats] == ["regiotrack", "afspraak", "WG-01", "GEMEENTEN", "open"]
    assert str(b213["URL"]) == "https://plan.example.nl/hgkmsg/#B2-13"
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n" in out and "X-PUBLISHED-TTL:PT12H\r\n" in out
    assert cli("controleer").code == 0
    plan_path.write_text(plan_path.read_text().replace("https://plan.example.nl/hgkmsg/", "plan.example.nl"))
    assert "is geen webadres" in cli("controleer").out + cli("controleer").err


def test_recurring_moment_still_expands_with_reminders_present() -> None:
    calendar = icalendar.Calendar.from_ical(export_calendar(PLAN, TODAY, ExportOptions(Feed(kind="terugkerend"))))
    found = recurring_ical_events.of(calendar).between(date(2025, 1, 1), date(2031, 1, 1))
    assert sorted(e.decoded("DTSTART") for e in found) == [date(y, 6, 15) for y in range(2026, 2030)]


KHAL = Path(sys.executable).parent / "khal"


@pytest.mark.skipif(not KHAL.exists(), reason="khal is not installed (pip install -e '.[test]')")
def test_khal_shows_meetings_at_local_time_and_the_location(plan_path: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    with_meetings(plan_path)
    ics = tmp_path / "voor-pt.ics"
    ics.write_text(cli("exporteer", "ical", "--voor", "PT").out)
    (tmp_path / "agenda").mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(
        f"[calendars]\n[[plan]]\npath = {tmp_path / 'agenda'}\ntype = calendar\n"
        "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
        "default_timezone = Europe/Amsterdam\nlocal_timezone = Europe/Amsterdam\n"
    )
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"), "PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
    run = [str(KHAL), "-c", str(config)]
    subprocess.run([*run, "import", "--batch", "-a", "plan", str(ics)], check=True, env=env, capture_output=True)
    listing = subprocess.run(
        [*run, "list", "--format", "{start} {title} @ {location}", "2029-06-01", "2029-06-30"],
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    assert "2029-06-14 14:00 Partneroverleg" in listing
    december = subprocess.run(
        [*run, "list", "--format", "{start} {location}", "2026-12-10", "2026-12-11"],
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    assert "2026-12-10 09:30 Stadhuis Amstelveen, zaal 2" in december


@needs_program("calcurse", "apt-get install calcurse")
def test_calcurse_takes_the_organisation_feed(tmp_path: Path, plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    with_meetings(plan_path)
    ics = tmp_path / "voor-pt.ics"
    ics.write_text(cli("exporteer", "ical", "--voor", "PT").out)
    data = tmp_path / "calcurse"
    data.mkdir()
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "TZ": "Europe/Amsterdam"}
    imported = subprocess.run(["calcurse", "-D", str(data), "-i", str(ics)], capture_output=True, text=True, env=env)
    assert imported.returncode == 0, imported.stderr
    listing = subprocess.run(
        ["calcurse", "-D", str(data), "-Q", "--from", "06/14/2029", "--days", "1"],
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    assert "14:00" in listing and "Partneroverleg" in listing
