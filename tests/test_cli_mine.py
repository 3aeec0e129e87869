"""`lijst --mijn` and `--als ORG`: only what an organisation pulls or takes part in."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from regiotrack.cli.main import main
from regiotrack.plan.filters import involves
from regiotrack.store.reading import read_plan


def ids(out: str) -> set[str]:
    return {row["id"] for row in json.loads(out)["items"]}


def expected(plan_path: Path, org: str) -> set[str]:
    plan = read_plan(plan_path).plan
    items = (*plan.steps, *plan.agreements, *plan.partner_meetings)
    return {item.id for item in items if involves(item, org)}


@pytest.mark.parametrize("where", ["after", "before"])
def test_list_as_an_organisation(plan_path: Path, cli, where: str) -> None:  # type: ignore[no-untyped-def]
    args = ["lijst", "--json", "--als", "VT"] if where == "after" else ["--als", "VT", "lijst", "--json"]
    result = cli(*args)
    assert result.code == 0, result.err
    shown = ids(result.out)
    assert shown == expected(plan_path, "VT")
    assert {"B2-01", "PO-2026-1"} <= shown  # VT pulls B2-01; every partner meeting concerns everyone
    assert "B2-04" not in shown  # PT's, without VT as partner


def test_partner_counts_as_mine(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    shown = ids(cli("lijst", "--json", "--als", "POLITIE", "--soort", "afspraak").out)
    assert "B2-01" in shown  # POLITIE is a partner of B2-01, not its trekker


def test_list_mine_from_git_config(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    subprocess.run(["git", "init", "-q"], cwd=plan_path.parent.parent, check=True)
    subprocess.run(["git", "config", "regiotrack.organisatie", "EP"], cwd=plan_path.parent, check=True)
    result = cli("lijst", "--json", "--mijn")
    assert result.code == 0, result.err
    assert ids(result.out) == expected(plan_path, "EP")


def test_mine_without_an_organisation_says_how(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("lijst", "--mijn")
    assert result.code == 2
    assert "uw organisatie is niet ingesteld" in result.err and "git config regiotrack.organisatie" in result.err


def test_unknown_organisation_gets_a_suggestion(plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("lijst", "--als", "VTT")
    assert result.code == 2 and "--als 'VTT' komt niet voor" in result.err and "bedoelde u 'VT'?" in result.err


def test_as_is_refused_where_it_means_nothing(plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--als", "VT", "zet", "B2-01", "lopend"])
    assert done.value.code == 2 and "--als past niet bij 'regiotrack zet'" in capsys.readouterr().err
