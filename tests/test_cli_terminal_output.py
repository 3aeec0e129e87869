"""Plan text and commit subjects never steer the terminal: every text output shows control characters escaped."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

# Window title, screen clear, a hyperlink, BEL, CR, a C1 control (CSI) and a right-to-left override
# (it turns what follows around on screen) in one string, as TOML escapes.
NASTY_TOML = r"\u001b]0;gehackt\u0007\u001b[2J\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\\r\u009b31m\u202eTXT"
RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> Path:  # type: ignore[no-untyped-def]
    """A plans repository whose last commit puts control characters in a title, a note and its subject."""
    monkeypatch.chdir(tmp_path)
    assert cli("init", "plannen").code == 0
    root = tmp_path / "plannen"
    monkeypatch.chdir(root)
    plan = root / "plans" / "2025-2029.toml"
    text = plan.read_text(encoding="utf-8")
    text = text.replace(
        'titel = "Fysieke locatie van het Expertiseplatform open, met inloopfunctie voor de hele regio"',
        f'titel = "Fysieke locatie {NASTY_TOML}"\nnotitie = "Let op {NASTY_TOML}"',
    )
    plan.write_text(text, encoding="utf-8")
    git(root, "commit", "-qam", "Titel \x1b]0;gehackt\x07\x1b[2J\r\u009b31m")
    return root


@pytest.mark.parametrize(
    "args",
    [
        ["lijst"],
        ["lijst", "--json"],
        ["toon", "B2-01"],
        ["controleer"],
        ["geschiedenis"],
        ["geschiedenis", "B2-01"],
        ["verschil", "HEAD~1"],
        ["verschil", "HEAD~1", "HEAD"],
        ["verschil", "HEAD~1", "HEAD", "--markdown"],
        ["herkomst", "B2-01"],
        ["rapport"],
        ["rapport", "--formaat", "html"],
        ["rapport", "--formaat", "json"],
        ["notitie", "B2-01", "nieuw"],
    ],
)
def test_no_raw_control_character_reaches_the_terminal(repo: Path, cli, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = cli(*args)
    for stream in (result.out, result.err):
        assert not RAW.findall(stream), f"raw control characters in {args}: {RAW.findall(stream)!r}"
    assert "Traceback" not in result.err
    if "--json" in args or "json" in args:
        json.loads(result.out)  # still valid JSON: controls escaped the JSON way


def test_the_escaped_text_is_still_readable(repo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("toon", "B2-01")
    if result.code == 0:  # (a plan with control characters may also be refused as a plan error)
        assert "\\x1b]0;gehackt\\x07" in result.out and "\\u202eTXT" in result.out
    log = cli("geschiedenis").out
    assert "Titel \\x1b]0;gehackt\\x07\\x1b[2J\\x0d\\x9b31m" in log


@pytest.mark.parametrize(
    "typed",
    ["B2-01\x1b[31m", "\x1b[1;31mB2-01\x1b[0m", "B2-01\x1b]0;titel\x07", "B2\u200b-01", "\u202eB2-01"],
    ids=["kleur-erachter", "kleur-eromheen", "venstertitel", "zero-width", "rtl"],
)
def test_a_suggestion_looks_past_escape_sequences(typed: str) -> None:
    """An id with a terminal escape pasted into it is compared without it: B2-01 is suggested."""
    from regiotrack.errors import did_you_mean

    assert did_you_mean(typed, ["B2-01", "B2-13", "B2-31", "A-01"]) == "bedoelde u 'B2-01'?"
    assert did_you_mean("\x1b[31m", ["B2-01"]) == ""
