"""Global options work before and after the command name; one a command cannot honour is an error."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import REAL_PLAN
from regiotrack.cli.main import main


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture
def two_repos(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    """Plans repositories A (the working directory) and B."""
    monkeypatch.chdir(tmp_path)
    assert cli("init", "A").code == 0 and cli("init", "B").code == 0
    monkeypatch.chdir(tmp_path / "A")
    return tmp_path / "A", tmp_path / "B"


@pytest.mark.parametrize("before", [True, False])
def test_plan_before_or_after_the_command_edits_that_plan(two_repos: tuple[Path, Path], cli, before: bool) -> None:  # type: ignore[no-untyped-def]
    a, b = two_repos
    other = ["--plan", str(b / "plans" / "2025-2029.toml")]
    args = [*other, "notitie", "B2-01", "x"] if before else ["notitie", "B2-01", "x", *other]
    assert cli(*args).code == 0
    assert (a / "plans" / "2025-2029.toml").read_bytes() == REAL_PLAN.read_bytes()
    assert 'tekst = "x"' in (b / "plans" / "2025-2029.toml").read_text()
    assert git(b, "log", "-1", "--format=%s").startswith("B2-01")
    assert git(a, "rev-list", "--count", "HEAD") == "1"


@pytest.mark.parametrize("before", [True, False])
def test_no_commit_before_or_after_the_command(two_repos: tuple[Path, Path], cli, before: bool) -> None:  # type: ignore[no-untyped-def]
    a, _ = two_repos
    args = ["--geen-commit", "notitie", "B2-01", "x"] if before else ["notitie", "B2-01", "x", "--geen-commit"]
    assert cli(*args).code == 0
    assert git(a, "rev-list", "--count", "HEAD") == "1"
    assert 'tekst = "x"' in (a / "plans" / "2025-2029.toml").read_text()


@pytest.mark.parametrize("before", [True, False])
def test_today_before_or_after_the_command(two_repos: tuple[Path, Path], cli, before: bool) -> None:  # type: ignore[no-untyped-def]
    a, _ = two_repos
    today = ["--vandaag", "2025-09-05"]
    assert cli(*(today if before else []), "zet", "T01", "gereed", *([] if before else today)).code == 0
    assert "gereed_op = 2025-09-05" in (a / "plans" / "2025-2029.toml").read_text()


def test_an_option_given_twice_takes_the_one_after_the_command(workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--vandaag", "2020-01-01", "lijst", "--verlopen", "--vandaag", "2025-10-01")
    assert result.code == 0 and "T01" in result.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--geen-commit", "lijst"], "--geen-commit past niet bij 'regiotrack lijst'"),
        (["--geen-commit", "rapport"], "--geen-commit past niet bij 'regiotrack rapport'"),
        (["--plan", "x.toml", "init"], "--plan past niet bij 'regiotrack init'"),
        (["--vandaag", "2025-01-01", "samenvoegen", "a", "b", "c"], "--vandaag past niet bij"),
        (["lijst", "--geen-commit"], "onbekende argumenten: --geen-commit"),
        (["init", "--plan", "x.toml"], "onbekende argumenten: --plan"),
    ],
)
def test_an_option_the_command_cannot_honour_is_an_error(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(args)
    assert done.value.code == 2
    assert message in capsys.readouterr().err
