"""An edit rewrites only the blocks it touched, and the file is byte for byte the full canonical rewrite."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from synth import synthetic_plan

from conftest import FIXTURES, REAL_PLAN
from regiotrack.plan.edits import Edit, set_deadline, set_status
from regiotrack.plan.model import Plan
from regiotrack.plan.notes import add_note, remove_note
from regiotrack.plan.vocabulary import SECTIONS, TRACKED
from regiotrack.store import cache, splice, writing
from regiotrack.store.reading import read_plan
from regiotrack.store.writing import dumps, save_edit

TODAY = date(2026, 11, 22)
NOTES = ["", "kort", "Twee\nregels", 'met "aanhalingstekens" en \\ schuine streep', '[[afspraak]]\nid = "X"\n']


def _synthetic(n: int) -> Plan:
    return Plan.model_validate(synthetic_plan(n))


def _without_meetings() -> Plan:
    plan = _synthetic(12)
    return plan.model_copy(update={"partner_meetings": (), "working_groups": ()})


SHAPES: dict[str, Plan] = {
    "echt": read_plan(REAL_PLAN).plan,
    "basis": read_plan(FIXTURES / "basis.toml").plan,
    "synth-1": _synthetic(1),
    "synth-40": _synthetic(40),
    "zonder-overleg": _without_meetings(),
}


def _tracked(plan: Plan) -> list[Any]:
    return [item for section in TRACKED for item in getattr(plan, section.attr)]


def _replace(plan: Plan, attr: str, items: tuple[Any, ...]) -> Plan:
    return plan.model_copy(update={attr: items})


def _add(plan: Plan, attr: str, template: Any, number: int) -> Plan:
    items = getattr(plan, attr)
    return _replace(plan, attr, (*items, template.model_copy(update={"id": f"NIEUW-{number}"})))


def _remove(plan: Plan, attr: str, item_id: str) -> Plan:
    return _replace(plan, attr, tuple(i for i in getattr(plan, attr) if i.id != item_id))


def set_note(plan: Plan, item_id: str, text: str) -> Edit:
    """A note edit as the commands make them: an entry added, or (empty text) the newest removed."""
    if text:
        return add_note(plan, item_id, text, TODAY, "Test Adviseur")
    item = next(i for i in _tracked(plan) if i.id == item_id)
    if item.notes:
        return remove_note(plan, item_id, 1)
    return Edit(item_id, {}, "niets", transform=lambda current: current)


def _edit(plan: Plan, kind: str, pick: int, value: int, number: int) -> Plan:
    """One random edit: status, note, deadline, add, remove (what the commands do), insert, swap, all."""
    tracked = _tracked(plan)
    if kind in ("status", "note", "deadline") and tracked:
        item = tracked[pick % len(tracked)]
        if kind == "status":
            return set_status(plan, item.id, ("open", "lopend", "gereed", "geblokkeerd")[value % 4], TODAY).apply(plan)
        if kind == "note":
            return set_note(plan, item.id, NOTES[value % len(NOTES)]).apply(plan)
        when = date(2026, 1, 1) + timedelta(days=value % 300)
        if hasattr(item, "half_year"):
            when = item.half_year.first_day + timedelta(days=value % 30)
        if getattr(item, "fixed_date", False):
            return plan
        return set_deadline(plan, item.id, when).apply(plan)
    sections = [s for s in SECTIONS if getattr(plan, s.attr)]
    section = sections[pick % len(sections)]
    items = getattr(plan, section.attr)
    if kind == "add":
        return _add(plan, section.attr, items[value % len(items)], number)
    if kind == "remove" and len(items) > 1:
        return _remove(plan, section.attr, items[value % len(items)].id)
    at = value % len(items)
    if kind == "insert":
        return _replace(
            plan, section.attr, (*items[:at], items[at].model_copy(update={"id": f"IN-{number}"}), *items[at:])
        )
    if kind == "swap" and len(items) > 1:
        other = (at + 1) % len(items)
        swapped = list(items)
        swapped[at], swapped[other] = items[other], items[at]
        return _replace(plan, section.attr, tuple(swapped))
    if kind == "all" and section.tracked:
        return _replace(plan, section.attr, tuple(i.model_copy(update={"note": f"alle {value}"}) for i in items))
    return plan


EDITS = st.lists(
    st.tuples(
        st.sampled_from(["status", "note", "deadline", "add", "remove", "insert", "swap", "all"]),
        st.integers(0, 10_000),
        st.integers(0, 10_000),
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(shape=st.sampled_from(sorted(SHAPES)), edits=EDITS, crlf=st.booleans())
def test_splice_equals_full_rewrite(shape: str, edits: list[tuple[str, int, int]], crlf: bool) -> None:
    old = SHAPES[shape]
    new = old
    for number, (kind, pick, value) in enumerate(edits):
        new = _edit(new, kind, pick, value, number)
    text = splice.splice(dumps(old, crlf).encode(), old, new, crlf)
    assert text is not None  # these edits never need the full write
    assert text == dumps(new, crlf).encode()


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("crlf", [False, True])
def test_each_kind_of_edit_is_spliced(shape: str, crlf: bool) -> None:
    """Every plain edit is done by splicing (not only 'not wrong'), and gives the full rewrite's bytes."""
    old = SHAPES[shape]
    item = _tracked(old)[-1]
    last = [s for s in SECTIONS if getattr(old, s.attr)][-1]
    first_items = getattr(old, SECTIONS[0].attr) or getattr(old, last.attr)
    cases = {
        "status": set_status(old, item.id, "geblokkeerd", TODAY).apply(old),
        "note": set_note(old, item.id, "Regel een\nregel [[twee]]").apply(old),
        "note weg": set_note(old, item.id, "").apply(old),
        "add": _add(old, last.attr, getattr(old, last.attr)[0], 1),
        "add first section": _add(old, SECTIONS[0].attr, first_items[0], 2) if old.organisations else old,
        "remove last": _remove(old, last.attr, getattr(old, last.attr)[-1].id),
        "remove first": _remove(old, last.attr, getattr(old, last.attr)[0].id),
    }
    for name, new in cases.items():
        if new is old or len(getattr(new, last.attr)) == 0:
            continue
        text = splice.splice(dumps(old, crlf).encode(), old, new, crlf)
        assert text is not None, name
        assert text == dumps(new, crlf).encode(), name


def test_add_to_an_empty_section_follows_the_section_before() -> None:
    old = SHAPES["zonder-overleg"]
    meeting = SHAPES["synth-40"].partner_meetings[0]
    new = _replace(old, "partner_meetings", (meeting,))
    text = splice.splice(dumps(old).encode(), old, new)
    assert text is not None
    assert text == dumps(new).encode()


def test_reorder_insert_and_many_changes_are_spliced_too() -> None:
    old = SHAPES["synth-40"]
    items = old.agreements
    cases = [
        _replace(old, "agreements", (items[1], items[0], *items[2:])),
        _replace(old, "agreements", (items[0], items[1].model_copy(update={"id": "MIDDEN"}), *items[1:])),
        _replace(old, "agreements", (items[0].model_copy(update={"id": "EERST"}), *items)),
        _replace(old, "agreements", tuple(i.model_copy(update={"status": "lopend"}) for i in items)),
        _replace(old, "agreements", (items[0].model_copy(update={"note": "x"}), *items[1:-1])),
    ]
    for new in cases:
        assert splice.splice(dumps(old).encode(), old, new) == dumps(new).encode()


def test_unsafe_changes_fall_back() -> None:
    old = SHAPES["synth-40"]
    header = old.model_copy(update={"title": "Andere titel"})
    assert splice.splice(dumps(old).encode(), old, header) is None
    # a text that is not the canonical text of the old plan: the block is not found
    assert (
        splice.splice(dumps(old).replace('status = "', 'status =  "').encode(), old, _edit(old, "status", 3, 1, 0))
        is None
    )
    # a block that appears twice in the text is not trusted
    item = old.agreements[3]
    twice = dumps(old) + "\n" + splice.block_text("afspraak", item)
    assert splice.splice(twice.encode(), old, set_status(old, item.id, "geblokkeerd", TODAY).apply(old)) is None


def test_save_after_a_save_splices(plan_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second edit of a session encodes only its block; the file equals the full rewrite."""
    loaded = read_plan(plan_path)
    first = save_edit(loaded, set_status(loaded.plan, "B2-03", "lopend", TODAY).apply)
    assert first.canonical
    assert cache.is_canonical(first.digest)

    def no_full_write(*args: object, **kwargs: object) -> str:
        raise AssertionError("the whole plan was encoded again")

    with monkeypatch.context() as patch:
        patch.setattr(writing, "dumps", no_full_write)
        second = save_edit(first, set_note(first.plan, "B2-01", "Nieuw\noverleg").apply)
    assert plan_path.read_text(encoding="utf-8") == dumps(second.plan)
    # and a new process (only the cache marker knows the file is canonical) splices too
    again = read_plan(plan_path)
    assert not again.canonical
    with monkeypatch.context() as patch:
        patch.setattr(writing, "dumps", no_full_write)
        third = save_edit(again, set_status(again.plan, "B2-01", "gereed", TODAY).apply)
    assert plan_path.read_text(encoding="utf-8") == dumps(third.plan)


def test_crlf_file_spliced_keeps_crlf(plan_path: Path) -> None:
    plan = read_plan(plan_path).plan
    plan_path.write_bytes(dumps(plan, crlf=True).encode("utf-8"))
    loaded = read_plan(plan_path)
    assert loaded.crlf
    first = save_edit(loaded, set_status(loaded.plan, "B2-03", "lopend", TODAY).apply)
    second = save_edit(first, set_note(first.plan, "B2-03", "a\nb").apply)
    assert plan_path.read_bytes() == dumps(second.plan, crlf=True).encode("utf-8")


def test_hand_edited_file_is_written_in_full(plan_path: Path) -> None:
    """A file regiotrack did not write (here: extra spaces) gets the full canonical rewrite."""
    plan_path.write_text(plan_path.read_text().replace('status = "open"', 'status   =   "open"'))
    loaded = read_plan(plan_path)
    assert not loaded.canonical
    saved = save_edit(loaded, set_status(loaded.plan, "B2-03", "lopend", TODAY).apply)
    assert plan_path.read_text(encoding="utf-8") == dumps(saved.plan)


def test_marker_of_another_version_is_not_trusted(plan_path: Path) -> None:
    loaded = read_plan(plan_path)
    saved = save_edit(loaded, set_status(loaded.plan, "B2-03", "lopend", TODAY).apply)
    marker = cache.cache_dir() / f"{saved.digest}.canonical"  # type: ignore[operator]
    marker.write_text("iets anders")
    assert not cache.is_canonical(saved.digest)


def test_a_command_after_an_edit_reads_the_cache_and_reports_the_same(plan_path: Path, cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """After a CLI edit the new plan is cached, with exactly the warnings a fresh read finds."""
    assert cli("zet", "B2-03", "lopend", "--geen-commit").code == 0
    digest = hashlib.sha256(plan_path.read_bytes()).hexdigest()
    assert cache.lookup(digest) is not None  # stored by the edit: nothing has read the new file yet
    cached = cli("controleer")
    monkeypatch.setenv("REGIOTRACK_CACHE", "uit")
    fresh = cli("controleer")
    assert (cached.code, cached.out) == (fresh.code, fresh.out)
    assert "waarschuwing" in fresh.out


def test_marker_that_others_could_write_is_not_trusted(plan_path: Path) -> None:
    loaded = read_plan(plan_path)
    saved = save_edit(loaded, set_status(loaded.plan, "B2-03", "lopend", TODAY).apply)
    marker = cache.cache_dir() / f"{saved.digest}.canonical"  # type: ignore[operator]
    assert cache.is_canonical(saved.digest)
    marker.chmod(0o666)
    assert not cache.is_canonical(saved.digest)
