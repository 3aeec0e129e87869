"""Meaningful differences between two versions of a plan: items added, removed, fields changed.

Works on plan data as read from TOML (dicts with Dutch keys), so that any two revisions can
be compared, even ones that no longer validate. No git and no I/O here (see ``history.py``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from regiotrack.plan.vocabulary import SECTION_KEYS, SECTIONS, label_of

ChangeKind = Literal["toegevoegd", "verwijderd", "gewijzigd"]


@dataclass(frozen=True)
class FieldChange:
    """One field's old and new value (None when absent)."""

    key: str
    """Dutch key, e.g. 'status'."""
    old: Any
    new: Any

    def text(self) -> str:
        """'status open → lopend'; for a note log what was added or removed."""
        if _is_log(self.old) or _is_log(self.new):
            old, new = _entries(self.old), _entries(self.new)
            added = [f"notitie toegevoegd: {show(e)}" for e in new if e not in old]
            removed = [f"notitie verwijderd: {show(e)}" for e in old if e not in new]
            return ", ".join(added + removed) or f"{self.key} anders geordend"
        return f"{self.key} {show(self.old)} → {show(self.new)}"


def _is_log(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, dict) for v in value) and bool(value)


def _entries(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


@dataclass(frozen=True)
class ItemChange:
    """An item that was added, removed or changed (or a plan-level field, with id '(plan)')."""

    section: str
    """File section, e.g. 'afspraak'; 'plan' for top-level fields."""
    item_id: str
    kind: ChangeKind
    fields: tuple[FieldChange, ...] = field(default=())
    title: str = ""
    """The item's title or name, for added and removed items."""

    def text(self) -> str:
        """'B2-03: deadline 2026-03-31 → 2026-06-30, status open → lopend'."""
        if self.kind == "gewijzigd":
            return f"{self.item_id}: " + ", ".join(f.text() for f in self.fields)
        label = label_of(self.section)
        suffix = f" ({self.title})" if self.title else ""
        return f"{self.item_id}: {label} {self.kind}{suffix}"


def show(value: Any) -> str:
    """A value as one short line for people."""
    if value is None:
        return "(leeg)"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(show(v) for v in value) + "]"
    if isinstance(value, dict) and "tekst" in value:  # a note entry: '2026-11-22, Ada Adviseur: tekst'
        heading = ", ".join(show(value[k]) for k in ("dag", "auteur") if value.get(k) is not None)
        return (f"{heading}: " if heading else "") + show(value["tekst"])
    text = str(value)
    first = text.splitlines()[0] if text else ""
    if len(first) > 60:
        first = first[:59] + "…"
    return first + ("…" if "\n" in text.strip() else "")


def items_by_id(data: Mapping[str, Any], section: str) -> dict[str, dict[str, Any]]:
    """The section's items keyed by id, in file order; items without a usable id are skipped."""
    result: dict[str, dict[str, Any]] = {}
    for item in data.get(section, ()) or ():
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            result[item["id"]] = item
    return result


def _title(item: Mapping[str, Any]) -> str:
    for key in ("titel", "activiteit", "naam", "omschrijving", "halfjaar"):
        if isinstance(item.get(key), str):
            return show(item[key])
    return ""


def field_changes(old: Mapping[str, Any], new: Mapping[str, Any], skip: Sequence[str] = ()) -> tuple[FieldChange, ...]:
    """Changed keys between two tables, in the new table's key order, then removed keys."""
    keys = [k for k in new if k not in skip] + [k for k in old if k not in new and k not in skip]
    return tuple(FieldChange(k, old.get(k), new.get(k)) for k in keys if old.get(k) != new.get(k))


Index = dict[str, dict[str, dict[str, Any]]]
"""Section -> item id -> item data, as made by :func:`index_items`."""


def index_items(data: Mapping[str, Any]) -> Index:
    """Every section's items keyed by id (compute once per revision when diffing many)."""
    return {section: items_by_id(data, section) for section in (s.key for s in SECTIONS)}


def diff(
    old: Mapping[str, Any], new: Mapping[str, Any], old_index: Index | None = None, new_index: Index | None = None
) -> list[ItemChange]:
    """Every item-level change from ``old`` to ``new``, in file order of the sections."""
    changes: list[ItemChange] = []
    top_old = {k: v for k, v in old.items() if k not in SECTION_KEYS}
    top_new = {k: v for k, v in new.items() if k not in SECTION_KEYS}
    if top_old.keys() == top_new.keys() and all(top_old[k] is v for k, v in top_new.items()):
        plan_fields: tuple[FieldChange, ...] = ()  # the very same parsed head (parsing caches it): unchanged
    else:
        plan_fields = field_changes(_flatten(top_old), _flatten(top_new))
    if top_new and not top_old:
        changes.append(ItemChange("plan", str(top_new.get("id", "(plan)")), "toegevoegd", (), _title(top_new)))
    elif plan_fields:
        changes.append(ItemChange("plan", "(plan)", "gewijzigd", plan_fields))
    old_index = old_index if old_index is not None else index_items(old)
    new_index = new_index if new_index is not None else index_items(new)
    for section in (s.key for s in SECTIONS):
        if old.get(section) is new.get(section) and section in old:
            continue  # the very same parsed section: nothing changed in it
        changes.extend(diff_section(section, old_index[section], new_index[section]))
    return changes


def diff_section(
    section: str, before: Mapping[str, dict[str, Any]], after: Mapping[str, dict[str, Any]]
) -> Iterator[ItemChange]:
    """Changes within one section, given its items keyed by id."""
    for item_id, item in after.items():
        if before.get(item_id) is item:
            continue  # the same parsed block: unchanged (see store.parsing.parse_data's cache)
        if item_id not in before:
            yield ItemChange(section, item_id, "toegevoegd", (), _title(item))
        else:
            fields = field_changes(before[item_id], item)
            if fields:
                yield ItemChange(section, item_id, "gewijzigd", fields)
    for item_id, item in before.items():
        if item_id not in after:
            yield ItemChange(section, item_id, "verwijderd", (), _title(item))


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


SUMMARY_THRESHOLD = 10
"""More items added in one commit than this are counted per section instead of listed."""


def change_lines(changes: Sequence[ItemChange], summarise: bool = True) -> list[str]:
    """One line per change; a commit that adds many items is summarised per section.

    Linear in the number of changes (a commit may add 100,000 items): added items are told
    apart by one pass, never by a membership test on a list.
    """
    added = [c for c in changes if c.kind == "toegevoegd" and c.section != "plan"]
    if not summarise or len(added) <= SUMMARY_THRESHOLD:
        return [c.text() for c in changes]
    counts = Counter(label_of(c.section) for c in added)
    summary = ", ".join(f"{label}: {n}" for label, n in counts.items())
    others = [c.text() for c in changes if c.kind != "toegevoegd" or c.section == "plan"]
    return [*others, f"{len(added)} items toegevoegd ({summary})"]


def render_text(changes: Sequence[ItemChange]) -> str:
    """One line per item; '(geen inhoudelijke wijzigingen)' when there are none."""
    if not changes:
        return "(geen inhoudelijke wijzigingen)"
    return "\n".join(c.text() for c in changes)


def render_markdown(changes: Sequence[ItemChange], title: str) -> str:
    """A Markdown summary for a merge request: added, removed, changed, with field tables."""
    lines = [f"## {title}", ""]
    if not changes:
        return "\n".join([*lines, "Geen inhoudelijke wijzigingen."])
    for kind, heading in (("toegevoegd", "Toegevoegd"), ("verwijderd", "Verwijderd"), ("gewijzigd", "Gewijzigd")):
        group = [c for c in changes if c.kind == kind]
        if not group:
            continue
        lines += [f"### {heading} ({len(group)})", ""]
        if kind != "gewijzigd":
            lines += [f"- **{c.item_id}** ({label_of(c.section)}) {_md(c.title)}" for c in group]
            lines.append("")
            continue
        lines += ["| item | veld | was | wordt |", "|---|---|---|---|"]
        for change in group:
            for f in change.fields:
                lines.append(f"| {change.item_id} | {f.key} | {_md(show(f.old))} | {_md(show(f.new))} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _md(text: str) -> str:
    """Escape what would break a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
