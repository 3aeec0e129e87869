"""Edits that change nothing, and summaries that say what changed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert cli("init", "plannen").code == 0
    monkeypatch.chdir(tmp_path / "plannen")
    return tmp_path / "plannen"


@pytest.mark.parametrize(
    "args",
    [
        ["zet", "B2-01", "open"],  # B2-01 is open
        ["deadline", "T12", "3-11-2025"],  # T12 is af op 3 november already
    ],
)
def test_an_edit_that_changes_nothing_writes_and_commits_nothing(repo: Path, cli, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    plan = repo / "plans" / "2025-2029.toml"
    before, mtime = plan.read_bytes(), plan.stat().st_mtime_ns
    head = git(repo, "rev-parse", "HEAD")
    result = cli(*args)
    assert result.code == 0, result.err
    assert "niets gewijzigd" in result.out
    assert plan.read_bytes() == before and plan.stat().st_mtime_ns == mtime
    assert git(repo, "rev-parse", "HEAD") == head
    assert "nothing to commit" not in result.out + result.err


def test_an_empty_note_is_refused_and_points_to_verwijder(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    # With a log, 'notitie ID ""' (it used to remove the one note) means nothing: refused, saying how to remove one.
    plan = repo / "plans" / "2025-2029.toml"
    before, head = plan.read_bytes(), git(repo, "rev-parse", "HEAD")
    result = cli("notitie", "B2-01", "")
    assert result.code == 2
    assert "een notitie zonder tekst voegt niets toe" in result.err
    assert "regiotrack notitie B2-01 --verwijder N" in result.err
    assert plan.read_bytes() == before and git(repo, "rev-parse", "HEAD") == head


def test_the_same_note_again_is_a_new_log_entry(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    # A log records each time something was noted: the same words again are a second, dated entry.
    assert cli("notitie", "B2-01", "Huurcontract").code == 0
    head = git(repo, "rev-parse", "HEAD")
    again = cli("notitie", "B2-01", "Huurcontract")
    assert again.code == 0 and again.out.startswith("B2-01: notitie toegevoegd")
    assert git(repo, "rev-parse", "HEAD") != head
    assert "Notities (2, nieuwste eerst)" in cli("toon", "B2-01").out


def test_moving_a_step_with_af_op_says_what_changed(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("deadline", "T12", "10-11-2025")
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == "T12: af_op 2025-11-03 → 2025-11-10"
    assert git(repo, "log", "-1", "--format=%s") == "T12: af_op 2025-11-03 → 2025-11-10"


def test_controleer_warns_about_comments_that_every_edit_would_refuse(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    plan = repo / "plans" / "2025-2029.toml"
    lines = plan.read_text().splitlines(keepends=True)
    lines.insert(3, "# besproken met VT\n")
    plan.write_text("".join(lines))
    checked = cli("controleer")
    assert checked.code == 0, checked.err
    assert "plans/2025-2029.toml:4:" in checked.out and "opmerkingen (#) op regel 4" in checked.out
    refused = cli("zet", "B2-01", "lopend")
    assert refused.code != 0 and "opmerkingen (#)" in refused.err
