"""git: everything regiotrack does with the plan's repository lives here.

Runs the ``git`` program (not GitPython) on command-line paths, so that commands stay fast.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

from .locate import BUNDLED_NAME, bundled_plan
from .problems import UserError


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)


def init_repository(target: Path) -> Iterator[str]:
    """Create ``target`` with ``plans/2025-2029.toml`` and make it a git repository if git exists.

    Yields Dutch progress lines. Refuses a target that already holds a plan.
    """
    plan_path = target / "plans" / BUNDLED_NAME
    if plan_path.exists():
        raise UserError(
            f"{plan_path} bestaat al; er is niets overschreven", "Kies een nieuwe map, of werk in de bestaande."
        )
    plan_path.parent.mkdir(parents=True, exist_ok=True)
    plan_path.write_bytes(bundled_plan().read_bytes())
    yield f"Plan geplaatst: {plan_path}"
    if shutil.which("git") is None:
        yield "git is niet gevonden; het plan werkt zonder geschiedenis. Installeer git voor versiebeheer."
        return
    if _git(target, "rev-parse", "--git-dir").returncode != 0:
        _git(target, "init", "--quiet")
        yield f"Nieuwe git-repository: {target}"
    _git(target, "add", "--", f"plans/{BUNDLED_NAME}")
    result = _git(
        target, "commit", "--quiet", "-m", "Plan 2025-2029 overgenomen uit regiotrack", "--", f"plans/{BUNDLED_NAME}"
    )
    if result.returncode == 0:
        yield "Eerste versie vastgelegd in git."
    else:
        yield (
            "Het plan is niet vastgelegd in git (stel eerst uw naam in: git config --global user.name "
            '"Naam" en user.email); het bestand staat er wel.'
        )
    yield f"Verder: cd {target} && regiotrack"
