"""Issue 17, points 1 and 2: SEQUENCE and LAST-MODIFIED from git, and feeds that cancel what they held."""

from __future__ import annotations

import subprocess
from pathlib import Path

import icalendar
import pytest

PLAN_FILE = Path("plans") / "2025-2029.toml"
UID = "HGKMSG-2025-2029-{}@regiotrack"


def by_uid(text: str) -> dict[str, icalendar.cal.Component]:
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(text).walk("VEVENT")}


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert cli("init", "repo").code == 0
    monkeypatch.chdir(tmp_path / "repo")
    return tmp_path / "repo"


def edit(repo: Path, old: str, new: str, message: str) -> None:
    """Change the plan text by hand and commit it (what a reviewer's merge or a hand edit does)."""
    path = repo / PLAN_FILE
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))
    subprocess.run(["git", "commit", "-qam", message], cwd=repo, check=True)


def block(repo: Path, item_id: str) -> str:
    text = (repo / PLAN_FILE).read_text()
    start = text.index(f'id = "{item_id}"\n')
    start = text.rindex("[[", 0, start)
    end = text.find("\n[[", start + 2)
    return text[start : end + 1]


def event(cli, item_id: str, *options: str) -> icalendar.cal.Component:  # type: ignore[no-untyped-def]
    return by_uid(cli("exporteer", "ical", *options).out)[UID.format(item_id)]


def assert_stamp_not_before_modified(component: icalendar.cal.Component) -> None:
    assert component.decoded("DTSTAMP") >= component.decoded("LAST-MODIFIED")


def test_every_shown_change_raises_the_sequence(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert event(cli, "T17")["SEQUENCE"] == 0
    edit(
        repo,
        'datum = 2025-12-04\nduur = "1 sessie"',
        'datum = 2025-12-04\ntijd = "14:00-16:00"\nduur = "1 sessie"',
        "tijd",
    )
    edit(repo, 'opmerking = "Vaste datum - met definitieve conceptversie"', 'opmerking = "Vaste datum"', "opmerking")
    t17 = event(cli, "T17")
    assert t17["SEQUENCE"] == 2
    assert_stamp_not_before_modified(t17)
    cli("notitie", "B2-01", "alleen een notitie")
    assert event(cli, "B2-01")["SEQUENCE"] == 1
    edit(
        repo, 'trekker = "VT"\npartners = [\n    "POLITIE",', 'trekker = "EP"\npartners = [\n    "POLITIE",', "trekker"
    )
    b201 = event(cli, "B2-01")
    assert b201["SEQUENCE"] == 2 and "Trekker: Expertiseplatform HGKM" in str(b201["DESCRIPTION"])
    assert_stamp_not_before_modified(b201)
    assert event(cli, "B2-02")["SEQUENCE"] == 0  # untouched items keep theirs


def test_a_removed_item_is_cancelled_with_a_higher_sequence_and_returns_with_one_more(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    cli("deadline", "B2-12", "30-6-2026")  # the source gives none: on the calendar from now on
    assert event(cli, "B2-12")["SEQUENCE"] == 0
    cli("deadline", "B2-12", "1-7-2026")
    assert event(cli, "B2-12")["SEQUENCE"] == 1
    cli("deadline", "B2-12", "30-6-2026")
    saved = block(repo, "B2-12")
    edit(repo, saved, "", "B2-12 geschrapt")
    cancelled = event(cli, "B2-12")
    assert str(cancelled["STATUS"]) == "CANCELLED" and cancelled["SEQUENCE"] == 3
    assert cancelled.decoded("DTSTART").isoformat() == "2026-06-30"  # the time it last had
    assert "VALARM" not in cli("exporteer", "ical").out.split("B2-12@regiotrack")[1].split("END:VEVENT")[0]
    assert_stamp_not_before_modified(cancelled)
    text = (repo / PLAN_FILE).read_text()
    anchor = "[[werkgroep]]"
    (repo / PLAN_FILE).write_text(text.replace(anchor, saved + "\n" + anchor, 1).replace("\n\n\n", "\n\n"))
    subprocess.run(["git", "commit", "-qam", "B2-12 terug"], cwd=repo, check=True)
    back = event(cli, "B2-12")
    assert str(back["STATUS"]) == "CONFIRMED" and back["SEQUENCE"] == 4


def test_uncommitted_edit_counts_as_a_new_version(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = repo / PLAN_FILE
    path.write_text(path.read_text().replace('id = "T17"\nactiviteit = "ABDB"', 'id = "T17"\nactiviteit = "ABDB 2"'))
    t17 = event(cli, "T17")
    assert t17["SEQUENCE"] == 1
    assert_stamp_not_before_modified(t17)


def test_feeds_cancel_exactly_what_they_held(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    ams_before = set(by_uid(cli("exporteer", "ical", "--trekker", "GEM-AMS").out))
    assert ams_before == {UID.format("A-06")}
    # B2-12 (trekker GEMEENTEN, no date) removed: never on a calendar, so in no feed at all.
    edit(repo, block(repo, "B2-12"), "", "B2-12 geschrapt")
    assert UID.format("B2-12") not in by_uid(cli("exporteer", "ical", "--trekker", "GEMEENTEN").out)
    # A-06 moves from GEM-AMS to GEM-AMV: GEM-AMS's feed cancels it, GEM-AMV's shows it.
    edit(
        repo,
        'titel = "Eigen uitvoeringsplan preventie Amsterdam"\ntrekker = "GEM-AMS"',
        'titel = "Eigen uitvoeringsplan preventie Amsterdam"\ntrekker = "GEM-AMV"',
        "A-06",
    )
    ams = by_uid(cli("exporteer", "ical", "--trekker", "GEM-AMS").out)
    assert str(ams[UID.format("A-06")]["STATUS"]) == "CANCELLED"
    assert ams[UID.format("A-06")]["SEQUENCE"] == 1
    assert (
        str(by_uid(cli("exporteer", "ical", "--trekker", "GEM-AMV").out)[UID.format("A-06")]["STATUS"]) == "CONFIRMED"
    )
    # B2-15 gets a date, then loses it again: it leaves WG-03's feed as CANCELLED.
    cli("deadline", "B2-15", "2026-Q1")
    dated = block(repo, "B2-15")
    undated = dated.replace('deadline = "2026-Q1"\n', "").replace('    "deadline",\n', "")
    edit(repo, dated, undated, "B2-15 zonder termijn")
    wg03 = by_uid(cli("exporteer", "ical", "--werkgroep", "WG-03").out)
    assert str(wg03[UID.format("B2-15")]["STATUS"]) == "CANCELLED" and wg03[UID.format("B2-15")]["SEQUENCE"] == 1
    assert UID.format("B2-12") not in wg03  # never held it, so nothing to cancel


def test_a_broken_revision_in_history_is_skipped(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = repo / PLAN_FILE
    good = path.read_text()
    path.write_text(good + "\n[[afspraak]\nkapot")
    subprocess.run(["git", "commit", "-qam", "kapot"], cwd=repo, check=True)
    path.write_text(good.replace('opmerking = "Vaste datum - met definitieve conceptversie"', 'opmerking = "Vast"'))
    subprocess.run(["git", "commit", "-qam", "hersteld"], cwd=repo, check=True)
    result = cli("exporteer", "ical")
    assert result.code == 0, result.err
    assert by_uid(result.out)[UID.format("T17")]["SEQUENCE"] == 1
