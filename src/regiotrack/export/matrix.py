"""The regional matrix as a CLI table (symbols, never colour alone); the report section is ``local_report``."""

from __future__ import annotations

from collections.abc import Sequence

from regiotrack.export.text import shorten
from regiotrack.plan.matrix import Row
from regiotrack.plan.standing import STATE_ORDER, SYMBOLS

LEGEND = "Legenda: " + ", ".join(f"{SYMBOLS[s]} {s}" for s in STATE_ORDER) + "; getal = aantal lokale acties; - = geen."
"""How to read a cell."""

_TITLE_WIDTH = 40


def acting_sentence(acting: int, total: int) -> str:
    """'3 van 67 regionale afspraken, werkgroepen en effecten hebben lokale acties.'"""
    return f"{acting} van {total} regionale afspraken, werkgroepen en effecten hebben lokale acties."


def matrix_table(rows: Sequence[Row]) -> str:
    """Fixed-width table: one line per regional id, one column per municipality, then a legend."""
    if not rows:
        return "Het regionale plan heeft geen afspraken of werkgroepen."
    names = list(rows[0].cells)
    header = ["ID", "TITEL", *names]
    lines = [[row.id, shorten(row.title, _TITLE_WIDTH), *(c.label() for c in row.cells.values())] for row in rows]
    widths = [max(len(cells[i]) for cells in [header, *lines]) for i in range(len(header))]

    def fmt(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    acting = sum(1 for row in rows if row.acting)
    out = [fmt(header), fmt(["-" * w for w in widths]), *(fmt(cells) for cells in lines), ""]
    out.append(acting_sentence(acting, len(rows)))
    out.append(LEGEND)
    return "\n".join(out)
