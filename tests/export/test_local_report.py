"""Issue 16: the report's section "Lokale uitvoering" (Markdown, HTML in Chromium, JSON), per municipality too."""

from __future__ import annotations

import json
from pathlib import Path

from browser import axe_violations, browser_session, crawl_site
from conftest import FIXTURES, needs_program


def _section(markdown: str) -> str:
    start = markdown.index("## Lokale uitvoering")
    return markdown[start : markdown.index("\n## ", start + 1)]


def test_markdown_report_has_the_matrix_and_the_local_actions(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("rapport", "--vandaag", "2026-01-15")
    assert result.code == 0, result.err
    section = _section(result.out)
    assert (
        "Lokaal plan: Amstelveen (2 acties), Aalsmeer (1 actie), Uithoorn (1 actie). "
        "Nog geen lokaal plan: Amsterdam, Diemen, Ouder-Amstel." in section
    )
    assert "| id | afspraak | Amsterdam | Amstelveen | Aalsmeer | Diemen | Uithoorn | Ouder-Amstel |" in section
    assert (
        "| B2-03 | Kennis- en leerplatformfunctie HGKM, onder een stuurgroep van gemeenten en uitvoeringspartners "
        "| - | ·1 | ·1 | - | - | - |" in section
    )
    assert "| B2-01 |" in section and "| - | - | - | - | ■1 | - |" in section
    assert "| B2-02 |" not in section  # only the regional ids some municipality acts on
    assert "3 van 67 regionale afspraken, werkgroepen en effecten hebben lokale acties." in section
    assert "■ geblokkeerd" in section  # the legend: symbols, never colour alone
    actions = [
        line.split(" | ")[1]
        for line in section.splitlines()
        if line.startswith("| Am") or line.startswith("| Aa") or line.startswith("| Ui")
    ]
    assert actions == ["AMV-01", "AMV-02", "AAL-01", "UIT-01"]  # in the region's order of municipalities
    assert "| Uithoorn | UIT-01 | Inloop bij het Expertiseplatform bekendmaken | B2-01 Fysieke locatie" in section


def test_a_report_per_municipality_covers_only_that_municipality(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    plan = "plans/gemeenten/amstelveen.toml"
    assert (
        cli(
            "beoordeel",
            "AMV-01",
            "versterken",
            "--jaar",
            "2026",
            "--toelichting",
            "a|b *c*",
            "--plan",
            plan,
            "--geen-commit",
        ).code
        == 0
    )
    result = cli("rapport", "--vandaag", "2026-01-15", "--plan", plan)
    assert result.code == 0, result.err
    assert result.out.startswith("# Voortgang Lokaal uitvoeringsplan Amstelveen")
    section = _section(result.out)
    assert "Lokaal plan: Amstelveen (2 acties)." in section and "Aalsmeer" not in section
    assert "| id | afspraak | Amstelveen |" in section
    assert "| WG-02 | Handelingskader gefaseerd samenwerken voor veiligheid | ✓1 |" in section
    assert "2026: versterken — a\\|b \\*c\\*" in section  # the review, escaped as plan text
    data = json.loads(cli("rapport", "--formaat", "json", "--plan", plan).out)["lokale_uitvoering"]
    assert [m["naam"] for m in data["gemeenten"]] == ["Amstelveen"]
    assert data["acties"][0]["dient"] == [
        {
            "id": "B2-03",
            "titel": "Kennis- en leerplatformfunctie HGKM, onder een stuurgroep van gemeenten en uitvoeringspartners",
        }
    ]


def test_no_local_plans_no_section(workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    markdown = cli("rapport").out
    assert "Lokale uitvoering" not in markdown
    assert "Lokale uitvoering" not in cli("rapport", "--formaat", "html").out
    assert json.loads(cli("rapport", "--formaat", "json").out)["lokale_uitvoering"] is None


def test_a_broken_local_plan_stops_the_report_with_file_and_line(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = region / "uithoorn.toml"
    path.write_text(path.read_text().replace('status = "geblokkeerd"', 'status = "kapot"'))
    result = cli("rapport")
    assert result.code == 2  # like any plan with an error: nothing half-reported
    assert "plans/gemeenten/uithoorn.toml:29: UIT-01, veld 'status': ongeldige waarde 'kapot'" in result.err


def test_html_section_has_tables_and_words_for_the_symbols(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    html = cli("rapport", "--formaat", "html", "--vandaag", "2026-01-15").out
    start = html.index("<h2>Lokale uitvoering</h2>")
    section = html[start : html.index("<h2>", start + 1)]
    assert '<th scope="col">Ouder-Amstel</th>' in section
    assert '<span aria-hidden="true" class="nowrap">·1</span><span class="sr">1 op schema</span>' in section
    assert '<span class="sr">1 geblokkeerd</span>' in section
    assert section.count("<caption") == 2


@needs_program("chromium", "apt-get install chromium")
def test_html_report_with_local_plans_passes_axe_in_chromium(region: Path, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = region / "aalsmeer.toml"
    path.write_text(path.read_text().replace("Voorlichting op scholen", "<script>alert(1)</script> Voorlichting"))
    file = tmp_path / "rapport.html"
    assert cli("rapport", "-o", str(file), "--vandaag", "2026-01-15").code == 0
    manager, browser = browser_session()
    try:
        page = browser.new_page()
        page.goto(file.as_uri())
        assert axe_violations(page) == []
        heading = page.get_by_role("heading", name="Lokale uitvoering")
        assert heading.count() == 1
        table = page.get_by_role("table", name="Lokale acties van de gemeenten")
        assert "<script>alert(1)</script> Voorlichting" in table.inner_text()  # plan text shown, not run
        matrix = page.get_by_role("table", name="Lokale acties per regionale afspraak en gemeente")
        assert matrix.locator("tbody tr").count() == 3
    finally:
        browser.close()
        manager.stop()


def test_published_site_has_the_section_and_a_report_per_municipality(region: Path, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    site = tmp_path / "site"
    assert cli("publiceer", str(site), "--vandaag", "2026-01-15").code == 0
    index = (site / "index.html").read_text()
    assert "<h2>Lokale uitvoering</h2>" in index and '<a href="gemeenten/index.html">Lokale plannen</a>' in index
    assert "## Lokale uitvoering" in (site / "rapport.md").read_text()
    listing = (site / "gemeenten" / "index.html").read_text()
    assert '<a href="amstelveen.html">Lokaal uitvoeringsplan Amstelveen (testgegevens)</a>' in listing
    assert '<th scope="row">Diemen</th><td><span class="empty">nog geen lokaal plan</span>' in listing
    assert sorted(p.name for p in (site / "gemeenten").iterdir()) == [
        "aalsmeer.html",
        "aalsmeer.md",
        "amstelveen.html",
        "amstelveen.md",
        "index.html",
        "uithoorn.html",
        "uithoorn.md",
    ]
    local = (site / "gemeenten" / "uithoorn.md").read_text()
    assert local.startswith("# Voortgang Lokaal uitvoeringsplan Uithoorn")
    assert "| id | titel | dient |" in local  # one municipality: no column repeating its name
    assert "## Per werkgroep\n\n_geen_" in local  # a local plan has no werkgroepen: no empty table
    again = tmp_path / "again"
    assert cli("publiceer", str(again), "--vandaag", "2026-01-15").code == 0
    assert (again / "gemeenten" / "amstelveen.html").read_bytes() == (
        site / "gemeenten" / "amstelveen.html"
    ).read_bytes()
    alone = tmp_path / "alone"  # the site of one municipality has no pages for the others
    assert cli("publiceer", str(alone), "--plan", "plans/gemeenten/uithoorn.toml").code == 0
    assert not (alone / "gemeenten").exists()


@needs_program("chromium", "apt-get install chromium")
def test_site_with_local_plans_every_page_passes_axe_and_every_link_leads_somewhere(
    region: Path,
    cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    assert cli("publiceer", str(site), "--vandaag", "2026-01-15").code == 0
    # the regional site's own pages (archief, agenda) have their own test
    seen = crawl_site(site / "gemeenten" / "index.html", skip=lambda url: "/archief/" in url or "/agenda/" in url)
    names = sorted(url.rsplit("/", 2)[-2] + "/" + url.rsplit("/", 1)[-1] for url in seen)
    assert names == [
        "gemeenten/aalsmeer.html",
        "gemeenten/amstelveen.html",
        "gemeenten/index.html",
        "gemeenten/uithoorn.html",
        "site/index.html",
    ]


def test_the_section_never_breaks_on_a_municipality_outside_the_region() -> None:
    """The commands refuse such a set first (checked_set); the section itself still does not crash."""
    from datetime import date

    from conftest import REAL_PLAN
    from regiotrack.export.local_report import local_section
    from regiotrack.plan.matrix import PlanSet
    from regiotrack.store.reading import read_plan

    regional = read_plan(REAL_PLAN).plan
    local = read_plan(FIXTURES / "lokaal" / "uithoorn.toml").plan
    foreign = local.model_copy(update={"municipality": "Haarlem"})
    section = local_section(PlanSet(regional, (foreign,)), date(2026, 11, 22))
    assert section is not None and all(m["naam"] != "Haarlem" for m in section["gemeenten"])
