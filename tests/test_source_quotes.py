"""The plan claims nothing its source does not say: every citaat occurs in the source text."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REAL_PLAN, REPO
from regiotrack.check.sources import SourceText, assumptions, quote_problems, unsourced
from regiotrack.store.reading import read_plan

FIXTURE = REPO / "tests" / "fixtures" / "bron-2025-2029.txt"
_SEED = "001_33ebd9f5ab9311ff.txt"
SHARED = next(
    (
        p
        for p in (REPO.parent / "shared" / "seeds" / _SEED, REPO.parent.parent / "shared" / "seeds" / _SEED)
        if p.exists()
    ),
    REPO / "missing",
)


def _quotes_missing(source_path: Path) -> list[str]:
    loaded = read_plan(REAL_PLAN)
    source = SourceText.of(source_path.read_text(encoding="utf-8"))
    return [p.format() for p in quote_problems(loaded.plan, source, loaded.index, "plan", "de bron")]


def test_every_citaat_in_the_plan_occurs_in_the_source() -> None:
    assert _quotes_missing(FIXTURE) == []


@pytest.mark.skipif(not SHARED.exists(), reason="the shared seeds are not beside this checkout")
def test_the_fixture_is_the_shared_seed_and_it_agrees_too() -> None:
    assert SHARED.read_bytes() == FIXTURE.read_bytes()
    assert _quotes_missing(SHARED) == []


def test_normalising_joins_words_hyphenated_across_lines() -> None:
    source = SourceText.of("goede samen-\nwerking in Amsterdam-\n  Amstelland,\n\nmet   veel\tpartners")
    assert source.contains("goede samenwerking")
    assert source.contains("Amsterdam-Amstelland, met veel partners")
    assert not source.contains("slechte samenwerking")


def test_every_owner_and_date_of_an_afspraak_has_provenance() -> None:
    loaded = read_plan(REAL_PLAN)
    assert unsourced(loaded.plan, loaded.index, "plan") == []
    assert all(a.source and a.quote for a in loaded.plan.agreements)


def test_assumptions_are_listed_with_line_who_and_when() -> None:
    loaded = read_plan(REAL_PLAN)
    found = assumptions(loaded.plan, loaded.index)
    assert found and all(a.line and a.by and a.on and a.why for a in found)
    r01 = next(a for a in found if a.item == "R-01")
    assert r01.field == "voor"
    assert loaded.index.line_of(("randvoorwaarde", "0", "voor")) == r01.line
