"""The corpus of broken plan files: each gets exactly this Dutch message and exit code.

Each file in tests/fixtures/kapot/ is tests/fixtures/basis.toml with one thing wrong.
"""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from regiotrack.store.reading import display_name

CORPUS = FIXTURES / "kapot"

EXPECTED: dict[str, tuple[int, list[str]]] = {
    "01-tekst-niet-afgesloten.toml": (
        1,
        [
            "{f}:3: veld 'titel': tekst zonder afsluitend aanhalingsteken",
            '    → Sluit de tekst op dezelfde regel af met ".',
        ],
    ),
    "02-geen-gelijkteken.toml": (
        1,
        [
            "{f}:3: na een sleutel hoort '='",
            "    → Schrijf: sleutel = waarde.",
        ],
    ),
    "03-onmogelijke-datum.toml": (
        1,
        [
            "{f}:26: T01, veld 'datum': datum 2026-02-30 bestaat niet",
            "    → Controleer dag en maand, zoals 2026-02-28.",
        ],
    ),
    "04-maand-dertien.toml": (
        1,
        [
            "{f}:26: T01, veld 'datum': datum 2026-13-01 bestaat niet",
            "    → Controleer dag en maand, zoals 2026-02-28.",
        ],
    ),
    "05-lijst-verwacht.toml": (
        1,
        [
            "{f}:5: veld 'gemeenten': moet een lijst zijn, niet 'Amsterdam'",
            '    → Schrijf een lijst, zoals ["VT", "JBRA"].',
        ],
    ),
    "06-datum-als-tekst.toml": (
        1,
        [
            "{f}:26: T01, veld 'datum': moet een datum zijn, niet '5 maart'",
            "    → Schrijf een datum zonder aanhalingstekens, zoals 2026-03-31.",
        ],
    ),
    "07-veldnaam-verkeerd.toml": (
        1,
        [
            "{f}:33: B2-01, veld 'trekkker': onbekend veld 'trekkker'; bedoelde u 'trekker'?",
            "    → Verbeter de naam of verwijder het veld.",
        ],
    ),
    "08-sectie-verkeerd.toml": (
        1,
        [
            "{f}:30: onbekend veld 'afsprak'; bedoelde u 'afspraak'?",
            "    → Verbeter de naam of verwijder het veld.",
        ],
    ),
    "09-dubbel-id.toml": (
        1,
        [
            "{f}:56: B2-01, veld 'id': id 'B2-01' komt al voor op regel 31",
            "    → Geef dit item een nieuw id; ids worden nooit hergebruikt.",
        ],
    ),
    "10-onbekende-trekker.toml": (
        1,
        [
            "{f}:33: B2-01, veld 'trekker': trekker 'VTT' is niet gedeclareerd; bedoelde u 'VT'?",
            "    → Gebruik een id dat in [[organisatie]] of [[gremium]] staat, of declareer het daar eerst.",
        ],
    ),
    "11-onbekend-gremium.toml": (
        1,
        [
            "{f}:27: T01, veld 'gremium': gremium 'ABBD' is niet gedeclareerd; bedoelde u 'ABDB'?",
            "    → Gebruik een id dat in [[gremium]] staat, of declareer het daar eerst.",
        ],
    ),
    "12-eind-voor-begin.toml": (
        1,
        [
            "{f}:27: T01, veld 'tot': eindigt (2026-03-01) voordat het begint (2026-03-10)",
            "    → Verwissel 'van' en 'tot' of verbeter een van beide.",
        ],
    ),
    "13-onbekende-status.toml": (
        1,
        [
            "{f}:35: B2-01, veld 'status': ongeldige waarde 'klaar'",
            "    → Kies uit: open, lopend, gereed, geblokkeerd, vervallen.",
        ],
    ),
    "14-verplicht-veld-ontbreekt.toml": (
        1,
        [
            "{f}:30: B2-01, veld 'titel': verplicht veld ontbreekt",
            "    → Voeg 'titel = …' toe aan dit blok.",
        ],
    ),
    "15-tabel-dubbel.toml": (
        1,
        [
            "{f}:55: deze tabel staat twee keer in het bestand",
            "    → Voeg de twee tabellen samen of verwijder er één.",
        ],
    ),
    "16-sleutel-dubbel.toml": (
        1,
        [
            "{f}:5: sleutel 'regio' komt twee keer voor (eerst op regel 4)",
            "    → Verwijder een van de twee regels.",
        ],
    ),
    "17-leeg.toml": (
        1,
        [
            "{f}:1: het bestand is leeg",
            "    → Begin met id, titel, regio, gemeenten en [looptijd]; zie plans/2025-2029.toml.",
        ],
    ),
    "18-utf16.toml": (
        1,
        [
            "{f}:1: het bestand is UTF-16-tekst",
            "    → Sla het op als UTF-8 (zonder BOM).",
        ],
    ),
    "19-binair.toml": (
        1,
        [
            "{f}:1: het bestand is geen tekst (het bevat nul-bytes)",
            "    → Kies het juiste planbestand (een .toml-tekstbestand).",
        ],
    ),
    "20-periode-onbekend.toml": (
        1,
        [
            "{f}:34: B2-01, veld 'deadline': '2026-Q5' is geen datum of periode",
            '    → Gebruik een datum zonder aanhalingstekens (2026-03-31) of een periode als "2026", "2026-H1", "2026-Q1", "2026-02", "begin 2026-02", "eind 2026-02/begin 2026-03", "voorjaar 2027" of "voor de zomer 2026".',
        ],
    ),
    "21-nieuwer-schema.toml": (
        1,
        [
            "{f}:1: veld 'schema': dit plan gebruikt schemaversie 3, deze regiotrack kent versie 2",
            "    → Werk regiotrack bij (pip install -U regiotrack).",
        ],
    ),
    "22-twee-datumvormen.toml": (
        1,
        [
            "{f}:22: T01: niet eenduidig wanneer deze stap is",
            '    → Geef precies één van: datum = 2025-09-26, of van = … en tot = …, of periode = "2026-01".',
        ],
    ),
    "23-ongeldige-herhaling.toml": (
        1,
        [
            "{f}:52: J-01, veld 'regel': regel 'FREQ=JAARLIJKS' is geen geldige herhaling (RRULE): "
            "FREQ ontbreekt of is onbekend (kies uit SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY)",
            '    → Schrijf bijvoorbeeld "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15".',
        ],
    ),
    "24-onbekende-gemeente.toml": (
        1,
        [
            "{f}:34: B2-01, veld 'gemeenten': gemeente 'Amsterdm' hoort niet bij dit plan; bedoelde u 'Amsterdam'?",
            "    → Kies uit: Amsterdam, Diemen.",
        ],
    ),
    "25-ongeldig-id.toml": (
        1,
        [
            "{f}:31: b2 01, veld 'id': id 'b2 01' is ongeldig",
            "    → Gebruik hoofdletters, cijfers en streepjes, zoals 'B2-03'.",
        ],
    ),
    "26-stuurteken.toml": (
        1,
        [
            "{f}:32: B2-01, veld 'titel': verboden (stuur)teken op deze regel",
            "    → Verwijder het onzichtbare teken (typ de regel opnieuw).",
        ],
    ),
    "27-looptijd-omgedraaid.toml": (
        1,
        [
            "{f}:12: veld 'looptijd': looptijd eindigt (2026-01-01) voordat ze begint (2026-12-31)",
            "    → Verwissel 'van' en 'tot' of verbeter een van beide.",
        ],
    ),
    "28-soort-ontbreekt.toml": (
        1,
        [
            "{f}:22: T01, veld 'soort': verplicht veld ontbreekt",
            "    → Voeg 'soort = …' toe aan dit blok.",
        ],
    ),
    "29-werkgroep-zonder-trekker.toml": (
        1,
        [
            "{f}:40: WG-01, veld 'trekkers': een werkgroep heeft minstens één trekker",
            '    → Vul trekkers = ["…"] in.',
        ],
    ),
    "30-geen-halfjaar.toml": (
        1,
        [
            "{f}:46: PO-2026-1, veld 'halfjaar': '2026-Q1' is geen halfjaar",
            '    → Schrijf bijvoorbeeld "2026-H1" of "2026-H2".',
        ],
    ),
    "31-onbekende-soort.toml": (
        1,
        [
            "{f}:25: T01, veld 'soort': ongeldige waarde 'vergadering'",
            "    → Kies uit: periode, sessie, deadline, dag.",
        ],
    ),
    "32-verwijzing-naar-onbekende-stap.toml": (
        1,
        [
            "{f}:58: R-01, veld 'stap': stap 'T1' is niet gedeclareerd; bedoelde u 'T01'?",
            "    → Gebruik een id dat in [[stap]] staat, of declareer het daar eerst.",
        ],
    ),
    "33-bom-en-crlf-zijn-goed.toml": (0, []),
    "34-zeer-lange-tekst-is-goed.toml": (0, []),
    "35-onbekende-tabel.toml": (
        1,
        [
            "{f}:55: onbekend veld 'instellingen'",
            "    → Verbeter de naam of verwijder het veld. Bekende velden: schema, id, titel, regio, gemeenten, looptijd, tijdzone, bron, url, gemeente, regionaal, organisatie, gremium, effect, gebied, stap, randvoorwaarde, afspraak, werkgroep, partneroverleg, terugkerend, indicator, meting, reflectie.",
        ],
    ),
    "36-waar-onwaar-als-tekst.toml": (
        1,
        [
            "{f}:27: T01, veld 'vaste_datum': moet true of false zijn, niet 'ja'",
            "    → Schrijf true of false zonder aanhalingstekens.",
        ],
    ),
    "37-datum-met-tijd.toml": (
        1,
        [
            "{f}:26: T01, veld 'datum': moet een datum zonder tijd zijn, niet 2026-03-05T10:00:00",
            "    → Schrijf alleen de datum, zoals 2026-03-31; een tijd hoort in het veld 'tijd'.",
        ],
    ),
    "38-schema-nul.toml": (
        1,
        [
            "{f}:1: veld 'schema': schemaversie begint bij 1",
        ],
    ),
    "39-partners-geen-tekst.toml": (
        1,
        [
            "{f}:34: B2-01, veld 'partners': moet tekst zijn, niet 1",
            '    → Zet de tekst tussen aanhalingstekens: "…".',
            "{f}:34: B2-01, veld 'partners': moet tekst zijn, niet 2",
            '    → Zet de tekst tussen aanhalingstekens: "…".',
        ],
    ),
    "40-ongeldige-tijd.toml": (
        1,
        [
            "{f}:27: T01, veld 'tijd': '25:00' is geen tijd",
            '    → Schrijf "14:00" of "14:00-16:00" (einde na begin).',
        ],
    ),
    "41-mergeconflict.toml": (
        1,
        [
            "{f}:28: onopgelost mergeconflict (regel 28 tot en met 32)",
            "    → Kies één van beide versies en verwijder de regels met <<<<<<<, ======= en >>>>>>>.",
        ],
    ),
    "42-burgerservicenummer.toml": (
        1,
        [
            "{f}:33: B2-01, veld 'notitie': lijkt op een burgerservicenummer (111222333); het plan gaat over organisaties en overleggen, nooit over inwoners (AVG)",
            "    → Verwijder die notitie met: regiotrack notitie B2-01 --verwijder 1 (of vervang de tekst: regiotrack notitie B2-01 \"…\" --vervang 1). Staat het al in git, zie dan README, 'Privacy en veiligheid'.",
        ],
    ),
    "43-telefoonnummer-en-email.toml": (
        1,
        [
            "{f}:33: B2-01, veld 'notitie': lijkt op een telefoonnummer (06-12345678); het plan gaat over organisaties en overleggen, nooit over inwoners (AVG)",
            "    → Verwijder die notitie met: regiotrack notitie B2-01 --verwijder 1 (of vervang de tekst: regiotrack notitie B2-01 \"…\" --vervang 1). Staat het al in git, zie dan README, 'Privacy en veiligheid'.",
            "{f}:33: B2-01, veld 'notitie': bevat een e-mailadres (j.jansen@example.nl); het plan gaat over organisaties en overleggen, nooit over inwoners (AVG)",
            "    → Verwijder die notitie met: regiotrack notitie B2-01 --verwijder 1 (of vervang de tekst: regiotrack notitie B2-01 \"…\" --vervang 1). Staat het al in git, zie dan README, 'Privacy en veiligheid'.",
        ],
    ),
    "44-stuurteken-in-sleutel.toml": (
        1,
        [
            "{f}:4: veld 'reg\\x01io': verboden (stuur)teken op deze regel",
            "    → Verwijder het onzichtbare teken (typ de regel opnieuw).",
        ],
    ),
    "45-verkeerde-stukken-doorlooptijd.toml": (
        1,
        [
            "{f}:27: T01, veld 'stukken_vooraf': 'een weekje' is geen doorlooptijd",
            '    → Schrijf bijvoorbeeld "1 week", "2 weken", "5 dagen" of "3 werkdagen".',
        ],
    ),
    "46-bsn-met-streepjes.toml": (
        1,
        [
            "{f}:32: B2-01, veld 'titel': lijkt op een burgerservicenummer (111-222-333); het plan gaat over organisaties en overleggen, nooit over inwoners (AVG)",
            "    → Haal het weg uit het bestand; een contactadres van een organisatie hoort bij die organisatie onder 'contact'. Staat het al in git, zie dan README, 'Privacy en veiligheid'.",
        ],
    ),
    "47-email-at-dot.toml": (
        1,
        [
            "{f}:21: ABDB, veld 'omschrijving': bevat een e-mailadres (j.jansen at voorbeeld dot nl); het plan gaat over organisaties en overleggen, nooit over inwoners (AVG)",
            "    → Haal het weg uit het bestand; een contactadres van een organisatie hoort bij die organisatie onder 'contact'. Staat het al in git, zie dan README, 'Privacy en veiligheid'.",
        ],
    ),
    "48-telefoon-internationaal.toml": (
        1,
        [
            "{f}:40: WG-01, veld 'notitie': lijkt op een telefoonnummer (+31 6 1234 5678); het plan gaat over organisaties en overleggen, nooit over inwoners (AVG)",
            "    → Verwijder die notitie met: regiotrack notitie WG-01 --verwijder 1 (of vervang de tekst: regiotrack notitie WG-01 \"…\" --vervang 1). Staat het al in git, zie dan README, 'Privacy en veiligheid'.",
        ],
    ),
    "49-stuurteken-escape.toml": (
        0,
        [
            "{f}:32: B2-01, veld 'titel': bevat een stuurteken (U+001B (escape), U+0007 (bel)); dat kan de terminal van een lezer ontregelen",
            "    → Verwijder het onzichtbare teken uit de tekst (typ de tekst opnieuw).",
        ],
    ),
    "50-c1-stuurteken.toml": (
        0,
        [
            "{f}:33: B2-01, veld 'notitie': bevat een stuurteken (U+009B (CSI)); dat kan de terminal van een lezer ontregelen",
            "    → Verwijder het onzichtbare teken uit de tekst (typ de tekst opnieuw).",
        ],
    ),
    "51-datum-buiten-bereik.toml": (
        1,
        [
            "{f}:26: T01, veld 'datum': datum 0001-01-02 ligt buiten de jaren die regiotrack aankan (1900 tot en met 2200)",
            "    → Controleer het jaar.",
        ],
    ),
    "52-deadline-ver-weg.toml": (
        1,
        [
            "{f}:34: B2-01, veld 'deadline': datum 9999-12-31 ligt buiten de jaren die regiotrack aankan (1900 tot en met 2200)",
            "    → Controleer het jaar.",
        ],
    ),
    "53-privacy-geen-vals-alarm-is-goed.toml": (0, []),
    "54-telefoon-met-netnummer-tussen-haakjes.toml": (
        1,
        [
            "{f}:17: VT, veld 'soort': lijkt op een telefoonnummer ((020) 123 4567); het plan gaat over organisaties en overleggen, nooit over inwoners (AVG)",
            "    → Haal het weg uit het bestand; een contactadres van een organisatie hoort bij die organisatie onder 'contact'. Staat het al in git, zie dan README, 'Privacy en veiligheid'.",
        ],
    ),
    "55-bsn-voluit-breed.toml": (
        1,
        [
            "{f}:24: T01, veld 'activiteit': lijkt op een burgerservicenummer (111222333); het plan gaat over organisaties en overleggen, nooit over inwoners (AVG)",
            "    → Haal het weg uit het bestand; een contactadres van een organisatie hoort bij die organisatie onder 'contact'. Staat het al in git, zie dan README, 'Privacy en veiligheid'.",
        ],
    ),
}


def test_every_file_in_the_corpus_has_an_expectation() -> None:
    assert sorted(p.name for p in CORPUS.glob("*.toml")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 40


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_gets_its_exact_message(name: str, cli) -> None:  # type: ignore[no-untyped-def]
    path = CORPUS / name
    result = cli("controleer", "--plan", str(path))
    code, lines = EXPECTED[name]
    shown = display_name(path)
    expected = [line.replace("{f}", shown) for line in lines]
    assert result.code == code
    if code == 0:  # odd but valid input (BOM, CRLF, very long text) is accepted as it is; some with a warning
        assert "geen fouten" in result.out and result.err == ""
        assert all(line in result.out.splitlines() for line in expected), result.out
        return
    assert result.out == ""
    assert result.err.splitlines()[1:-1] == expected
    assert "Traceback" not in result.err


def test_the_base_of_the_corpus_is_valid(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("controleer", "--plan", str(FIXTURES / "basis.toml"))
    assert result.code == 0, result.err


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_other_commands_refuse_a_broken_plan_with_exit_2(name: str, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("lijst", "--plan", str(CORPUS / name))
    if EXPECTED[name][0] == 0:
        assert result.code == 0
        return
    assert result.code == 2
    assert result.err.startswith("Het plan bevat")
