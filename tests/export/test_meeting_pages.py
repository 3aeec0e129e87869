"""Agenda pack and verslag as HTML: escaped, accessible structure, rendered in a real Chromium on A4."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

from conftest import REAL_PLAN, needs_program
from regiotrack.export.agenda import Report, build_agenda
from regiotrack.export.meeting_html import render_agenda_html, render_minutes_html
from regiotrack.export.minutes import build_minutes
from regiotrack.plan.verslag import Decision, Verslag, minutes_edit
from regiotrack.store.reading import read_plan

from .test_reports import CHROMIUM, FLAGS

PLAN = read_plan(REAL_PLAN).plan
TODAY = date(2026, 11, 22)
HOSTILE = '<script>alert("x")</script> & </td></table>'


def _held_plan():  # type: ignore[no-untyped-def]
    verslag = Verslag(
        "PO-2026-2",
        date(2026, 11, 12),
        ("PT", "VT"),
        (
            Decision("B2-01", "afronden"),
            Decision("B2-02", "bijstellen", lead="VT", reason=HOSTILE),
            Decision("B2-04", "vervallen", reason="Opgegaan in WG-01"),
        ),
        resolutions=(HOSTILE,),
        new=({"titel": "Tussenevaluatie gebiedsprofielen", "trekker": "GEM-AMS", "deadline": "2027-Q2"},),
    )
    return minutes_edit(PLAN, verslag, TODAY).apply(PLAN)


def _agenda_page() -> str:
    meeting = PLAN.partner_meetings[1]
    reports = [Report("WG-01 Versterking gebiedsgericht werken", date(2026, 10, 1), HOSTILE)]
    return render_agenda_html(build_agenda(PLAN, meeting, TODAY, [f"B2-03: deadline {HOSTILE}"], reports))


def _minutes_page() -> str:
    plan = _held_plan()
    return render_minutes_html(build_minutes(plan, plan.partner_meetings[1]))


def test_pages_escape_plan_text_and_have_accessible_tables() -> None:
    for page in (_agenda_page(), _minutes_page()):
        assert "<script>" not in page and "</td></table><" not in page
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
        assert page.count("<main>") == 1 and '<html lang="nl">' in page and "@page { size: A4" in page
        assert page.count("<table>") == page.count('<caption class="sr">') == page.count("<thead>")
        assert page.count('scope="col"') >= 4 * page.count("<table>")
        assert "http" not in page and "src=" not in page


def _print(page: str, tmp_path: Path, name: str) -> str | None:
    source = tmp_path / f"{name}.html"
    source.write_text(page, encoding="utf-8")
    pdf = tmp_path / f"{name}.pdf"
    subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={tmp_path / 'profiel'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            source.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-"
    if not (shutil.which("pdftotext") or os.environ.get("REGIOTRACK_REQUIRE_CLIENTS") == "1"):
        return None
    assert "(A4)" in subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    return " ".join(text.split())


@needs_program("chromium", "apt-get install chromium")
def test_agenda_and_verslag_in_a_real_browser_print_on_a4(tmp_path: Path) -> None:
    agenda = _print(_agenda_page(), tmp_path, "agenda")
    if agenda is not None:
        for expected in (
            "Agenda Partneroverleg 2e halfjaar 2026",
            "1. Terugblik",
            "2. Verschoven deadlines, en door wie",
            "5. Wat de werkgroepen en het Expertiseplatform meldden",
            "6. Vooruitblik",
        ):
            assert expected in agenda, expected
    minutes = _print(_minutes_page(), tmp_path, "verslag")
    if minutes is not None:
        for expected in ("Verslag Partneroverleg 2e halfjaar 2026", "Besluit per afspraak", "Opgegaan in WG-01"):
            assert expected in minutes, expected
        assert "Tussenevaluatie gebiedsprofielen" in minutes and "partneroverleg-2026-2" in minutes


@needs_program("chromium", "apt-get install chromium")
def test_axe_core_finds_nothing_in_agenda_and_verslag(tmp_path: Path) -> None:
    from browser import axe_violations, browser_session

    manager, browser = browser_session()
    try:
        for name, page_text in (("agenda", _agenda_page()), ("verslag", _minutes_page())):
            file = tmp_path / f"{name}.html"
            file.write_text(page_text, encoding="utf-8")
            page = browser.new_page()
            page.goto(file.as_uri())
            assert axe_violations(page) == [], name
    finally:
        browser.close()
        manager.stop()
