"""Where things are in a plan file: line numbers of tables, items and keys.

``tomllib`` gives values but no positions. This scanner reads the TOML text once and records
the line of every ``[[section]]`` block, every ``[table]`` and every ``key =``, so that a
message can say "regel 42". It understands the parts of TOML that carry lines (multi-line
strings and arrays, quoted keys, comments); it does not validate — ``tomllib`` does that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

Position = tuple[str, ...]
"""A path such as ("afspraak", "3", "status"), ("looptijd", "van") or ("titel",)."""


@dataclass
class LineIndex:
    """Line numbers (1-based) of blocks and keys of one plan file."""

    lines: dict[Position, int] = field(default_factory=dict)
    """Path -> line. Blocks of an array of tables are numbered from 0, as in the data."""
    duplicate_keys: list[tuple[Position, int, int]] = field(default_factory=list)
    """(path, first line, second line) of keys written twice in the same table."""
    comment_lines: list[int] = field(default_factory=list)
    """Lines that hold a TOML comment."""
    ids: dict[Position, str] = field(default_factory=dict)
    """Block path -> the text of its ``id = "…"``, read even when the TOML is invalid."""

    def line_of(self, path: Position) -> int | None:
        """The line of the deepest known prefix of ``path`` (a missing key -> its block)."""
        for end in range(len(path), 0, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return None

    def path_at(self, line: int) -> Position | None:
        """What a line belongs to: the key or header on that very line, else the block it lies in."""
        on_line = [path for path, number in self.lines.items() if number == line]
        if on_line:
            return max(on_line, key=len)
        block: Position | None = None
        block_line = 0
        for path, number in self.lines.items():
            if len(path) == 2 and path[1].isdigit() and block_line <= number <= line:
                block, block_line = path, number
        return block


def _strip_key(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return raw[1:-1]
    return raw.split(".")[0].strip()


class LazyLineIndex:
    """A LineIndex computed on first use: a valid plan is read without scanning its lines at all."""

    def __init__(self, text: str | bytes):
        # Bytes (the file as read, UTF-8) are kept as they are: a plan of 100,000 items with one
        # non-ASCII character is 32 MB of bytes but 65 MB as a str, held as long as the plan.
        self._source = text

    @property
    def text(self) -> str:
        """The text the lines are counted in."""
        source = self._source
        return source.decode("utf-8-sig") if isinstance(source, bytes) else source

    @cached_property
    def index(self) -> LineIndex:
        """The scanned index."""
        return scan(self.text)

    @property
    def comment_lines(self) -> list[int]:
        """Lines with a comment; a file without any '#' needs no scan to know there are none."""
        source = self._source
        has_hash = b"#" in source if isinstance(source, bytes) else "#" in source
        return self.index.comment_lines if has_hash else []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.index, name)


# 'key = value' lines with nothing that opens a multi-line value or holds a comment: the common case.
_SIMPLE = re.compile(r"""^\s*([A-Za-z0-9_-]+)\s*=\s*(?:"(?:[^"\\]|\\.)*"|[^\s"'\[\]{}#]+)\s*$""")


def scan(text: str) -> LineIndex:
    """Index a TOML document. Never raises on malformed text; it records what it can."""
    state = _ScanState()
    in_string: str | None = None  # the closing delimiter of an open multi-line string
    depth = 0  # open brackets of a multi-line array or inline table
    for number, line in enumerate(text.splitlines(), start=1):
        if in_string is not None:
            if _closes(line, in_string):
                in_string = None
        elif depth > 0:
            depth, in_string, comment = _value_state(line, depth)
            state.comment(comment, number)
        else:
            depth, in_string = state.line(line, number)
    return state.index


@dataclass
class _ScanState:
    """What the scanner knows between lines: the index so far and the table it is in."""

    index: LineIndex = field(default_factory=LineIndex)
    table: Position = ()
    counts: dict[str, int] = field(default_factory=dict)
    """Blocks seen per array of tables, to number them as the data does."""
    seen: dict[Position, int] = field(default_factory=dict)
    """First line of every key path, to find keys written twice."""

    def comment(self, found: bool, number: int) -> None:
        if found:
            self.index.comment_lines.append(number)

    def line(self, line: str, number: int) -> tuple[int, str | None]:
        """Record one line outside any multi-line value; (open brackets, open string delimiter)."""
        stripped = line.strip()
        if not stripped:
            return 0, None
        simple = _SIMPLE.match(line)
        if simple:
            self.key(simple.group(1), number, line.split("=", 1)[1])
            return 0, None
        if stripped.startswith("#"):
            self.comment(True, number)
        elif stripped.startswith("[["):
            self.block(stripped, number)
        elif stripped.startswith("["):
            self.table = tuple(_strip_key(p) for p in stripped[1:].split("]")[0].split("."))
            self.index.lines.setdefault(self.table, number)
        else:
            key, sep, rest = _split_key(line)
            if sep:
                self.key(key, number, rest.split("#")[0])
                depth, in_string, comment = _value_state(rest, 0)
                self.comment(comment, number)
                return depth, in_string
        return 0, None

    def key(self, key: str, number: int, value: str) -> None:
        """A 'key = value' line: its line, a repeated key, and the id of the block."""
        path = (*self.table, key)
        if path in self.seen:
            self.index.duplicate_keys.append((path, self.seen[path], number))
        else:
            self.seen[path] = number
            self.index.lines[path] = number
        if key == "id" and len(self.table) == 2:
            self.index.ids[self.table] = _strip_key(value)

    def block(self, stripped: str, number: int) -> None:
        """A '[[section]]' header: the next item of that section; '[[section.notities]]' (an array
        of tables inside the current item) the next entry of that item's list."""
        header = stripped[2:].split("]]")[0]
        parts = [_strip_key(part) for part in header.split(".")] if "." in header else [_strip_key(header)]
        name = parts[0]
        if len(parts) == 2 and name in self.counts:  # a nested block belongs to the last item
            parent: Position = (name, str(self.counts[name] - 1), parts[1])
            counter = ".".join(parent)
            position = self.counts.get(counter, 0)
            self.counts[counter] = position + 1
            self.table = (*parent, str(position))
            self.index.lines.setdefault(self.table, number)
            self.index.lines.setdefault(parent, number)
            self.comment("#" in stripped.split("]]", 1)[-1], number)
            return
        position = self.counts.get(name, 0)
        self.counts[name] = position + 1
        self.table = (name, str(position))
        self.index.lines.setdefault(self.table, number)
        self.index.lines.setdefault((name,), number)
        self.comment("#" in stripped.split("]]", 1)[-1], number)


def _split_key(line: str) -> tuple[str, bool, str]:
    """Split 'key = value' outside quotes; (key, found, value text)."""
    quote: str | None = None
    for i, char in enumerate(line):
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "=":
            return _strip_key(line[:i]), True, line[i + 1 :]
        elif char == "#":
            break
    return "", False, ""


def _closes(line: str, delimiter: str) -> bool:
    position = line.find(delimiter)
    while position > 0 and delimiter == '"""' and line[position - 1] == "\\":
        position = line.find(delimiter, position + 1)
    return position >= 0


def _value_state(text: str, depth: int) -> tuple[int, str | None, bool]:
    """Follow brackets and strings through a value; (depth, open multi-line delimiter, comment)."""
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if text.startswith('"""', i) or text.startswith("'''", i):
            delimiter = text[i : i + 3]
            end = text.find(delimiter, i + 3)
            if end < 0:
                return depth, delimiter, False
            i = end + 3
            continue
        if char in "\"'":
            end = i + 1
            while end < n and text[end] != char:
                end += 2 if char == '"' and text[end] == "\\" else 1
            i = end + 1
            continue
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth = max(0, depth - 1)
        elif char == "#":
            return depth, None, True
        i += 1
    return depth, None, False
