"""The command line, run in-process and (for import hygiene) as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, REAL_PLAN
from regiotrack.cli.main import main


def test_check_real_plan_is_clean_with_warnings(workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("controleer")
    assert result.code == 0
    assert result.out.startswith(
        "plans/2025-2029.toml: geen fouten (21 stappen, 59 afspraken, 4 werkgroepen, 8 partneroverleggen)."
    )
    assert "4 waarschuwingen (vandaag = 2026-11-22)" in result.out


def test_overdue_on_1_october_2025(workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("lijst", "--verlopen", "--vandaag", "2025-10-01")
    ids = [line.split()[0] for line in result.out.splitlines()[2:-2]]
    assert ids == ["T01", "T02", "T03", "T04", "T05"]
    assert result.out.rstrip().endswith("5 items: 5 verlopen")


def test_overdue_on_22_november_2026(workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("lijst", "--verlopen", "--json")
    data = json.loads(result.out)
    ids = [item["id"] for item in data["items"]]
    assert data["vandaag"] == "2026-11-22"
    assert ids[:21] == [f"T{n:02d}" for n in range(1, 22)]
    assert "B2-01" in ids and "PO-2026-1" in ids
    assert "A-01" not in ids and "PO-2026-2" not in ids
    first = data["items"][0]
    assert first == {
        "id": "T01",
        "soort": "stap",
        "titel": "Consultatie netwerkpartners",
        "trekker": None,
        "termijn": "2025-09-01 t/m 2025-09-05",
        "vervaldatum": "2025-09-05",
        "status": "open",
        "stand": "verlopen",
        "dagen_tot_vervaldatum": -443,
    }


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--trekker", "CSG"], {"A-27", "A-29", "A-40", "A-41"}),
        (["--trekker", "EP"], {"B2-03", "B2-05"}),
        (["--werkgroep", "WG-01"], {"B2-13"}),
        (["--gremium", "ABDB"], {"T16", "T17"}),
        (["--soort", "sessie"], {"T04", "T07", "T11", "T14", "T17", "T20", "T21"}),
        (
            ["--status", "lopend", "--soort", "afspraak"],
            {"B2-04", "B2-07", "B2-08", "B2-09", "A-02", "A-04", "A-05", "A-27", "A-31", "A-41"},
        ),
        (
            ["--gemeente", "Diemen", "--soort", "afspraak", "--status", "lopend"],
            {"B2-04", "B2-07", "B2-09", "A-02", "A-27", "A-41"},
        ),
        # A-06..A-11: each municipality's own prevention plan, 'het komende jaar' (assumed: 2026)
        (["--binnenkort", "--dagen", "40"], {"A-02", *(f"A-{n:02d}" for n in range(6, 12)), "PO-2026-2"}),
    ],
)
def test_filters(workdir: Path, cli, args: list[str], expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    result = cli("lijst", "--json", *args)
    assert result.code == 0, result.err
    assert {item["id"] for item in json.loads(result.out)["items"]} == expected


def test_unknown_filter_value_suggests(workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("lijst", "--trekker", "JRBA")
    assert result.code == 2
    assert "--trekker 'JRBA' komt niet voor in dit plan; bedoelde u 'JBRA'?" in result.err


def test_show_session_with_its_paper_deadline_from_the_source_row(workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("toon", "T17", "--vandaag", "2025-11-20")
    # the source's own row T16 (25 November) says when, not a lead time counted back (27 November)
    assert "stukken aanleveren: uiterlijk 2025-11-25 (T16)" in result.out
    assert "vaste datum:        ja" in result.out
    assert "~ binnenkort (over 14 dagen)" in result.out


def test_set_status_with_note_writes_a_small_diff(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("zet", "B2-13", "lopend", "--notitie", "Kwartiermaker gestart")
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == "B2-13: status open → lopend, notitie toegevoegd"
    before, after = REAL_PLAN.read_text(), plan_path.read_text()
    entry = '\n[[afspraak.notities]]\ndag = 2026-11-22\nauteur = "Test Adviseur"\ntekst = "Kwartiermaker gestart"\n'
    # one line changed (the status), one block added on top of the log; the earlier note stays
    start = before.index('id = "B2-13"')
    item_before = before[start : before.index("[[afspraak.notities]]", start)]
    item_after = item_before.replace('status = "open"', 'status = "lopend"', 1)
    expected = before.replace(item_before, item_after + entry.lstrip("\n") + "\n", 1)
    assert after == expected != before


def test_deadline_accepts_dutch_dates(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("deadline", "B2-01", "30 juni 2026")
    assert result.out.splitlines()[0] == "B2-01: deadline Q1 2026 → 2026-06-30"
    assert "deadline = 2026-06-30" in plan_path.read_text()
    assert cli("deadline", "B2-01", "2026-Q3").out.splitlines()[0] == "B2-01: deadline 2026-06-30 → Q3 2026"


def test_partner_meeting_gets_its_day(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("deadline", "PO-2026-2", "10-12-2026").out.splitlines()[0] == (
        "PO-2026-2: datum 2e halfjaar 2026 (nog niet gepland) → 2026-12-10"
    )
    refused = cli("deadline", "PO-2026-2", "10-1-2027")
    assert refused.code == 2
    assert "2027-01-10 valt niet in 2e halfjaar 2026" in refused.err


def test_fixed_date_session_cannot_move(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("deadline", "T17", "11-12-2025")
    assert result.code == 2
    assert "T17 heeft een vaste datum" in result.err
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["zet", "B2-99", "gereed"], "'B2-99' is geen stap, afspraak of partneroverleg in dit plan"),
        (["zet", "B2-03", "klaar"], "'klaar' is geen status"),
        (["deadline", "B2-03", "31-2-2026"], "31-2-2026 bestaat niet in de kalender"),
        (["lijst", "--vandaag", "gisteren"], "--vandaag 'gisteren' is geen datum"),
        (["lijst", "--plan", "bestaat-niet.toml"], "planbestand 'bestaat-niet.toml' bestaat niet"),
    ],
)
def test_bad_input_is_a_dutch_message_not_a_traceback(
    plan_path: Path,
    cli,
    args: list[str],  # type: ignore[no-untyped-def]
    message: str,
) -> None:
    result = cli(*args)
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()


def test_note_log_add_replace_remove(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("notitie", "T21", "Raad Diemen 5 maart").code == 0
    assert cli("notitie", "T21", "Raad Uithoorn 12 maart", "--auteur", "Secretariaat").code == 0
    shown = cli("toon", "T21").out
    assert "Notities (2, nieuwste eerst):\n  1. 2026-11-22, Secretariaat\n     Raad Uithoorn 12 maart" in shown
    assert "  2. 2026-11-22, Test Adviseur\n     Raad Diemen 5 maart" in shown
    replaced = cli("notitie", "T21", "Raad Diemen 6 maart", "--vervang", "2")
    assert replaced.out.startswith("T21: notitie 2 (2026-11-22, Test Adviseur) vervangen")
    assert "Raad Diemen 6 maart" in plan_path.read_text() and "Raad Uithoorn 12 maart" in plan_path.read_text()
    assert cli("notitie", "T21", "--verwijder", "3").code == 2
    assert cli("notitie", "T21", "").code == 2  # an empty text never removes anything
    assert cli("notitie", "T21", "--verwijder", "1").code == 0
    assert cli("notitie", "T21", "--verwijder", "1").code == 0
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()


def test_outside_a_plans_repository_the_bundled_plan_is_read_only(tmp_path: Path, monkeypatch, cli) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    listing = cli("lijst", "--soort", "afspraak")
    assert listing.code == 0
    assert "meegeleverde plan 2025-2029 (alleen-lezen)" in listing.err
    assert "regiotrack init MAP" in listing.err
    refused = cli("zet", "B2-01", "gereed")
    assert refused.code == 2
    assert "meegeleverde plan" in refused.err


def test_plan_is_found_from_a_subdirectory(workdir: Path, monkeypatch, cli) -> None:  # type: ignore[no-untyped-def]
    sub = workdir / "notities" / "2026"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    result = cli("controleer")
    assert result.out.startswith(f"{workdir / 'plans' / '2025-2029.toml'}: geen fouten")


def test_second_plan_lists(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("lijst", "--plan", str(FIXTURES / "samen-veilig-2019-2022.toml"), "--vandaag", "2021-06-01")
    assert result.code == 0
    assert "L-02" in result.out and "gereed, te laat" in result.out


def test_command_line_does_not_import_heavy_modules(workdir: Path) -> None:
    code = (
        "import sys; from regiotrack.cli.main import main; "
        "main(['lijst', '--verlopen']); main(['toon', 'B2-01']); main(['controleer']); "
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'git', 'icalendar', 'rich')); "
        "print('HEAVY', heavy, file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=workdir)
    assert "HEAVY []" in result.stderr, result.stderr


def test_help_and_usage_errors_are_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: regiotrack") and "opties:" in out and "toon deze hulp en stop" in out
    with pytest.raises(SystemExit) as done:
        main(["rapport", "--formaat", "pdf"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "regiotrack: fout: argument --formaat: ongeldige keuze: 'pdf' (kies uit 'md', 'html', 'json')" in err
    assert "→ Zie 'regiotrack rapport --help'." in err


def test_days_option_says_what_a_valid_value_is(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["lijst", "--dagen", "veel"])
    assert done.value.code == 2
    assert "argument --dagen: 'veel' is geen aantal dagen; schrijf een heel getal, zoals 30" in capsys.readouterr().err
