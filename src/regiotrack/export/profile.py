"""'regiotrack toon' for items that do not fall due: organisations, bodies, working groups,
recurring moments, constraints, and any section added later.

Every field the item has, one a line (references with their names), then what links to it:
for an organisation what it pulls and where it is partner, for a working group its
afspraken, for a body its sessions, for a recurring moment its next dates.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from regiotrack.export.describe import Names, Shown, note_log_lines
from regiotrack.export.text import shorten, upcoming_text
from regiotrack.plan.creating import title_of
from regiotrack.plan.fieldvalues import fields_of, shown
from regiotrack.plan.model import Plan
from regiotrack.plan.references import LEAD_FIELDS, references_to, targets
from regiotrack.plan.rrule import upcoming
from regiotrack.plan.schedule import due_label
from regiotrack.plan.vocabulary import Section


def describe_other(plan: Plan, section: Section, item: Any, today: date) -> str:
    """Everything about one item of any section, and what refers to it."""
    parts = other_parts(plan, section, item, Names(plan))
    if section.key == "terugkerend":
        return parts.head + upcoming_text(upcoming(item.rule, item.first, item.until, today)) + parts.tail
    return parts.head + parts.tail


def other_parts(plan: Plan, section: Section, item: Any, names: Names) -> Shown:
    """:func:`describe_other` without the day's part: a recurring moment's next times go between
    ``head`` and ``tail``; for any other item ``tail`` is empty."""
    fields: list[tuple[str, str]] = []
    for key, info in fields_of(type(item)).items():
        value = getattr(item, info.attr)
        if key in ("id", "notities") or value in (None, (), "", False):
            continue
        if targets(section.key, key):
            refs = value if isinstance(value, tuple) else (value,)
            fields.append((key, ", ".join(f"{r} ({names.titles[r]})" if r in names.titles else r for r in refs)))
        else:
            fields.append((key, shown(value)))
    lines = [f"{item.id}  {title_of(item)}  ({section.label})", *_aligned(fields)]
    lines += note_log_lines(getattr(item, "notes", ()))
    pulls: list[str] = []
    joins: list[str] = []
    for other, key in names.links.get(item.id, ()):
        entry = f"{other.id}  {title_of(other)}" + _due(other)
        (pulls if key in LEAD_FIELDS else joins).append(f"{entry}  [{key}]")
    if pulls:
        lines += ["", f"Trekker van ({len(pulls)}):", *(f"  {p}" for p in pulls)]
    if joins:
        headings = {
            "gremium": "Sessies, stukken en afspraken",
            "werkgroep": "Afspraken",
            "stap": "Verwijzingen",
        }
        heading = headings.get(section.key, "Partner of betrokken bij")
        lines += ["", f"{heading} ({len(joins)}):", *(f"  {j}" for j in joins)]
    if section.key == "randvoorwaarde":
        lines += _constraint_state(plan, item)
    return Shown("\n".join(lines), "")


def _aligned(fields: list[tuple[str, str]]) -> list[str]:
    width = max(len(k) for k, _ in fields) + 1
    return [f"  {(k + ':').ljust(width)} " + v.replace("\n", "\n" + " " * (width + 3)) for k, v in fields]


def _due(item: Any) -> str:
    try:
        return f"  ({due_label(item)}, {item.status})"
    except (AttributeError, TypeError):
        return ""


def _constraint_state(plan: Plan, item: Any) -> list[str]:
    step = next((s for s in plan.steps if s.id == item.step), None)
    if step is None:
        return []
    holds = step.last_day < item.before
    state = "klopt" if holds else "klopt NIET"
    return ["", f"Stap {step.id} eindigt uiterlijk {step.last_day}; moet vóór {item.before}: {state}."]


def section_table(plan: Plan, section: Section) -> str:
    """All items of a section that does not fall due, one a line: id, name, the first fields,
    and how many items name it (as trekker, and otherwise)."""
    items = getattr(plan, section.attr)
    if not items:
        return f"Dit plan heeft geen {section.plural}."
    rows = [("ID", section.label.upper(), "TREKT", "BIJ")]
    index = references_to(plan)
    for item in items:
        links = index.get(item.id, [])
        pulls = sum(1 for _, key in links if key in LEAD_FIELDS)
        rows.append((item.id, shorten(title_of(item), 60), str(pulls), str(len(links) - pulls)))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines += ["", f"{len(items)} {section.plural if len(items) != 1 else section.label}. Meer: regiotrack toon ID"]
    return "\n".join(lines)
