"""``regiotrack partneroverleg``: plan a meeting, prepare its agenda pack, record its verslag.

Sub-commands: ``lijst`` (the default: verslagen newest first, then the meetings to come),
``plannen``, ``agenda`` and ``verslag``. Every change goes through ``saving``; a verslag is
one commit and an annotated tag ``partneroverleg-JJJJ-N``.
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from regiotrack.cli.registry import Command
from regiotrack.errors import EXIT_OK, UserError

if TYPE_CHECKING:
    from regiotrack.export.agenda import Report
    from regiotrack.history.log import HistoryEntry
    from regiotrack.plan.model import PartnerMeeting, Plan


def _configure(parser: argparse.ArgumentParser) -> None:
    """The sub-commands; without one, 'partneroverleg' lists the verslagen (like 'lijst')."""
    from regiotrack.cli.parsing import Parser, add_global_options
    from regiotrack.cli.registry import READS, WRITES

    actions = parser.add_subparsers(
        dest="actie", metavar="ACTIE", parser_class=Parser, help="lijst, plannen, agenda of verslag (standaard: lijst)"
    )

    lst = actions.add_parser(
        "lijst",
        help="alle verslagen, nieuwste eerst, en de komende overleggen",
        description="Alle verslagen (nieuwste eerst) en de komende overleggen met datum en agenda.",
    )
    add_global_options(lst, READS, suppress=True)
    lst.set_defaults(run=cmd_list)

    plan = actions.add_parser(
        "plannen",
        help="zet datum, tijd en plaats van een overleg",
        description="Zet dag, tijd en plaats van een overleg in één keer. De dag moet in het halfjaar "
        "van het overleg liggen. WANNEER zoals 18-6-2026, '18 juni 2026 14:00-16:00' of '2026-06-18 9.30-12.00'.",
        epilog='Voorbeeld:\n  regiotrack partneroverleg plannen PO-2026-2 "18 november 2026 14:00-16:00" '
        '--locatie "Stadhuis Amsterdam"',
    )
    add_global_options(plan, WRITES, suppress=True)
    plan.add_argument("id", metavar="ID", help="het partneroverleg, zoals PO-2026-2")
    plan.add_argument("wanneer", metavar="WANNEER", help='dag en tijd, zoals "18 juni 2026 14:00-16:00"')
    plan.add_argument("--locatie", metavar="TEKST", help="waar het overleg is (leeg: weghalen)")
    plan.set_defaults(run=cmd_plan)

    agenda = actions.add_parser(
        "agenda",
        help="het agendapakket (Markdown of HTML), of leg vast dat het verzonden is",
        description="Terugblik op het halfjaar, verschoven deadlines (uit git), voorstellen, afspraken zonder "
        "deadline, meldingen van werkgroepen en Expertiseplatform, en het komende halfjaar. "
        "Met --verzonden legt u vast dat de agenda vandaag (of op --vandaag) is verzonden.",
        epilog="Voorbeelden:\n  regiotrack partneroverleg agenda PO-2026-2 -o agenda.html\n"
        "  regiotrack partneroverleg agenda PO-2026-2 --verzonden",
    )
    add_global_options(agenda, WRITES, suppress=True)
    agenda.add_argument("id", metavar="ID", help="het partneroverleg, zoals PO-2026-2")
    agenda.add_argument("--formaat", choices=("md", "html"), help="standaard: naar de extensie van -o, anders md")
    agenda.add_argument("-o", "--uitvoer", metavar="BESTAND", help="schrijf naar BESTAND (standaard: scherm)")
    agenda.add_argument("--verzonden", action="store_true", help="leg vast dat de agenda is verzonden (één commit)")
    agenda.set_defaults(run=cmd_agenda)

    minutes = actions.add_parser(
        "verslag",
        help="leg het verslag vast uit een verslagbestand, of toon een vastgelegd verslag",
        description="Met BESTAND: voert de besluiten uit het verslagbestand (TOML, zie de README) door "
        "in het plan, in één commit met een tag partneroverleg-JJJJ-N. Een fout in het bestand wordt "
        "gemeld met regel en veld; dan wordt niets opgeslagen. Een tweede verslag voor hetzelfde overleg "
        "wordt geweigerd. Zonder BESTAND: toont het vastgelegde verslag.",
        epilog="Voorbeelden:\n  regiotrack partneroverleg verslag PO-2026-2 verslag.toml\n"
        "  regiotrack partneroverleg verslag PO-2026-2 -o verslag.html",
    )
    add_global_options(minutes, WRITES, suppress=True)
    minutes.add_argument("id", metavar="ID", help="het partneroverleg, zoals PO-2026-2")
    minutes.add_argument("bestand", metavar="BESTAND", nargs="?", help="het verslagbestand (.toml)")
    minutes.add_argument("--formaat", choices=("md", "html"), help="bij tonen: md (standaard) of html")
    minutes.add_argument("-o", "--uitvoer", metavar="BESTAND", help="bij tonen: schrijf naar BESTAND")
    minutes.set_defaults(run=cmd_minutes)


def cmd_list(args: argparse.Namespace) -> int:
    """partneroverleg [lijst]: verslagen newest first, then the meetings to come."""
    from regiotrack.cli.common import load_for
    from regiotrack.errors import escape_controls
    from regiotrack.export.minutes import minutes_list

    print(escape_controls(minutes_list(load_for(args).plan)))
    return EXIT_OK


def cmd_plan(args: argparse.Namespace) -> int:
    """partneroverleg plannen: day, time and place in one commit."""
    from regiotrack.cli.common import save
    from regiotrack.plan.meeting import parse_when, plan_meeting

    try:
        day, time = parse_when(args.wanneer)
    except ValueError as err:
        raise UserError(str(err), "Zie 'regiotrack partneroverleg plannen --help'.") from None
    return save(args, lambda plan, _today: plan_meeting(plan, args.id, day, time, args.locatie))


def _format(args: argparse.Namespace) -> str:
    if args.formaat:
        return str(args.formaat)
    return "html" if args.uitvoer and Path(args.uitvoer).suffix.lower() in (".html", ".htm") else "md"


def _write(args: argparse.Namespace, text: str) -> None:
    from regiotrack.cli.common import show

    if not args.uitvoer:
        show(text, end="")  # plan text: control characters escaped, as every command's output
        return
    from regiotrack.store.writing import write_atomic

    target = Path(args.uitvoer)
    if not target.parent.exists():
        raise UserError(f"map {target.parent} bestaat niet", "Maak de map eerst, of kies een ander pad met -o.")
    write_atomic(target, text)
    show(f"Geschreven: {target}", err=True)


def cmd_agenda(args: argparse.Namespace) -> int:
    """partneroverleg agenda: the agenda pack; --verzonden records that it went out."""
    from regiotrack.cli.common import load_for, save, today_of
    from regiotrack.export.agenda import build_agenda, render_agenda_markdown, since_day
    from regiotrack.export.meeting_html import render_agenda_html
    from regiotrack.plan.meeting import mark_agenda_sent, require_meeting

    if args.verzonden:
        code = save(args, lambda plan, today: mark_agenda_sent(plan, args.id, today))
        if not args.uitvoer:
            return code
    loaded = load_for(args)
    meeting = require_meeting(loaded.plan, args.id)
    entries = _history(loaded.path) if not loaded.readonly else None
    since, today = since_day(loaded.plan, meeting), today_of(args)
    moved = moved_since(entries or [], since, today)
    reports = reports_since(loaded.plan, meeting, entries or [], since, today)
    agenda = build_agenda(loaded.plan, meeting, today, moved, reports)
    _write(args, render_agenda_html(agenda) if _format(args) == "html" else render_agenda_markdown(agenda))
    return EXIT_OK


def cmd_minutes(args: argparse.Namespace) -> int:
    """partneroverleg verslag: apply a verslag file (one commit, one tag), or show a recorded verslag."""
    from regiotrack.cli.common import load_for

    if args.bestand is None:
        from regiotrack.export.meeting_html import render_minutes_html
        from regiotrack.export.minutes import build_minutes, render_minutes_markdown
        from regiotrack.plan.meeting import require_meeting

        plan = load_for(args).plan
        meeting = require_meeting(plan, args.id)
        if not meeting.has_minutes:
            raise UserError(
                f"{meeting.id} heeft nog geen verslag",
                f"Leg het vast met 'regiotrack partneroverleg verslag {meeting.id} VERSLAG.toml'.",
            )
        data = build_minutes(plan, meeting)
        _write(args, render_minutes_html(data) if _format(args) == "html" else render_minutes_markdown(data))
        return EXIT_OK
    return _apply_minutes(args)


def _apply_minutes(args: argparse.Namespace) -> int:
    from regiotrack.cli.common import EXIT_NOT_COMMITTED, load_plan, show, today_of
    from regiotrack.plan.meeting import require_meeting, tag_name
    from regiotrack.plan.verslag import minutes_edit
    from regiotrack.saving import save_minutes
    from regiotrack.store.reading import display_name
    from regiotrack.store.verslagfile import read_verslag

    today = today_of(args)
    loaded = load_plan(args, today)
    verslag = read_verslag(Path(args.bestand), args.id)
    meeting = require_meeting(loaded.plan, args.id)
    reserved = frozenset(_ids_in_history(loaded.path, loaded.plan)) if not loaded.readonly else frozenset()
    result = save_minutes(
        loaded,
        lambda plan, day: minutes_edit(plan, verslag, day, reserved=reserved),
        today,
        tag_name(meeting),
        commit=not args.geen_commit,
    )
    saved = result.saved
    show(saved.edit.summary)  # plan text: shown through show(), control characters escaped
    body = saved.edit.commit_body()
    if body:
        show("\n".join(f"  {line}" for line in body.splitlines()))
    show(f"Opgeslagen in {display_name(saved.loaded.path)}.")
    if saved.swept:
        show("Ook mee vastgelegd (eerder gewijzigd, nog niet in git): " + "; ".join(saved.swept))
    if saved.commit is None:
        show("Niet vastgelegd in git, dus ook geen tag.", err=True)
        return EXIT_OK
    show(saved.commit.message, err=not saved.commit.committed)
    if result.tag:
        show(f"Tag {result.tag} gemaakt; 'regiotrack verschil' met de vorige tag vertelt het verhaal van het halfjaar.")
    return EXIT_OK if saved.commit.committed else EXIT_NOT_COMMITTED


def _history(path: Path) -> list[HistoryEntry] | None:
    from regiotrack.history.git import relative, repo_root
    from regiotrack.history.log import history

    root = repo_root(path)
    return history(root, relative(root, path)) if root is not None else None


def _ids_in_history(path: Path, plan: Plan) -> set[str]:
    """Ids that were ever in the file (removed ones included): a new afspraak never reuses them."""
    from regiotrack.plan.schedule import tracked_items

    entries = _history(path) or []
    return {i.id for i in tracked_items(plan)} | {change.item_id for entry in entries for change in entry.changes}


_DATE_FIELDS = {"deadline", "datum", "van", "tot", "periode", "af_op"}


def moved_since(entries: list[HistoryEntry], since: date, until: date) -> list[str]:
    """Deadlines moved from a day up to ``until`` (today), and by whom: 'B2-03: deadline … → … (2026-05-02, Naam)'."""
    lines = []
    for entry in entries:
        when = entry.revision.when.date()
        if not since <= when <= until:
            continue
        for change in entry.changes:
            moved = [f for f in change.fields if f.key in _DATE_FIELDS and f.old is not None]
            if moved:
                text = ", ".join(f.text() for f in moved)
                lines.append(f"{change.item_id}: {text} ({when.isoformat()}, {entry.revision.author})")
    return lines


def reports_since(
    plan: Plan, meeting: PartnerMeeting, entries: list[HistoryEntry], since: date, until: date
) -> list[Report]:
    """What the werkgroepen and the facilitating platform reported from a day up to ``until`` (today).

    Their notes, and the changes git recorded in that time on the werkgroepen, their afspraken
    and the afspraken the facilitators pull (other than whoever prepares the meeting). Not
    reports: a partneroverleg's own verslag (its decisions), and a commit that only added
    many items at once (the plan's first version, an import).
    """
    from regiotrack.export.agenda import Report

    groups = {g.id: g for g in plan.working_groups}
    names = {o.id: o.name for o in plan.organisations}
    facilitators = {f for g in plan.working_groups for f in g.facilitators} - {meeting.prepared_by}
    owner: dict[str, str] = {}
    for agreement in plan.agreements:
        if agreement.working_group in groups:
            group = groups[agreement.working_group]
            owner[agreement.id] = f"{group.id} {group.name}"
        elif agreement.lead in facilitators:
            owner[agreement.id] = f"{agreement.lead} {names.get(agreement.lead, '')}".strip()
    for group in groups.values():
        owner[group.id] = f"{group.id} {group.name}"
    from regiotrack.plan.meeting import latest_note

    reports = [Report(f"{g.id} {g.name}", None, note) for g in groups.values() if (note := latest_note(g))]
    for entry in entries:
        when = entry.revision.when.date()
        if not since <= when <= until or _not_a_report(entry):
            continue
        for change in entry.changes:
            if change.item_id in owner:
                reports.append(Report(owner[change.item_id], when, f"{change.text()} ({entry.revision.author})"))
    return reports


_VERSLAG_SUBJECT = re.compile(r"^\S+: verslag — ")


def _not_a_report(entry: HistoryEntry) -> bool:
    """A partneroverleg's verslag, or a commit that only added several items (a first version, an import)."""
    if _VERSLAG_SUBJECT.match(entry.revision.subject):
        return True
    return len(entry.changes) > 1 and all(change.kind == "toegevoegd" for change in entry.changes)


MEETING = Command(
    cmd_list,
    _configure,
    "Het halfjaarlijkse partneroverleg (§10.3): plannen (dag, tijd, plaats), het agendapakket maken en "
    "de verzending vastleggen, het verslag vastleggen (één commit en een tag). Zonder ACTIE: alle "
    "verslagen, nieuwste eerst, en de komende overleggen.",
    "regiotrack partneroverleg\n"
    'regiotrack partneroverleg plannen PO-2026-2 "18 november 2026 14:00-16:00" --locatie "Stadhuis"\n'
    "regiotrack partneroverleg agenda PO-2026-2 -o agenda.html\n"
    "regiotrack partneroverleg verslag PO-2026-2 verslag.toml",
)
