"""The published site (``regiotrack publiceer MAP``): the report, the archive, every feed, the JSON.

A pure function from the plan (plus its calendar history, today and the documents to archive)
to a mapping of relative file paths to bytes: the same input gives the same files, byte for
byte. Links between pages are relative, so the site works from any web address and from disk.

The archive is generic: a list of :class:`Document` (half-year reports here; agendas and
verslagen of the partneroverleg are added the same way by whoever makes them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from regiotrack.export.calhistory import CalendarHistory
from regiotrack.export.feeds import Feed, published_feeds
from regiotrack.export.html import page, render_html, table
from regiotrack.export.ical import ExportOptions, export_calendar
from regiotrack.export.summary import build_report, render_json, render_markdown
from regiotrack.plan.matrix import PlanSet
from regiotrack.plan.model import Plan
from regiotrack.plan.periods import Period, half_year_of


@dataclass(frozen=True)
class Document:
    """One document in the archive."""

    path: str
    """Relative path in the site, e.g. 'archief/rapport-2026-H1.html'."""
    title: str
    """What people see in the list, e.g. 'Halfjaarrapport 1e halfjaar 2026'."""
    kind: str
    """halfjaarrapport, agenda, verslag …"""
    day: str
    """Sort key and shown date or period, e.g. '2026-H1' or '2026-06-18'."""
    content: bytes
    """The file itself."""
    extra: tuple[tuple[str, bytes], ...] = ()
    """Other files that belong to it (the Markdown beside the HTML), as (path, content)."""


_ARCHIVED_NAV = (
    '<nav aria-label="Site"><p><a href="../index.html">Rapport van nu</a> · <a href="index.html">Archief</a></p></nav>'
)


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def half_years(plan: Plan, today: date) -> list[Period]:
    """Every half-year of the plan period that has begun by ``today``, oldest first."""
    found: list[Period] = []
    current = half_year_of(plan.term.start)
    while current.first_day <= min(today, plan.term.end):
        found.append(current)
        following = current.last_day.toordinal() + 1
        current = half_year_of(date.fromordinal(following))
    return found


def half_year_reports(
    plan: Plan, today: date, moved: Callable[[Period], Sequence[str]], plan_set: PlanSet | None = None
) -> list[Document]:
    """The archive's half-year reports (HTML with Markdown beside it)."""
    documents = []
    for half in half_years(plan, today):
        report = build_report(plan, today, half, moved(half), plan_set)
        name = f"archief/rapport-{half}"
        documents.append(
            Document(
                f"{name}.html",
                f"Halfjaarrapport {half.label()}",
                "halfjaarrapport",
                str(half),
                render_html(report, _ARCHIVED_NAV).encode(),
                ((f"{name}.md", render_markdown(report).encode()),),
            )
        )
    return documents


def _feeds_section(plan: Plan, feeds: Sequence[tuple[str, Feed]]) -> str:
    rows = [[f'<a href="{_e(file)}">{_e(file)}</a>', _e(feed.name(plan))] for file, feed in feeds]
    return (
        "<h2>Agenda's om op te abonneren</h2>"
        "<p>Abonneer u in Outlook met het webadres van een agenda (zie de README, "
        "&quot;Abonneren in Outlook&quot;); de agenda wordt dan vanzelf bijgewerkt.</p>"
        + table("Agenda's", ["bestand", "agenda"], rows)
    )


def _archive_section(documents: Sequence[Document], prefix: str) -> str:
    if not documents:
        return '<h2>Archief</h2><p class="empty">Nog geen documenten.</p>'
    ordered = sorted(documents, key=lambda d: (d.day, d.kind, d.path), reverse=True)
    rows = []
    for d in ordered:
        extra = " ".join(f'<a href="{_e(prefix + p)}">{_e(p.rsplit(".", 1)[-1])}</a>' for p, _ in d.extra)
        title = f'<a href="{_e(prefix + d.path)}">{_e(d.title)}</a>'
        rows.append([title, _e(d.kind), f'<span class="nowrap">{_e(d.day)}</span>', extra or "-"])
    return "<h2>Archief</h2>" + table(
        "Archief, nieuwste eerst", ["document", "soort", "periode of datum", "ook als"], rows
    )


def build_site(
    plan: Plan,
    today: date,
    history: CalendarHistory | None = None,
    moved: Callable[[Period], Sequence[str]] = lambda half: (),
    documents: Iterable[Document] = (),
    reminder: str | None = "-P2D",
    plan_set: PlanSet | None = None,
) -> dict[str, bytes]:
    """Every file of the site: relative path -> content (``plan_set``: the local plans, for their section)."""
    files: dict[str, bytes] = {}
    feeds = published_feeds(plan)
    for file, feed in feeds:
        files[f"agenda/{file}"] = export_calendar(plan, today, ExportOptions(feed, reminder=reminder), history).encode()
    archive = [*half_year_reports(plan, today, moved, plan_set), *documents]
    for document in archive:
        files[document.path] = document.content
        files.update(dict(document.extra))
    report = build_report(plan, today, plan_set=plan_set)
    files["rapport.json"] = render_json(report).encode()
    files["rapport.md"] = render_markdown(report).encode()
    local = local_pages(plan_set, today) if plan_set is not None and plan.regional is None else {}
    files.update(local)
    links = (
        '<nav aria-label="Site"><p><a href="archief/index.html">Archief</a> · '
        '<a href="agenda/index.html">Agenda\'s</a> · '
        + ('<a href="gemeenten/index.html">Lokale plannen</a> · ' if local else "")
        + '<a href="rapport.json">Gegevens (JSON)</a> · <a href="rapport.md">Rapport in Markdown</a></p></nav>'
    )
    files["index.html"] = render_html(report, links).encode()
    title = f"{plan.title}"
    back = '<p><a href="../index.html">Terug naar het rapport</a></p>'
    files["archief/index.html"] = page(
        f"Archief · {title}", f"<h1>Archief</h1>{back}{_archive_section(archive, '../')}"
    ).encode()
    files["agenda/index.html"] = page(
        f"Agenda's · {title}", f"<h1>Agenda's</h1>{back}{_feeds_section(plan, feeds)}"
    ).encode()
    return dict(sorted(files.items()))


def local_pages(plan_set: PlanSet, today: date) -> dict[str, bytes]:
    """A report per local plan (``gemeenten/<gemeente>.html`` and ``.md``) and a page listing them.

    Each is the report of that municipality's own file, with its section "Lokale uitvoering";
    the list names every municipality of the region, also those without a local plan.
    """
    from regiotrack.store.localset import slug

    if not plan_set.locals_:
        return {}
    files: dict[str, bytes] = {}
    nav = (
        '<nav aria-label="Site"><p><a href="../index.html">Regionaal rapport</a> · '
        '<a href="index.html">Lokale plannen</a></p></nav>'
    )
    owned = {local.municipality: local for local in plan_set.locals_ if local.municipality}
    rows = []
    for name in plan_set.regional.municipalities:
        local = owned.get(name)
        if local is None:
            rows.append([_e(name), '<span class="empty">nog geen lokaal plan</span>', "-", "-"])
            continue
        report = build_report(local, today, plan_set=plan_set)
        files[f"gemeenten/{slug(name)}.html"] = render_html(report, nav).encode()
        files[f"gemeenten/{slug(name)}.md"] = render_markdown(report).encode()
        counts = ", ".join(f"{n} {state}" for state, n in report["stand"].items() if n) or "geen acties"
        link = f'<a href="{_e(slug(name))}.html">{_e(local.title)}</a>'
        rows.append([_e(name), link, str(len(local.agreements)), _e(counts)])
    back = '<p><a href="../index.html">Terug naar het regionale rapport</a></p>'
    body = (
        f"<h1>Lokale plannen</h1>{back}<p>Het rapport van elke gemeente over haar eigen uitvoeringsplan, "
        "met de regionale afspraken die haar acties dienen.</p>"
        + table("Lokale plannen per gemeente", ["gemeente", "lokaal plan", "acties", "stand"], rows)
    )
    files["gemeenten/index.html"] = page(f"Lokale plannen · {plan_set.regional.title}", body).encode()
    return files


MANIFEST = ".regiotrack-site"
"""The list of files the last ``publiceer`` wrote: stale files of a previous run are removed,
and a folder without it (someone else's files) is never written into."""


def write_site(target: Path, files: dict[str, bytes]) -> int:
    """Write the site into ``target`` (each file atomically); remove what a previous run wrote
    and this one does not. Returns the number of files written."""
    from regiotrack.errors import FileSystemError, UserError
    from regiotrack.store.files import write_bytes_atomic

    manifest = target / MANIFEST
    if target.exists() and not target.is_dir():
        raise UserError(f"{target} is een bestand, geen map", "Geef een map voor de site.")
    if target.is_dir() and any(target.iterdir()) and not manifest.exists():
        raise UserError(
            f"de map {target} is niet leeg en is geen eerder gepubliceerde site",
            "Kies een nieuwe of lege map; regiotrack schrijft niet tussen andermans bestanden.",
        )
    try:
        previous = manifest.read_text(encoding="utf-8").splitlines() if manifest.exists() else []
        for name, content in files.items():
            path = target / name
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(path, content)
        for name in sorted(set(previous) - set(files)):
            stale = target / name
            if stale.is_file() and ".." not in Path(name).parts:
                stale.unlink()
        write_bytes_atomic(manifest, ("\n".join(files) + "\n").encode())
    except OSError as err:
        raise FileSystemError.from_os_error(err, "de site schrijven") from None
    return len(files)
