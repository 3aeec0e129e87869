"""Annotated git tags that mark a partneroverleg's verslag (``partneroverleg-2026-2``).

Plain git plumbing through :func:`~regiotrack.history.git.run_git`, like every edit: the
command line never imports GitPython.
"""

from __future__ import annotations

from pathlib import Path

from regiotrack.errors import GitError, UserError
from regiotrack.history.git import run_git


def tag_exists(root: Path, name: str) -> bool:
    """True when the repository already has a tag of this name."""
    return run_git(root, "rev-parse", "-q", "--verify", f"refs/tags/{name}").returncode == 0


def check_tag_free(root: Path, name: str) -> None:
    """Refuse, before anything is written, when the tag already exists or is not a valid name."""
    if run_git(root, "check-ref-format", f"refs/tags/{name}").returncode != 0:
        raise UserError(f"'{name}' is geen geldige tagnaam", "Gebruik letters, cijfers en streepjes.")
    if tag_exists(root, name):
        when = run_git(root, "for-each-ref", "--format=%(taggerdate:short) %(taggername)", f"refs/tags/{name}")
        detail = when.stdout.decode().strip()
        raise UserError(
            f"de tag {name} bestaat al" + (f" ({detail})" if detail else "") + "; er is niets opgeslagen",
            f"Die tag hoort bij het verslag van dit overleg. Bekijk wat hij markeert met 'git show {name}'. "
            "Heeft het overleg al een verslag, verbeter dan losse afspraken met 'zet', 'deadline' of "
            f"'notitie'; is de tag per vergissing gemaakt, verwijder hem dan: git tag -d {name}",
        )


def create_tag(root: Path, name: str, message: str) -> str:
    """Make an annotated tag on HEAD with the user's identity; returns the tagged commit's short id."""
    result = run_git(root, "tag", "-a", name, "-m", message, "HEAD")
    if result.returncode != 0:
        detail = result.stderr.decode().strip().splitlines()
        raise GitError(
            f"de tag {name} kon niet worden gemaakt: {detail[-1] if detail else 'onbekende fout'}",
            f'Het verslag is wel vastgelegd; maak de tag zelf: git tag -a {name} -m "Verslag".',
        )
    return run_git(root, "rev-parse", "--short", f"{name}^{{commit}}").stdout.decode().strip()
