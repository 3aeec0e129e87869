"""The plan file on disk as the terminal view sees it: changed since we last looked, and what is in it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from regiotrack.errors import PlanError, Problem
from regiotrack.store.reading import LoadedPlan, read_plan


class PlanFile:
    """Notices changes by size and modification time; reports a broken version only once."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._seen = self._signature()
        self._reported_digest: str | None = None

    def _signature(self) -> tuple[int, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size)

    def changed(self) -> bool:
        """True once per change on disk since the last look."""
        signature = self._signature()
        if signature == self._seen:
            return False
        self._seen = signature
        return True

    def mark_seen(self) -> None:
        """The file as it is now is known (we just wrote or read it)."""
        self._seen = self._signature()

    def reread(self, loaded: LoadedPlan) -> LoadedPlan | list[Problem] | None:
        """The plan as now on disk; its problems when broken (once per version); None when unchanged.

        Raises UserError or OSError when the file cannot be read at all.
        """
        try:
            fresh = read_plan(loaded.path, readonly=loaded.readonly)
        except PlanError as err:
            digest = hashlib.sha256(self.path.read_bytes()).hexdigest()
            if digest == self._reported_digest:
                return None
            self._reported_digest = digest
            return err.problems
        return None if fresh.digest == loaded.digest else fresh
