"""Bad input and a hostile file system: a Dutch message, a documented exit code, the plan untouched.

Every case asserts: no traceback, the exit code, and the plan's bytes unchanged (issue 12.6).
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REAL_PLAN
from regiotrack.cli.main import main
from regiotrack.errors import EXIT_FILE_SYSTEM, EXIT_INPUT

ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False
DEEP_ARRAY = "a = " + "[" * 1000 + "]" * 1000 + "\n"
DEEP_TABLE = "a = " + "{b = " * 1000 + "1" + "}" * 1000 + "\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Exit code and all output; a SystemExit (argparse) counts as its code."""
    try:
        code = main(list(args))
    except SystemExit as done:
        code = int(done.code or 0)
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert "Traceback" not in text
    return code, text


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# ---------------------------------------------------------------------------- the plan vanishes during an edit


@pytest.mark.parametrize("replacement", ["weg", "map"])
def test_plan_deleted_or_replaced_by_a_folder_during_an_edit(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], replacement: str
) -> None:
    from regiotrack.plan import notes

    original = notes.add_note

    def vanish(*args: object, **kwargs: object) -> object:
        plan_path.unlink()
        if replacement == "map":
            plan_path.mkdir()
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(notes, "add_note", vanish)
    code, text = run(capsys, "notitie", "B2-01", "x")
    assert code in (EXIT_INPUT, EXIT_FILE_SYSTEM)
    assert "2025-2029.toml" in text and ("verwijderd" in text or "map" in text)
    assert plan_path.is_dir() if replacement == "map" else not plan_path.exists()
    assert leftovers(plan_path.parent) == []


# ---------------------------------------------------------------------------- read-only, full disk


@pytest.mark.skipif(ROOT, reason="root may write read-only files")
def test_read_only_plan_file_is_not_replaced(plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_path.chmod(0o444)
    code, text = run(capsys, "notitie", "B2-01", "x")
    assert code == EXIT_FILE_SYSTEM and "alleen-lezen" in text
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()


def test_read_only_plan_file_is_refused_even_where_it_could_be_replaced(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only plan says 'do not change me' even to root, whose writes permissions do not stop."""
    plan_path.chmod(0o444)
    code, text = run(capsys, "notitie", "B2-01", "x")
    assert code == EXIT_FILE_SYSTEM
    assert "alleen-lezen" in text and "chmod" in text
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()


@pytest.mark.skipif(ROOT, reason="root may write in read-only folders")
def test_read_only_folder(plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_path.parent.chmod(0o555)
    try:
        code, text = run(capsys, "notitie", "B2-01", "x")
    finally:
        plan_path.parent.chmod(0o755)
    assert code == EXIT_FILE_SYSTEM and "toestemming" in text
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()


@pytest.mark.parametrize(
    ("number", "dutch"),
    [
        (errno.ENOSPC, "de schijf is vol"),
        (errno.EROFS, "alleen-lezen"),
        (errno.EACCES, "geen toestemming"),
        (errno.EDQUOT, "quotum"),
        (errno.EIO, "schrijffout"),
    ],
)
@pytest.mark.parametrize("where", ["replace", "temporary", "fsync"])
def test_a_failing_write_leaves_the_plan_and_no_temporary_file(
    plan_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    number: int,
    dutch: str,
    where: str,
) -> None:
    from regiotrack.store import files

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(number, os.strerror(number))

    target = {"replace": (os, "replace"), "temporary": (files, "_temporary"), "fsync": (os, "fsync")}[where]
    monkeypatch.setattr(*target, fail)
    code, text = run(capsys, "zet", "B2-01", "lopend")
    assert code == EXIT_FILE_SYSTEM
    assert dutch in text and "het plan is niet gewijzigd" in text.lower()
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()
    assert leftovers(plan_path.parent) == []


def test_full_disk_while_exporting(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    code, text = run(capsys, "rapport", "-o", str(workdir / "rapport.md"))
    assert code == EXIT_FILE_SYSTEM and "de schijf is vol" in text
    assert not (workdir / "rapport.md").exists() and leftovers(workdir) == []


# ---------------------------------------------------------------------------- arguments that are not text


@pytest.mark.parametrize(
    "args",
    [
        ["notitie", "B2-01", "caf\udce9"],
        ["zet", "B2-01", "lopend", "--notitie", "\udcff\udcfe"],
        ["toon", "B2-\udcff"],
        ["lijst", "--status", "\udcff"],
        ["lijst", "--vandaag", "\udcff"],
        ["deadline", "B2-01", "1-1-\udcff"],
        ["l\udcffjst"],
        ["lijst", "--\udcff"],
    ],
)
def test_invalid_utf8_in_an_argument(plan_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, text = run(capsys, *args)
    assert code == EXIT_INPUT
    assert "\\x" in text  # the bad byte shown escaped
    assert plan_path.read_bytes() == REAL_PLAN.read_bytes()


def test_invalid_utf8_argument_from_a_real_command_line(workdir: Path) -> None:
    plan = workdir / "plans" / "2025-2029.toml"
    result = subprocess.run(
        [sys.executable, "-m", "regiotrack", "notitie", "B2-01", b"caf\xe9"], capture_output=True, cwd=workdir
    )
    assert result.returncode == EXIT_INPUT
    assert b"Traceback" not in result.stderr and b"UTF-8" in result.stderr
    assert plan.read_bytes() == REAL_PLAN.read_bytes()


# ---------------------------------------------------------------------------- pathological plan files


@pytest.mark.parametrize("text", [DEEP_ARRAY, DEEP_TABLE], ids=["lijsten", "tabellen"])
@pytest.mark.parametrize("command", [["controleer"], ["lijst"], ["toon", "B2-01"], ["notitie", "B2-01", "x"]])
def test_toml_nested_1000_deep(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, command: list[str]
) -> None:
    plan = tmp_path / "diep.toml"
    plan.write_text(text)
    code, out = run(capsys, *command, "--plan", str(plan))
    assert code in (1, EXIT_INPUT)
    assert "te diep" in out
    assert plan.read_text() == text


@pytest.mark.parametrize("text", [DEEP_ARRAY, DEEP_TABLE], ids=["lijsten", "tabellen"])
def test_merge_driver_with_toml_nested_1000_deep(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    base, ours, theirs = (tmp_path / n for n in ("basis", "hier", "daar"))
    base.write_bytes(REAL_PLAN.read_bytes())
    ours.write_text(text)
    theirs.write_bytes(REAL_PLAN.read_bytes())
    code, out = run(capsys, "samenvoegen", str(base), str(ours), str(theirs), "plans/2025-2029.toml")
    # Not merged per field: git's line merge takes over and says why; theirs did not change, so ours stands.
    assert code == 0 and "te diep" in out and "per regel" in out
    assert "Traceback" not in out
    assert ours.read_text() == text


def test_plan_at_dev_zero_is_refused_before_reading(capsys: pytest.CaptureFixture[str]) -> None:
    code, text = run(capsys, "controleer", "--plan", "/dev/zero")
    assert code == EXIT_INPUT and "geen gewoon bestand" in text


@pytest.mark.parametrize(
    "command",
    [
        ["controleer"],
        ["lijst"],
        ["toon", "B2-01"],
        ["verschil", "HEAD"],
        ["herkomst", "B2-01"],
        ["zet", "B2-01", "lopend"],
    ],
)
def test_plan_at_a_fifo_does_not_hang(tmp_path: Path, command: list[str]) -> None:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["git", "commit", "-q", "--allow-empty", "-m", "begin"], cwd=tmp_path, check=True)
    fifo = tmp_path / "plan.toml"
    os.mkfifo(fifo)
    result = subprocess.run(
        [sys.executable, "-m", "regiotrack", *command, "--plan", str(fifo)],
        capture_output=True,
        text=True,
        timeout=60,  # a safety net for a broken build, not a timing assertion
        cwd=tmp_path,
    )
    assert result.returncode in (EXIT_INPUT, EXIT_FILE_SYSTEM)
    assert "Traceback" not in result.stderr and "geen gewoon bestand" in result.stderr


def test_a_plan_larger_than_the_cap_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from regiotrack.store import files

    monkeypatch.setattr(files, "MAX_PLAN_BYTES", 1000)
    plan = tmp_path / "groot.toml"
    shutil.copy(REAL_PLAN, plan)
    code, text = run(capsys, "controleer", "--plan", str(plan))
    assert code == EXIT_INPUT and "te groot" in text


# ---------------------------------------------------------------------------- output and init targets


OUTPUTS = [(["rapport"], "rapport.md"), (["exporteer", "ical"], "plan.ics")]


@pytest.mark.parametrize(("command", "name"), OUTPUTS)
def test_output_at_a_folder(workdir: Path, capsys: pytest.CaptureFixture[str], command: list[str], name: str) -> None:
    (workdir / name).mkdir()
    code, text = run(capsys, *command, "-o", str(workdir / name))
    assert code == EXIT_INPUT and "is een map" in text
    assert list((workdir / name).iterdir()) == []


@pytest.mark.parametrize(("command", "name"), OUTPUTS)
def test_output_where_nothing_may_be_written(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: list[str], name: str
) -> None:
    from regiotrack.store import files

    def fail(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(workdir))

    monkeypatch.setattr(files, "_temporary", fail)
    code, text = run(capsys, *command, "-o", str(workdir / name))
    assert code == EXIT_FILE_SYSTEM and "geen toestemming" in text and name in text
    assert not (workdir / name).exists()


def test_output_in_a_folder_that_does_not_exist(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, text = run(capsys, "rapport", "-o", str(workdir / "nergens" / "r.md"))
    assert code == EXIT_INPUT and "bestaat niet" in text


def test_init_onto_an_existing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plannen").write_text("niet aankomen\n")
    code, text = run(capsys, "init", "plannen")
    assert code == EXIT_INPUT and "is een bestand" in text
    assert (tmp_path / "plannen").read_text() == "niet aankomen\n"


def test_plan_option_at_a_folder_is_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder as --plan is wrong input (exit 2), not a file-system failure (found by a tester)."""
    code, out = run(capsys, "--plan", str(tmp_path), "lijst")
    assert code == EXIT_INPUT and "is een map, geen planbestand" in out and "(3)" not in out
