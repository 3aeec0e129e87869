"""Commands about the plan's git history: geschiedenis, verschil, herkomst."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from regiotrack.cli.common import show
from regiotrack.cli.registry import Command
from regiotrack.errors import UserError


def _repo(args: argparse.Namespace) -> tuple[Path, str, Path]:
    """(repository root, plan path inside it, plan path) for history commands (the plan is not validated)."""
    from regiotrack.cli.common import default_plan
    from regiotrack.history.git import relative, repo_root
    from regiotrack.plan.today import resolve_today
    from regiotrack.store.locate import locate

    location = locate(args.plan, resolve_today(args.vandaag), default=default_plan)
    root = None if location.readonly else repo_root(location.path)
    if root is None:
        raise UserError(
            f"{location.path} staat niet in een git-repository; er is geen geschiedenis",
            "Begin een planrepository met 'regiotrack init MAP'.",
        )
    if not location.path.exists():
        raise UserError(f"planbestand '{location.path}' bestaat niet", "Geef een bestaand bestand met --plan.")
    return root, relative(root, location.path), location.path


def _configure_log(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", nargs="?", help="alleen de wijzigingen aan dit item")
    parser.add_argument(
        "--sinds",
        metavar="DATUM|REV",
        help="alleen vanaf deze dag (2026-03-01, 1-3-2026, '1 maart 2026') of na deze commit of tag",
    )
    parser.add_argument(
        "--alle",
        action="store_true",
        help="de hele set: het regionale plan en de lokale plannen in plans/gemeenten/, elke wijziging "
        "met de naam van de gemeente (of 'regionaal') ervoor",
    )


def cmd_log(args: argparse.Namespace) -> int:
    """geschiedenis: commits newest first with their item-level changes (or one item's story)."""
    from regiotrack.history.log import history

    root, name, path = _repo(args)
    if args.alle:
        return _log_set(args, root, path)
    entries = history(root, name, args.sinds)
    shown = 0
    for entry in reversed(entries):
        changes = [c for c in entry.changes if args.id is None or c.item_id == args.id]
        if args.id is not None and not changes:
            continue
        rev = entry.revision
        show(f"{rev.short}  {rev.when:%Y-%m-%d %H:%M}  {rev.author}  {rev.subject}")
        if entry.unreadable:
            show("    (deze versie van het plan was geen geldige TOML)")
        for line in _change_lines(changes, summarise=args.id is None):
            show(f"    {line}")
        shown += 1
    if shown == 0 and args.id is not None and args.sinds is None:
        _unknown_id(args.id, {c.item_id for entry in entries for c in entry.changes})
    if shown == 0:
        show(f"Geen wijzigingen aan {args.id} gevonden." if args.id else "Geen commits van het plan gevonden.")
    return 0


def _unknown_id(item_id: str, known: set[str], where: str = "van het plan") -> None:
    """An id that no commit of the plan ever touched is a typo until shown otherwise: say so."""
    from regiotrack.errors import UserError, did_you_mean

    known.discard("(plan)")
    guess = did_you_mean(item_id, sorted(known))
    raise UserError(
        f"'{item_id}' komt in geen enkele versie {where} voor" + (f"; {guess}" if guess else ""),
        "Zie 'regiotrack lijst' voor de ids (hoofdletters tellen mee).",
    )


def _plan_files(root: Path, path: Path) -> list[Any]:
    """The set of ``path`` (regional or local plan): regional first, then each local plan, labelled.

    Read without validation, as all history commands do: a label needs only ``gemeente``.
    Local plans git knew but that are gone now are kept, so their history stays visible.
    """
    from regiotrack.history.git import relative
    from regiotrack.history.setlog import PlanFile, former_local_files
    from regiotrack.store.localset import LOCAL_DIR, local_paths

    data = _data_of(path)
    regional = path
    if isinstance(data.get("regionaal"), str):
        regional = (path.parent / data["regionaal"]).resolve()
    files = [PlanFile(relative(root, regional), "regionaal")] if regional.is_file() else []
    for local in local_paths(regional):
        owner = _data_of(local).get("gemeente")
        files.append(PlanFile(relative(root, local), owner if isinstance(owner, str) else local.stem))
    known = {f.name for f in files}
    for name in former_local_files(root, (Path(relative(root, regional.parent)) / LOCAL_DIR).as_posix()):
        if name not in known:
            files.append(PlanFile(name, f"{Path(name).stem} (verwijderd)"))
    return files


def _data_of(path: Path) -> dict[str, Any]:
    """The file's TOML data, or nothing when it does not read (its label is then its file name)."""
    from regiotrack.errors import RegiotrackError
    from regiotrack.store import parsing
    from regiotrack.store.files import decode, read_file

    unreadable: tuple[type[Exception], ...] = (RegiotrackError, OSError, *parsing.DecodeError)
    try:
        return parsing.parse_data(decode(read_file(path), str(path)))
    except unreadable:
        return {}


def _log_set(args: argparse.Namespace, root: Path, path: Path) -> int:
    """geschiedenis --alle: one list of commits over the regional and the local plans, changes labelled."""
    from regiotrack.history.setlog import set_history

    entries = set_history(root, _plan_files(root, path), args.sinds)
    shown = 0
    for entry in reversed(entries):
        lines = []
        for file, part in entry.parts:
            if args.id is None and set(part.revision.blob) == {"0"}:  # the whole file went: one line, not every field
                lines.append(f"{file.label}: bestand {file.name} verwijderd")
                continue
            changes = [c for c in part.changes if args.id is None or c.item_id == args.id]
            if part.unreadable:
                lines.append(f"{file.label}: (deze versie van {file.name} was geen geldige TOML)")
            lines += [f"{file.label}: {line}" for line in _change_lines(changes, summarise=args.id is None)]
        if args.id is not None and not lines:
            continue
        rev = entry.revision
        show(f"{rev.short}  {rev.when:%Y-%m-%d %H:%M}  {rev.author}  {rev.subject}")
        for line in lines:
            show(f"    {line}")
        shown += 1
    if shown == 0 and args.id is not None and args.sinds is None:
        known = {c.item_id for entry in entries for _, part in entry.parts for c in part.changes}
        _unknown_id(args.id, known, "van de plannen (regionaal en lokaal)")
    if shown == 0:
        show(f"Geen wijzigingen aan {args.id} gevonden." if args.id else "Geen commits van de plannen gevonden.")
    return 0


LOG = Command(
    cmd_log,
    _configure_log,
    "Elke commit die het plan raakte, als wijzigingen per item en veld. Met ID: het hele verhaal van dat item. "
    "Met --alle: over het regionale plan en alle lokale plannen samen.",
    "regiotrack geschiedenis\nregiotrack geschiedenis B2-03\nregiotrack geschiedenis --alle\n"
    'regiotrack geschiedenis --sinds "1 maart 2026"\nregiotrack geschiedenis --sinds partneroverleg-2026-1',
)


def _change_lines(changes: list[Any], summarise: bool) -> list[str]:
    """Change lines; a commit that adds many items at once is summarised per section (linear)."""
    from regiotrack.history.diff import change_lines

    return change_lines(changes, summarise)


def _configure_diff(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rev1", metavar="REV1", help="de oude versie: commit, tag, branch of datum")
    parser.add_argument("rev2", metavar="REV2", nargs="?", help="de nieuwe versie (standaard: het bestand nu)")
    parser.add_argument("--markdown", action="store_true", help="als Markdown, voor een merge request")


def cmd_diff(args: argparse.Namespace) -> int:
    """verschil: semantic difference between two revisions (or a revision and the file now)."""
    from regiotrack.history.diff import diff, render_markdown, render_text
    from regiotrack.history.log import data_at
    from regiotrack.store.files import decode, read_file
    from regiotrack.store.parsing import parse_data

    root, name, path = _repo(args)
    old = data_at(root, args.rev1, name) or {}
    if args.rev2:
        new = data_at(root, args.rev2, name) or {}
        label = f"{args.rev1} → {args.rev2}"
    else:
        new = parse_data(decode(read_file(path), name))
        label = f"{args.rev1} → nu"
    changes = diff(old, new)
    show(render_markdown(changes, f"Wijzigingen in het plan ({label})") if args.markdown else render_text(changes))
    return 0


DIFF = Command(
    cmd_diff,
    _configure_diff,
    "REV is een commit, tag (bijv. partneroverleg-2026-1), branch of datum. "
    "Zonder REV2: vergeleken met het bestand zoals het nu is.",
    "regiotrack verschil partneroverleg-2026-1\nregiotrack verschil HEAD~3 HEAD --markdown",
)


def _configure_blame(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="het id van het item, zoals B2-03")


def cmd_blame(args: argparse.Namespace) -> int:
    """herkomst: for each field of an item, the commit that last changed it."""
    from regiotrack.history.diff import show as value_text
    from regiotrack.history.log import field_blame, history
    from regiotrack.store.files import decode, read_file
    from regiotrack.store.parsing import parse_data

    root, name, path = _repo(args)
    current = parse_data(decode(read_file(path), name))
    item = next(
        (
            i
            for section in current.values()
            if isinstance(section, list)
            for i in section
            if isinstance(i, dict) and i.get("id") == args.id
        ),
        None,
    )
    if item is None:
        raise UserError(f"'{args.id}' staat niet in het plan", "Zie 'regiotrack lijst' voor de ids.")
    origins = field_blame(history(root, name), args.id, item)
    if not origins:
        show(f"{args.id} is nog niet vastgelegd in git.")
        return 0
    width = max(len(o.key) for o in origins)
    for origin in origins:
        rev = origin.revision
        value = value_text(origin.value)[:40]
        show(f"{origin.key.ljust(width)}  {value:40}  {rev.short}  {rev.when:%Y-%m-%d}  {rev.author}")
    return 0


BLAME = Command(
    cmd_blame,
    _configure_blame,
    "Per veld van een item: de waarde, en de commit, datum en auteur die het het laatst veranderde.",
    "regiotrack herkomst B2-03",
)
