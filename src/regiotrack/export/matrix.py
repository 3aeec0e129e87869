"""The regional matrix as text: a CLI table and a Markdown report section (symbols, never colour alone)."""

from __future__ import annotations

from collections.abc import Sequence

from regiotrack.plan.matrix import Row
from regiotrack.plan.standing import STATE_ORDER, SYMBOLS

LEGEND = "Legenda: " + ", ".join(f"{SYMBOLS[s]} {s}" for s in STATE_ORDER) + "; getal = aantal lokale acties; - = geen."
"""How to read a cell."""

_TITLE_WIDTH = 40


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def matrix_table(rows: Sequence[Row]) -> str:
    """Fixed-width table: one line per regional id, one column per municipality, then a legend."""
    if not rows:
        return "Het regionale plan heeft geen afspraken of werkgroepen."
    names = list(rows[0].cells)
    header = ["ID", "TITEL", *names]
    lines = [[row.id, _short(row.title, _TITLE_WIDTH), *(c.label() for c in row.cells.values())] for row in rows]
    widths = [max(len(cells[i]) for cells in [header, *lines]) for i in range(len(header))]

    def fmt(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    acting = sum(1 for row in rows if row.acting)
    out = [fmt(header), fmt(["-" * w for w in widths]), *(fmt(cells) for cells in lines), ""]
    out.append(f"{acting} van {len(rows)} regionale afspraken en werkgroepen hebben lokale acties.")
    out.append(LEGEND)
    return "\n".join(out)


def matrix_markdown(rows: Sequence[Row]) -> str:
    """The matrix as a Markdown section for the report (plan text escaped for table cells)."""

    def cell(text: str) -> str:
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")

    if not rows:
        return ""
    names = list(rows[0].cells)
    out = ["## Regionale matrix: lokale acties per gemeente", ""]
    out.append("| Id | Afspraak | " + " | ".join(cell(n) for n in names) + " |")
    out.append("|" + "---|" * (len(names) + 2))
    for row in rows:
        if not row.acting:
            continue
        labels = " | ".join(c.label() for c in row.cells.values())
        out.append(f"| {row.id} | {cell(row.title)} | {labels} |")
    acting = sum(1 for row in rows if row.acting)
    out += ["", f"{acting} van {len(rows)} regionale afspraken en werkgroepen hebben lokale acties. {LEGEND}", ""]
    return "\n".join(out)
