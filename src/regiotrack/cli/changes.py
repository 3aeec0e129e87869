"""Commands that add, change and remove items, and keep their note log: nieuw, wijzig, verwijder, notitie."""

from __future__ import annotations

import argparse
import sys

from regiotrack.cli.common import EXIT_OK, load_plan, save_loaded, show, today_of
from regiotrack.cli.registry import Command
from regiotrack.errors import UserError

_FIELDS_HELP = (
    "Velden zijn de sleutels uit het planbestand (zie README, 'Het planbestand'). Tekst met spaties tussen "
    'aanhalingstekens: titel="Pilot Zuidoost". Datums als 31-3-2026, "31 maart 2026" of 2026-03-31; termijnen '
    'ook als 2026-Q4, 2026-H2, "najaar 2026" of "voor de zomer 2026". Lijsten met komma\'s: partners=GGD,VT.'
)


def _configure_new(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "soort", metavar="SOORT", help="afspraak, stap, werkgroep, organisatie, gremium, partneroverleg, …"
    )
    parser.add_argument("velden", metavar="VELD=WAARDE", nargs="*", help="de velden van het nieuwe item")
    parser.add_argument("--auteur", metavar="NAAM", help="auteur van een notitie=… (standaard: git config user.name)")


def _configure_change(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="het id van een item van elke soort, of 'plan' voor het plan zelf")
    parser.add_argument("velden", metavar="VELD=WAARDE", nargs="+", help="wat verandert")


def _configure_remove(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="het id van het item")
    parser.add_argument("--ja", action="store_true", help="niet om bevestiging vragen")


def _configure_note(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="het id van het item, zoals B2-01 of WG-02")
    parser.add_argument("tekst", metavar="TEKST", nargs="?", help="de tekst van de notitie")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--vervang", metavar="N", type=int, help="vervang de tekst van notitie N door TEKST")
    action.add_argument("--verwijder", metavar="N", type=int, help="verwijder notitie N")
    parser.add_argument("--auteur", metavar="NAAM", help="auteur (standaard: git config user.name, anders 'onbekend')")


def cmd_new(args: argparse.Namespace) -> int:
    """nieuw: add an item, print its block and the commit."""
    from regiotrack.cli.common import author_of
    from regiotrack.history.ids import ids_ever
    from regiotrack.plan.creating import find_any, new_item, section_for
    from regiotrack.plan.fieldvalues import parse_assignments
    from regiotrack.store.writing import item_text

    section = section_for(args.soort)
    assignments = parse_assignments(args.velden)
    today = today_of(args)
    loaded = load_plan(args, today, for_edit=True)
    reserved = ids_ever(loaded.path, loaded)
    author = author_of(args) if any(a.key in ("notitie", "notities") for a in assignments) else None
    code, saved = save_loaded(
        args, loaded, lambda plan, today: new_item(plan, section.key, assignments, reserved, today, author)
    )
    _, item = find_any(saved.loaded.plan, saved.edit.item_id)
    show(item_text(section.key, item), end="")
    return code


def cmd_change(args: argparse.Namespace) -> int:
    """wijzig: change fields of any item."""
    from regiotrack.plan.creating import change_item
    from regiotrack.plan.fieldvalues import parse_assignments

    assignments = parse_assignments(args.velden)
    loaded = load_plan(args, today_of(args), for_edit=True)
    code, _ = save_loaded(args, loaded, lambda plan, _today: change_item(plan, args.id, assignments))
    return code


def cmd_note(args: argparse.Namespace) -> int:
    """notitie: add an entry to the note log; --vervang N and --verwijder N change one."""
    from regiotrack.cli.common import author_of
    from regiotrack.plan.notes import add_note, remove_note, replace_note

    if args.verwijder is not None:
        if args.tekst is not None:
            raise UserError("--verwijder neemt geen tekst", f"Schrijf: regiotrack notitie {args.id} --verwijder N")
        number = args.verwijder
        make = lambda plan, _today: remove_note(plan, args.id, number)  # noqa: E731
    elif args.tekst is None:
        raise UserError("de tekst van de notitie ontbreekt", f'Schrijf: regiotrack notitie {args.id} "tekst"')
    elif args.vervang is not None:
        number, text = args.vervang, args.tekst
        make = lambda plan, _today: replace_note(plan, args.id, number, text)  # noqa: E731
    else:
        author, text = author_of(args), args.tekst
        make = lambda plan, today: add_note(plan, args.id, text, today, author)  # noqa: E731
    code, _ = save_loaded(args, load_plan(args, today_of(args), for_edit=True), make)
    return code


def cmd_remove(args: argparse.Namespace) -> int:
    """verwijder: remove an item entered by mistake, after confirmation."""
    from regiotrack.plan.creating import find_any, remove_item, title_of

    loaded = load_plan(args, today_of(args), for_edit=True)
    section, item = find_any(loaded.plan, args.id)
    remove_item(loaded.plan, args.id)  # refuses before asking when others refer to it
    if not args.ja:
        if not sys.stdin.isatty():
            raise UserError(
                f"verwijderen van {args.id} vraagt om bevestiging, en hier kan niemand antwoorden",
                f"Bevestig met --ja: regiotrack verwijder {args.id} --ja",
            )
        answer = input(f"{section.label} {args.id} '{title_of(item)}' verwijderen? [j/N] ")
        if answer.strip().lower() not in {"j", "ja", "y", "yes"}:
            show("Niets verwijderd.")
            return EXIT_OK
    code, _ = save_loaded(args, loaded, lambda plan, _today: remove_item(plan, args.id))
    return code


NEW = Command(
    cmd_new,
    _configure_new,
    "Voegt een item toe en legt het vast in git. Zonder id= stelt regiotrack het volgende vrije id van de "
    "reeks voor (nooit een id dat eerder bestond). " + _FIELDS_HELP,
    'regiotrack nieuw afspraak titel="Pilot Zuidoost" trekker=GEM-AMS deadline=2026-Q4 bron="§6.2"\n'
    'regiotrack nieuw organisatie id=AMSTA naam="Amsta" soort=uitvoeringspartner\n'
    'regiotrack nieuw werkgroep naam="Digitale veiligheid" trekkers=VT,GGD',
)

CHANGE = Command(
    cmd_change,
    _configure_change,
    "Wijzigt velden van elk soort item (of met ID 'plan' de velden van het plan zelf). Een lijst krijgt er "
    "één waarde bij met veld+=WAARDE en raakt er één kwijt met veld-=WAARDE; veld= (leeg) wist een veld. "
    + _FIELDS_HELP,
    "regiotrack wijzig B2-03 trekker=GGD partners+=VT partners-=JBRA\n"
    'regiotrack wijzig PO-2026-1 datum="18 juni 2026" tijd=14:00-16:00\n'
    "regiotrack wijzig VT contact=info@veiligthuis.example",
)

REMOVE = Command(
    cmd_remove,
    _configure_remove,
    "Alleen voor vergissingen: een afspraak die niet doorgaat zet u op vervallen "
    "(regiotrack zet ID vervallen --reden …). Vraagt om bevestiging (of --ja); weigert zolang andere items "
    "ernaar verwijzen. Het id blijft bezet: het staat in de git-geschiedenis.",
    "regiotrack verwijder A-07\nregiotrack verwijder A-07 --ja",
)

NOTE = Command(
    cmd_note,
    _configure_note,
    "Notities vormen een logboek, nieuwste eerst, elk met datum en auteur (uw git-identiteit, of --auteur). "
    "Toevoegen laat eerdere notities staan; vervangen en verwijderen doet u apart, met het nummer dat "
    "'regiotrack toon ID' laat zien (1 = nieuwste).",
    'regiotrack notitie B2-03 "Besproken in het PT"\n'
    'regiotrack notitie B2-03 "Besproken in het PT van 3 maart" --vervang 1\n'
    "regiotrack notitie B2-03 --verwijder 2",
)


_EMPTY_QUESTIONS = (
    ("regio", "Regio (bijv. Amsterdam-Amstelland)"),
    ("gemeenten", "Gemeenten, met komma's ertussen"),
    ("van", "Eerste dag van de looptijd (bijv. 1-1-2030)"),
    ("tot", "Laatste dag van de looptijd (bijv. 31-12-2033)"),
)


def empty_plan_file(args: argparse.Namespace) -> tuple[str, bytes]:
    """(file name, canonical text) of a minimal valid plan for ``init --leeg``.

    Missing options are asked for when someone can answer, else named in the error.
    """
    from regiotrack.plan.newplan import empty_plan
    from regiotrack.plan.userdates import parse_day
    from regiotrack.store.writing import dumps

    answers = {key: getattr(args, key) for key, _ in _EMPTY_QUESTIONS}
    missing = [key for key, value in answers.items() if not value]
    if missing and not sys.stdin.isatty():
        raise UserError(
            f"voor een leeg plan ontbreken: {', '.join('--' + k for k in missing)}",
            "Bijvoorbeeld: regiotrack init plannen --leeg --regio Amsterdam-Amstelland "
            "--gemeenten Amsterdam,Diemen --van 1-1-2030 --tot 31-12-2033",
        )
    for key, question in _EMPTY_QUESTIONS:
        if not answers[key]:
            answers[key] = input(f"{question}: ").strip()
    try:
        start, end = parse_day(answers["van"]), parse_day(answers["tot"])
    except ValueError as err:
        raise UserError(f"looptijd: {err}", "Geef --van en --tot als 1-1-2030 of 2030-01-01.") from None
    towns = tuple(t.strip() for t in answers["gemeenten"].split(",") if t.strip())
    plan = empty_plan(answers["regio"].strip(), towns, start, end, args.titel, args.id)
    return f"{start.year}-{end.year}.toml", dumps(plan).encode("utf-8")
