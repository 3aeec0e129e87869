"""iCalendar export: RFC 5545 details, identity across exports, and real clients."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events

from conftest import REAL_PLAN, needs_program
from regiotrack.export.feeds import Feed
from regiotrack.export.ical import ExportOptions, escape_text, export_calendar, fold
from regiotrack.plan.notes import add_note
from regiotrack.store.reading import read_plan

TODAY = date(2026, 11, 22)
PLAN = read_plan(REAL_PLAN).plan


def events(text: str, kind: str = "VEVENT") -> list[icalendar.cal.Component]:
    return icalendar.Calendar.from_ical(text).walk(kind)


def by_uid(text: str) -> dict[str, icalendar.cal.Component]:
    return {str(e["UID"]): e for e in events(text)}


def test_same_plan_and_today_give_identical_bytes() -> None:
    assert export_calendar(PLAN, TODAY) == export_calendar(PLAN, TODAY)


def test_every_item_once_with_a_permanent_uid() -> None:
    text = export_calendar(PLAN, TODAY)
    uids = [str(e["UID"]) for e in events(text)]
    assert len(uids) == len(set(uids))
    assert "HGKMSG-2025-2029-T17@regiotrack" in uids
    assert "HGKMSG-2025-2029-T04-stukken@regiotrack" in uids  # derived paper deadline
    # T17's papers are due on the source's own row T16 (25 November), not on a derived 27 November
    assert "HGKMSG-2025-2029-T17-stukken@regiotrack" not in uids
    assert "HGKMSG-2025-2029-B2-01@regiotrack" in uids
    assert "HGKMSG-2025-2029-J-01@regiotrack" in uids
    assert not any("PO-" in u for u in uids)  # partner meetings without a date have nothing to show
    assert len(uids) == 21 + 2 + 10 + 1  # steps, paper deadlines, dated agreements, recurring


def test_date_only_items_have_an_exclusive_end_and_no_time() -> None:
    text = export_calendar(PLAN, TODAY)
    assert "DTSTART;VALUE=DATE:20250926\r\nDTEND;VALUE=DATE:20250927" in text  # T05, one day
    assert "DTSTART;VALUE=DATE:20250922\r\nDTEND;VALUE=DATE:20250927" in text  # T04, 22-26 September
    session = by_uid(text)["HGKMSG-2025-2029-T17@regiotrack"]
    assert session.decoded("DTSTART") == date(2025, 12, 4)
    assert by_uid(text)["HGKMSG-2025-2029-T16@regiotrack"].decoded("DTSTART") == date(2025, 11, 25)
    papers = by_uid(text)["HGKMSG-2025-2029-T04-stukken@regiotrack"]
    assert papers.decoded("DTSTART") == date(2025, 9, 15)  # "Week van tevoren stukken aanleveren"
    assert str(papers["RELATED-TO"]) == "HGKMSG-2025-2029-T04@regiotrack"


def test_imprecise_steps_are_tentative_spans() -> None:
    t21 = by_uid(export_calendar(PLAN, TODAY))["HGKMSG-2025-2029-T21@regiotrack"]
    assert str(t21["STATUS"]) == "TENTATIVE"
    assert (t21.decoded("DTSTART"), t21.decoded("DTEND")) == (date(2026, 2, 21), date(2026, 3, 11))


def test_timed_meeting_has_tzid_and_a_vtimezone(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    plan_path.write_text(
        plan_path.read_text().replace(
            'id = "PO-2026-2"\nhalfjaar = "2026-H2"\n',
            'id = "PO-2026-2"\nhalfjaar = "2026-H2"\ndatum = 2026-12-10\ntijd = "09:30-12:00"\n',
        )
    )
    text = cli("exporteer", "ical").out
    assert "DTSTART;TZID=Europe/Amsterdam:20261210T093000" in text
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Amsterdam" in text
    meeting = by_uid(text)["HGKMSG-2025-2029-PO-2026-2@regiotrack"]
    assert meeting.decoded("DTSTART").utcoffset().total_seconds() == 3600


def test_hostile_text_cannot_break_out_of_its_property() -> None:
    hostile = 'x;y,z \\ "quote"\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\r\n<script>\x07'
    plan = add_note(PLAN, "B2-01", hostile, TODAY, "Test Adviseur").apply(PLAN)
    text = export_calendar(plan, TODAY)
    parsed = by_uid(text)
    assert "evil" not in parsed
    assert len(parsed) == len(by_uid(export_calendar(PLAN, TODAY)))
    description = str(parsed["HGKMSG-2025-2029-B2-01@regiotrack"]["DESCRIPTION"])
    assert description.endswith('x;y,z \\ "quote"\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\n<script>')


def test_lines_are_folded_at_75_octets_without_splitting_characters() -> None:
    long_line = "DESCRIPTION:" + "é€" * 100
    folded = fold(long_line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == long_line
    text = export_calendar(PLAN, TODAY)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert escape_text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"


def test_recurring_moment_expands_to_15_june_each_year() -> None:
    calendar = icalendar.Calendar.from_ical(export_calendar(PLAN, TODAY))
    found = recurring_ical_events.of(calendar).between(date(2025, 1, 1), date(2031, 1, 1))
    days = sorted(e.decoded("DTSTART") for e in found if "Ouderenmishandeling" in str(e["SUMMARY"]))
    assert days == [date(y, 6, 15) for y in range(2026, 2030)]


def test_tasks_option_makes_agreements_todos() -> None:
    plan = PLAN.model_copy(
        update={
            "agreements": tuple(
                a.model_copy(update={"status": "gereed", "done_on": date(2026, 3, 2)}) if a.id == "B2-01" else a
                for a in PLAN.agreements
            )
        }
    )
    todos = {str(t["UID"]): t for t in events(export_calendar(plan, TODAY, ExportOptions(as_tasks=True)), "VTODO")}
    assert len(todos) == 59
    done = todos["HGKMSG-2025-2029-B2-01@regiotrack"]
    assert str(done["STATUS"]) == "COMPLETED" and done.decoded("DUE") == date(2026, 3, 31)
    assert "DUE" not in todos["HGKMSG-2025-2029-B2-05@regiotrack"]  # no deadline: nog vast te stellen
    assert str(todos["HGKMSG-2025-2029-B2-04@regiotrack"]["STATUS"]) == "IN-PROCESS"


def test_filter_by_lead() -> None:
    text = export_calendar(PLAN, TODAY, ExportOptions(Feed(lead="GEMEENTEN")))
    # the only afspraak of theirs with a date, and the elder abuse day they organise
    assert sorted(by_uid(text)) == ["HGKMSG-2025-2029-B2-02@regiotrack", "HGKMSG-2025-2029-J-01@regiotrack"]


def test_cancelled_and_removed_items_and_sequence_from_git(tmp_path: Path, monkeypatch, cli) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    cli("init", "repo")
    monkeypatch.chdir(tmp_path / "repo")
    first = by_uid(cli("exporteer", "ical").out)
    assert first["HGKMSG-2025-2029-B2-01@regiotrack"]["SEQUENCE"] == 0
    cli("deadline", "B2-01", "30-6-2026")
    cli("zet", "B2-02", "vervallen", "--reden", "opgegaan in B2-01")
    plan = tmp_path / "repo" / "plans" / "2025-2029.toml"
    text = plan.read_text()
    start = text.index('[[afspraak]]\nid = "A-04"')
    end = text.index("[[afspraak]]", start + 5)
    plan.write_text(text[:start] + text[end:])
    subprocess.run(["git", "commit", "-qam", "A-04 geschrapt"], cwd=plan.parent, check=True)
    second = by_uid(cli("exporteer", "ical").out)
    moved = second["HGKMSG-2025-2029-B2-01@regiotrack"]
    assert moved["SEQUENCE"] == 1 and "LAST-MODIFIED" in moved
    assert moved.decoded("DTSTART") == date(2026, 6, 30)
    assert str(second["HGKMSG-2025-2029-B2-02@regiotrack"]["STATUS"]) == "CANCELLED"
    assert str(second["HGKMSG-2025-2029-A-04@regiotrack"]["STATUS"]) == "CANCELLED"


KHAL = Path(sys.executable).parent / "khal"


@pytest.mark.skipif(not KHAL.exists(), reason="khal is not installed (pip install -e '.[test]')")
def test_khal_imports_twice_without_duplicates_and_takes_the_change(tmp_path: Path, monkeypatch, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "agenda").mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(
        f"[calendars]\n[[plan]]\npath = {tmp_path / 'agenda'}\ntype = calendar\n"
        "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
        "default_timezone = Europe/Amsterdam\nlocal_timezone = Europe/Amsterdam\n"
    )
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"), "PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}

    def khal(*args: str) -> str:
        result = subprocess.run([str(KHAL), "-c", str(config), *args], capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def listing() -> list[str]:
        return khal("list", "--format", "{start-date} {title}", "2025-09-01", "2026-12-31").splitlines()

    monkeypatch.chdir(tmp_path)
    cli("init", "repo")
    monkeypatch.chdir(tmp_path / "repo")
    ics = tmp_path / "plan.ics"
    ics.write_text(cli("exporteer", "ical").out)
    khal("import", "--batch", "-a", "plan", str(ics))
    before = listing()
    files_before = len(list((tmp_path / "agenda").glob("*.ics")))
    assert files_before == 34  # 21 steps, 2 paper deadlines, 10 dated afspraken, 1 recurring
    assert any("2025-12-04 ABDB" in line for line in before)
    cli("deadline", "B2-01", "30-6-2026")
    ics.write_text(cli("exporteer", "ical").out)
    khal("import", "--batch", "-a", "plan", str(ics))
    after = listing()
    assert len(list((tmp_path / "agenda").glob("*.ics"))) == files_before
    assert sum("Expertiseplatform open" in line for line in after) == 1
    assert any(line.startswith("2026-06-30") and "B2-01" in line for line in after)
    assert not any(line.startswith("2026-03-31") and "B2-01" in line for line in after)


@needs_program("calcurse", "apt-get install calcurse")
def test_calcurse_imports_the_calendar(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    ics = tmp_path / "plan.ics"
    ics.write_text(cli("exporteer", "ical", "--plan", str(REAL_PLAN)).out)
    data = tmp_path / "calcurse"
    data.mkdir()
    imported = subprocess.run(
        ["calcurse", "-D", str(data), "-i", str(ics)],
        capture_output=True,
        text=True,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "TZ": "Europe/Amsterdam"},
    )
    assert imported.returncode == 0, imported.stderr
    listing = subprocess.run(
        ["calcurse", "-D", str(data), "-Q", "--from", "12/01/2025", "--days", "10"],
        capture_output=True,
        text=True,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert "ABDB" in listing.stdout
