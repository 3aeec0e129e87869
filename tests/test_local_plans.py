"""Local plans per municipality (issue 16): the set, cross-file checks, with file and line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES

LOCAL = FIXTURES / "lokaal"


@pytest.fixture
def region(workdir: Path) -> Path:
    """The workspace: the real regional plan and three local plans (Amstelveen, Aalsmeer, Uithoorn)."""
    target = workdir / "plans" / "gemeenten"
    target.mkdir()
    for path in sorted(LOCAL.glob("*.toml")):
        shutil.copy(path, target / path.name)
    return target


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_the_set_checks_clean(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("controleer").code == 0
    for name in ("amstelveen", "aalsmeer", "uithoorn"):
        result = cli("controleer", "--plan", f"plans/gemeenten/{name}.toml")
        assert result.code == 0, result.err
        assert "geen fouten" in result.out


def test_a_local_action_serving_an_unknown_regional_id(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = region / "amstelveen.toml"
    path.write_text(path.read_text().replace('"B2-03"', '"B2-3"'))
    line = _line_of(path, "dient =")
    for args in (("controleer", "--plan", "plans/gemeenten/amstelveen.toml"), ("controleer",)):
        result = cli(*args)
        assert result.code == 1
        assert f"plans/gemeenten/amstelveen.toml:{line}" in result.err
        assert "'B2-3' staat niet in het regionale plan" in result.err
        assert "bedoelde u 'B2-" in result.err


def test_a_municipality_not_in_the_region(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = region / "aalsmeer.toml"
    path.write_text(path.read_text().replace('gemeente = "Aalsmeer"', 'gemeente = "Aalsmer"'))
    result = cli("controleer")
    assert result.code == 1
    assert f"plans/gemeenten/aalsmeer.toml:{_line_of(path, 'gemeente =')}" in result.err
    assert "gemeente 'Aalsmer' hoort niet bij de regio" in result.err
    assert "bedoelde u 'Aalsmeer'" in result.err


def test_two_files_for_one_municipality(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    shutil.copy(region / "uithoorn.toml", region / "uithoorn-2.toml")
    result = cli("controleer")
    assert result.code == 1
    second = region / "uithoorn.toml"
    assert f"plans/gemeenten/uithoorn.toml:{_line_of(second, 'gemeente =')}" in result.err
    assert "gemeente 'Uithoorn' heeft al een lokaal plan: plans/gemeenten/uithoorn-2.toml" in result.err


def test_a_missing_regional_plan(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = region / "uithoorn.toml"
    path.write_text(path.read_text().replace("../2025-2029.toml", "../2030.toml"))
    result = cli("controleer", "--plan", "plans/gemeenten/uithoorn.toml")
    assert result.code == 1
    assert f"uithoorn.toml:{_line_of(path, 'regionaal =')}" in result.err
    assert "regionaal plan '../2030.toml' bestaat niet" in result.err


def test_commands_work_on_a_local_plan(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("zet", "AAL-01", "lopend", "--plan", "plans/gemeenten/aalsmeer.toml", "--geen-commit")
    assert result.code == 0, result.err
    assert 'status = "lopend"' in (region / "aalsmeer.toml").read_text()
    assert "AAL-01" in cli("toon", "AAL-01", "--plan", "plans/gemeenten/aalsmeer.toml").out


def test_init_gemeente_starts_a_clean_local_plan(workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("init", "--gemeente", "Ouder-Amstel")
    assert result.code == 0, result.err
    path = workdir / "plans" / "gemeenten" / "ouder-amstel.toml"
    assert 'gemeente = "Ouder-Amstel"' in path.read_text()
    assert cli("controleer", "--plan", str(path)).code == 0
    assert cli("controleer").code == 0
    again = cli("init", "--gemeente", "Ouder-Amstel")
    assert again.code != 0
    assert "heeft al een lokaal plan: plans/gemeenten/ouder-amstel.toml" in again.err


def test_init_gemeente_refuses_a_name_outside_the_region(workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("init", "--gemeente", "Dimen")
    assert result.code != 0
    assert "gemeente 'Dimen' hoort niet bij de regio" in result.err
    assert "bedoelde u 'Diemen'" in result.err
    assert not (workdir / "plans" / "gemeenten").exists()


def test_matrix_shows_who_acts_and_how_far(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("matrix", "--vandaag", "2026-01-15")
    assert result.code == 0, result.err
    lines = {line.split()[0]: line for line in result.out.splitlines() if line and line[0] in "BAW"}
    header = result.out.splitlines()[0].split()
    assert header[:2] == ["ID", "TITEL"] and header[2:] == [
        "Amsterdam",
        "Amstelveen",
        "Aalsmeer",
        "Diemen",
        "Uithoorn",
        "Ouder-Amstel",
    ]
    assert lines["B2-03"].split()[-6:] == ["-", "·1", "·1", "-", "-", "-"]  # Amstelveen, Aalsmeer on schedule
    assert lines["B2-01"].split()[-6:] == ["-", "-", "-", "-", "■1", "-"]  # Uithoorn blocked
    assert lines["WG-02"].split()[-6:] == ["-", "✓1", "-", "-", "-", "-"]
    assert re.search(
        r"^3 van \d+ regionale afspraken, werkgroepen en effecten hebben lokale acties\.$", result.out, re.M
    )
    assert "■ geblokkeerd" in result.out  # the legend: symbols, never colour alone


def test_matrix_json_from_a_local_plan(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    import json

    result = cli("matrix", "--json", "--vandaag", "2026-01-15", "--plan", "plans/gemeenten/aalsmeer.toml")
    data = {row["id"]: row for row in json.loads(result.out)["matrix"]}
    assert data["B2-03"]["gemeenten"]["Aalsmeer"] == {"acties": ["AAL-01"], "stand": {"op schema": 1}}
    assert data["B2-03"]["gemeenten"]["Amstelveen"]["acties"] == ["AMV-01"]


def test_lijst_gemeente_covers_the_local_plan(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("lijst", "--gemeente", "Amstelveen")
    assert result.code == 0, result.err
    ids = [line.split()[0] for line in result.out.splitlines()[2:] if line.strip()]
    assert "AMV-01" in ids and "AMV-02" in ids
    assert "AAL-01" not in ids and "UIT-01" not in ids
    only_done = cli("lijst", "--gemeente", "Amstelveen", "--status", "gereed").out
    assert "AMV-02" in only_done and "AMV-01" not in only_done


def test_beoordeel_records_a_yearly_review_as_one_commit(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    root = region.parent.parent
    git = ["git", "-C", str(root)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "-c", "user.name=T", "-c", "user.email=t@t", "commit", "-qm", "start"], check=True)
    plan = "plans/gemeenten/amstelveen.toml"
    result = cli("beoordeel", "AMV-01", "versterken", "--jaar", "2026", "--toelichting", "meer scholen", "--plan", plan)
    assert result.code == 0, result.err
    subject = subprocess.run([*git, "log", "-1", "--format=%s"], capture_output=True, text=True).stdout.strip()
    assert subject == "AMV-01: jaarbeoordeling 2026 — versterken"
    assert '"2026: versterken — meer scholen"' in (region / "amstelveen.toml").read_text()
    assert "2026: versterken — meer scholen" in cli("toon", "AMV-01", "--plan", plan).out
    left = cli("beoordeel", "AMV-01", "verlaten", "--jaar", "2027", "--plan", plan, "--vandaag", "2028-01-10")
    assert left.code == 0, left.err
    assert "status lopend → vervallen" in left.out
    assert 'status = "vervallen"' in (region / "amstelveen.toml").read_text()
    assert "jaarbeoordeling 2027" in cli("geschiedenis", "AMV-01", "--plan", plan).out


def test_beoordeel_refuses_an_unknown_verdict(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    before = (region / "aalsmeer.toml").read_text()
    result = cli("beoordeel", "AAL-01", "versterkn", "--jaar", "2026", "--plan", "plans/gemeenten/aalsmeer.toml")
    assert result.code != 0
    assert "'versterkn' is geen oordeel; bedoelde u 'versterken'?" in result.err
    assert (region / "aalsmeer.toml").read_text() == before


def test_beoordeel_refuses_a_regional_afspraak(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    regional = region.parent / "2025-2029.toml"
    before = regional.read_text()
    result = cli("beoordeel", "A-18", "versterken", "--jaar", "2026")
    assert result.code == 2
    assert "A-18 staat in het regionale plan, niet in een lokaal plan" in result.err
    assert "--plan plans/gemeenten/" in result.err
    assert regional.read_text() == before


@pytest.mark.parametrize(
    ("year", "message"),
    [
        ("2031", "jaar 2031 is nog niet begonnen (vandaag is 2026-11-22)"),
        ("2027", "jaar 2027 is nog niet begonnen (vandaag is 2026-11-22)"),
        ("2024", "jaar 2024 valt buiten de looptijd van het plan (2025-2029)"),
    ],
)
def test_beoordeel_refuses_a_year_not_begun_or_outside_the_plan(region: Path, cli, year: str, message: str) -> None:  # type: ignore[no-untyped-def]
    path = region / "aalsmeer.toml"
    before = path.read_text()
    result = cli("beoordeel", "AAL-01", "versterken", "--jaar", year, "--plan", "plans/gemeenten/aalsmeer.toml")
    assert result.code == 2
    assert message in result.err
    assert "Beoordeel een jaar" in result.err and "2025 tot en met 2026" in result.err
    assert path.read_text() == before


def test_beoordeel_after_the_plan_refuses_a_year_past_its_end(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    plan = "plans/gemeenten/aalsmeer.toml"
    result = cli("beoordeel", "AAL-01", "vasthouden", "--jaar", "2030", "--plan", plan, "--vandaag", "2031-02-01")
    assert result.code == 2
    assert "jaar 2030 valt buiten de looptijd van het plan (2025-2029)" in result.err
    assert "2025 tot en met 2029" in result.err


def test_a_malformed_review_line_is_reported_with_its_line(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = region / "aalsmeer.toml"
    path.write_text(path.read_text() + 'beoordelingen = [\n    "2026: beter",\n]\n')
    result = cli("controleer", "--plan", "plans/gemeenten/aalsmeer.toml")
    assert result.code == 1
    assert "oordeel 'beter' is onbekend" in result.err
    assert "aalsmeer.toml:" in result.err


def test_two_municipalities_edit_their_own_files_and_pull_cleanly(region: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "T",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "T",
        "GIT_COMMITTER_EMAIL": "t@t",
        "REGIOTRACK_VANDAAG": "2026-01-15",
    }

    def run(cwd: Path, *args: str) -> str:
        done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout

    origin = region.parent.parent
    run(origin, "git", "init", "-q", "-b", "main")
    run(origin, "git", "add", "-A")
    run(origin, "git", "commit", "-qm", "start")
    run(tmp_path, "git", "clone", "-q", "--bare", str(origin), "hub.git")
    hub = str(tmp_path / "hub.git")
    for name in ("amv", "aal"):
        run(tmp_path, "git", "clone", "-q", hub, name)
    regiotrack = [sys.executable, "-m", "regiotrack"]
    run(tmp_path / "amv", *regiotrack, "zet", "AMV-01", "gereed", "--plan", "plans/gemeenten/amstelveen.toml")
    run(tmp_path / "aal", *regiotrack, "zet", "AAL-01", "lopend", "--plan", "plans/gemeenten/aalsmeer.toml")
    run(tmp_path / "amv", "git", "push", "-q", "origin", "main")
    run(tmp_path / "aal", "git", "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
    merged = tmp_path / "aal" / "plans" / "gemeenten"
    assert 'status = "gereed"' in (merged / "amstelveen.toml").read_text()
    assert 'status = "lopend"' in (merged / "aalsmeer.toml").read_text()
    assert run(tmp_path / "aal", "git", "status", "--porcelain") == ""
