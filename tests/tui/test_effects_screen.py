"""The Effecten screen: per effect its afspraken, indicators (sparkline) and reflection; per gebied."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from regiotrack.tui.screens.effects import EffectsScreen


def cards_of(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(card.render()) for card in app.screen.query(".card").results(Static)]


async def test_effects_screen_shows_each_effect_its_afspraken_and_indicators(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("7")
        await pilot.pause()
        assert isinstance(app.screen, EffectsScreen)
        cards = cards_of(app)
        assert len(cards) == 5  # four effects of §1.3, then the areas
        assert cards[0].startswith("E1  Voorkomen van geweld")
        assert cards[3].startswith("E4  Zorgzame samenleving")
        assert "A-06  Eigen uitvoeringsplan preventie Amsterdam" in cards[0]
        assert "B2-08" in cards[0] and "nog vast te stellen" in cards[0]  # no trekker in the source
        assert "(koppeling aangenomen)" in cards[0]
        assert "I-01 Meldingen bij Veilig Thuis (aantal)" in cards[0]
        assert "regio: 2024 9.951" in cards[0]
        assert "nog geen reflectie" in cards[0]
        assert cards[4].startswith("Per gebied")
        assert "G-NW" in cards[4] and "regio samen:" in cards[4]


async def test_measurement_and_reflection_appear_after_the_write(make_app, plan_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("7")
        await pilot.pause()
        assert cli("meet", "I-01", "9.800", "--halfjaar", "2026-H1", "--geen-commit").code == 0
        assert cli("meet", "I-01", "10.100", "--halfjaar", "2026-H2", "--geen-commit").code == 0
        assert cli("reflecteer", "E1", "--halfjaar", "2026-H1", "Meldingen gelijk.", "--geen-commit").code == 0
        app.check_disk()
        await pilot.pause()
        first = cards_of(app)[0]
        assert "regio: 2024 9.951, 2026-H1 9.800, 2026-H2 10.100" in first
        assert "▅▁█" in first  # the sparkline of the three values
        assert "1e halfjaar 2026: Meldingen gelijk." in first
