"""Ids of a new local plan: the regional plan's organisation for the municipality, and its series (issue 16)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from regiotrack.plan.localids import derived_organisation
from regiotrack.store.reading import read_plan


@pytest.mark.parametrize(
    ("name", "organisation", "plan_id"),
    [
        ("Amsterdam", "GEM-AMS", "LOKAAL-AMS-2025-2029"),
        ("Amstelveen", "GEM-AMV", "LOKAAL-AMV-2025-2029"),
        ("Ouder-Amstel", "GEM-OA", "LOKAAL-OA-2025-2029"),
    ],
)
def test_init_gemeente_uses_the_regional_organisation(workdir: Path, cli, name, organisation, plan_id) -> None:  # type: ignore[no-untyped-def]
    result = cli("init", "--gemeente", name)
    assert result.code == 0, result.err
    path = next((workdir / "plans" / "gemeenten").glob("*.toml"))
    data = tomllib.loads(path.read_text())
    assert data["id"] == plan_id
    assert data["organisatie"] == [{"id": organisation, "naam": f"Gemeente {name}", "soort": "gemeente"}]
    regional = tomllib.loads((workdir / "plans" / "2025-2029.toml").read_text())
    assert {"id": organisation, "naam": f"Gemeente {name}"}.items() <= next(
        o for o in regional["organisatie"] if o["id"] == organisation
    ).items()


def test_without_a_regional_organisation_the_derived_id_clashes_with_nothing(workdir: Path) -> None:
    plan = read_plan(workdir / "plans" / "2025-2029.toml").plan
    # Amstelveen's letters give GEM-AMS, which is Amsterdam: the derived id must go on.
    assert derived_organisation(plan, "Amstelveen") == "GEM-AMST"
    assert derived_organisation(plan, "Haarlem") == "GEM-HAA"


def test_the_first_nieuw_afspraak_on_a_fresh_local_plan_gets_the_municipality_series(workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init", "--gemeente", "Amstelveen").code == 0
    plan = "plans/gemeenten/amstelveen.toml"
    first = cli("nieuw", "afspraak", "titel=Scholen doen mee", "trekker=GEM-AMV", "dient=A-18", "--plan", plan)
    assert first.code == 0, first.err
    assert "AMV-01" in first.out
    second = cli("nieuw", "afspraak", "titel=Tweede actie", "trekker=GEM-AMV", "dient=A-18", "--plan", plan)
    assert second.code == 0, second.err
    text = (workdir / plan).read_text()
    assert 'id = "AMV-01"' in text and 'id = "AMV-02"' in text
    assert cli("controleer").code == 0
