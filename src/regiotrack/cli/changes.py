"""Command-line commands that change the plan's items: nieuw, wijzig, verwijder."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from regiotrack.cli.common import EXIT_OK, load_plan, today_of
from regiotrack.errors import UserError

_FIELDS_HELP = (
    "Velden zijn de sleutels uit het planbestand (zie README, 'Het planbestand'). Tekst met spaties tussen "
    'aanhalingstekens: titel="Pilot Zuidoost". Datums als 31-3-2026, "31 maart 2026" of 2026-03-31; termijnen '
    'ook als 2026-Q4, 2026-H2, "najaar 2026" of "voor de zomer 2026". Lijsten met komma\'s: partners=GGD,VT.'
)


def add_commands(sub: Any, editing: argparse.ArgumentParser) -> None:
    """Register nieuw, wijzig and verwijder on the subparsers of ``cli.main.build_parser``."""
    new = sub.add_parser(
        "nieuw",
        parents=[editing],
        help="voeg een item toe (afspraak, stap, werkgroep, organisatie, …)",
        description="Voegt een item toe en legt het vast in git. Zonder id= stelt regiotrack het "
        "volgende vrije id van de reeks voor (nooit een id dat eerder bestond). " + _FIELDS_HELP,
        epilog="Voorbeeld: regiotrack nieuw afspraak "
        'titel="Pilot Zuidoost" trekker=GEM-AMS deadline=2026-Q4 bron="§6.2"',
    )
    new.add_argument(
        "soort", metavar="SOORT", help="afspraak, stap, werkgroep, organisatie, gremium, partneroverleg, …"
    )
    new.add_argument("velden", metavar="VELD=WAARDE", nargs="*", help="de velden van het nieuwe item")
    new.add_argument("--auteur", metavar="NAAM", help="auteur van een notitie=… (standaard: git config user.name)")
    new.set_defaults(run=cmd_new)

    change = sub.add_parser(
        "wijzig",
        parents=[editing],
        help="wijzig velden van een item",
        description="Wijzigt velden van elk soort item. Een lijst krijgt er één waarde bij met "
        "veld+=WAARDE en raakt er één kwijt met veld-=WAARDE; veld= (leeg) wist een veld. " + _FIELDS_HELP,
        epilog="Voorbeeld: regiotrack wijzig B2-03 trekker=GGD partners+=VT partners-=JBRA",
    )
    change.add_argument("id", metavar="ID")
    change.add_argument("velden", metavar="VELD=WAARDE", nargs="+", help="wat verandert")
    change.set_defaults(run=cmd_change)

    remove = sub.add_parser(
        "verwijder",
        parents=[editing],
        help="verwijder een item dat per vergissing is ingevoerd",
        description="Alleen voor vergissingen: een afspraak die niet doorgaat zet u op vervallen "
        "(regiotrack zet ID vervallen --reden …). Vraagt om bevestiging; weigert zolang andere items "
        "ernaar verwijzen. Het id blijft bezet: het staat in de git-geschiedenis.",
        epilog="Voorbeeld: regiotrack verwijder A-07 --ja",
    )
    remove.add_argument("id", metavar="ID")
    remove.add_argument("--ja", action="store_true", help="niet om bevestiging vragen")
    remove.set_defaults(run=cmd_remove)

    note = sub.add_parser(
        "notitie",
        parents=[editing],
        help="voeg een notitie toe aan een item (of vervang of verwijder er één)",
        description="Notities vormen een logboek, nieuwste eerst, elk met datum en auteur (uw git-identiteit, "
        "of --auteur). Toevoegen laat eerdere notities staan; vervangen en verwijderen doet u apart, met het "
        "nummer dat 'regiotrack toon ID' laat zien (1 = nieuwste).",
        epilog='Voorbeelden: regiotrack notitie B2-03 "Besproken in het PT"  ·  '
        'regiotrack notitie B2-03 "Besproken in het PT van 3 maart" --vervang 1  ·  '
        "regiotrack notitie B2-03 --verwijder 2",
    )
    note.add_argument("id", metavar="ID")
    note.add_argument("tekst", metavar="TEKST", nargs="?", help="de tekst van de notitie")
    action = note.add_mutually_exclusive_group()
    action.add_argument("--vervang", metavar="N", type=int, help="vervang de tekst van notitie N door TEKST")
    action.add_argument("--verwijder", metavar="N", type=int, help="verwijder notitie N")
    note.add_argument("--auteur", metavar="NAAM", help="auteur (standaard: git config user.name, anders 'onbekend')")
    note.set_defaults(run=cmd_note)


def cmd_new(args: argparse.Namespace) -> int:
    """nieuw: add an item, print its block and the commit."""
    from regiotrack.cli.common import author_of
    from regiotrack.history.ids import ids_ever
    from regiotrack.plan.creating import find_any, new_item, section_for
    from regiotrack.plan.fields import parse_assignments
    from regiotrack.store.writing import item_text

    section = section_for(args.soort)
    assignments = parse_assignments(args.velden)
    today = today_of(args)
    loaded = load_plan(args, today)
    reserved = ids_ever(loaded.path)
    author = author_of(args) if any(a.key in ("notitie", "notities") for a in assignments) else None
    code, saved = _save(
        args, loaded, lambda plan, today: new_item(plan, section.key, assignments, reserved, today, author)
    )
    _, item = find_any(saved.loaded.plan, saved.edit.item_id)
    print(item_text(section.key, item), end="")
    return code


def cmd_change(args: argparse.Namespace) -> int:
    """wijzig: change fields of any item."""
    from regiotrack.plan.creating import change_item
    from regiotrack.plan.fields import parse_assignments

    assignments = parse_assignments(args.velden)
    loaded = load_plan(args, today_of(args))
    code, _ = _save(args, loaded, lambda plan, _today: change_item(plan, args.id, assignments))
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
    code, _ = _save(args, load_plan(args, today_of(args)), make)
    return code


def cmd_remove(args: argparse.Namespace) -> int:
    """verwijder: remove an item entered by mistake, after confirmation."""
    from regiotrack.plan.creating import find_any, remove_item, title_of

    loaded = load_plan(args, today_of(args))
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
            print("Niets verwijderd.")
            return EXIT_OK
    code, _ = _save(args, loaded, lambda plan, _today: remove_item(plan, args.id))
    return code


def _save(args: argparse.Namespace, loaded: Any, make_edit: Any) -> tuple[int, Any]:
    """Write and commit one edit; print what changed and the commit (as ``common.save`` does)."""
    from regiotrack.cli.common import EXIT_NOT_COMMITTED
    from regiotrack.saving import save_and_commit
    from regiotrack.store.reading import display_name

    saved = save_and_commit(loaded, make_edit, today_of(args), commit=not args.geen_commit)
    print(saved.edit.summary)
    print(f"Opgeslagen in {display_name(saved.loaded.path)}.")
    if saved.commit is not None:
        print(saved.commit.message, file=sys.stdout if saved.commit.committed else sys.stderr)
        if not saved.commit.committed:
            return EXIT_NOT_COMMITTED, saved
    return EXIT_OK, saved


def list_section(args: argparse.Namespace, today: Any) -> bool:
    """lijst organisaties (werkgroepen, gremia, …): the items of a section that does not fall due.

    Returns False for a kind that falls due ('lijst afspraken'): ``args.soort`` is then set
    and the ordinary listing follows.
    """
    from regiotrack.export.profile import section_table
    from regiotrack.plan.creating import section_for

    section = section_for(args.wat or args.soort)
    if section.tracked:
        args.soort = section.key
        return False
    print(section_table(load_plan(args, today).plan, section))
    return True


def organisation_items(args: argparse.Namespace, today: Any, organisation: str | None) -> set[str]:
    """Ids of the items an organisation pulls or takes part in (--organisatie)."""
    from regiotrack.plan.creating import find_any
    from regiotrack.plan.references import referring

    plan = load_plan(args, today).plan
    find_any(plan, organisation or "")
    return {item.id for item, _ in referring(plan, organisation or "")}


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
    from regiotrack.plan.creating import empty_plan
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
