"""JSON files of what a command shows of a plan, kept for the next run on the same file.

``lijst`` (``store.listing``) and ``toon`` (``export.itemtexts``) answer an unchanged plan from
such a file without loading the plan or pydantic. Each file lives in the private cache
directory (``store.cache``) and is used only when all of this holds, so it is never trusted
over the plan or over regiotrack:

- it names the format its reader expects (which carries regiotrack's version);
- it was made from a file with the same SHA-256;
- the regiotrack modules that made it are unchanged (:func:`code_files`): the README installs
  editable, so a ``git pull`` or a developer's edit changes the code without changing the version.

JSON, not pickle: a damaged or foreign file can only fail to load. It is then removed or
ignored, and the command reads the plan as if there were no cache.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any


def load(name: str, expected: str, digest: str) -> dict[str, Any] | None:
    """The kept file ``name`` when it can be used for this content (see above), else None."""
    import json

    from regiotrack.store.cache import private_dir, read_private, touch

    directory = private_dir()
    if directory is None:
        return None
    entry = directory / name
    try:
        raw = read_private(entry)
        if raw is None:
            return None
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            entry.unlink()
        return None
    if not isinstance(data, dict) or data.get("format") != expected or data.get("digest") != digest:
        return None
    if not code_unchanged(data.get("code")):
        return None
    touch(entry)
    return data


def keep(name: str, expected: str, digest: str, data: dict[str, Any]) -> None:
    """Write ``data`` as the kept file ``name``; failing to write only means no speed-up."""
    import json

    from regiotrack.store.cache import private_dir, write_private

    directory = private_dir()
    if directory is None:
        return
    whole = {**data, "format": expected, "digest": digest, "code": code_files()}
    with contextlib.suppress(OSError):
        write_private(directory / name, json.dumps(whole, ensure_ascii=False).encode("utf-8"))


def code_files() -> list[list[Any]]:
    """[file, size, mtime] of each regiotrack module this process has loaded: a kept file records
    the modules that made it, and is used only while :func:`code_unchanged` says so."""
    import sys

    files = []
    for name, module in sorted(sys.modules.items()):
        file = getattr(module, "__file__", None) if name.partition(".")[0] == "regiotrack" else None
        if file:
            with contextlib.suppress(OSError):
                status = os.stat(file)
                files.append([file, status.st_size, status.st_mtime_ns])
    return files


def code_unchanged(files: Any) -> bool:
    """True when every file of :func:`code_files`' answer is still as it was."""
    if not isinstance(files, list) or not files:
        return False
    try:
        for file, size, mtime in files:
            status = os.stat(file)
            if status.st_size != size or status.st_mtime_ns != mtime:
                return False
    except (OSError, TypeError, ValueError):
        return False
    return True
