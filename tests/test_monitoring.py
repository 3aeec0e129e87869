"""meet, reflecteer, controleer --aannames/--bron, lijst --effect/--gebied and their bad input."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from conftest import REAL_PLAN, REPO
from regiotrack.plan.effects import regional_total, sparkline
from regiotrack.plan.monitoring_edits import parse_value
from regiotrack.plan.periods import Period
from regiotrack.store.reading import read_plan

SOURCE = REPO / "tests" / "fixtures" / "bron-2025-2029.txt"


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert cli("init", "plannen").code == 0
    monkeypatch.chdir(tmp_path / "plannen")
    return tmp_path / "plannen"


def test_meet_records_a_value_through_the_write_path_and_commits_it(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("meet", "I-01", "9.812", "--halfjaar", "2026-H1", "--bron", "Veilig Thuis, halfjaarcijfers")
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == "M-012: meting I-01 2026-H1 regio = 9812 aantal"
    assert git(repo, "log", "-1", "--format=%s") == "M-012: meting I-01 2026-H1 regio = 9812 aantal"
    text = (repo / "plans" / "2025-2029.toml").read_text()
    assert '[[meting]]\nid = "M-012"\nindicator = "I-01"\nperiode = "2026-H1"\nwaarde = 9812\n' in text
    again = cli("meet", "I-01", "9813", "--halfjaar", "2026-H1")
    assert again.out.splitlines()[0] == "M-012: meting I-01 2026-H1 regio 9812 → 9813 (aantal)"  # corrected, same id
    area = cli("meet", "I-01", "903", "--halfjaar", "2026-H1", "--gebied", "G-NW")
    assert area.out.splitlines()[0] == "M-013: meting I-01 2026-H1 G-NW = 903 aantal"
    town = cli("meet", "I-03", "7,5", "--halfjaar", "2026-H2", "--gemeente", "Diemen")
    assert town.code == 0 and "= 7.5 per 1000 inwoners" in town.out
    assert "geschiedenis" and "M-013" in cli("geschiedenis").out


def test_reflecteer_writes_one_reflection_per_effect_per_half_year(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    first = cli("reflecteer", "E2", "--halfjaar", "2026-H1", "Expertiseplatform nog niet open; zie B2-01.")
    assert first.code == 0, first.err
    assert first.out.splitlines()[0] == "RF-E2-2026-H1: reflectie op E2 in 1e halfjaar 2026 toegevoegd"
    second = cli("reflecteer", "E2", "--halfjaar", "2026-H1", "Locatie open per juni.")
    assert second.out.splitlines()[0] == "RF-E2-2026-H1: reflectie op E2 in 1e halfjaar 2026 herschreven"
    text = (repo / "plans" / "2025-2029.toml").read_text()
    assert text.count("[[reflectie]]") == 1 and 'tekst = "Locatie open per juni."' in text
    assert len(git(repo, "log", "--format=%s").splitlines()) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["meet", "I-9", "5", "--halfjaar", "2026-H1"], "INDICATOR 'I-9': indicator bestaat niet in dit plan"),
        (["meet", "I-01", "5", "--halfjaar", "2026-H1", "--gebied", "G-NWW"], "bedoelde u 'G-NW'?"),
        (["meet", "I-01", "5", "--halfjaar", "2026-H1", "--gemeente", "Dimen"], "bedoelde u 'Diemen'?"),
        (["meet", "I-01", "82%", "--halfjaar", "2026-H1"], "WAARDE '82%' is in 'procent', maar I-01"),
        (["meet", "I-01", "-5", "--halfjaar", "2026-H1"], "-5 ligt buiten het bereik van 'aantal'"),
        (["meet", "I-01", "4,5", "--halfjaar", "2026-H1"], "4.5 is geen heel getal"),
        (["meet", "I-03", "1200", "--halfjaar", "2026-H1"], "1200 ligt buiten het bereik van 'per 1000 inwoners'"),
        (["meet", "I-01", "veel", "--halfjaar", "2026-H1"], "WAARDE 'veel' is geen getal"),
        (["meet", "I-01", "5", "--halfjaar", "2031-H1"], "1e halfjaar 2031 valt buiten de looptijd van het plan"),
        (["meet", "I-01", "5", "--halfjaar", "2026-Q1"], "--halfjaar '2026-Q1' is geen halfjaar"),
        (["reflecteer", "E9", "--halfjaar", "2026-H1", "tekst"], "EFFECT 'E9': effect bestaat niet in dit plan"),
        (["reflecteer", "E1", "--halfjaar", "2026-H1", "  "], "de reflectie is leeg"),
        (["lijst", "--effect", "E5"], "--effect 'E5' komt niet voor in dit plan"),
        (["lijst", "--gebied", "G-ZUIDOOST"], "--gebied 'G-ZUIDOOST' komt niet voor"),
    ],
)
def test_bad_input_is_refused_in_dutch_and_nothing_is_written(
    plan_path: Path, cli, args: list[str], message: str
) -> None:  # type: ignore[no-untyped-def]
    before = plan_path.read_bytes()
    result = cli(*args)
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err
    assert plan_path.read_bytes() == before


def _broken(plan_path: Path, old: str, new: str) -> None:
    text = plan_path.read_text()
    assert old in text
    plan_path.write_text(text.replace(old, new, 1))


def _line_of(plan_path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(plan_path.read_text().splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "item", "field", "message"),
    [
        (
            'effecten = [\n    "E3",\n]',
            'effecten = [\n    "E7",\n]',
            "B2-14",
            "effecten",
            "effect 'E7' is niet gedeclareerd",
        ),
        ('gebieden = [\n    "G-NW",\n]', 'gebieden = [\n    "G-NX",\n]', "B2-08", "gebieden", "bedoelde u 'G-NW'?"),
        ('indicator = "I-04"', 'indicator = "I-40"', "M-011", "indicator", "indicator 'I-40' is niet gedeclareerd"),
        ("waarde = 1390", "waarde = -1390", "M-011", "waarde", "-1390 ligt buiten het bereik van 'aantal'"),
        ("waarde = 1390", "waarde = 1390.5", "M-011", "waarde", "1390.5 is geen heel getal"),
        ('gemeente = "Uithoorn"', 'gemeente = "Uithorn"', "M-005", "gemeente", "bedoelde u 'Uithoorn'?"),
    ],
)
def test_bad_monitoring_data_in_the_file_names_line_and_field(
    plan_path: Path, cli, old: str, new: str, item: str, field: str, message: str
) -> None:  # type: ignore[no-untyped-def]
    _broken(plan_path, old, new)
    result = cli("controleer")
    assert result.code == 1, result.out
    line = next(line for line in result.err.splitlines() if f"{item}, veld '{field}'" in line)
    assert message in line
    assert line.startswith("plans/2025-2029.toml:")
    assert int(line.split(":")[1]) > 0


def test_a_measurement_outside_the_plan_and_a_year_without_source(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    text = plan_path.read_text()
    extra = '\n[[meting]]\nid = "M-900"\nindicator = "I-01"\nperiode = "2031-H2"\nwaarde = 5\n'
    extra += '\n[[meting]]\nid = "M-901"\nindicator = "I-01"\nperiode = "2026"\nwaarde = 5\n'
    plan_path.write_text(
        text.replace("\n[[reflectie]]", extra + "\n[[reflectie]]") if "[[reflectie]]" in text else text + extra
    )
    result = cli("controleer")
    assert result.code == 1
    outside = _line_of(plan_path, 'periode = "2031-H2"')
    assert (
        f"plans/2025-2029.toml:{outside}: M-900, veld 'periode': 2e halfjaar 2031 valt buiten de looptijd" in result.err
    )
    assert "M-901, veld 'periode': '2026' is een jaar, geen halfjaar" in result.err


def test_assumption_must_be_signed_and_name_a_field(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    _broken(plan_path, 'aangenomen_door = "transcriptie (issue 15)"\n', "")
    result = cli("controleer")
    assert result.code == 1
    assert "een aanname zegt door wie en wanneer" in result.err
    plan_path.write_bytes(REAL_PLAN.read_bytes())
    _broken(plan_path, 'aangenomen = [\n    "voor",\n]', 'aangenomen = [\n    "vor",\n]')
    result = cli("controleer")
    assert "R-01, veld 'aangenomen': 'vor' is geen veld van dit item\n    → Bedoelde u 'voor'." in result.err


def test_controleer_aannames_lists_every_assumption_with_place(workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("controleer", "--aannames")
    assert result.code == 0
    r01 = next(
        n for n, line in enumerate(REAL_PLAN.read_text().splitlines(), 1) if line.startswith("voor = 2026-03-18")
    )
    assert (
        f"plans/2025-2029.toml:{r01}: R-01, veld 'voor': aangenomen door transcriptie (issue 15) op 2026-11-23"
        in result.out
    )
    assert "waarom: De tekst zegt 'de verkiezingen in maart 2026'" in result.out
    assert "zonder herkomst" not in result.out


def test_controleer_bron_accepts_the_real_source_and_refuses_an_invented_citaat(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("controleer", "--bron", str(SOURCE)).code == 0
    _broken(
        plan_path,
        '"Hierbij is de ambitie om ook een Girls\' Club te ontwikkelen."',
        '"Wij openen in 2026 een Girls\' Club."',
    )
    result = cli("controleer", "--bron", str(SOURCE))
    assert result.code == 1
    line = _line_of(plan_path, "Wij openen in 2026")
    assert (
        f"plans/2025-2029.toml:{line}: A-28, veld 'citaat': citaat staat niet in bron-2025-2029.txt: "
        '"Wij openen in 2026 een Girls\' Club."' in result.err
    )
    missing = cli("controleer", "--bron", "geen-bron.txt")
    assert missing.code == 2 and "--bron: bestand 'geen-bron.txt' bestaat niet" in missing.err


def test_lijst_selects_by_effect_and_area(workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    by_effect = json.loads(cli("lijst", "--json", "--effect", "E3").out)
    assert {i["id"] for i in by_effect["items"]} == {"B2-06", "B2-14", "A-21", "A-30", "A-40", "A-42"}
    by_area = json.loads(cli("lijst", "--json", "--gebied", "G-ZO").out)
    assert {i["id"] for i in by_area["items"]} == {"B2-12", "A-04", "A-15", "A-44"}


def test_values_as_people_write_them() -> None:
    assert parse_value("9.951") == (9951.0, None)
    assert parse_value("82,5%") == (82.5, "procent")
    assert parse_value("11 per 1000") == (11.0, "per 1000 inwoners")
    assert parse_value("94 plekken") == (94.0, "plekken")
    assert parse_value("1.5") == (1.5, None)


def test_regional_total_adds_areas_and_municipalities_outside_them() -> None:
    plan = read_plan(REAL_PLAN).plan
    indicator = next(i for i in plan.indicators if i.id == "I-01")
    measured = regional_total(plan, indicator, Period.parse("2024"))
    assert measured is not None and (measured.value, measured.summed) == (9951, False)  # the region's own figure
    from regiotrack.plan.monitoring import Measurement

    half = Period.parse("2026-H1")
    parts = [
        Measurement.model_validate({"id": f"M-8{n}", "indicator": "I-01", "periode": "2026-H1", "waarde": v, **p})
        for n, (v, p) in enumerate(
            [
                (900, {"gebied": "G-NW"}),
                (300, {"gebied": "G-DUO"}),
                (120, {"gemeente": "Diemen"}),
                (200, {"gemeente": "Aalsmeer"}),
            ]
        )
    ]
    summed = regional_total(plan.model_copy(update={"measurements": tuple(parts)}), indicator, half)
    assert summed is not None and (summed.value, summed.summed) == (1400, True)  # Diemen lies in G-DUO: not twice
    rate = next(i for i in plan.indicators if i.id == "I-03")
    assert regional_total(plan, rate, Period.parse("2024")) is None  # rates do not add up


def test_sparkline() -> None:
    assert sparkline([1, 2, 3, 8]) == "▁▂▃█"
    assert sparkline([5, 5]) == "▄▄"
    assert sparkline([]) == ""


def test_report_has_a_section_per_effect(workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    markdown = cli("rapport", "--halfjaar", "2026-H1").out
    assert "## Per beoogd effect" in markdown
    for effect in (
        "E1 Voorkomen van geweld",
        "E2 Duurzaam stoppen",
        "E3 Bescheiden en betrouwbare overheid",
        "E4 Zorgzame samenleving",
    ):
        assert f"### {effect}" in markdown
    assert "| regio | ▄ | 2024: 9.951 |" in markdown
    assert "## Per gebied" in markdown
    html = cli("rapport", "--formaat", "html").out
    assert '<svg role="img" aria-labelledby="grafiek-I-01-t grafiek-I-01-d"' in html
    assert '<title id="grafiek-I-01-t">Meldingen bij Veilig Thuis (aantal) over de tijd</title>' in html
    assert "regio: 2024 9.951" in html  # the numbers in the description …
    assert '<tr><th scope="row">regio</th><td>9.951</td></tr>' in html  # … and in a table
    data = json.loads(cli("rapport", "--formaat", "json").out)
    assert [e["id"] for e in data["effecten"]] == ["E1", "E2", "E3", "E4"]
    e1 = data["effecten"][0]
    assert e1["indicatoren"][0]["reeksen"][0]["waarden"] == [{"periode": "2024", "waarde": 9951, "opgeteld": False}]
    assert date.fromisoformat(data["vandaag"])


def test_setting_a_deadline_the_source_does_not_give_is_signed(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("deadline", "B2-03", "2026-Q3", "--vandaag", "2026-05-04")
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == "B2-03: deadline nog vast te stellen → Q3 2026"
    block = (repo / "plans" / "2025-2029.toml").read_text().split('id = "B2-03"')[1].split("[[afspraak]]")[0]
    assert 'deadline = "2026-Q3"' in block
    assert 'aangenomen = [\n    "effecten",\n    "deadline",\n]' in block  # canonical field order
    assert 'aangenomen_door = "Test Adviseur"' in block and "aangenomen_op = 2026-05-04" in block
    listed = cli("controleer", "--aannames", "--vandaag", "2026-05-04").out
    assert "B2-03, veld 'deadline': aangenomen door Test Adviseur op 2026-05-04" in listed
