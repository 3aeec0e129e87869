"""The whole Samen Veilig plan, built from nothing with command-line commands only.

The result is compared byte for byte with ``tests/fixtures/samen-veilig-2019-2022.toml``: the
commands write the canonical form, and the fixture is in canonical form (test_planfile). The one
difference is expected: the note entry the build adds carries today and the git identity.
Every command is also one commit.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import FIXTURES

TOWNS = (
    "Aalten,Arnhem,Berkelland,Bronckhorst,Doesburg,Doetinchem,Duiven,Lingewaard,Montferland,Oost Gelre,"
    "Oude IJsselstreek,Overbetuwe,Renkum,Rheden,Rozendaal,Westervoort,Winterswijk,Zevenaar"
)

COMMANDS = [
    ["wijzig", "plan", "bron=Samen Veilig - Gedragen aanpak, regio Arnhem-Achterhoek (2019)"],
    ["nieuw", "organisatie", "id=ARNHEM", "naam=Centrumgemeente Arnhem", "soort=gemeente"],
    [
        "nieuw",
        "organisatie",
        "id=VT-GLD",
        "naam=Veilig Thuis Gelderland-Midden en Noord- en Oost-Gelderland",
        "soort=uitvoeringspartner",
    ],
    ["nieuw", "gremium", "id=PHO", "naam=Portefeuillehoudersoverleg Zorg"],
    [
        "nieuw",
        "afspraak",
        "id=R-01",
        "titel=Huiselijk geweld en kindermishandeling agenderen op de werkvloer en werkgevers ondersteunen",
        "trekker=ARNHEM",
        "bron=2e vertrekpunt",
    ],
    ["zet", "R-01", "lopend"],
    [
        "nieuw",
        "afspraak",
        "titel=Regionale aanpak mensenhandel verder ontwikkelen",
        "trekker=ARNHEM",
        "partners=VT-GLD",
        "deadline=2021",
        "bron=2e vertrekpunt",
    ],
    [
        "nieuw",
        "afspraak",
        "id=L-01",
        "titel=Lokale aanpak mensenhandel ontwikkeld",
        "trekker=ARNHEM",
        "gemeenten=Arnhem",
        "deadline=2022",
        "bron=2e vertrekpunt",
        "notitie=De tekst zegt 'gereed in 2022'; elke gemeente heeft een eigen lokale actie.",
    ],
    [
        "nieuw",
        "afspraak",
        "titel=Scholen stimuleren de meldcode te gebruiken en onderwijspersoneel te trainen",
        "trekker=ARNHEM",
        "gemeenten=Doetinchem,Winterswijk",
        "deadline=1 juli 2020",
        "bron=2e vertrekpunt",
    ],
    ["zet", "L-02", "gereed", "--vandaag", "14-9-2020"],
    [
        "nieuw",
        "terugkerend",
        "id=J-01",
        "naam=Lokale actieplannen jaarlijks tegen het licht (vasthouden, versterken, vernieuwen, verlaten)",
        "regel=FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=1",
        "vanaf=1-11-2019",
        "tot=31-12-2022",
        "trekker=PHO",
        "bron=Monitoren en evalueren",
    ],
]


def test_samen_veilig_from_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    made = cli(
        "init",
        "samen-veilig",
        "--leeg",
        "--id",
        "SAMEN-VEILIG-2019-2022",
        "--titel",
        "Samen Veilig - Gedragen aanpak huiselijk geweld en kindermishandeling",
        "--regio",
        "Arnhem-Achterhoek",
        "--gemeenten",
        TOWNS,
        "--van",
        "1-1-2019",
        "--tot",
        "31-12-2022",
    )
    assert made.code == 0, made.err
    monkeypatch.chdir(tmp_path / "samen-veilig")
    for command in COMMANDS:
        result = cli(*command)
        assert result.code == 0, f"{command}: {result.err}"
    written = tmp_path / "samen-veilig" / "plans" / "2019-2022.toml"
    fixture = (FIXTURES / "samen-veilig-2019-2022.toml").read_text(encoding="utf-8")
    # The fixture's note came from before the note log (no day, no author); the build stamps it.
    expected = fixture.replace(
        "[[afspraak.notities]]\ntekst", '[[afspraak.notities]]\ndag = 2026-11-22\nauteur = "Test Adviseur"\ntekst'
    )
    assert expected != fixture
    assert written.read_text(encoding="utf-8") == expected
    log = subprocess.run(
        ["git", "log", "--format=%s"], capture_output=True, text=True, check=True, cwd=written.parent
    ).stdout.splitlines()
    assert len(log) == len(COMMANDS) + 1
    assert log[-1] == "Nieuw, leeg plan 2019-2022.toml"
    assert "R-02: afspraak 'Regionale aanpak mensenhandel verder ontwikkelen' toegevoegd (trekker ARNHEM)" in log
