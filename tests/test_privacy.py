"""The privacy and control-character guard: what it refuses and accepts, on every write path."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regiotrack.check.content import edit_problems, free_text_keys
from regiotrack.check.privacy import findings
from regiotrack.errors import Problem, UserError
from regiotrack.plan.creating import change_plan, remove_item
from regiotrack.plan.fieldvalues import parse_assignments
from regiotrack.plan.model import Agreement, Organisation, Plan, Step
from regiotrack.plan.notes import add_note, remove_note
from regiotrack.saving import save_and_commit
from regiotrack.store.reading import load_bytes, read_plan
from regiotrack.store.writing import dumps

REFUSED = [
    ("Casus BSN 111222333", "burgerservicenummer (111222333)"),
    ("BSN 111-222-333", "burgerservicenummer (111-222-333)"),
    ("BSN 111.222.333", "burgerservicenummer (111.222.333)"),
    ("BSN 111 222 333", "burgerservicenummer (111 222 333)"),
    ("BSN 111/222/333", "burgerservicenummer (111/222/333)"),
    ("casus uit 2025 111 222 333", "burgerservicenummer (111 222 333)"),
    ("BSN １１１２２２３３３ (breed)", "burgerservicenummer (111222333)"),
    ("Bel 06-12345678", "telefoonnummer (06-12345678)"),
    ("Bel 06 1234 5678", "telefoonnummer (06 1234 5678)"),
    ("Bel 06.12.34.56.78", "telefoonnummer (06.12.34.56.78)"),
    ("Bel (020) 123 4567", "telefoonnummer ((020) 123 4567)"),
    ("Bel 020-123 45 67", "telefoonnummer (020-123 45 67)"),
    ("Bel +31 6 12345678", "telefoonnummer (+31 6 12345678)"),
    ("Bel +31 (0)20 123 4567", "telefoonnummer (+31 (0)20 123 4567)"),
    ("Bel 0031 6 12345678", "telefoonnummer (0031 6 12345678)"),
    ("Bel +32 2 123 45 67", "telefoonnummer (+32 2 123 45 67)"),
    ("Bel ＋３１ ６ １２３４５６７８", "telefoonnummer (+31 6 12345678)"),
    ("in 2026 06-12345678 gebeld", "telefoonnummer (06-12345678)"),
    ("Mail j.jansen@example.nl", "e-mailadres (j.jansen@example.nl)"),
    ("Mail j.jansen at example dot nl", "e-mailadres (j.jansen at example dot nl)"),
    ("Mail j.jansen[at]example[dot]nl", "e-mailadres (j.jansen[at]example[dot]nl)"),
    ("Mail j.jansen (at) example (dot) nl", "e-mailadres (j.jansen (at) example (dot) nl)"),
    ("Mail j.jansen(at)example.nl", "e-mailadres (j.jansen(at)example.nl)"),
    ("Mail ｊ．ｊａｎｓｅｎ＠ｅｘａｍｐｌｅ．ｎｌ", "e-mailadres (j.jansen@example.nl)"),
    # Found by a tester: glued to words, other dashes, invisible characters in between.
    ("Contact: 06-12345678Staat", "telefoonnummer (06-12345678)"),
    ("x06-12345678", "telefoonnummer (06-12345678)"),
    ("bsn111222333", "burgerservicenummer (111222333)"),
    ("casus-111222333", "burgerservicenummer (111222333)"),
    ("Bel 06\u201112345678", "telefoonnummer (06-12345678)"),
    ("Bel 06-1234\u200b5678", "telefoonnummer (06-12345678)"),
    ("BSN 111\u200b222\u200b333", "burgerservicenummer (111222333)"),
    ("Mail jan\u200b@example.org", "e-mailadres (jan@example.org)"),
    # Found by a tester: a note naming a resident by name, address and birth date got through.
    ("Mevrouw de Vries belde", "persoon (Mevrouw de Vries)"),
    ("gesprek met dhr. Jansen", "persoon (dhr. Jansen)"),
    ("de heer Van den Berg-Smit", "persoon (de heer Van den Berg-Smit)"),
    ("woont Kerkstraat 12", "adres (Kerkstraat 12)"),
    ("Amstelveenseweg 12-3 hoog", "adres (Amstelveenseweg 12-3)"),
    ("1181 AB Amstelveen", "postcode (1181 AB)"),
    ("1181AB, Amstelveen", "postcode (1181AB)"),
    ("geboren 12-03-1984", "geboortedatum (12-03-1984)"),
    ("geb. 3 maart 1990", "geboortedatum (3 maart 1990)"),
    ("geboortedatum: 1984-03-12", "geboortedatum (1984-03-12)"),
]

ACCEPTED = [
    "Kenmerk 123456789 (geen BSN: elfproef faalt)",
    "In 2026 zijn 1.143.590 inwoners",
    "Budget € 1.234.567",
    "Budget €111.222.333",
    "2.500.000 euro per jaar",
    "111.222.333 euro",
    "Zaak Z-2025-111222333",
    "Zaaknummer ZK.111222333",
    "Zie https://example.org/zaak/111222333 en www.example.org/?id=0612345678",
    "Logo doc@2x.png en icoon@3x.jpg",
    "Looptijd 2025-2029, Q1 van 2026, §4.3",
    "Veilig Thuis 9.951 meldingen en 5.383 adviesvragen",
    "Overleg 14:00-16:00 op 01-02-2026 / 03-04-2026",
    "Veilig Thuis: 0800-2000",
    "Meet at the venue",
    "In 2026 NL-breed, Q1 2026 AB-test en 2025 GGD",
    "De wethouder en de coördinator van Veilig Thuis",
    "Over 12 maanden, de weg 12 jaar terug, in 2026 Amsterdam",
    "Programma 2025 NL",
]


@pytest.mark.parametrize(("text", "found"), REFUSED)
def test_refused(text: str, found: str) -> None:
    assert any(found in f for f in findings(text)), list(findings(text))


@pytest.mark.parametrize("text", ACCEPTED)
def test_accepted(text: str) -> None:
    assert list(findings(text)) == []


def test_a_meeting_place_may_be_an_address_but_never_a_person() -> None:
    from regiotrack.check.content import value_problems

    assert value_problems("Stadhuis, Amstel 1, 1011 PN Amsterdam", key="locatie") == []
    assert value_problems("Stadhouderskade 85, 1073 AT Amsterdam", key="locatie") == []
    assert value_problems("Stadhouderskade 85, 1073 AT Amsterdam", key="notities")  # elsewhere: refused
    assert value_problems("bij mevrouw Jansen thuis", key="locatie")


def test_declared_contacts_are_allowed() -> None:
    assert list(findings("Mail secretariaat@vt.example", {"secretariaat@vt.example"})) == []


def test_free_text_fields_come_from_the_models() -> None:
    agreement = {k for k, _ in free_text_keys(Agreement, "afspraak")}
    step = {k for k, _ in free_text_keys(Step, "stap")}
    organisation = {k for k, _ in free_text_keys(Organisation, "organisatie")}
    assert {"titel", "omschrijving", "bron"} <= agreement
    assert {"activiteit", "duur", "opmerking"} <= step
    assert {"naam", "soort", "contact", "bron"} <= organisation
    # ids, references and values with a format of their own are not free text
    assert not {"id", "trekker", "partners", "werkgroep", "gremium", "deadline", "status"} & agreement
    assert not {"gremium", "stukken_voor", "stukken_vooraf", "tijd", "datum"} & step
    assert {"titel", "regio", "bron"} <= {k for k, _ in free_text_keys(Plan, None)}


# ---------------------------------------------------------------------------- the write paths


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def repo(plan_path: Path) -> Path:
    root = plan_path.parent.parent
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "begin")
    return root


@pytest.mark.parametrize(("text", "found"), [REFUSED[0], REFUSED[12], REFUSED[19], ("Zie \x1b]0;x\x07", "stuurteken")])
def test_an_edit_with_resident_data_is_refused_before_anything_is_written(
    repo: Path,
    plan_path: Path,
    cli,  # type: ignore[no-untyped-def]
    text: str,
    found: str,
) -> None:
    before = plan_path.read_bytes()
    result = cli("notitie", "B2-02", text)
    assert result.code == 2
    assert "B2-02, veld 'notities'" in result.err and found in result.err
    assert "niet opgeslagen en niet vastgelegd" in result.err
    assert plan_path.read_bytes() == before
    assert _git(repo, "log", "--oneline").count("\n") == 1
    assert _git(repo, "status", "--porcelain") == ""


def test_the_status_command_checks_its_note_too(repo: Path, plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    before = plan_path.read_bytes()
    result = cli("zet", "B2-02", "lopend", "--notitie", "Bel 06-12345678")
    assert result.code == 2 and "telefoonnummer" in result.err
    assert plan_path.read_bytes() == before


def test_resident_data_already_in_the_plan_can_be_removed(repo: Path, plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    text = plan_path.read_text().replace('id = "B2-02"\n', 'id = "B2-02"\nnotitie = "Casus BSN 111222333"\n', 1)
    text = text.replace('id = "B2-01"\n', 'id = "B2-01"\nnotitie = "Bel 06-12345678"\n', 1)
    plan_path.write_text(text)
    _git(repo, "commit", "-qam", "per ongeluk")
    refused = cli("lijst")
    assert refused.code == 2
    assert "regiotrack notitie B2-02 --verwijder 1" in refused.err and "Privacy en veiligheid" in refused.err
    removed = cli("notitie", "B2-02", "--verwijder", "1")
    assert removed.code == 0, removed.err
    assert "111222333" not in plan_path.read_text()
    assert "let op: B2-01, veld 'notities': lijkt op een telefoonnummer" in removed.err
    assert "regiotrack notitie B2-01 --verwijder 1" in removed.err
    assert "111222333" not in _git(repo, "show", "HEAD:plans/2025-2029.toml")
    assert cli("notitie", "B2-01", "--verwijder", "1").code == 0
    assert cli("controleer").code == 0


def test_an_edit_of_another_field_leaves_existing_data_as_a_warning(plan_path: Path) -> None:
    loaded = read_plan(plan_path)
    old = loaded.plan
    bad = add_note(old, "B2-02", "BSN 111222333", date(2026, 1, 5), "Test Adviseur").apply(old)
    refused, remaining = edit_problems(old, bad)
    assert [p.field for p in refused] == ["notities"] and remaining == []
    refused, remaining = edit_problems(bad, add_note(bad, "B2-01", "klaar", date(2026, 1, 5), None).apply(bad))
    assert refused == [] and [p.item for p in remaining] == ["B2-02"]


def _as_set(problems: list[Problem]) -> set[tuple[object, ...]]:
    return {(p.item, p.field, p.message, p.hint, p.severity) for p in problems}


def test_checking_only_the_replaced_items_finds_what_a_full_scan_finds(plan_path: Path) -> None:
    """A save checks only the items it replaced; the result is the full scan's, for every kind of edit."""
    clean = read_plan(plan_path).plan
    bad = add_note(clean, "B2-02", "BSN 111222333", date(2026, 1, 5), "Test Adviseur").apply(clean)
    bad = add_note(bad, "B2-03", "Bel\x1b[2J 06-12345678", date(2026, 1, 6), None).apply(bad)
    raw = dumps(bad).encode()
    old = load_bytes(raw, plan_path, for_edit=True)  # what a read of the file finds
    assert old.checked and {p.item for p in old.warnings} >= {"B2-02", "B2-03"}
    edits = {
        "another item": add_note(old.plan, "B2-01", "klaar", date(2026, 1, 7), None),
        "same item, data kept": add_note(old.plan, "B2-02", "besproken", date(2026, 1, 7), None),
        "same item, new data": add_note(old.plan, "B2-01", "mail jan@example.nl", date(2026, 1, 7), None),
        "data removed": remove_note(old.plan, "B2-02", 1),
        "item removed": remove_item(old.plan, "B2-03"),
        "plan field": change_plan(old.plan, parse_assignments(["titel=Plan van Jan, 06-87654321"])),
    }
    for name, edit in edits.items():
        new = edit.apply(old.plan)
        full = edit_problems(old.plan, new)
        quick = edit_problems(old.plan, new, old.warnings)
        assert (_as_set(quick[0]), _as_set(quick[1])) == (_as_set(full[0]), _as_set(full[1])), name


def test_a_save_scans_only_the_items_it_replaced(plan_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from regiotrack.check import content

    loaded = read_plan(plan_path)
    scanned: list[str | None] = []
    real = content._text_findings

    def counting(text: content.TextValue, allowed: set[str]) -> Iterator[tuple[str, str]]:
        scanned.append(text.item_id)
        return real(text, allowed)

    monkeypatch.setattr(content, "_text_findings", counting)
    saved = save_and_commit(loaded, lambda plan, today: add_note(plan, "B2-01", "klaar", today, None), date(2026, 1, 5))
    assert set(scanned) <= {None, "B2-01"}  # the plan's own fields and the one item, not the whole plan
    assert saved.loaded.checked and saved.loaded.warnings == ()
    assert load_bytes(plan_path.read_bytes(), plan_path).warnings == ()  # what a fresh read finds too


def test_save_and_commit_refuses_new_values_for_every_caller(plan_path: Path) -> None:
    loaded = read_plan(plan_path)
    before = plan_path.read_bytes()
    with pytest.raises(UserError, match="burgerservicenummer"):
        save_and_commit(
            loaded,
            lambda plan, today: add_note(plan, "B2-02", "BSN 111222333", today, "Test Adviseur"),
            date(2026, 1, 5),
        )
    assert plan_path.read_bytes() == before


@pytest.mark.parametrize(("item", "day"), [("T07", "2-1-0001"), ("B2-01", "31-12-9999"), ("B2-01", "9999-Q4")])
def test_a_date_out_of_range_is_refused_and_nothing_is_committed(
    repo: Path,
    plan_path: Path,
    cli,  # type: ignore[no-untyped-def]
    item: str,
    day: str,
) -> None:
    before = plan_path.read_bytes()
    result = cli("deadline", item, day)
    assert result.code == 2 and "ligt buiten de jaren die regiotrack aankan (1900 tot en met 2200)" in result.err
    assert plan_path.read_bytes() == before
    for command in (["controleer"], ["toon", item], ["rapport"]):
        assert "Traceback" not in cli(*command).err


def test_an_organisations_declared_phone_number_and_address_may_appear_anywhere() -> None:
    from regiotrack.check.privacy import contact_keys

    allowed = contact_keys("secretariaat@vt.example, 020 123 4567")
    assert list(findings("Bel het secretariaat: +31 (0)20 123 4567 of secretariaat@vt.example", allowed)) == []
    assert list(findings("Bel 06-12345678", allowed)) == ["lijkt op een telefoonnummer (06-12345678)"]
    assert list(findings("BSN 111222333", contact_keys("111222333"))) != []  # a contact never allows a BSN


def test_invisible_characters_count_as_control_characters() -> None:
    from regiotrack.check.content import control_characters

    assert control_characters("zero\u200bwidth") == ["U+200B (zero-width space)"]
    assert control_characters("omgekeerd \u202e tekst")
    assert control_characters("gewone tekst\nmet tab\t") == []


def test_join_findings_says_each_kind_once_and_the_reason_once() -> None:
    from regiotrack.check.content import join_findings, value_problems

    text = "06-12345678, 06-87654321, 06-11112222, 06-33334444 en 06-12345678; mail jan@example.nl"
    joined = join_findings(value_problems(text))
    assert joined == (
        "lijkt op een telefoonnummer (06-12345678, 06-87654321, 06-11112222 en nog 1) en bevat een e-mailadres "
        "(jan@example.nl); het plan gaat over organisaties en overleggen, nooit over inwoners (AVG)"
    )
    assert join_findings([]) == ""


_PIECES = [
    "at",
    "AT",
    "(at)",
    "[At]",
    "apenstaartje",
    "mevr",
    "Mw",
    "MR",
    "dhr.",
    "Meneer",
    "mevrouw",
    "heer",
    "geb",
    "staat",
    "plaats",
    "kat",
    "İ",
    "K",
    "@",
    "1",
    "12",
    " ",
    "-",
    "é",
    "De",
    "Vries",
    "ß",
    "\u0130at",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=8).map("".join))
def test_the_quick_suspicion_test_misses_nothing_the_full_one_finds(text: str) -> None:
    """privacy._suspect only gates the detectors: it may let more through than _SUSPECT, never less."""
    from regiotrack.check import privacy

    if privacy._SUSPECT.search(text):
        assert privacy._suspect(text)
