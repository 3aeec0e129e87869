"""TOML text to plan data, without validation and without pydantic: for history and merges.

Kept apart from ``planfile.py`` so that commands that read many revisions (geschiedenis,
verschil, the merge driver) do not pay for loading the pydantic models.
"""

from __future__ import annotations

from typing import Any

from . import tomlread
from .problems import PlanError, Problem


def decode(raw: bytes, file: str) -> str:
    """Bytes -> text, refusing what is not UTF-8 with a message that says what to do."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PlanError([Problem("het bestand is UTF-16-tekst", "Sla het op als UTF-8 (zonder BOM).", file, 1)])
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw:
        raise PlanError(
            [
                Problem(
                    "het bestand is geen tekst (het bevat nul-bytes)",
                    "Kies het juiste planbestand (een .toml-tekstbestand).",
                    file,
                    1,
                )
            ]
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise PlanError(
            [
                Problem(
                    "het bestand is geen geldige UTF-8-tekst",
                    "Sla het op als UTF-8 (in Kladblok: Opslaan als → Codering: UTF-8).",
                    file,
                    line,
                )
            ]
        ) from None


def parse_data(text: str, cache: dict[str, Any] | None = None) -> dict[str, Any]:
    """Plan data from TOML text without validation, reusing parsed blocks from ``cache``.

    Consecutive revisions share almost all of their ``[[blocks]]``; parsing each distinct
    block once makes reading hundreds of revisions cheap. Falls back to one whole parse for
    files whose layout is not block by block. Raises one of ``tomlread.DecodeError``.
    """
    if cache is None:
        return tomlread.loads(text)
    head, *blocks = text.split("\n[[")
    chunks = [head] + ["[[" + block for block in blocks]
    data: dict[str, Any] = {}
    for number, chunk in enumerate(chunks):
        parsed = cache.get(chunk)
        if parsed is None:
            try:
                parsed = tomlread.loads(chunk)
            except tomlread.DecodeError:
                return tomlread.loads(text)
            if number > 0 and (len(parsed) != 1 or not all(isinstance(v, list) for v in parsed.values())):
                return tomlread.loads(text)
            cache[chunk] = parsed
        for key, value in parsed.items():
            if number > 0:
                data.setdefault(key, []).extend(value)
            elif key in data:
                return tomlread.loads(text)
            else:
                data[key] = value
    return data
