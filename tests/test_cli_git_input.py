"""No user text reaches git where git could read it as an option; --sinds takes dates as promised."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


def git(cwd: Path, *args: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True, env=env).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> Path:  # type: ignore[no-untyped-def]
    """A plans repository with commits on 2026-02-10, 2026-03-01 and 2026-03-05."""
    monkeypatch.chdir(tmp_path)
    assert cli("init", "plannen").code == 0
    root = tmp_path / "plannen"
    monkeypatch.chdir(root)
    for day, args in (
        ("2026-02-10", ("notitie", "B2-01", "februari")),
        ("2026-03-01", ("notitie", "B2-02", "maart")),
        ("2026-03-05", ("notitie", "B2-03", "later")),
    ):
        monkeypatch.setenv("GIT_AUTHOR_DATE", f"{day}T12:00:00")
        monkeypatch.setenv("GIT_COMMITTER_DATE", f"{day}T12:00:00")
        assert cli(*args).code == 0
    monkeypatch.delenv("GIT_AUTHOR_DATE")
    monkeypatch.delenv("GIT_COMMITTER_DATE")
    return root


@pytest.mark.parametrize(
    "args",
    [
        ["geschiedenis", "--sinds=--output={out}"],
        ["geschiedenis", "--sinds", "--output={out}"],
        ["verschil", "--", "--output={out}"],
        ["verschil", "HEAD", "--", "--output={out}"],
        ["herkomst", "--", "--output={out}"],
        ["geschiedenis", "--", "--output={out}"],
    ],
)
def test_user_text_is_never_a_git_option(repo: Path, tmp_path: Path, cli, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "uitvoer.txt"
    try:
        result = cli(*(a.format(out=out) for a in args))
    except SystemExit as refused:  # argparse itself refused the text: fine, as long as git never saw it
        assert refused.code == 2
    else:
        assert "Traceback" not in result.err
    assert not list(tmp_path.glob("uitvoer*")), "git wrote a file named by user text"


def test_since_a_revision_that_looks_like_an_option_is_refused(repo: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("geschiedenis", f"--sinds=--output={tmp_path / 'x'}")
    assert result.code == 2
    assert "is geen commit, tag, branch of datum" in result.err


@pytest.mark.parametrize("since", ["2026-03-01", "1-3-2026", "1 maart 2026"])
def test_since_a_date_shows_the_commits_from_that_day_on(repo: Path, cli, since: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("geschiedenis", "--sinds", since)
    assert result.code == 0, result.err
    assert "B2-02: notitie" in result.out and "B2-03: notitie" in result.out
    assert "B2-01" not in result.out


def test_since_a_tag_or_commit(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    git(repo, "tag", "partneroverleg-2026-1", "HEAD~1")
    by_tag = cli("geschiedenis", "--sinds", "partneroverleg-2026-1")
    assert "B2-03" in by_tag.out and "B2-02" not in by_tag.out
    by_commit = cli("geschiedenis", "--sinds", git(repo, "rev-parse", "HEAD~2"))
    assert "B2-02" in by_commit.out and "B2-01" not in by_commit.out


def test_since_a_date_before_every_commit_shows_everything(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("geschiedenis", "--sinds", "1-1-2001")
    assert result.code == 0, result.err
    assert "B2-01" in result.out


def test_since_nonsense_is_a_message(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("geschiedenis", "--sinds", "gisteravond")
    assert result.code == 2
    assert "'gisteravond' is geen commit, tag, branch of datum" in result.err
