"""Shared fixtures: a pinned today, no access to the user's home or git config, plan copies."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from regiotrack.cli.main import main

REPO = Path(__file__).resolve().parent.parent
REAL_PLAN = REPO / "plans" / "2025-2029.toml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = "2026-11-22"
sys.path.insert(0, str(REPO / "bench"))  # the synthetic plan generator is shared with the benchmarks


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Every test runs with a fixed today and its own HOME and git identity."""
    home = tmp_path_factory.mktemp("home")
    (home / ".gitconfig").write_text(
        "[user]\n\tname = Test Adviseur\n\temail = adviseur@example.org\n"
        "[init]\n\tdefaultBranch = main\n[pull]\n\trebase = false\n"
    )
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("REGIOTRACK_VANDAAG", TODAY)
    monkeypatch.setenv("REGIOTRACK_CACHE", str(home / "cache"))
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(name, raising=False)
    # Start in a scratch directory: a command without --plan must never find this repository's plan.
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory with plans/2025-2029.toml (a copy of the real plan), as working directory."""
    (tmp_path / "plans").mkdir()
    shutil.copy(REAL_PLAN, tmp_path / "plans" / "2025-2029.toml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def region(workdir: Path) -> Path:
    """The real regional plan (in ``workdir``) and three local plans in plans/gemeenten/
    (Amstelveen, Aalsmeer, Uithoorn, from fixtures/lokaal); returns that folder."""
    target = workdir / "plans" / "gemeenten"
    target.mkdir()
    for path in sorted((FIXTURES / "lokaal").glob("*.toml")):
        shutil.copy(path, target / path.name)
    return target


@pytest.fixture
def plan_path(workdir: Path) -> Path:
    """The copied real plan."""
    return workdir / "plans" / "2025-2029.toml"


class CliResult:
    """Exit code and output of one command-line run."""

    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run ``regiotrack`` in-process: cli("lijst", "--verlopen") -> CliResult."""

    def run(*args: str) -> CliResult:
        code = main(list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def needs_program(name: str, install: str) -> pytest.MarkDecorator:
    """Skip when a real program is missing, unless CI demands it (REGIOTRACK_REQUIRE_CLIENTS=1)."""
    import os

    required = os.environ.get("REGIOTRACK_REQUIRE_CLIENTS") == "1"  # then a missing program fails the test
    missing = shutil.which(name) is None
    return pytest.mark.skipif(missing and not required, reason=f"{name} is not installed ({install})")


def read_kept(path: Path) -> Any:
    """The JSON content of a kept cache file (``store.kept``), checksum checked."""
    import json

    from regiotrack.store.seal import unsealed

    payload = unsealed(path.read_bytes())
    assert payload is not None, f"{path} is not sealed"
    return json.loads(payload)


def write_kept(path: Path, data: Any) -> None:
    """Write a kept cache file as regiotrack would, with a matching checksum: a test changes what
    it says, not whether it is intact."""
    import json

    from regiotrack.store.seal import seal

    payload = json.dumps(data, ensure_ascii=False).encode("utf-8")
    path.write_bytes(seal(payload) + payload)
