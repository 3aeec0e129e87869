"""Writing: canonical, atomic, refusing stale or lossy edits."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from conftest import FIXTURES, REAL_PLAN
from regiotrack.errors import PlanError, UserError
from regiotrack.plan.edits import set_status
from regiotrack.plan.notes import add_note
from regiotrack.store.reading import read_plan
from regiotrack.store.writing import dumps, save_edit, write_atomic

TODAY = date(2026, 11, 22)


def test_status_change_is_a_one_line_diff(plan_path: Path) -> None:
    loaded = read_plan(plan_path)
    before = plan_path.read_text().splitlines()
    save_edit(loaded, set_status(loaded.plan, "B2-03", "lopend", TODAY).apply)
    after = plan_path.read_text().splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [('status = "open"', 'status = "lopend"')]


def test_done_adds_exactly_one_line(plan_path: Path) -> None:
    loaded = read_plan(plan_path)
    save_edit(loaded, set_status(loaded.plan, "B2-01", "gereed", TODAY).apply)
    before = REAL_PLAN.read_text().splitlines()
    after = plan_path.read_text().splitlines()
    assert len(after) == len(before) + 1
    assert "gereed_op = 2026-11-22" in after


def test_multiline_note_round_trips(plan_path: Path) -> None:
    loaded = read_plan(plan_path)
    note = 'Besproken in PT.\nActie: "agenda" vastzetten \\ nabellen.'
    saved = save_edit(loaded, add_note(loaded.plan, "B2-03", note, date(2026, 11, 22), "Test Adviseur").apply)
    again = read_plan(plan_path)
    assert next(a.notes[0].text for a in again.plan.agreements if a.id == "B2-03") == note
    assert again.digest == saved.digest
    assert dumps(again.plan) == plan_path.read_text()


def test_edit_refused_when_file_changed_on_disk(plan_path: Path) -> None:
    loaded = read_plan(plan_path)
    other = read_plan(plan_path)
    save_edit(other, set_status(other.plan, "B2-02", "lopend", TODAY).apply)
    content = plan_path.read_bytes()
    with pytest.raises(UserError, match="gewijzigd sinds het werd ingelezen"):
        save_edit(loaded, set_status(loaded.plan, "B2-03", "lopend", TODAY).apply)
    assert plan_path.read_bytes() == content


def test_file_with_comments_is_not_rewritten(plan_path: Path) -> None:
    plan_path.write_text("# Afgestemd in het PT van 3 maart\n" + plan_path.read_text())
    loaded = read_plan(plan_path)
    content = plan_path.read_bytes()
    with pytest.raises(UserError, match=r"opmerkingen \(#\) op regel 1"):
        save_edit(loaded, set_status(loaded.plan, "B2-03", "lopend", TODAY).apply)
    assert plan_path.read_bytes() == content


def test_bundled_plan_is_read_only(plan_path: Path) -> None:
    loaded = read_plan(plan_path, readonly=True)
    with pytest.raises(UserError, match="meegeleverde plan"):
        save_edit(loaded, set_status(loaded.plan, "B2-03", "lopend", TODAY).apply)


def test_write_keeps_mode_follows_symlink_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "echt.toml"
    target.write_text("oud")
    os.chmod(target, 0o640)
    link = tmp_path / "plan.toml"
    link.symlink_to(target)
    write_atomic(link, "nieuw")
    assert link.is_symlink()
    assert target.read_text() == "nieuw"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["echt.toml", "plan.toml"]


def test_windows_line_ends_and_bom_are_kept_readable(tmp_path: Path) -> None:
    crlf = tmp_path / "plan.toml"
    crlf.write_bytes(b"\xef\xbb\xbf" + REAL_PLAN.read_bytes().replace(b"\n", b"\r\n"))
    loaded = read_plan(crlf)
    assert loaded.crlf
    save_edit(loaded, set_status(loaded.plan, "B2-03", "lopend", TODAY).apply)
    raw = crlf.read_bytes()
    assert b'status = "lopend"\r\n' in raw
    assert raw.count(b"\n") == raw.count(b"\r\n")


def test_second_plan_from_another_region_round_trips() -> None:
    path = FIXTURES / "samen-veilig-2019-2022.toml"
    loaded = read_plan(path)
    assert loaded.plan.region == "Arnhem-Achterhoek"
    assert len(loaded.plan.municipalities) == 18
    assert dumps(loaded.plan) == path.read_text()


def test_plan_error_lists_every_problem_at_once(tmp_path: Path) -> None:
    text = (FIXTURES / "basis.toml").read_text()
    text = text.replace('trekker = "VT"', 'trekker = "VTT"').replace('status = "open"', 'status = "klaar"', 1)
    text = text.replace('gremium = "ABDB"', 'gremium = "ABBD"')
    bad = tmp_path / "plan.toml"
    bad.write_text(text)
    with pytest.raises(PlanError) as info:
        read_plan(bad)
    assert sorted((p.item, p.field) for p in info.value.problems) == [
        ("B2-01", "trekker"),
        ("T01", "gremium"),
        ("T01", "status"),
    ]
