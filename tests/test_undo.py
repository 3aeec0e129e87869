"""regiotrack herstel: the last regiotrack change undone with a commit that names it; refusals."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import REAL_PLAN


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert cli("init", "A").code == 0
    monkeypatch.chdir(tmp_path / "A")
    return tmp_path / "A"


def test_undo_a_status_change(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    plan = repo / "plans" / "2025-2029.toml"
    before = plan.read_bytes()
    assert cli("zet", "B2-03", "gereed").code == 0
    result = cli("herstel")
    assert result.code == 0, result.err
    assert (
        git(repo, "log", "-1", "--format=%s") == "Herstel: B2-03: status gereed → open, gereed_op 2026-11-22 → (leeg)"
    )
    assert plan.read_bytes() == before  # exactly as it was, gereed_op gone too
    assert git(repo, "status", "--porcelain") == ""


def test_undo_a_deadline_keeps_the_period(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    plan = repo / "plans" / "2025-2029.toml"
    before = plan.read_bytes()
    cli("deadline", "B2-01", "30-6-2026")
    assert cli("herstel").code == 0
    # The subject names every field the undo restores: the deadline first, then its provenance.
    assert git(repo, "log", "-1", "--format=%s").startswith("Herstel: B2-01: deadline 2026-06-30 → 2026-Q1")
    assert plan.read_bytes() == before


def test_undo_skips_unrelated_later_commits(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    cli("notitie", "B2-06", "Besproken")
    cli("zet", "B2-05", "lopend", "--geen-commit")
    git(repo, "commit", "-qam", "B2-05 met de hand vastgelegd")  # not regiotrack's: skipped, other item
    result = cli("herstel")
    assert result.code == 0, result.err
    assert git(repo, "log", "-1", "--format=%s").startswith(
        "Herstel: B2-06: notities [2026-11-22, Test Adviseur: Besproken] → "
    )
    text = (repo / "plans" / "2025-2029.toml").read_text()
    assert (
        "Besproken" not in text
        and text.count('status = "lopend"') == REAL_PLAN.read_text().count('status = "lopend"') + 1
    )


def test_undo_refused_when_a_later_commit_touched_the_item(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    cli("zet", "B2-03", "lopend")
    cli("zet", "B2-03", "geblokkeerd", "--geen-commit")
    git(repo, "commit", "-qam", "met de hand")
    head = git(repo, "rev-parse", "HEAD")
    result = cli("herstel")
    assert result.code == 2
    assert "Herstellen geweigerd" in result.err and "'met de hand'" in result.err and "B2-03 ook" in result.err
    assert git(repo, "rev-parse", "HEAD") == head


def test_undo_refused_on_a_dirty_tree(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    cli("zet", "B2-03", "lopend")
    plan = repo / "plans" / "2025-2029.toml"
    plan.write_text(plan.read_text() + "\n")
    dirty = plan.read_bytes()
    result = cli("herstel")
    assert result.code == 2 and "nog niet zijn vastgelegd (plans/2025-2029.toml)" in result.err
    assert plan.read_bytes() == dirty


def test_nothing_to_undo(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("herstel")
    assert result.code == 2 and "geen wijziging van regiotrack om te herstellen" in result.err


def test_undo_outside_git(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("herstel")
    assert result.code == 2 and "git-repository" in result.err
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()


def test_a_new_item_is_not_skipped_for_an_older_change(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """The last regiotrack change is the one undone or refused: never an older one instead."""
    assert cli("zet", "B2-05", "lopend").code == 0
    added = cli("nieuw", "afspraak", "titel=Test herstel", "trekker=GGD", "bron=x")
    assert added.code == 0, added.err
    new_id = git(repo, "log", "-1", "--format=%s").split(":")[0]
    head = git(repo, "rev-parse", "HEAD")
    plan = (repo / "plans" / "2025-2029.toml").read_bytes()
    result = cli("herstel")
    assert result.code == 2
    assert f"voegde {new_id} toe" in result.err and f"regiotrack verwijder {new_id}" in result.err
    assert git(repo, "rev-parse", "HEAD") == head and (repo / "plans" / "2025-2029.toml").read_bytes() == plan

    assert cli("verwijder", new_id, "--ja").code == 0
    result = cli("herstel")
    assert result.code == 2 and f"verwijderde {new_id}" in result.err and "git revert" in result.err


def test_an_edit_that_swept_in_hand_changes_is_refused_not_skipped(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("zet", "B2-01", "lopend").code == 0
    plan = repo / "plans" / "2025-2029.toml"
    plan.write_text(plan.read_text().replace('id = "B2-06"\n', 'id = "B2-06"\n', 1))
    text = plan.read_text()
    start = text.index('id = "B2-06"')
    status = text.index("status = ", start)
    end = text.index("\n", status)
    plan.write_text(text[:status] + 'status = "geblokkeerd"' + text[end:])  # a hand edit of B2-06
    assert cli("zet", "B2-03", "lopend").code == 0  # commits the hand edit too, and says so
    head = git(repo, "rev-parse", "HEAD")
    result = cli("herstel")
    assert result.code == 2 and "meer dan één item (B2-03, B2-06)" in result.err, result.err
    assert git(repo, "rev-parse", "HEAD") == head
