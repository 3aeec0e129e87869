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
    # nog vast te stellen, now set, and signed as a decision (aangenomen) in the same commit
    assert any(line.startswith("    B2-03: deadline (leeg) → 2026-06-30, aangenomen") for line in lines)
    assert lines[-3].endswith("Plan 2025-2029 overgenomen uit regiotrack")
    assert lines[-2].startswith("    HGKMSG-2025-2029: plan toegevoegd (Regionaal beleidskader aanpak")
    assert lines[-1] == (
        "    163 items toegevoegd (organisatie: 30, gremium: 13, effect: 4, gebied: 6, stap: 21, "
        "randvoorwaarde: 1, afspraak: 59, werkgroep: 4, partneroverleg: 8, terugkerend moment: 1, "
        "indicator: 5, meting: 11)"
    )
    story = cli("geschiedenis", "B2-03").out.splitlines()
    assert [line for line in story if line.startswith("    ")] == [
        "    B2-03: status open → lopend",
        next(line for line in story if line.startswith("    B2-03: deadline (leeg) → 2026-06-30")),
        "    B2-03: afspraak toegevoegd (Kennis- en leerplatformfunctie HGKM, onder een stuurgroep v…)",
    ]
    since_tag = cli("verschil", "partneroverleg-2026-1").out.splitlines()
    assert since_tag == [
        "B2-01: status open → geblokkeerd, notitie toegevoegd: 2026-11-22, Test Adviseur: Wacht op huurcontract",
        "B2-03: status open → lopend",
    ]
    markdown = cli("verschil", "HEAD~3", "HEAD", "--markdown").out
    assert "| B2-03 | deadline | (leeg) | 2026-06-30 |" in markdown
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
    assert "Notities (2, nieuwste eerst)" in shown
    assert "Anna: besproken in het PT" in shown and "Bram: gebeld met VT" in shown
    assert git(tmp_path / "bram", "status", "--porcelain") == ""


def test_summarising_a_large_commit_never_compares_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The summary of a commit that adds many items is linear: no list-membership test (12.5)."""
    from regiotrack.history.diff import FieldChange, ItemChange, change_lines

    changes = [ItemChange("afspraak", f"A-{n}", "toegevoegd", (), f"titel {n}") for n in range(50)]
    changes.append(ItemChange("afspraak", "B2-01", "gewijzigd", (FieldChange("status", "open", "lopend"),)))

    def refuse(self: object, other: object) -> bool:
        raise AssertionError("changes compared one by one: quadratic")

    monkeypatch.setattr(ItemChange, "__eq__", refuse)
    assert change_lines(changes) == ["B2-01: status open → lopend", "50 items toegevoegd (afspraak: 50)"]
    assert len(change_lines(changes, summarise=False)) == 51


# ---------------------------------------------------------------------------- uncommitted changes (12.10)


def test_an_earlier_uncommitted_edit_is_named_in_the_next_commit(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("zet", "B2-03", "lopend", "--geen-commit").code == 0
    result = cli("deadline", "B2-04", "31-7-2026")
    assert result.code == 0, result.err
    assert "Ook mee vastgelegd (eerder gewijzigd, nog niet in git): B2-03: status open → lopend" in result.out
    message = git(repo, "log", "-1", "--format=%s%n%b")
    assert message.startswith("B2-04: deadline")
    assert "Ook vastgelegd, eerder gewijzigd maar nog niet in git:\n- B2-03: status open → lopend" in message
    assert git(repo, "status", "--porcelain") == ""


def test_a_hand_edit_is_named_too(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    plan = repo / "plans" / "2025-2029.toml"
    plan.write_text(plan.read_text().replace('id = "B2-01"\n', 'id = "B2-01"\nnotitie = "met de hand"\n', 1))
    assert cli("zet", "B2-02", "lopend").code == 0
    assert "- B2-01: notitie (leeg) → met de hand" in git(repo, "log", "-1", "--format=%b")


def test_an_edit_without_earlier_changes_says_nothing_extra(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("zet", "B2-02", "lopend")
    assert "Ook mee vastgelegd" not in result.out
    assert git(repo, "log", "-1", "--format=%b") == ""


def test_uncommitted_resident_data_is_never_swept_into_git(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    plan = repo / "plans" / "2025-2029.toml"
    plan.write_text(plan.read_text().replace('id = "B2-01"\n', 'id = "B2-01"\nnotitie = "BSN 111222333"\n', 1))
    before = plan.read_bytes()
    head = git(repo, "rev-parse", "HEAD")
    result = cli("zet", "B2-02", "lopend")
    assert result.code == 2
    assert "nog niet in git staan" in result.err and "B2-01, veld 'notities'" in result.err
    assert "git checkout -- plans/2025-2029.toml" in result.err
    assert plan.read_bytes() == before and git(repo, "rev-parse", "HEAD") == head


# ---------------------------------------------------------------------------- init (12.13)


def test_init_in_a_sub_folder_of_a_larger_repository_writes_a_pattern_that_matches(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    big = tmp_path / "gemeente"
    sub = big / "beleid" / "HGKM en SG"
    (sub / "plans").mkdir(parents=True)
    (sub / "plans" / "2025-2029.toml").write_bytes(REAL_PLAN.read_bytes())
    git(big, "init", "-q")
    result = cli("init", str(sub))
    assert result.code == 0, result.err
    assert git(big, "check-attr", "merge", "--", "beleid/HGKM en SG/plans/2025-2029.toml").endswith(": regiotrack")
    assert (big / ".gitattributes").read_text() == '"beleid/HGKM en SG/plans/*.toml" merge=regiotrack\n'
    assert cli("init", str(sub)).code == 0  # idempotent
    assert (big / ".gitattributes").read_text().count("merge=regiotrack") == 1


def test_init_reports_a_pattern_that_git_overrides(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "2025-2029.toml").write_bytes(REAL_PLAN.read_bytes())
    git(tmp_path, "init", "-q")
    (tmp_path / ".gitattributes").write_text("plans/*.toml merge=regiotrack\nplans/*.toml -merge\n")
    result = cli("init", str(tmp_path))
    assert result.code == 2
    assert "git gebruikt de merge-driver niet" in result.err


def test_init_without_a_git_identity_refuses_and_creates_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    empty = tmp_path / "leeg.gitconfig"
    empty.write_text("")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(empty))
    for name in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "EMAIL"):
        monkeypatch.delenv(name, raising=False)
    result = cli("init", str(tmp_path / "nieuw"))
    assert result.code == 2
    assert "git weet niet wie u bent" in result.err and "git config --global user.email" in result.err
    assert not (tmp_path / "nieuw").exists()


def test_the_cd_hint_is_quoted(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "plan's map"
    result = cli("init", str(target))
    assert result.code == 0, result.err
    assert f"Verder: cd '{tmp_path}/plan'\"'\"'s map' && regiotrack" in result.out


def test_a_clone_without_the_merge_driver_is_told_how_to_fix_it(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli("init", "origin").code == 0
    git(tmp_path, "clone", "-q", "origin", "kloon")
    monkeypatch.chdir(tmp_path / "kloon")
    check = cli("controleer")
    assert check.code == 0
    assert "merge-driver van regiotrack is in deze kloon niet ingesteld" in check.out
    assert "regiotrack init" in check.out
    edit = cli("zet", "B2-03", "lopend")
    assert edit.code == 0 and "let op: de merge-driver van regiotrack" in edit.err
    assert cli("init").code == 0
    assert "merge-driver" not in cli("controleer").out


# ---------------------------------------------------------------------------- symbolic links (12.14)


@pytest.fixture
def linked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A repository whose plans/plan.toml is a symbolic link to a plan outside it."""
    outside = tmp_path / "elders" / "plan.toml"
    outside.parent.mkdir()
    outside.write_bytes(REAL_PLAN.read_bytes())
    repo = tmp_path / "repo"
    (repo / "plans").mkdir(parents=True)
    (repo / "plans" / "plan.toml").symlink_to(outside)
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "koppeling")
    monkeypatch.chdir(repo)
    return repo, outside


@pytest.mark.parametrize(
    "command",
    [
        ["zet", "B2-03", "lopend"],
        ["zet", "B2-03", "lopend", "--geen-commit"],
        ["notitie", "B2-03", "x"],
        ["geschiedenis"],
        ["verschil", "HEAD"],
        ["herkomst", "B2-03"],
    ],
)
def test_a_plan_linked_from_outside_the_repository_is_refused(
    linked: tuple[Path, Path], cli, command: list[str]
) -> None:  # type: ignore[no-untyped-def]
    repo, outside = linked
    before = outside.read_bytes()
    result = cli(*command)
    assert result.code == 2, result.err
    assert "symbolische koppeling" in result.err and "buiten de git-repository" in result.err
    assert "Traceback" not in result.err
    assert outside.read_bytes() == before
    assert git(repo, "log", "--oneline").count("\n") == 0


def test_a_linked_plan_can_still_be_read(linked: tuple[Path, Path], cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("controleer").code == 0
    assert cli("toon", "B2-03").code == 0


def test_a_link_inside_the_repository_is_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> None:  # type: ignore[no-untyped-def]
    repo = tmp_path / "repo"
    (repo / "plans").mkdir(parents=True)
    (repo / "echt.toml").write_bytes(REAL_PLAN.read_bytes())
    (repo / "plans" / "plan.toml").symlink_to(repo / "echt.toml")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "begin")
    monkeypatch.chdir(repo)
    assert cli("zet", "B2-03", "lopend").code == 0
    assert git(repo, "show", "--name-only", "--format=", "HEAD") == "echt.toml"
    assert "B2-03: status open → lopend" in cli("geschiedenis").out
