"""Issue 17, points 8-10: the report is accessible (axe-core in Chromium), prints well, and is right."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from browser import axe_violations, browser_session
from conftest import REAL_PLAN, needs_program
from regiotrack.export.html import render_html
from regiotrack.export.markdown import render_markdown
from regiotrack.export.summary import build_report
from regiotrack.plan.periods import Period
from regiotrack.store.reading import read_plan

PLAN = read_plan(REAL_PLAN).plan
TODAY = date(2026, 11, 22)
LONG = "Een werkgroep met een heel lange naam die vroeger na achtenveertig tekens werd afgekapt in de grafiek"


def hostile_plan() -> Any:
    """The real plan with Markdown specials in a title and a very long werkgroep name."""
    groups = tuple(g.model_copy(update={"name": LONG}) if g.id == "WG-01" else g for g in PLAN.working_groups)
    agreements = tuple(
        a.model_copy(update={"title": "*vet* _schuin_ `code` [link](http://x) a|b <b>"}) if a.id == "B2-01" else a
        for a in PLAN.agreements
    )
    return PLAN.model_copy(update={"working_groups": groups, "agreements": agreements})


def page_with_everything() -> str:
    return render_html(build_report(hostile_plan(), TODAY, Period.parse("2026-H1")))


# ---------------------------------------------------------------- 8. accessibility, structure


def test_html_structure_for_assistive_technology() -> None:
    page = page_with_everything()
    assert page.count("<main>") == 1
    assert page.count("<table>") == page.count("<caption") == page.count("<thead>")
    assert '<th scope="col">' in page and '<th scope="row">' in page
    # three charts of the plan, and one per indicator with values in the section per effect (I-01, I-02, I-04)
    assert page.count('role="img"') == 6 and page.count("aria-labelledby=") == 6
    assert 'class="legend"' in page
    # the data of the charts is in tables too: every werkgroep and trekker row with its numbers
    report = build_report(PLAN, TODAY)
    for group in report["werkgroepen"] + report["trekkers"]:
        assert f"<td>{group['id']}</td><td>{group['gereed']}</td><td>{group['totaal']}</td>" in page


@needs_program("chromium", "apt-get install chromium")
def test_axe_core_finds_nothing_in_chromium(tmp_path: Path) -> None:
    file = tmp_path / "rapport.html"
    file.write_text(page_with_everything(), encoding="utf-8")
    manager, browser = browser_session()
    try:
        page = browser.new_page()
        page.goto(file.as_uri())
        assert axe_violations(page) == []
    finally:
        browser.close()
        manager.stop()


# ---------------------------------------------------------------- 9. print


@needs_program("chromium", "apt-get install chromium")
def test_print_layout_in_chromium(tmp_path: Path) -> None:
    file = tmp_path / "rapport.html"
    file.write_text(page_with_everything(), encoding="utf-8")
    manager, browser = browser_session()
    try:
        page = browser.new_page()
        page.goto(file.as_uri())
        page.emulate_media(media="print")
        styles = page.evaluate(
            """() => ({
                thead: getComputedStyle(document.querySelector('thead')).display,
                h2: getComputedStyle(document.querySelector('h2')).breakAfter,
                h3: getComputedStyle(document.querySelector('h3')).breakAfter,
                dates: [...document.querySelectorAll('td .nowrap')]
                    .every(e => getComputedStyle(e).whiteSpace === 'nowrap'),
                dateCount: document.querySelectorAll('td .nowrap').length,
            })"""
        )
        assert styles == {
            "thead": "table-header-group",
            "h2": "avoid",
            "h3": "avoid",
            "dates": True,
            "dateCount": styles["dateCount"],
        }
        assert styles["dateCount"] > 50
        # every month label of the timeline lies inside the drawing: the last one is not cut off
        overflow = page.evaluate(
            """() => { const svg = document.querySelector('svg[aria-labelledby^="tijdlijn"]');
                       const width = svg.viewBox.baseVal.width;
                       return [...svg.querySelectorAll('text')].filter(t => /^\\d\\d-\\d{4}$/.test(t.textContent))
                              .map(t => t.getBBox()).filter(b => b.x + b.width > width).length; }"""
        )
        assert overflow == 0
        pdf = tmp_path / "rapport.pdf"
        page.pdf(path=str(pdf), format="A4", prefer_css_page_size=True)
    finally:
        browser.close()
        manager.stop()
    if shutil.which("pdftotext") or os.environ.get("REGIOTRACK_REQUIRE_CLIENTS") == "1":
        headings = ("Verlopen", "Binnenkort", "Geblokkeerd", "Tijdlijn", "Voortgang per", "Komend", "Gereed in")
        pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        for number, text in enumerate(pages.split("\f")[:-1], start=1):
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            last = lines[-1] if lines else ""
            assert not any(last.startswith(h) for h in headings), f"page {number} ends with heading {last!r}"
            if number > 1 and lines and re.match(r"^(B2-\d|A-\d|T\d)", lines[0]):
                pytest.fail(f"page {number} starts inside a table without its header row: {lines[0]!r}")


# ---------------------------------------------------------------- 10. correctness


def test_json_status_counts_include_zeros_and_overdue_agrees(cli) -> None:  # type: ignore[no-untyped-def]
    report = json.loads(cli("rapport", "--plan", str(REAL_PLAN), "--formaat", "json").out)
    assert list(report["status"]) == ["open", "lopend", "gereed", "geblokkeerd", "vervallen"]
    assert report["status"]["vervallen"] == 1  # A-01, retired against the source (issue 15)
    assert report["stand"]["verlopen"] == len(report["verlopen"])
    assert report["stand"]["geblokkeerd"] == len(report["geblokkeerd"])
    assert all(i["stand"] == "verlopen" for i in report["verlopen"])


def test_blocked_overdue_item_is_listed_once_under_geblokkeerd(cli, plan_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("zet", "B2-01", "geblokkeerd", "--geen-commit")
    report = json.loads(cli("rapport", "--formaat", "json").out)
    assert report["stand"]["verlopen"] == len(report["verlopen"])
    assert "B2-01" not in [i["id"] for i in report["verlopen"]]
    assert [i["dagen_tot_vervaldatum"] for i in report["geblokkeerd"] if i["id"] == "B2-01"] == [-236]


def test_vervallen_item_not_coming_next_half_year() -> None:
    agreements = tuple(a.model_copy(update={"status": "vervallen"}) if a.id == "A-01" else a for a in PLAN.agreements)
    plan = PLAN.model_copy(update={"agreements": agreements})
    report = build_report(plan, date(2026, 6, 1), Period.parse("2026-H1"))
    assert "A-01" not in [i["id"] for i in report["halfjaar"]["komend_halfjaar"]]


def test_format_follows_the_file_name(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    plan = ("--plan", str(REAL_PLAN))
    assert cli("rapport", *plan, "-o", str(tmp_path / "r.html")).code == 0
    assert (tmp_path / "r.html").read_text().startswith("<!DOCTYPE html>")
    assert cli("rapport", *plan, "-o", str(tmp_path / "r.json")).code == 0
    assert json.loads((tmp_path / "r.json").read_text())["schema"] == "regiotrack-rapport/1"
    assert cli("rapport", *plan, "-o", str(tmp_path / "r.md")).code == 0
    assert (tmp_path / "r.md").read_text().startswith("# Voortgang")
    clash = cli("rapport", *plan, "--formaat", "md", "-o", str(tmp_path / "x.html"))
    assert clash.code == 2 and "--formaat md past niet bij" in clash.err and not (tmp_path / "x.html").exists()
    unknown = cli("rapport", *plan, "-o", str(tmp_path / "r.txt"))
    assert unknown.code == 2 and "Gebruik de extensie .md, .html of .json" in unknown.err


def test_half_year_outside_the_plan_period_is_refused(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("rapport", "--plan", str(REAL_PLAN), "--halfjaar", "2031-H1")
    assert result.code == 2
    assert "valt buiten de looptijd van het plan (2025-01-01 t/m 2029-12-31)" in result.err
    assert "2025-H1 t/m 2029-H2" in result.err
    assert cli("rapport", "--plan", str(REAL_PLAN), "--halfjaar", "2029-H2").code == 0


def test_markdown_escapes_plan_text_and_names_in_full() -> None:
    text = render_markdown(build_report(hostile_plan(), TODAY, Period.parse("2026-H1")))
    assert r"\*vet\* \_schuin\_ \`code\` \[link\](http://x) a\|b \<b\>" in text
    assert "*vet*" not in text and "`code`" not in text
    assert LONG in text
    assert "| Veilig Thuis Amsterdam-Amstelland (VT) |" in text  # names where people need names


def test_html_names_in_full() -> None:
    page = page_with_everything()
    assert LONG in page.split("<svg")[1]  # the chart label wraps instead of cutting
    assert "Veilig Thuis Amsterdam-Amstelland (VT)" in page
