"""Progress reports: JSON schema, Markdown, self-contained HTML, rendered in a real browser."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

from conftest import REAL_PLAN, needs_program
from regiotrack.export.html import render_html
from regiotrack.export.summary import SCHEMA, build_report, render_markdown
from regiotrack.plan.notes import add_note
from regiotrack.plan.periods import Period
from regiotrack.store.reading import read_plan

PLAN = read_plan(REAL_PLAN).plan
TODAY = date(2026, 11, 22)


def test_json_report_has_the_documented_schema(cli) -> None:  # type: ignore[no-untyped-def]
    report = json.loads(cli("rapport", "--plan", str(REAL_PLAN), "--formaat", "json", "--halfjaar", "2026-H1").out)
    assert report["schema"] == SCHEMA
    assert set(report) == {
        "schema",
        "plan",
        "vandaag",
        "stand",
        "status",
        "verlopen",
        "geblokkeerd",
        "binnenkort",
        "werkgroepen",
        "trekkers",
        "tijdlijn",
        "volgend_partneroverleg",
        "halfjaar",
        "effecten",
        "lokale_uitvoering",
        "gebieden",
    }
    assert report["stand"]["verlopen"] == 24
    assert report["volgend_partneroverleg"] == {
        "id": "PO-2026-2",
        "halfjaar": "2026-H2",
        "datum": None,
        "tijd": None,
        "locatie": None,
        "status": "open",
    }
    assert report["werkgroepen"][1] == {
        "id": "WG-02",
        "naam": "Handelingskader gefaseerd samenwerken voor veiligheid",
        "gereed": 0,
        "totaal": 1,
        "verlopen": 0,  # B2-14 has no deadline: the source gives none
    }
    half = report["halfjaar"]
    assert half["periode"] == "2026-H1" and len(half["verlopen"]) == 6
    assert [i["id"] for i in half["komend_halfjaar"]] == ["A-02", *(f"A-{n:02d}" for n in range(6, 12))]
    assert report["tijdlijn"][20] == {
        "id": "T21",
        "activiteit": "Formeel besluit Gemeenteraad (zienswijze)",
        "soort": "sessie",
        "van": "2026-02-21",
        "tot": "2026-03-10",
        "precies": False,
        "status": "open",
        "stand": "verlopen",
    }


def test_markdown_report_sections() -> None:
    text = render_markdown(build_report(PLAN, date(2026, 7, 1), Period.parse("2026-H1")))
    assert text.startswith("# Voortgang Regionaal beleidskader")
    for heading in (
        "## Partneroverleg 1e halfjaar 2026 (nog niet gepland)",
        "### Verlopen (6)",
        "### Komend halfjaar (7)",
        "## Per werkgroep",
        "## Per trekker",
        "## Tijdlijn",
    ):
        assert heading in text
    assert "| T21 | Formeel besluit Gemeenteraad (zienswijze) (nog niet precies) |" in text


def test_moved_deadlines_from_git_history(tmp_path: Path, monkeypatch, cli) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    cli("init", "repo")
    monkeypatch.chdir(tmp_path / "repo")
    for name in ("GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"):  # a commit date that does not come from the clock
        monkeypatch.setenv(name, "2026-08-03T10:00:00+02:00")
    cli("deadline", "B2-01", "30-6-2026")
    report = json.loads(cli("rapport", "--formaat", "json", "--halfjaar", "2026-H2").out)
    assert report["halfjaar"]["verschoven"] == ["B2-01: deadline 2026-Q1 → 2026-06-30 (2026-08-03, Test Adviseur)"]
    earlier = json.loads(cli("rapport", "--formaat", "json", "--halfjaar", "2026-H1").out)
    assert earlier["halfjaar"]["verschoven"] == []


def test_html_escapes_every_plan_text() -> None:
    hostile = '<script>alert("x")</script> & </td></table><h1>'
    plan = PLAN.model_copy(
        update={
            "agreements": tuple(
                a.model_copy(update={"title": hostile}) if a.id == "B2-01" else a for a in PLAN.agreements
            )
        }
    )
    page = render_html(build_report(add_note(plan, "B2-01", hostile, TODAY, "Test Adviseur").apply(plan), TODAY))
    assert "<script>" not in page and "</td></table><h1>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;/td&gt;&lt;/table&gt;&lt;h1&gt;" in page
    assert page.count("<table>") == page.count("</table>")


def test_html_is_self_contained() -> None:
    page = render_html(build_report(PLAN, TODAY))
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "@page { size: A4" in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "src=" not in page and "<link" not in page


CHROMIUM = shutil.which("chromium") or "chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@needs_program("chromium", "apt-get install chromium")
def test_html_report_in_a_real_browser_prints_on_a4(tmp_path: Path) -> None:
    page = tmp_path / "rapport.html"
    page.write_text(render_html(build_report(PLAN, TODAY, Period.parse("2026-H1"))), encoding="utf-8")
    profile = str(tmp_path / "profiel")
    shot = tmp_path / "rapport.png"
    subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={profile}",
            "--window-size=900,1400",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert shot.exists() and shot.stat().st_size > 20_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pdf = tmp_path / "rapport.pdf"
    subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert pdf.exists()
    if shutil.which("pdftotext") or os.environ.get("REGIOTRACK_REQUIRE_CLIENTS") == "1":
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        assert "(A4)" in info
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        for expected in (
            "Voortgang Regionaal beleidskader",
            "Partneroverleg 1e halfjaar 2026",
            "Voortgang per werkgroep",
            "Tijdlijn",
            "Fysieke locatie van het",  # B2-01's title (the cell wraps after this)
        ):
            assert expected in " ".join(text.split()), expected
