"""Who am I: the user's own organisation, chosen once in git config (``regiotrack.organisatie``)."""

from __future__ import annotations

from pathlib import Path

from regiotrack.history.git import git_available, run_git

CONFIG_KEY = "regiotrack.organisatie"
"""Set with: git config regiotrack.organisatie VT (add --global for every repository)."""


def configured_organisation(start: Path) -> str | None:
    """The organisation id from git config as seen from ``start`` (a folder), or None."""
    if not git_available() or not start.is_dir():
        return None
    value = run_git(start, "config", "--get", CONFIG_KEY).stdout.decode(errors="replace").strip()
    return value or None
