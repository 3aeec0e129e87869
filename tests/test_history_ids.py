"""``history.ids.ids_ever`` read incrementally from the cache equals a fresh read of the whole history."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from regiotrack.history.ids import ids_ever

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def write(plan: Path, ids: list[str]) -> None:
    plan.write_text("".join(f'[[afspraak]]\nid = "{i}"\ntitel = "x"\n\n' for i in ids))


def commit(repo: Path, plan: Path, ids: list[str], message: str) -> None:
    write(plan, ids)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", message)


def fresh(plan: Path, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    with monkeypatch.context() as patch:
        patch.setenv("REGIOTRACK_CACHE", "uit")
        return ids_ever(plan)


def test_cached_and_incremental_reads_equal_a_fresh_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    plan = repo / "plan.toml"
    assert ids_ever(plan) == set()  # no commit yet
    commit(repo, plan, ["A-1", "A-2"], "een")
    assert ids_ever(plan) == fresh(plan, monkeypatch) == {"A-1", "A-2"}
    commit(repo, plan, ["A-1", "A-3"], "twee")  # A-2 removed, A-3 added: only the new commit is read
    assert ids_ever(plan) == fresh(plan, monkeypatch) == {"A-1", "A-2", "A-3"}
    assert ids_ever(plan) == {"A-1", "A-2", "A-3"}  # HEAD unchanged: straight from the cache

    # a side branch merged back: its ids count too
    git(repo, "checkout", "-q", "-b", "zij")
    commit(repo, plan, ["A-1", "A-3", "A-9"], "zij")
    git(repo, "checkout", "-q", "-")
    commit(repo, plan, ["A-1", "A-3", "A-4"], "drie")
    git(repo, "merge", "-q", "-s", "ours", "-m", "merge", "zij")
    assert ids_ever(plan) == fresh(plan, monkeypatch) == {"A-1", "A-2", "A-3", "A-4", "A-9"}

    # history rewritten: the commits reset away are still in the reflog, and their ids still count
    git(repo, "reset", "-q", "--hard", "HEAD~3")
    commit(repo, plan, ["A-1", "A-5"], "anders")
    assert ids_ever(plan) == fresh(plan, monkeypatch) == {"A-1", "A-2", "A-3", "A-4", "A-5", "A-9"}


def test_one_commit_on_the_cached_one_is_read_without_a_diff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The usual 'nieuw' after an edit: the new version's ids are read, not `git log -p` of the commit."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    plan = repo / "plan.toml"
    commit(repo, plan, ["A-1", "A-2"], "een")
    assert ids_ever(plan) == {"A-1", "A-2"}
    commit(repo, plan, ["A-1", "A-3"], "twee")
    calls: list[tuple[str, ...]] = []
    with monkeypatch.context() as patch:
        _recording(patch, calls)
        incremental = ids_ever(plan)
    assert incremental == fresh(plan, monkeypatch) == {"A-1", "A-2", "A-3"}
    assert [call[0] for call in calls] == ["rev-list", "rev-list", "cat-file"]


def test_ids_on_other_branches_and_in_the_reflog_are_never_handed_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two colleagues' branches, and a commit reset away: 'nieuw' on either must not reuse those ids."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    plan = repo / "plan.toml"
    commit(repo, plan, ["A-1"], "een")
    assert ids_ever(plan) == {"A-1"}
    git(repo, "checkout", "-q", "-b", "collega")
    commit(repo, plan, ["A-1", "A-2"], "collega's afspraak")
    git(repo, "checkout", "-q", "-")
    assert ids_ever(plan) == fresh(plan, monkeypatch) == {"A-1", "A-2"}  # not merged, but on a branch
    commit(repo, plan, ["A-1", "A-3"], "mijn afspraak")
    git(repo, "reset", "-q", "--hard", "HEAD~1")
    git(repo, "branch", "-q", "-D", "collega")  # the branch is gone; its commit is in the reflog
    assert ids_ever(plan) == fresh(plan, monkeypatch) == {"A-1", "A-2", "A-3"}


def _recording(monkeypatch: pytest.MonkeyPatch, calls: list[tuple[str, ...]]) -> None:
    from regiotrack.history import ids as ids_module

    real = ids_module.run_git

    def recording(root: Path, *args: str, **kwargs: object):  # type: ignore[no-untyped-def]
        calls.append(args)
        return real(root, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ids_module, "run_git", recording)


def _with_new_afspraak(text: str, item_id: str) -> str:
    return text + f'\n[[afspraak]]\nid = "{item_id}"\ntitel = "Nieuw"\nstatus = "open"\n'


def _basis_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, str]:
    """A repository with the basis fixture committed once and its ids read (and cached)."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    plan = repo / "plan.toml"
    basis = (FIXTURES / "basis.toml").read_text(encoding="utf-8")
    plan.write_text(basis, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "een")
    assert ids_ever(plan) == fresh(plan, monkeypatch)
    return repo, plan, basis


def test_the_plan_just_read_stands_in_for_the_commit_that_holds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an edit of ours (one commit holding the file as read), the loaded plan's ids are used:
    git is not asked to unpack that version, and the answer is the same as a fresh read."""
    from regiotrack.store.reading import read_plan

    repo, plan, basis = _basis_repo(tmp_path, monkeypatch)
    plan.write_text(_with_new_afspraak(basis, "A-77"), encoding="utf-8")
    git(repo, "commit", "-q", "-a", "-m", "twee")
    loaded = read_plan(plan)
    calls: list[tuple[str, ...]] = []
    with monkeypatch.context() as patch:
        _recording(patch, calls)
        found = ids_ever(plan, loaded)
    assert "A-77" in found
    assert found == fresh(plan, monkeypatch)
    assert [call[0] for call in calls] == ["rev-list", "rev-list", "rev-parse"]


def test_a_plan_read_before_the_file_changed_does_not_stand_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A colleague's commit lands between reading the plan and asking: its ids come from git, not
    from the older plan in memory (which lacks them), and so are never handed out again."""
    from regiotrack.store.reading import read_plan

    repo, plan, basis = _basis_repo(tmp_path, monkeypatch)
    loaded = read_plan(plan)  # read now ...
    plan.write_text(_with_new_afspraak(basis, "A-88"), encoding="utf-8")
    git(repo, "commit", "-q", "-a", "-m", "collega")  # ... and the file changes in git after that
    found = ids_ever(plan, loaded)
    assert "A-88" in found
    assert found == fresh(plan, monkeypatch)


@pytest.mark.parametrize(
    "path",
    sorted([*(REPO / "plans").rglob("*.toml"), *FIXTURES.glob("*.toml"), *(FIXTURES / "lokaal").glob("*.toml")]),
    ids=lambda p: p.name,
)
def test_a_plans_ids_are_the_id_lines_of_its_file(path: Path) -> None:
    """What stands in for scanning a version's id lines is exactly what that scan finds."""
    from regiotrack.history.ids import _FILE_ID_LINE, ids_in_plan
    from regiotrack.store.reading import read_plan

    scanned = {m.decode() for m in _FILE_ID_LINE.findall(path.read_bytes())}
    assert ids_in_plan(read_plan(path).plan) == scanned
