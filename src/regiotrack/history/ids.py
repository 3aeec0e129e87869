"""Every id that was ever in a plan file, from its git history: ids are never reused."""

from __future__ import annotations

import re
from pathlib import Path

from regiotrack.history.git import relative, repo_root, run_git

_ID_LINE = re.compile(rb'^[-+ ]id = "([^"]+)"', re.MULTILINE)


def ids_ever(path: Path) -> set[str]:
    """The ids in every committed version of the plan file (empty when it is not in git).

    One ``git log -p`` over the file: each id appears on the line that added it.
    """
    root = repo_root(path)
    if root is None:
        return set()
    result = run_git(root, "log", "--format=", "-p", "--unified=0", "--", relative(root, path))
    if result.returncode != 0:
        return set()
    return {m.decode("utf-8", "replace") for m in _ID_LINE.findall(result.stdout)}
