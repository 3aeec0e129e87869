"""``toon`` of an unchanged plan from the texts kept for it (export/itemtexts.py): always what a
fresh description says, for any day; never used once the plan or regiotrack's code changed."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import read_kept, write_kept
from regiotrack.export import itemtexts
from regiotrack.export.describe import describe
from regiotrack.export.profile import describe_other
from regiotrack.plan.references import references_to, referring
from regiotrack.plan.vocabulary import SECTIONS
from regiotrack.store.reading import read_plan

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent
PLANS = [
    REPO / "plans" / "2025-2029.toml",
    *sorted(FIXTURES.glob("*.toml")),
    *sorted((FIXTURES / "lokaal").glob("*.toml")),
]
DAYS = [date(2024, 12, 31), date(2025, 6, 30), date(2026, 11, 22), date(2027, 7, 1), date(2031, 1, 1)]


def kept(cache: Path) -> Any:
    (entry,) = cache.glob("*.toon.json")
    return read_kept(entry)


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.name)
def test_kept_texts_are_a_fresh_description_on_every_day(path: Path) -> None:
    loaded = read_plan(path)
    plan = loaded.plan
    itemtexts.remember(loaded.digest, plan, plan.steps[0].id if plan.steps else "")
    shown = 0
    for section in SECTIONS:
        for item in getattr(plan, section.attr, ()):
            for day in DAYS:
                fresh = describe(plan, item, day) if section.tracked else describe_other(plan, section, item, day)
                assert itemtexts.lookup(loaded.digest, item.id, day) == fresh, (item.id, day)
                shown += 1
    assert shown >= len(DAYS)


def test_the_index_of_references_is_referring_for_every_id() -> None:
    plan = read_plan(REPO / "plans" / "2025-2029.toml").plan
    index = references_to(plan)
    ids = {item.id for s in SECTIONS for item in getattr(plan, s.attr, ())} | set(index)
    assert any(index.values())
    for item_id in ids:
        assert [(o.id, k) for o, k in referring(plan, item_id)] == [(o.id, k) for o, k in index.get(item_id, [])]


def test_toon_of_an_unchanged_plan_loads_no_pydantic(plan_path: Path) -> None:
    code = (
        "import sys; from regiotrack.cli.main import main; main(['toon', 'B2-01']); main(['toon', 'VT']); "
        "print('PYDANTIC', 'pydantic' in sys.modules, file=sys.stderr)"
    )
    run = [sys.executable, "-c", code]
    cold = subprocess.run(run, capture_output=True, text=True, cwd=plan_path.parent.parent, env=os.environ)
    warm = subprocess.run(run, capture_output=True, text=True, cwd=plan_path.parent.parent, env=os.environ)
    assert "PYDANTIC True" in cold.stderr and "PYDANTIC False" in warm.stderr, warm.stderr
    assert cold.stdout == warm.stdout and "stand:" in warm.stdout and "Trekker van" in warm.stdout


def test_damaged_or_foreign_texts_are_not_used(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    cache = Path(os.environ["REGIOTRACK_CACHE"])
    first = cli("toon", "B2-01").out
    (entry,) = cache.glob("*.toon.json")
    for damage in ("{niet af", '{"format": 1}', "[]"):
        entry.write_text(damage)
        assert cli("toon", "B2-01").out == first
    data = kept(cache)
    items = data["items"]
    assert isinstance(items, dict)
    for wrong in (["stand", "x", "y"], ["onbekend", "x", "y", []], ["stand", 1, 2, ["open", None, None, False]]):
        items["B2-01"] = wrong
        write_kept(entry, data)
        assert cli("toon", "B2-01").out == first


def test_texts_made_by_other_code_are_not_used(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """An editable install after a git pull: same version, other code."""
    cache = Path(os.environ["REGIOTRACK_CACHE"])
    first = cli("toon", "B2-01").out
    (entry,) = cache.glob("*.toon.json")
    data = kept(cache)
    items, code = data["items"], data["code"]
    assert isinstance(items, dict) and isinstance(code, list) and code
    items["B2-01"][1] = "B2-01  OUDE TEKST\n  stand: "  # what older code would have said
    write_kept(entry, data)
    assert "OUDE TEKST" in cli("toon", "B2-01").out  # the same code: the kept text is used
    code[0][2] += 1  # one of the modules that made it changed since
    write_kept(entry, data)
    assert cli("toon", "B2-01").out == first


def test_a_changed_plan_is_described_again(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    def status() -> str:
        shown: str = cli("toon", "B2-01").out
        return next(line for line in shown.splitlines() if line.startswith("  status:")).split()[-1]

    assert status() == "open"
    cli("zet", "B2-01", "lopend", "--geen-commit")
    assert status() == "lopend"


def test_a_large_plan_keeps_the_items_shown(plan_path: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(itemtexts, "WHOLE_LIMIT", 5)
    cache = Path(os.environ["REGIOTRACK_CACHE"])
    cli("toon", "B2-01")
    cli("toon", "VT")
    items = kept(cache)["items"]
    assert isinstance(items, dict) and sorted(items) == ["B2-01", "VT"]
    assert cli("toon", "B2-01").out == cli("toon", "B2-01", "--vandaag", "2026-11-22").out


def test_an_unknown_id_is_still_refused_with_a_suggestion(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    cli("toon", "B2-01")
    result = cli("toon", "B2-1")
    assert result.code != 0 and "'B2-1' bestaat niet" in result.err and "bedoelde u 'B2-15'" in result.err
