"""nieuw, wijzig, verwijder and zet vervallen --reden on the command line, with real git."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from regiotrack.store.reading import read_plan


def git(cwd: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return result.stdout.strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> Path:  # type: ignore[no-untyped-def]
    """A plans repository with the real plan, made by 'regiotrack init', as working directory."""
    monkeypatch.chdir(tmp_path)
    assert cli("init", "plannen").code == 0
    monkeypatch.chdir(tmp_path / "plannen")
    return tmp_path / "plannen"


def plan_file(repo: Path) -> Path:
    return repo / "plans" / "2025-2029.toml"


def subjects(repo: Path) -> list[str]:
    return git(repo, "log", "--format=%s").splitlines()


# One addition per kind: the command, the id it must get, a line the new block must hold.
KINDS = [
    (
        ["afspraak", "titel=Pilot Zuidoost", "trekker=GEM-AMS", "deadline=2026-Q4", "bron=§6.2"],
        "A-45",
        "A-45: afspraak 'Pilot Zuidoost' toegevoegd (trekker GEM-AMS)",
    ),
    (
        ["stap", "activiteit=Extra sessie", "soort=sessie", "datum=3 maart 2026", "gremium=ABDB"],
        "T",
        "stap 'Extra sessie' toegevoegd",
    ),
    (["werkgroep", "naam=Digitale veiligheid", "trekkers=VT,GGD"], "WG-", "(trekker VT, GGD)"),
    (["organisatie", "id=AMSTA", "naam=Amsta Karaad", "soort=uitvoeringspartner"], "AMSTA", ""),
    (["gremium", "id=RAAD-DIE", "naam=Gemeenteraad Diemen"], "RAAD-DIE", "gremium 'Gemeenteraad Diemen' toegevoegd"),
    (["partneroverleg", "id=PO-2030-1", "halfjaar=2029-H2"], "PO-2030-1", "partneroverleg"),
    (
        ["terugkerend", "naam=Week tegen Kindermishandeling", "regel=FREQ=YEARLY;BYMONTH=11", "vanaf=2025-11-17"],
        "J-",
        "",
    ),
    (["randvoorwaarde", "omschrijving=Voor de zomer naar de raden", "stap=T01", "voor=1-7-2026"], "R-", ""),
]


@pytest.mark.parametrize(("words", "expected_id", "summary"), KINDS)
def test_new_item_of_every_kind_is_written_shown_and_committed(
    repo: Path, cli, words: list[str], expected_id: str, summary: str
) -> None:  # type: ignore[no-untyped-def]
    result = cli("nieuw", *words)
    assert result.code == 0, result.err
    first = result.out.splitlines()[0]
    new_id = first.split(":")[0]
    assert new_id.startswith(expected_id)
    assert summary in first
    assert f'[[{words[0]}]]\nid = "{new_id}"' in result.out
    assert "Vastgelegd in git als" in result.out
    assert subjects(repo)[0] == first
    shown = cli("toon", new_id)
    assert shown.code == 0, shown.err
    assert new_id in shown.out


def test_new_constraint_and_seasons_in_dates(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("nieuw", "randvoorwaarde", "omschrijving=Voor de zomer naar de raden", "stap=T01", "voor=1-7-2026")
    assert result.code == 0, result.err
    assert "voor = 2026-07-01" in result.out
    result = cli("nieuw", "afspraak", "titel=Evaluatie", "trekker=VT", "deadline=voor de zomer 2027")
    assert result.code == 0, result.err
    assert 'deadline = "voor de zomer 2027"' in plan_file(repo).read_text()


def test_change_any_field_and_lists_gain_or_lose_one(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("wijzig", "B2-03", "trekker=GGD", "partners+=WAAG", "bron=§4.4")
    assert result.code == 0, result.err
    assert subjects(repo)[0].startswith("B2-03: trekker ")
    item = next(a for a in read_plan(plan_file(repo)).plan.agreements if a.id == "B2-03")
    assert item.lead == "GGD" and item.partners[-1] == "WAAG" and item.source == "§4.4"
    assert cli("wijzig", "B2-03", "partners-=WAAG").code == 0
    item = next(a for a in read_plan(plan_file(repo)).plan.agreements if a.id == "B2-03")
    assert "WAAG" not in item.partners
    # an organisation's contact, a werkgroep's name, a meeting's time
    assert cli("wijzig", "VT", "contact=info@veiligthuis.example").code == 0
    assert cli("wijzig", "WG-01", "naam=Gebiedsgericht werken (nieuw)").code == 0
    assert cli("wijzig", "PO-2026-1", "datum=18 juni 2026", "tijd=14:00-16:00").code == 0
    plan = read_plan(plan_file(repo)).plan
    assert next(o for o in plan.organisations if o.id == "VT").contact == "info@veiligthuis.example"
    meeting = next(m for m in plan.partner_meetings if m.id == "PO-2026-1")
    assert (str(meeting.day), meeting.time) == ("2026-06-18", "14:00-16:00")


def test_retire_with_a_reason_shows_it(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    refused = cli("zet", "B2-03", "vervallen")
    assert refused.code == 2 and "--reden" in refused.err
    result = cli("zet", "B2-03", "vervallen", "--reden", "opgegaan in B2-04")
    assert result.code == 0, result.err
    assert subjects(repo)[0] == "B2-03: status open → vervallen, reden: opgegaan in B2-04"
    assert 'reden = "opgegaan in B2-04"' in plan_file(repo).read_text()
    assert "reden:" in cli("toon", "B2-03").out
    assert cli("zet", "B2-03", "open").code == 0
    assert "reden" not in cli("toon", "B2-03").out


def test_remove_asks_refuses_while_referred_to_and_keeps_the_id(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("nieuw", "afspraak", "titel=Vergissing", "trekker=VT").code == 0
    before = plan_file(repo).read_bytes()
    no_tty = cli("verwijder", "A-45")
    assert no_tty.code == 2 and "--ja" in no_tty.err
    assert plan_file(repo).read_bytes() == before
    used = cli("verwijder", "VT", "--ja")
    assert used.code == 2 and "B2-" in used.err and "(trekker)" in used.err
    assert cli("verwijder", "A-45", "--ja").code == 0
    assert subjects(repo)[0].startswith("A-45: afspraak 'Vergissing' verwijderd")
    again = cli("nieuw", "afspraak", "titel=Opnieuw", "trekker=VT")
    assert again.out.startswith("A-46:"), again.err
    reused = cli("nieuw", "afspraak", "id=A-45", "titel=x", "trekker=VT")
    assert reused.code == 2 and "nooit hergebruikt" in reused.err


def test_one_reference_table_for_checks_edits_and_toon(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """vastgesteld_in names a partneroverleg: checked when typed, shown both ways, kept from removal."""
    typo = cli("nieuw", "afspraak", "titel=Pilot", "trekker=VT", "vastgesteld_in=PO-2026-9")
    assert typo.code == 2 and "veld 'vastgesteld_in': 'PO-2026-9' bestaat niet" in typo.err
    assert cli("nieuw", "afspraak", "titel=Pilot", "trekker=VT", "vastgesteld_in=PO-2026-1").code == 0
    shown = cli("toon", "PO-2026-1").out
    assert "nieuwe afspraken: A-45" in " ".join(shown.split())
    used = cli("verwijder", "PO-2026-1", "--ja")
    assert used.code == 2 and "A-45" in used.err and "(vastgesteld_in)" in used.err


BAD = [
    (["nieuw", "afsprak", "titel=x"], "bedoelde u 'afspraak'"),
    (["nieuw", "afspraak", "titel=x", "trekker=VT", "kleur=rood"], "geen veld 'kleur'"),
    (["nieuw", "afspraak", "titel=x", "trekker=VT", "deadline=morgen"], "veld 'deadline'"),
    (["nieuw", "stap", "activiteit=x", "soort=sesie", "datum=2026-01-05"], "bedoelde u 'sessie'"),
    (["nieuw", "afspraak", "titel=x", "trekker=GGd"], "bedoelde u 'GGD'"),
    (["nieuw", "afspraak", "id=B2-03", "titel=x", "trekker=VT"], "bestaat al"),
    (["nieuw", "afspraak", "titel=x", "trekker=VT", "gemeenten=Amstelven"], "bedoelde u 'Amstelveen'"),
    (["wijzig", "B2-03", "werkgroep=WG-99"], "veld 'werkgroep'"),
    (["wijzig", "B2-03", "vaste_datum=ja"], "geen veld 'vaste_datum'"),
    (["wijzig", "T01", "vaste_datum=misschien"], "ja of nee"),
    (["wijzig", "B2-03", "titel="], "mag niet leeg"),
    (["wijzig", "B2-03", "titel+=x"], "geen lijst"),
    (["wijzig", "B2-99", "titel=x"], "bedoelde u"),
    (["wijzig", "B2-03", "id=B2-99"], "kan niet veranderen"),
    (["wijzig", "PO-2026-1", "datum=1-9-2026"], "valt niet"),
    (["wijzig", "B2-03", "titel"], "geen veld=waarde"),
    (["wijzig", "B2-03", "status=gereed"], "regiotrack zet B2-03 gereed"),
    (["wijzig", "B2-03", "notities=x"], "regiotrack notitie B2-03"),
    (["wijzig", "plan", "looptijd=2026"], "staan vast"),
    (["notitie", "B2-03", "x", "--vervang", "5"], "geen notitie 5"),
    (["verwijder", "B2-99", "--ja"], "bedoelde u"),
]


@pytest.mark.parametrize(("words", "message"), BAD)
def test_bad_input_changes_nothing(repo: Path, cli, words: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    before = plan_file(repo).read_bytes()
    commits = subjects(repo)
    result = cli(*words)
    assert result.code == 2, result.out
    assert message in result.err
    assert "→" in result.err  # says what to do
    assert plan_file(repo).read_bytes() == before
    assert subjects(repo) == commits


def test_show_and_list_every_kind(workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    shown = cli("toon", "VT")
    assert shown.code == 0, shown.err
    assert "Trekker van (2):" in shown.out and "B2-01" in shown.out and "WG-01" in shown.out
    assert "Partner of betrokken bij" in shown.out and "B2-03" in shown.out
    assert "T17  ABDB" in cli("toon", "ABDB").out
    assert "Afspraken (1):" in cli("toon", "WG-01").out
    assert "Volgende keren: 2027-06-15" in cli("toon", "J-01").out
    assert "klopt" in cli("toon", "R-01").out
    organisations = cli("lijst", "organisaties")
    assert organisations.code == 0 and "GEM-AMS" in organisations.out and "organisaties" in organisations.out
    assert "WG-04" in cli("lijst", "--soort", "werkgroep").out
    assert "ABDB" in cli("lijst", "gremia").out
    assert cli("lijst", "--trekker", "vt").out == cli("lijst", "--trekker", "VT").out
    pulled_or_joined = cli("lijst", "--organisatie", "vt").out
    assert "B2-01" in pulled_or_joined and "B2-03" in pulled_or_joined and "B2-02" not in pulled_or_joined
    unknown = cli("lijst", "dingen")
    assert unknown.code == 2 and "Kies uit" in unknown.err


def test_several_plans_are_named_and_chosen(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    from conftest import FIXTURES

    (repo / "plans" / "2019-2022.toml").write_bytes((FIXTURES / "samen-veilig-2019-2022.toml").read_bytes())
    covering = cli("lijst")
    assert covering.code == 0
    assert "2 plannen (2019-2022.toml, 2025-2029.toml); geopend: 2025-2029.toml" in covering.err
    assert "git config regiotrack.plan" in covering.err and "--plan" in covering.err
    git(repo, "config", "regiotrack.plan", "plans/2019-2022.toml")
    chosen = cli("lijst")
    assert chosen.code == 0 and "L-01" in chosen.out and chosen.err == ""
    git(repo, "config", "regiotrack.plan", "2030-2033")
    wrong = cli("lijst")
    assert wrong.code == 2 and "regiotrack.plan noemt '2030-2033'" in wrong.err
    git(repo, "config", "--unset", "regiotrack.plan")
    neither = cli("lijst", "--vandaag", "2024-01-01")
    assert neither.code == 2 and "2019-2022.toml, 2025-2029.toml" in neither.err
