"""The partneroverleg cycle: plan it, prepare its agenda, record its verslag (one commit, one tag)."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from conftest import REAL_PLAN
from regiotrack.check.rules import rule_warnings
from regiotrack.errors import UserError
from regiotrack.plan.meeting import agenda_due, parse_when, plan_meeting
from regiotrack.plan.schedule import find_item, standing
from regiotrack.plan.verslag import Decision, Verslag, VerslagProblem, minutes_edit
from regiotrack.store.reading import read_plan
from regiotrack.store.verslagfile import parse_verslag

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "verslag-voorbeeld.toml"
PLAN = read_plan(REAL_PLAN).plan


def git(cwd: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> Path:  # type: ignore[no-untyped-def]
    """A plans repository made by 'regiotrack init', as working directory, with fixed commit dates."""
    monkeypatch.chdir(tmp_path)
    assert cli("init", "plannen").code == 0
    monkeypatch.chdir(tmp_path / "plannen")
    for name in ("GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"):
        monkeypatch.setenv(name, "2026-11-20T10:00:00+01:00")
    return tmp_path / "plannen"


@pytest.mark.parametrize(
    ("text", "day", "time"),
    [
        ("18 juni 2026 14:00-16:00", date(2026, 6, 18), "14:00-16:00"),
        ("18-6-2026 9.30 - 12.00 uur", date(2026, 6, 18), "09:30-12:00"),
        ("2026-06-18 om 14:00", date(2026, 6, 18), "14:00"),
        ("18 jun 2026", date(2026, 6, 18), None),
    ],
)
def test_when_in_dutch_forms(text: str, day: date, time: str | None) -> None:
    assert parse_when(text) == (day, time)


@pytest.mark.parametrize("text", ["18 juni 2026 16:00-14:00", "18 juni 2026 25:00", "morgen middag", "31 juni 2026"])
def test_when_refused_in_dutch(text: str) -> None:
    with pytest.raises(ValueError, match=r"tijd|datum|kalender|eindtijd"):
        parse_when(text)


def test_plan_meeting_validates_the_half_year() -> None:
    edit = plan_meeting(PLAN, "PO-2026-2", date(2026, 11, 12), "14:00-16:00", "Stadhuis Amsterdam")
    assert edit.summary == "PO-2026-2: gepland op 2026-11-12 14:00-16:00, Stadhuis Amsterdam"
    meeting = edit.apply(PLAN).partner_meetings[1]
    assert (meeting.day, meeting.time, meeting.location) == (date(2026, 11, 12), "14:00-16:00", "Stadhuis Amsterdam")
    assert agenda_due(meeting) == date(2026, 10, 29)
    with pytest.raises(UserError, match="valt niet in 2e halfjaar 2026"):
        plan_meeting(PLAN, "PO-2026-2", date(2027, 1, 12), None, None)
    with pytest.raises(UserError, match="bedoelde u 'PO-2026-2'"):
        plan_meeting(PLAN, "PO-2026-3", date(2026, 11, 12), None, None)


def test_plannen_on_the_command_line_shows_in_toon_and_lijst(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("partneroverleg", "plannen", "PO-2026-2", "18 november 2026 14:00-16:00", "--locatie", "Stadhuis")
    assert result.code == 0, result.err
    text = plan_path.read_text()
    assert 'datum = 2026-11-18\ntijd = "14:00-16:00"\nlocatie = "Stadhuis"\nvoorbereiding = "PT"' in text
    shown = cli("toon", "PO-2026-2").out
    assert "locatie:       Stadhuis" in shown and "tijd:          14:00-16:00" in shown
    assert "agenda:        nog niet verzonden (uiterlijk 2026-11-04)" in shown
    listed = cli("lijst", "--soort", "partneroverleg").out
    assert "Partneroverleg 2e halfjaar 2026, Stadhuis" in listed and "2026-11-18 14:00-16:00" in listed
    before = plan_path.read_bytes()
    bad = cli("partneroverleg", "plannen", "PO-2026-2", "18 januari 2027")
    assert bad.code == 2 and "valt niet in 2e halfjaar 2026" in bad.err
    assert plan_path.read_bytes() == before


def test_controleer_warns_for_a_meeting_without_date_or_agenda(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    early = cli("controleer", "--vandaag", "2026-05-25").out
    assert "PO-2026-1, veld 'datum': Partneroverleg 1e halfjaar 2026 heeft nog geen datum" in early
    assert "partneroverleg plannen PO-2026-1" in early
    cli("partneroverleg", "plannen", "PO-2026-2", "18 november 2026 14:00-16:00")
    loaded = read_plan(plan_path)
    far = rule_warnings(loaded.plan, date(2026, 9, 1), loaded.index, "plan")
    assert not [w for w in far if w.item == "PO-2026-2"]
    near = cli("controleer", "--vandaag", "2026-11-06").out
    assert "de agenda voor PO-2026-2 (2026-11-18) is nog niet verzonden; dat had op 2026-11-04 gemoeten" in near
    assert cli("partneroverleg", "agenda", "PO-2026-2", "--verzonden", "--vandaag", "2026-11-06").code == 0
    assert "agenda_verzonden = 2026-11-06" in plan_path.read_text()
    assert "PO-2026-2" not in cli("controleer", "--vandaag", "2026-11-06").out


def test_proposal_is_shown_as_such_and_never_late(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    text = plan_path.read_text().replace('id = "B2-06"\n', 'id = "B2-06"\nvoorstel = true\n', 1)
    plan_path.write_text(text)
    plan = read_plan(plan_path).plan
    item = find_item(plan, "B2-06")
    assert item is not None and standing(item, date(2026, 11, 22)).state == "voorstel"
    listed = cli("lijst", "--soort", "afspraak").out
    assert "B2-06" in listed and "… voorstel" in listed
    assert "B2-06" not in cli("lijst", "--verlopen").out
    assert "nog niet: voorstel" in cli("toon", "B2-06").out
    agenda = cli("partneroverleg", "agenda", "PO-2026-2").out
    proposals = agenda.split("## 3. Voorstellen die op een besluit wachten (1)")[1].split("## 4.")[0]
    assert "| B2-06 |" in proposals
    late = text.replace('id = "B2-01"\n', 'id = "B2-01"\nvoorstel = true\n', 1)  # due 2026-Q1: passed
    plan_path.write_text(late)
    (row,) = [line for line in cli("lijst", "--soort", "afspraak").out.splitlines() if line.startswith("B2-01")]
    assert "voorstel (termijn" in row and "te laat" not in row  # a proposal is never late
    plan_path.write_text(text)
    verslag = Verslag("PO-2026-2", date(2026, 11, 12), ("PT",), (Decision("B2-06", "doorgaan"),))
    adopted = minutes_edit(plan, verslag, date(2026, 11, 22)).apply(plan)
    after = find_item(adopted, "B2-06")
    assert after is not None and (after.proposal, after.set_in) == (False, "PO-2026-2")  # type: ignore[union-attr]
    both = text.replace("voorstel = true\n", 'voorstel = true\nvastgesteld_in = "PO-2026-1"\n')
    plan_path.write_text(both)
    refused = cli("controleer")
    assert refused.code == 1 and "een voorstel is nog niet vastgesteld" in refused.err


def test_verslag_file_applied_as_one_commit_and_a_tag(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    plan = repo / "plans" / "2025-2029.toml"
    result = cli("partneroverleg", "verslag", "PO-2026-2", str(EXAMPLE))
    assert result.code == 0, result.err
    subject = "PO-2026-2: verslag — 3 besluiten, 2 nieuwe afspraken, 2 bijgesteld, 1 vervallen, 1 afgerond, 1 gaat door"
    assert result.out.splitlines()[0] == subject
    assert git(repo, "log", "-1", "--format=%s") == subject
    assert git(repo, "rev-list", "--count", "HEAD") == "2"  # init + one verslag commit
    assert git(repo, "show", "--name-only", "--format=", "HEAD") == "plans/2025-2029.toml"
    assert git(repo, "cat-file", "-t", "partneroverleg-2026-2") == "tag"  # annotated
    assert git(repo, "rev-parse", "partneroverleg-2026-2^{commit}") == git(repo, "rev-parse", "HEAD")
    assert git(repo, "tag", "-l", "--format=%(contents:subject)", "partneroverleg-2026-2") == subject
    text = plan.read_text()
    assert 'id = "A-45"\ntitel = "Tussenevaluatie gebiedsprofielen' in text
    # the two new ones; the adjusted ones were set before and keep that (an earlier verslag never changes)
    assert text.count('vastgesteld_in = "PO-2026-2"') == 2
    assert 'aanwezig = [\n    "PT",' in text and "gereed_op = 2026-11-12" in text
    loaded = read_plan(plan).plan
    b201, b204 = find_item(loaded, "B2-01"), find_item(loaded, "B2-04")
    assert b201 is not None and b201.status == "gereed" and b204 is not None and b204.status == "vervallen"
    shown = cli("partneroverleg").out
    assert "PO-2026-2  gehouden op 2026-11-12  5 besluiten over afspraken, 3 besluiten, 2 nieuwe afspraken" in shown
    minutes = cli("partneroverleg", "verslag", "PO-2026-2").out
    assert "| B2-04 | " in minutes and "| vervallen | Opgegaan in de werkgroep gebiedsgericht werken |" in minutes
    assert "| A-46 | Voorstel opvangcapaciteit voorgelegd aan het ABDB | PT | 2027-03-31 |" in minutes


def _unchanged(repo: Path, before: bytes, head: str) -> None:
    assert (repo / "plans" / "2025-2029.toml").read_bytes() == before
    assert git(repo, "rev-parse", "HEAD") == head
    assert git(repo, "tag", "-l", "partneroverleg-*") == ""


BAD_FILES = {
    "future": (
        EXAMPLE.read_text().replace("gehouden_op = 2026-11-12", "gehouden_op = 2026-12-10"),
        "verslag.toml:4: PO-2026-2, veld 'gehouden_op': gehouden_op 2026-12-10 ligt in de toekomst",
    ),
    "unknown id": (
        EXAMPLE.read_text().replace('id = "B2-03"', 'id = "B2-33"'),
        "verslag.toml:23: B2-33, veld 'id': 'B2-33' is geen afspraak in dit plan; bedoelde u",
    ),
    "unknown kind": (
        EXAMPLE.read_text().replace('besluit = "doorgaan"', 'besluit = "doorgan"'),
        "verslag.toml:24: B2-03, veld 'besluit': besluit 'doorgan' bestaat niet; bedoelde u 'doorgaan'?",
    ),
    "vervallen without reason": (
        EXAMPLE.read_text().replace('reden = "Opgegaan in de werkgroep gebiedsgericht werken"\n', ""),
        "veld 'reden': laten vervallen zonder reden",
    ),
    "unknown present": (
        EXAMPLE.read_text().replace('"JBRA"', '"JBR"'),
        "verslag.toml:5: PO-2026-2, veld 'aanwezig': aanwezige 'JBR' is geen organisatie",
    ),
    "new without title": (
        EXAMPLE.read_text().replace('titel = "Voorstel opvangcapaciteit voorgelegd aan het ABDB"\n', ""),
        "veld 'titel': 'titel' ontbreekt",
    ),
    "toml syntax": (EXAMPLE.read_text().replace('besluit = "afronden"', "besluit = afronden"), "verslag.toml:14:"),
    "unknown key": (
        EXAMPLE.read_text().replace('besluit = "afronden"', 'besluit = "afronden"\ndeadlien = "2027-Q1"'),
        "verslag.toml:15: B2-01, veld 'deadlien': 'deadlien' hoort niet bij een besluit; bedoelde u 'deadline'?",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_verslag_writes_nothing_and_makes_no_tag(repo: Path, cli, case: str) -> None:  # type: ignore[no-untyped-def]
    text, expected = BAD_FILES[case]
    (repo / "verslag.toml").write_text(text)
    before, head = (repo / "plans" / "2025-2029.toml").read_bytes(), git(repo, "rev-parse", "HEAD")
    result = cli("partneroverleg", "verslag", "PO-2026-2", "verslag.toml")
    assert result.code == 2
    assert "het verslag bevat" in result.err and "er is niets opgeslagen en geen tag gemaakt" in result.err
    assert expected in result.err
    _unchanged(repo, before, head)


def test_second_verslag_and_existing_tag_are_refused(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    git(repo, "tag", "-a", "partneroverleg-2026-2", "-m", "met de hand")
    before, head = (repo / "plans" / "2025-2029.toml").read_bytes(), git(repo, "rev-parse", "HEAD")
    taken = cli("partneroverleg", "verslag", "PO-2026-2", str(EXAMPLE))
    assert taken.code == 2 and "de tag partneroverleg-2026-2 bestaat al" in taken.err
    assert (repo / "plans" / "2025-2029.toml").read_bytes() == before and git(repo, "rev-parse", "HEAD") == head
    git(repo, "tag", "-d", "partneroverleg-2026-2")
    assert cli("partneroverleg", "verslag", "PO-2026-2", str(EXAMPLE)).code == 0
    git(repo, "tag", "-d", "partneroverleg-2026-2")  # even without the tag, a second verslag is refused
    before, head = (repo / "plans" / "2025-2029.toml").read_bytes(), git(repo, "rev-parse", "HEAD")
    again = cli("partneroverleg", "verslag", "PO-2026-2", str(EXAMPLE))
    assert again.code == 2 and "PO-2026-2 heeft al een verslag (gehouden op 2026-11-12)" in again.err
    _unchanged(repo, before, head)


def test_verschil_between_two_verslag_tags_tells_the_half_year(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    first = repo / "eerste.toml"
    first.write_text(
        'gehouden_op = 2026-06-18\naanwezig = ["PT", "VT"]\n\n'
        '[[afspraak]]\nid = "B2-03"\nbesluit = "bijstellen"\ndeadline = "2026-Q4"\n'
    )
    assert cli("partneroverleg", "verslag", "PO-2026-1", str(first)).code == 0
    cli("zet", "B2-07", "geblokkeerd", "--notitie", "Wacht op financiering")
    assert cli("partneroverleg", "verslag", "PO-2026-2", str(EXAMPLE)).code == 0
    story = cli("verschil", "partneroverleg-2026-1", "partneroverleg-2026-2").out.splitlines()
    ids = [line.split(":")[0] for line in story]
    assert ids == ["B2-01", "B2-02", "B2-04", "B2-05", "B2-07", "A-45", "A-46", "PO-2026-2"]
    assert any(line.startswith("B2-07: status lopend → geblokkeerd, notitie") for line in story)
    assert "B2-03" not in ids  # decided in the first half-year, before the first tag


def test_agenda_pack_sections(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    cli("deadline", "B2-01", "31-12-2026")
    cli("zet", "A-01", "geblokkeerd", "--notitie", "Wacht op financiering")
    cli("notitie", "B2-13", "Werkgroep meldt: eerste gebiedsbijeenkomst gehouden")
    agenda = cli("partneroverleg", "agenda", "PO-2026-2", "--vandaag", "2026-11-22").out
    assert agenda.startswith("# Agenda Partneroverleg 2e halfjaar 2026")
    assert "- Wanneer en waar: 2e halfjaar 2026 (nog niet gepland)" in agenda
    assert "B2-01: deadline 2026-Q1 → 2026-12-31 (2026-11-20, Test Adviseur)" in agenda
    assert "■ geblokkeerd: Wacht op financiering" in agenda
    assert "WG-01 Versterking gebiedsgericht werken (2026-11-20): B2-13: notitie" in agenda
    reports = agenda.split("## 5.")[1].split("## 6.")[0]
    assert "werkgroep toegevoegd" not in reports and "afspraak toegevoegd" not in reports  # first version: no report
    earlier = cli("partneroverleg", "agenda", "PO-2026-2", "--vandaag", "2026-11-19").out
    assert "B2-13: notitie" not in earlier and "2026-11-20" not in earlier.split("## 5.")[1].split("## 6.")[0]
    assert "## 6. Vooruitblik: wat in het komende halfjaar vervalt: 1e halfjaar 2027" in agenda


def test_minutes_edit_checks_everything_at_once() -> None:
    verslag = Verslag(
        "PO-2026-2",
        date(2026, 11, 12),
        ("PT",),
        (Decision("B2-03", "bijstellen", line=7), Decision("B2-03", "doorgaan", line=9), Decision("X-1", "doorgaan")),
        file="v.toml",
    )
    with pytest.raises(VerslagProblem) as caught:
        minutes_edit(PLAN, verslag, date(2026, 11, 22))
    messages = [p.format() for p in caught.value.problems]
    assert messages[0].startswith("v.toml:7: B2-03, veld 'besluit': bijstellen zonder nieuwe deadline of trekker")
    assert messages[1].startswith("v.toml:9: B2-03, veld 'id': over B2-03 is al besloten (regel 7)")
    assert "'X-1' is geen afspraak in dit plan" in messages[2]


def test_new_afspraken_in_a_verslag_are_made_like_nieuw() -> None:
    """Dutch dates, lists as text or TOML, references checked, ids from history never reused."""
    fields = {"titel": "Pilot Zuidoost", "trekker": "GGD", "deadline": "31 maart 2027", "partners": "VT, PT"}
    second = {"titel": "Monitor", "trekker": "PT", "partners": ["GGD"], "notitie": "Afgesproken in de pauze"}
    verslag = Verslag("PO-2026-2", date(2026, 11, 12), ("PT",), new=(fields, second), new_lines=(30, 35))
    edit = minutes_edit(PLAN, verslag, date(2026, 11, 22), reserved=frozenset({"A-45"}))
    first, other = edit.added
    assert first.id == "A-46" and other.id == "A-47"  # after the plan's A-44 and the removed A-45
    assert first.deadline == date(2027, 3, 31) and first.partners == ("VT", "PT")
    assert first.set_in == other.set_in == "PO-2026-2"
    assert [(n.day, n.text) for n in other.notes] == [(date(2026, 11, 12), "Afgesproken in de pauze")]

    wrong = {"titel": "X", "trekker": "GGD", "werkgroep": "WG-99", "deadlien": "2027-Q1"}
    bad = Verslag("PO-2026-2", date(2026, 11, 12), ("PT",), new=(wrong,), new_lines=(40,), file="v.toml")
    with pytest.raises(VerslagProblem) as caught:
        minutes_edit(PLAN, bad, date(2026, 11, 22))
    (problem,) = caught.value.problems
    assert problem.format().startswith("v.toml:40: nieuwe afspraak 1, veld 'deadlien': een afspraak heeft geen veld")
    assert "bedoelde u 'deadline'" in problem.format()
    wrong.pop("deadlien")
    with pytest.raises(VerslagProblem) as caught:
        minutes_edit(PLAN, bad, date(2026, 11, 22))
    assert "veld 'werkgroep': 'WG-99' bestaat niet" in caught.value.problems[0].format()


def _agreement(plan, item_id: str, **changes: object):  # type: ignore[no-untyped-def]
    items = tuple(a.model_copy(update=changes) if a.id == item_id else a for a in plan.agreements)
    return plan.model_copy(update={"agreements": items})


def test_a_later_verslag_never_changes_where_an_afspraak_was_set() -> None:
    plan = _agreement(PLAN, "B2-03", set_in="PO-2026-1")
    plan = _agreement(plan, "B2-05", proposal=True)
    decisions = (Decision("B2-03", "bijstellen", deadline=date(2027, 6, 30)), Decision("B2-05", "doorgaan"))
    verslag = Verslag("PO-2026-2", date(2026, 11, 12), ("PT",), decisions)
    after = minutes_edit(plan, verslag, date(2026, 11, 22)).apply(plan)
    b203, b205 = find_item(after, "B2-03"), find_item(after, "B2-05")
    assert b203.set_in == "PO-2026-1" and b203.deadline == date(2027, 6, 30)  # type: ignore[union-attr]
    assert b205.set_in == "PO-2026-2" and not b205.proposal  # type: ignore[union-attr]  # a proposal is set now


def test_decisions_on_closed_afspraken_are_refused() -> None:
    plan = _agreement(PLAN, "B2-01", status="gereed", done_on=date(2026, 6, 18))
    plan = _agreement(plan, "B2-04", status="vervallen", reason="opgegaan in B2-05")
    decisions = (
        Decision("B2-01", "bijstellen", deadline=date(2028, 3, 31), line=3),
        Decision("B2-04", "doorgaan", line=6),
    )
    with pytest.raises(VerslagProblem) as caught:
        minutes_edit(
            plan, Verslag("PO-2026-2", date(2026, 11, 12), ("PT",), decisions, file="v.toml"), date(2026, 11, 22)
        )
    found = [p.format() for p in caught.value.problems]
    assert found[0].startswith("v.toml:3: B2-01, veld 'besluit': B2-01 is al gereed; het besluit 'bijstellen' past")
    assert found[1].startswith("v.toml:6: B2-04, veld 'besluit': B2-04 is al vervallen")
    assert "regiotrack zet B2-04 open" in found[1]


def test_a_new_afspraak_may_be_recorded_as_a_proposal() -> None:
    fields = {"titel": "Pilot", "trekker": "GGD", "voorstel": True}
    verslag = Verslag("PO-2026-2", date(2026, 11, 12), ("PT",), new=(fields,))
    (added,) = minutes_edit(PLAN, verslag, date(2026, 11, 22)).added
    assert added.proposal and added.set_in is None


def test_every_mistake_in_a_verslag_file_at_once_without_repeating_the_place() -> None:
    text = EXAMPLE.read_text().replace('besluit = "doorgaan"', 'besluit = "doorgan"')
    text = text.replace('id = "B2-01"', 'id = "B2-99"').replace('trekker = "GEM-AMS"', 'trekker = "GGX"')
    text = text.replace('deadline = "2027-Q2"', 'dedline = "2027-Q2"\npartnres = ["VT"]')
    with pytest.raises(VerslagProblem) as caught:
        minutes_edit(PLAN, parse_verslag(text, "PO-2026-2", "v.toml"), date(2026, 11, 22))
    found = "\n".join(p.format() for p in caught.value.problems)
    assert "besluit 'doorgan' bestaat niet" in found and "'B2-99' is geen afspraak" in found
    assert "veld 'dedline': een afspraak heeft geen veld 'dedline'" in found
    assert "veld 'partnres': een afspraak heeft geen veld 'partnres'" in found
    text = text.replace('dedline = "2027-Q2"\npartnres = ["VT"]', 'deadline = "2027-Q2"')
    with pytest.raises(VerslagProblem) as caught:
        minutes_edit(PLAN, parse_verslag(text, "PO-2026-2", "v.toml"), date(2026, 11, 22))
    (wrong,) = [p.format() for p in caught.value.problems if p.field == "trekker"]
    assert ": nieuwe afspraak 1, veld 'trekker': 'GGX' bestaat niet; bedoelde u" in wrong  # once, no new id


def test_a_toml_mistake_in_a_verslag_file_is_named() -> None:
    with pytest.raises(VerslagProblem) as caught:
        parse_verslag('partneroverleg = "PO-2026-2"\naanwezig = ["PT",\n', "PO-2026-2", "v.toml")
    assert caught.value.problems[0].format().startswith("v.toml:2: PO-2026-2, veld 'aanwezig': ongeldige waarde")


def test_verslag_file_parsing_reports_line_and_field() -> None:
    with pytest.raises(VerslagProblem) as caught:
        parse_verslag('partneroverleg = "PO-2026-1"\ngehouden_op = "gisteren"\n', "PO-2026-2", "v.toml")
    found = [p.format() for p in caught.value.problems]
    assert found[0].startswith("v.toml:1: PO-2026-2, veld 'partneroverleg': dit verslag is van 'PO-2026-1'")
    assert found[1].startswith("v.toml:2: PO-2026-2, veld 'gehouden_op': 'gisteren' is geen datum")
    assert found[2].startswith("v.toml: PO-2026-2, veld 'aanwezig': 'aanwezig' ontbreekt")


def test_json_report_keeps_its_schema_with_meeting_fields(cli) -> None:  # type: ignore[no-untyped-def]
    report = json.loads(cli("rapport", "--plan", str(REAL_PLAN), "--formaat", "json").out)
    assert report["volgend_partneroverleg"]["id"] == "PO-2026-2"


def test_half_year_report_shows_the_meeting(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    cli("partneroverleg", "plannen", "PO-2026-2", "12 november 2026 14:00-16:00", "--locatie", "Stadhuis Amsterdam")
    assert cli("partneroverleg", "verslag", "PO-2026-2", str(EXAMPLE)).code == 0
    markdown = cli("rapport", "--halfjaar", "2026-H2").out
    assert "## Partneroverleg 2e halfjaar 2026 (2026-11-12 14:00-16:00, Stadhuis Amsterdam)" in markdown
    assert "Gehouden op 2026-11-12; aanwezig: Programmateam HGKM" in markdown and "Veilig Thuis Amsterdam" in markdown
    assert "### Besluiten van het overleg (8)" in markdown and "### Nieuwe afspraken (2)" in markdown
    assert "**vervallen** (Opgegaan in de werkgroep gebiedsgericht werken)" in markdown
    report = json.loads(cli("rapport", "--halfjaar", "2026-H2", "--formaat", "json").out)
    verslag = report["halfjaar"]["verslag"]
    assert verslag["tag"] == "partneroverleg-2026-2" and len(verslag["nieuwe_afspraken"]) == 2
    html = cli("rapport", "--halfjaar", "2026-H2", "--formaat", "html").out
    assert "<h3>Nieuwe afspraken (2)</h3>" in html and "Stadhuis Amsterdam" in html


def test_calendar_has_the_meeting_with_place_and_the_agenda_reminder_for_the_preparer() -> None:
    import icalendar

    from regiotrack.export.feeds import Feed
    from regiotrack.export.ical import ExportOptions, export_calendar

    planned = plan_meeting(PLAN, "PO-2026-2", date(2026, 11, 18), "14:00-16:00", "Stadhuis, zaal 1").apply(PLAN)
    text = export_calendar(planned, date(2026, 11, 1))
    found = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(text).walk("VEVENT")}
    meeting = found["HGKMSG-2025-2029-PO-2026-2@regiotrack"]
    assert str(meeting["LOCATION"]) == "Stadhuis, zaal 1"
    assert meeting["DTSTART"].dt.isoformat() == "2026-11-18T14:00:00+01:00"
    reminder = found["HGKMSG-2025-2029-PO-2026-2-agenda@regiotrack"]
    assert str(reminder["SUMMARY"]) == "Agenda verzenden: Partneroverleg 2e halfjaar 2026"
    assert reminder["DTSTART"].dt == date(2026, 11, 4)  # two weeks before, by default
    later = planned.model_copy(
        update={
            "partner_meetings": tuple(
                m.model_copy(update={"agenda_lead_time": "10 werkdagen"}) if m.id == "PO-2026-2" else m
                for m in planned.partner_meetings
            )
        }
    )
    moved = export_calendar(later, date(2026, 11, 1))
    assert "DTSTART;VALUE=DATE:20261104" in moved  # 10 working days before Wednesday 18 November
    preparer = export_calendar(planned, date(2026, 11, 1), ExportOptions(Feed(actor="PT")))
    assert "PO-2026-2-agenda@regiotrack" in preparer and "Agenda verzenden" in preparer
    assert "BEGIN:VALARM" in preparer.split("PO-2026-2-agenda@regiotrack")[1].split("END:VEVENT")[0]
    other = export_calendar(planned, date(2026, 11, 1), ExportOptions(Feed(actor="VT")))
    assert "PO-2026-2-agenda@regiotrack" not in other


def test_readme_documents_the_verslag_file_with_the_tested_example() -> None:
    readme = (EXAMPLE.parent.parent / "README.md").read_text(encoding="utf-8")
    assert EXAMPLE.read_text(encoding="utf-8") in readme


def test_vastgesteld_in_and_aanwezig_must_name_declared_items(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    text = plan_path.read_text()
    text = text.replace('id = "B2-06"\n', 'id = "B2-06"\nvastgesteld_in = "PO-2026-3"\n', 1)
    text = text.replace('id = "PO-2026-1"\n', 'id = "PO-2026-1"\naanwezig = ["PT", "VTT"]\n', 1)
    plan_path.write_text(text)
    result = cli("controleer")
    assert result.code == 1
    assert "B2-06, veld 'vastgesteld_in': vastgesteld_in 'PO-2026-3' is niet gedeclareerd" in result.err
    assert "bedoelde u 'PO-2026-2'?" in result.err and "[[partneroverleg]] of [[gremium]]" in result.err
    assert "PO-2026-1, veld 'aanwezig': aanwezige 'VTT' is niet gedeclareerd; bedoelde u 'VT'?" in result.err
