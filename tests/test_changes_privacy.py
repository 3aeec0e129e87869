"""nieuw and wijzig with resident data: refused by the privacy guard of the one write path.

The guard itself is ``check.content`` on every write in ``saving.py`` (issue 12); until that is
merged this test is skipped rather than passing for the wrong reason.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

pytest.importorskip("regiotrack.check.content", reason="the write-path privacy guard (issue 12) is not merged yet")


@pytest.mark.parametrize(
    "words",
    [
        ["nieuw", "afspraak", "titel=Casus 111222333 besproken", "trekker=VT"],
        ["wijzig", "B2-03", "omschrijving=Bel 06-12345678"],
        ["notitie", "B2-03", "Mail aan j.jansen@example.nl"],
    ],
)
def test_resident_data_is_refused_and_nothing_is_written(tmp_path: Path, monkeypatch, cli, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert cli("init", "plannen").code == 0
    monkeypatch.chdir(tmp_path / "plannen")
    plan = tmp_path / "plannen" / "plans" / "2025-2029.toml"
    before = plan.read_bytes()
    result = cli(*words)
    assert result.code == 2
    assert "→" in result.err
    assert plan.read_bytes() == before
    log = subprocess.run(["git", "log", "--format=%s"], cwd=plan.parent, capture_output=True, text=True, check=True)
    assert log.stdout.splitlines() == ["Plan 2025-2029 overgenomen uit regiotrack"]
