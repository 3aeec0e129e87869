"""Issue 17, point 12: CI templates written by `regiotrack init --ci`, valid against the published schemas."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from regiotrack.history.setup import CI_TEMPLATES, ci_template

CHECK = Path(sys.executable).parent / "check-jsonschema"
SCHEMAS = {"gitlab": "vendor.gitlab-ci", "github": "vendor.github-workflows"}


def validate(kind: str, file: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHECK), "--builtin-schema", SCHEMAS[kind], str(file)], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("kind", ["gitlab", "github"])
def test_init_writes_a_template_that_its_schema_accepts(kind: str, tmp_path: Path, monkeypatch, cli) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = cli("init", "repo", "--ci", kind)
    assert result.code == 0, result.err
    written = tmp_path / "repo" / CI_TEMPLATES[kind][1]
    assert written.read_bytes() == ci_template(kind)
    checked = validate(kind, written)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    text = written.read_text()
    assert "regiotrack controleer" in text and "--markdown" in text and "regiotrack publiceer" in text
    # the schema check can fail: a job with an unknown key is refused
    broken = tmp_path / f"kapot-{kind}.yml"
    broken.write_text(text.replace("runs-on:" if kind == "github" else "stage:", "draait-op:", 1))
    assert validate(kind, broken).returncode != 0
    # again in the same repository: nothing changes; a different file is never overwritten
    monkeypatch.chdir(tmp_path / "repo")
    assert "niets veranderd" in cli("init", "--ci", kind).out
    written.write_text("# eigen CI\n")
    refused = cli("init", "--ci", kind)
    assert refused.code == 2 and "wijkt af van het sjabloon" in refused.err
    assert written.read_text() == "# eigen CI\n"


def test_readme_documents_subscribing_and_ci() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    assert "## Abonneren in Outlook" in readme and "## CI instellen" in readme
    assert "regiotrack init --ci gitlab" in readme and "regiotrack init --ci github" in readme
