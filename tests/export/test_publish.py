"""Issue 17, point 11: regiotrack publiceer MAP, a static site that is the same for the same plan."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import icalendar
import pytest

from browser import crawl_site
from conftest import REAL_PLAN, needs_program


def files_of(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_plan_gives_the_same_files(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    for name in ("een", "twee"):
        assert cli("publiceer", str(tmp_path / name), "--plan", str(REAL_PLAN)).code == 0
    first, second = files_of(tmp_path / "een"), files_of(tmp_path / "twee")
    assert first == second
    expected = {"index.html", "rapport.json", "rapport.md", "archief/index.html", "agenda/index.html"}
    expected |= {"agenda/agenda.ics", "agenda/agenda-voor-vt.ics", "agenda/agenda-werkgroep-wg-01.ics"}
    expected |= {"archief/rapport-2025-H1.html", "archief/rapport-2026-H2.html", "archief/rapport-2026-H2.md"}
    assert expected <= set(first)
    assert "archief/rapport-2027-H1.html" not in first  # not begun on 2026-11-22


def test_every_feed_parses_and_every_link_is_relative(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    cli("publiceer", str(tmp_path / "site"), "--plan", str(REAL_PLAN))
    site = files_of(tmp_path / "site")
    feeds = [name for name in site if name.endswith(".ics")]
    assert len(feeds) == 1 + 30 + 13 + 4  # whole plan, every organisation, every gremium, every werkgroep
    names = set()
    for name in feeds:
        calendar = icalendar.Calendar.from_ical(site[name])
        names.add(str(calendar["X-WR-CALNAME"]))
        assert str(calendar["REFRESH-INTERVAL"].to_ical().decode()) == "PT12H"
    assert len(names) == len(feeds)  # a calendar name per feed
    vt = icalendar.Calendar.from_ical(site["agenda/agenda-voor-vt.ics"])
    assert "HGKMSG-2025-2029-B2-01@regiotrack" in {str(e["UID"]) for e in vt.walk("VEVENT")}
    for name, content in site.items():
        if name.endswith(".html"):
            links = re.findall(r'(?:href|src)="([^"]*)"', content.decode())
            assert links, name
            for link in links:
                assert not re.match(r"^([a-z]+:|/)", link), (name, link)
                target = (tmp_path / "site" / name).parent / link
                assert target.resolve().is_file(), (name, link)


def test_refuses_a_foreign_folder_and_removes_stale_files(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    foreign = tmp_path / "documenten"
    foreign.mkdir()
    (foreign / "belangrijk.txt").write_text("niet van regiotrack")
    result = cli("publiceer", str(foreign), "--plan", str(REAL_PLAN))
    assert result.code == 2 and "is niet leeg en is geen eerder gepubliceerde site" in result.err
    assert sorted(p.name for p in foreign.iterdir()) == ["belangrijk.txt"]
    site = tmp_path / "site"
    cli("publiceer", str(site), "--plan", str(REAL_PLAN), "--vandaag", "2027-08-01")
    assert (site / "archief" / "rapport-2027-H2.html").exists()
    cli("publiceer", str(site), "--plan", str(REAL_PLAN))
    assert not (site / "archief" / "rapport-2027-H2.html").exists()


def test_site_from_a_repository_keeps_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    cli("init", "repo")
    monkeypatch.chdir(tmp_path / "repo")
    for name in ("GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"):
        monkeypatch.setenv(name, "2026-08-03T10:00:00+02:00")
    cli("deadline", "B2-01", "30-6-2027")
    plan = tmp_path / "repo" / "plans" / "2025-2029.toml"
    text = plan.read_text()
    start = text.index('[[afspraak]]\nid = "A-06"')
    plan.write_text(text[:start] + text[text.index("[[afspraak]]", start + 5) :])
    subprocess.run(["git", "commit", "-qam", "A-06 geschrapt"], cwd=plan.parent, check=True)
    assert cli("publiceer", str(tmp_path / "site")).code == 0
    report = (tmp_path / "site" / "archief" / "rapport-2026-H2.html").read_text()
    assert "B2-01: deadline 2026-Q1 → 2027-06-30" in report
    ams = icalendar.Calendar.from_ical((tmp_path / "site" / "agenda" / "agenda-voor-gem-ams.ics").read_bytes())
    removed = {str(e["UID"]): e for e in ams.walk("VEVENT")}["HGKMSG-2025-2029-A-06@regiotrack"]
    assert str(removed["STATUS"]) == "CANCELLED" and removed["SEQUENCE"] == 1


@needs_program("chromium", "apt-get install chromium")
def test_site_opens_in_chromium_and_every_link_leads_somewhere(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    cli("publiceer", str(tmp_path / "site"), "--plan", str(REAL_PLAN))
    seen = crawl_site(tmp_path / "site" / "index.html")
    assert len(seen) == 3 + 4  # index, archive, feeds list, the four half-year reports begun by 2026-11-22
