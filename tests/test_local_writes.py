"""Issue 16, bad input at write time: an edit of a local plan may not add a link the regional plan lacks."""

from __future__ import annotations

from pathlib import Path

AMV = "plans/gemeenten/amstelveen.toml"


def test_nieuw_and_wijzig_refuse_an_unknown_regional_id(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    before = (region / "amstelveen.toml").read_bytes()
    for args in (
        ("nieuw", "afspraak", "titel=Training", "trekker=GEM-AMV", "dient=B2-03,B2-99"),
        ("wijzig", "AMV-01", "dient=B2-99"),
    ):
        result = cli(*args, "--plan", AMV, "--geen-commit")
        assert result.code == 2, result.out
        assert "deze wijziging is niet opgeslagen en niet vastgelegd" in result.err
        assert "plans/gemeenten/amstelveen.toml: " in result.err and "veld 'dient'" in result.err
        assert "'B2-99' staat niet in het regionale plan plans/2025-2029.toml; bedoelde u 'B2-09'?" in result.err
    assert (region / "amstelveen.toml").read_bytes() == before


def test_a_known_id_and_an_edit_that_repairs_a_link_go_through(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    ok = cli("nieuw", "afspraak", "titel=Training", "trekker=GEM-AMV", "dient=B2-04,E1", "--plan", AMV, "--geen-commit")
    assert ok.code == 0, ok.err
    path = region / "amstelveen.toml"
    path.write_text(path.read_text().replace('"B2-03"', '"B2-3"'))  # a broken link, written by hand
    unrelated = cli("zet", "AMV-02", "lopend", "--plan", AMV, "--geen-commit")
    assert unrelated.code == 0, unrelated.err  # the old problem does not block other work (controleer names it)
    repair = cli("wijzig", "AMV-01", "dient=B2-03", "--plan", AMV, "--geen-commit")
    assert repair.code == 0, repair.err
    assert cli("controleer").code == 0
