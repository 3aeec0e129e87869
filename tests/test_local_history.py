"""Issue 16, point 5: history across the set of plan files, diff and blame per file, exports per municipality."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

AMV = "plans/gemeenten/amstelveen.toml"
UIT = "plans/gemeenten/uithoorn.toml"


@pytest.fixture
def region(region: Path, workdir: Path) -> Path:
    """The real regional plan and three local plans (conftest's ``region``), committed in a fresh repository."""
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "Plannen overgenomen"]):
        subprocess.run(["git", *args], cwd=workdir, check=True, capture_output=True)
    return workdir


def _commits(out: str) -> list[str]:
    """The subject of each commit listed, newest first."""
    return [line.split("  ", 3)[3] for line in out.splitlines() if line and not line.startswith(" ")]


def test_geschiedenis_alle_labels_each_change_with_its_file(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("zet", "AMV-01", "gereed", "--plan", AMV).code == 0
    assert cli("zet", "B2-03", "lopend").code == 0
    assert cli("beoordeel", "UIT-01", "verlaten", "--jaar", "2026", "--plan", UIT).code == 0
    result = cli("geschiedenis", "--alle")
    assert result.code == 0, result.err
    assert _commits(result.out) == [
        "UIT-01: jaarbeoordeling 2026 — verlaten, status geblokkeerd → vervallen",
        "B2-03: status open → lopend",
        "AMV-01: status lopend → gereed",
        "Plannen overgenomen",
    ]
    lines = result.out.splitlines()
    assert "    Uithoorn: UIT-01: beoordelingen (leeg) → [2026: verlaten], status geblokkeerd → vervallen" in lines
    assert "    regionaal: B2-03: status open → lopend" in lines
    assert any(line.startswith("    Amstelveen: AMV-01: status lopend → gereed") for line in lines)
    assert any(line.startswith("    Aalsmeer: AAL-01: afspraak toegevoegd") for line in lines)
    # without --alle: only the one file
    assert _commits(cli("geschiedenis").out) == ["B2-03: status open → lopend", "Plannen overgenomen"]
    assert _commits(cli("geschiedenis", "--plan", AMV).out) == ["AMV-01: status lopend → gereed", "Plannen overgenomen"]


def test_geschiedenis_alle_from_a_local_plan_with_an_id_and_sinds(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("zet", "AMV-01", "gereed", "--plan", AMV).code == 0
    assert cli("zet", "UIT-01", "lopend", "--plan", UIT).code == 0
    story = cli("geschiedenis", "UIT-01", "--alle", "--plan", AMV)  # the set is found from any of its files
    assert story.code == 0, story.err
    assert _commits(story.out) == ["UIT-01: status geblokkeerd → lopend", "Plannen overgenomen"]
    assert "AMV-01" not in story.out
    since = cli("geschiedenis", "--alle", "--sinds", "HEAD~1")
    assert _commits(since.out) == ["UIT-01: status geblokkeerd → lopend"]
    typo = cli("geschiedenis", "UIT-1", "--alle")
    assert typo.code == 2
    assert (
        "'UIT-1' komt in geen enkele versie van de plannen (regionaal en lokaal) voor; bedoelde u 'UIT-01'?" in typo.err
    )


def test_a_removed_local_plan_keeps_its_history_in_one_line(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    subprocess.run(["git", "rm", "-q", "plans/gemeenten/aalsmeer.toml"], cwd=region, check=True)
    subprocess.run(["git", "commit", "-qm", "Aalsmeer apart"], cwd=region, check=True)
    out = cli("geschiedenis", "--alle").out
    assert "    aalsmeer (verwijderd): bestand plans/gemeenten/aalsmeer.toml verwijderd" in out.splitlines()
    assert "aalsmeer (verwijderd): AAL-01: afspraak toegevoegd" in out


def test_verschil_and_herkomst_per_local_plan(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("zet", "AMV-01", "gereed", "--plan", AMV).code == 0
    diff = cli("verschil", "HEAD~1", "--plan", AMV)
    assert diff.code == 0, diff.err
    assert "AMV-01" in diff.out and "lopend → gereed" in diff.out
    assert "B2-" not in diff.out
    blame = cli("herkomst", "AMV-01", "--plan", AMV)
    assert blame.code == 0, blame.err
    status = next(line for line in blame.out.splitlines() if line.startswith("status"))
    assert "gereed" in status
    assert cli("herkomst", "AMV-01").code != 0  # not in the regional plan: per file, as asked


def test_calendar_and_site_per_municipality(region: Path, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ical = cli("exporteer", "ical", "--plan", AMV)
    assert ical.code == 0, ical.err
    assert "UID:LOKAAL-AMV-2025-2029-AMV-01@regiotrack" in ical.out
    assert "X-WR-CALNAME:Lokaal uitvoeringsplan Amstelveen (testgegevens)" in ical.out
    assert "B2-03" not in ical.out.split("DESCRIPTION")[0]  # the regional items are not in it
    site = tmp_path / "amstelveen"
    assert cli("publiceer", str(site), "--plan", AMV).code == 0
    index = (site / "index.html").read_text()
    assert "Lokaal uitvoeringsplan Amstelveen" in index and "<h2>Lokale uitvoering</h2>" in index
    assert ">Aalsmeer<" not in index
    assert any(p.name.endswith(".ics") for p in (site / "agenda").iterdir())
