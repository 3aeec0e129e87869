"""History in git, with real git in temporary repositories."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import REAL_PLAN
from regiotrack.history.log import history


def git(cwd: Path, *args: str, check: bool = True) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise AssertionError(result.stderr)
    return result.stdout.strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> Path:  # type: ignore[no-untyped-def]
    """A plans repository made by 'regiotrack init', as working directory."""
    monkeypatch.chdir(tmp_path)
    assert cli("init", "plannen").code == 0
    root = tmp_path / "plannen"
    monkeypatch.chdir(root)
    return root


def test_init_makes_a_repository_with_driver_and_is_idempotent(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert (repo / "plans" / "2025-2029.toml").read_bytes() == REAL_PLAN.read_bytes()
    assert git(repo, "log", "--format=%s") == "Plan 2025-2029 overgenomen uit regiotrack"
    assert (repo / ".gitattributes").read_text() == "plans/*.toml merge=regiotrack\n"
    assert "samenvoegen %O %A %B %P" in git(repo, "config", "merge.regiotrack.driver")
    again = cli("init")
    assert again.code == 0
    assert again.out.strip() == "Merge-driver was al ingesteld; niets veranderd."
    assert git(repo, "status", "--porcelain") == ""


def test_edit_commits_the_plan_alone_with_a_meaningful_message(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (repo / "werk.txt").write_text("half af")
    git(repo, "add", "werk.txt")
    (repo / ".gitattributes").write_text("# ongestaged\n", encoding="utf-8")
    result = cli("zet", "B2-03", "lopend", "--notitie", "Kwartiermaker gestart")
    assert result.code == 0, result.err
    assert "Vastgelegd in git als" in result.out
    assert git(repo, "log", "-1", "--format=%s%n%b%n%an <%ae>") == (
        "B2-03: status open → lopend, notitie toegevoegd\nNotitie: Kwartiermaker gestart\n\n"
        "Test Adviseur <adviseur@example.org>"
    )
    assert git(repo, "show", "--name-only", "--format=", "HEAD") == "plans/2025-2029.toml"
    status = subprocess.run(["git", "status", "--porcelain"], cwd=repo, capture_output=True, text=True).stdout
    assert status.splitlines() == [" M .gitattributes", "A  werk.txt"]


def test_no_commit_option_and_setting(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    head = git(repo, "rev-parse", "HEAD")
    assert cli("zet", "B2-03", "lopend", "--geen-commit").code == 0
    git(repo, "config", "regiotrack.commit", "false")
    assert cli("zet", "B2-04", "gereed").code == 0
    assert git(repo, "rev-parse", "HEAD") == head
    assert "M plans/2025-2029.toml" in git(repo, "status", "--porcelain")


def test_history_reads_as_meaning(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    cli("deadline", "B2-03", "30-6-2026")
    git(repo, "tag", "partneroverleg-2026-1")
    cli("zet", "B2-03", "lopend")
    cli("zet", "B2-01", "geblokkeerd", "--notitie", "Wacht op huurcontract")
    log = cli("geschiedenis")
    lines = log.out.splitlines()
    assert lines[0].endswith("B2-01: status open → geblokkeerd, notitie toegevoegd")
    assert (
        "    B2-01: status open → geblokkeerd, notitie toegevoegd: 2026-11-22, Test Adviseur: Wacht op huurcontract"
        in lines
    )
    assert "    B2-03: status open → lopend" in lines
    assert "    B2-03: deadline 2026-Q1 → 2026-06-30" in lines
    assert lines[-3].endswith("Plan 2025-2029 overgenomen uit regiotrack")
    assert lines[-2].startswith("    HGKMSG-2025-2029: plan toegevoegd (Regionaal beleidskader aanpak")
    assert lines[-1] == (
        "    97 items toegevoegd (organisatie: 29, gremium: 13, stap: 21, randvoorwaarde: 1, "
        "afspraak: 20, werkgroep: 4, partneroverleg: 8, terugkerend moment: 1)"
    )
    story = cli("geschiedenis", "B2-03").out.splitlines()
    assert [line for line in story if line.startswith("    ")] == [
        "    B2-03: status open → lopend",
        "    B2-03: deadline 2026-Q1 → 2026-06-30",
        "    B2-03: afspraak toegevoegd (Kennis- en leerplatformfunctie HGKM ingericht, onder een st…)",
    ]
    since_tag = cli("verschil", "partneroverleg-2026-1").out.splitlines()
    assert since_tag == [
        "B2-01: status open → geblokkeerd, notitie toegevoegd: 2026-11-22, Test Adviseur: Wacht op huurcontract",
        "B2-03: status open → lopend",
    ]
    markdown = cli("verschil", "HEAD~3", "HEAD", "--markdown").out
    assert "| B2-03 | deadline | 2026-Q1 | 2026-06-30 |" in markdown
    assert cli("verschil", "HEAD").out.strip() == "(geen inhoudelijke wijzigingen)"


def test_history_since_a_date_and_unknown_revision(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("verschil", "1-1-2001").code == 2
    assert "geen commit van vóór of op 2001-01-01" in cli("verschil", "1-1-2001").err
    bad = cli("verschil", "partneroverleg-2031-1")
    assert bad.code == 2 and "'partneroverleg-2031-1' is geen commit, tag, branch of datum" in bad.err


def test_field_blame(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    cli("deadline", "B2-03", "30-6-2026")
    first = git(repo, "rev-parse", "--short=8", "HEAD")
    cli("zet", "B2-03", "lopend")
    second = git(repo, "rev-parse", "--short=8", "HEAD")
    rows = {line.split()[0]: line for line in cli("herkomst", "B2-03").out.splitlines()}
    assert second in rows["status"] and first in rows["deadline"]
    assert "Test Adviseur" in rows["titel"]


@pytest.fixture
def clones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> Path:  # type: ignore[no-untyped-def]
    """A shared bare repository and two clones, 'anna' and 'bram', each with the merge driver."""
    monkeypatch.chdir(tmp_path)
    cli("init", "origin")
    git(tmp_path, "clone", "-q", "--bare", "origin", "gedeeld.git")
    for name in ("anna", "bram"):
        git(tmp_path, "clone", "-q", "gedeeld.git", name)
        monkeypatch.chdir(tmp_path / name)
        assert cli("init").code == 0  # registers the merge driver in this clone
    return tmp_path


def test_two_clones_edit_the_same_item_and_merge_cleanly(clones: Path, monkeypatch, cli) -> None:  # type: ignore[no-untyped-def]
    tmp_path = clones
    monkeypatch.chdir(tmp_path / "anna")
    assert cli("zet", "B2-03", "lopend").code == 0
    git(tmp_path / "anna", "push", "-q")
    monkeypatch.chdir(tmp_path / "bram")
    assert cli("deadline", "B2-03", "30-6-2026").code == 0
    git(tmp_path / "bram", "pull", "-q", "--no-edit")
    text = (tmp_path / "bram" / "plans" / "2025-2029.toml").read_text()
    block = text[text.index('id = "B2-03"') : text.index("[[afspraak]]", text.index('id = "B2-03"'))]
    assert 'status = "lopend"' in block and "deadline = 2026-06-30" in block
    assert cli("controleer").code == 0
    assert git(tmp_path / "bram", "status", "--porcelain") == ""


def test_same_field_two_ways_is_a_conflict_that_loses_nothing(clones: Path, monkeypatch, cli) -> None:  # type: ignore[no-untyped-def]
    tmp_path = clones
    monkeypatch.chdir(tmp_path / "anna")
    cli("zet", "B2-01", "gereed")
    git(tmp_path / "anna", "push", "-q")
    monkeypatch.chdir(tmp_path / "bram")
    cli("zet", "B2-01", "geblokkeerd", "--notitie", "Huurcontract")
    pulled = subprocess.run(["git", "pull", "--no-edit"], cwd=tmp_path / "bram", capture_output=True, text=True)
    assert pulled.returncode != 0
    assert "B2-01, veld 'status': hier 'geblokkeerd', daar 'gereed'" in pulled.stderr
    text = (tmp_path / "bram" / "plans" / "2025-2029.toml").read_text()
    assert 'status = "geblokkeerd"' in text and 'status = "gereed"' in text
    assert 'tekst = "Huurcontract"' in text and "gereed_op = 2026-11-22" in text
    check = cli("controleer")
    assert check.code == 1
    assert "onopgelost mergeconflict" in check.err
    refused = cli("zet", "B2-02", "lopend")
    assert refused.code == 2


def test_locked_index_keeps_the_edit_and_says_what_to_do(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (repo / ".git" / "index.lock").write_text("")
    result = cli("zet", "B2-03", "lopend")
    assert result.code == 3
    assert "index.lock" in result.err and "De wijziging staat in het bestand" in result.err
    assert 'status = "lopend"' in (repo / "plans" / "2025-2029.toml").read_text()


def test_rejecting_hook(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'commits alleen op werkdagen' >&2\nexit 1\n")
    hook.chmod(0o755)
    result = cli("zet", "B2-03", "lopend")
    assert result.code == 3
    assert "git-hook weigerde de commit (commits alleen op werkdagen)" in result.err


def test_merge_in_progress_refuses_before_writing(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (repo / "notities.txt").write_text("basis\n")
    git(repo, "add", "notities.txt")
    git(repo, "commit", "-qm", "notities")
    git(repo, "checkout", "-qb", "ander")
    (repo / "notities.txt").write_text("ander\n")
    git(repo, "commit", "-qam", "ander")
    git(repo, "checkout", "-q", "main")
    (repo / "notities.txt").write_text("hoofd\n")
    git(repo, "commit", "-qam", "hoofd")
    git(repo, "merge", "ander", check=False)
    before = (repo / "plans" / "2025-2029.toml").read_bytes()
    result = cli("zet", "B2-03", "lopend")
    assert result.code == 2
    assert "er loopt een git merge" in result.err and "git merge --abort" in result.err
    assert (repo / "plans" / "2025-2029.toml").read_bytes() == before


def test_detached_head_and_repository_without_commits(tmp_path: Path, monkeypatch, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "2025-2029.toml").write_bytes(REAL_PLAN.read_bytes())
    git(tmp_path, "init", "-q")
    monkeypatch.chdir(tmp_path)
    first = cli("zet", "B2-03", "lopend")
    assert first.code == 0 and "Vastgelegd in git" in first.out
    git(tmp_path, "checkout", "-q", "--detach")
    second = cli("zet", "B2-03", "gereed")
    assert second.code == 0 and "detached HEAD" in second.out


def test_history_is_cached_on_the_commits(repo: Path, cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import regiotrack.history.log as log

    cli("zet", "B2-03", "lopend")
    first = history(repo, "plans/2025-2029.toml")
    with monkeypatch.context() as patch:
        patch.setattr(log, "_compute_history", lambda *a: pytest.fail("recomputed although nothing changed"))
        assert history(repo, "plans/2025-2029.toml") == first
    cli("zet", "B2-03", "gereed")
    again = history(repo, "plans/2025-2029.toml")
    assert len(again) == len(first) + 1 and again[-1].changes[0].text().startswith("B2-03: status lopend → gereed")


def test_notes_added_in_two_clones_both_survive_the_merge(clones: Path, monkeypatch, cli) -> None:  # type: ignore[no-untyped-def]
    tmp_path = clones
    monkeypatch.chdir(tmp_path / "anna")
    assert cli("notitie", "B2-03", "Anna: besproken in het PT").code == 0
    git(tmp_path / "anna", "push", "-q")
    monkeypatch.chdir(tmp_path / "bram")
    assert cli("notitie", "B2-03", "Bram: gebeld met VT").code == 0
    git(tmp_path / "bram", "pull", "-q", "--no-edit")
    shown = cli("toon", "B2-03").out
    assert "Notities (3, nieuwste eerst)" in shown
    assert "Anna: besproken in het PT" in shown and "Bram: gebeld met VT" in shown and "Termijn volgens" in shown
    assert git(tmp_path / "bram", "status", "--porcelain") == ""
