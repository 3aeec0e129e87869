"""A local set with cross-file errors: matrix, rapport and publiceer refuse with file and line (issue 16)."""

from __future__ import annotations

import shutil
from pathlib import Path


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


COMMANDS = (
    ("matrix",),
    ("matrix", "--plan", "plans/gemeenten/aalsmeer.toml"),
    ("rapport", "-o", "r.md"),
    ("rapport", "--formaat", "json", "-o", "r.json"),
    ("publiceer", "site"),
)


def _refused(cli, workdir: Path, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    for args in COMMANDS:
        result = cli(*args, "--vandaag", "2026-01-15")
        assert result.code == 2, (args, result.out, result.err)
        assert "Traceback" not in result.err
        for text in expected:
            assert text in result.err, (args, result.err)
        assert result.out == ""
    assert not (workdir / "r.md").exists() and not (workdir / "r.json").exists() and not (workdir / "site").exists()


def test_a_municipality_outside_the_region_is_refused_not_a_traceback(region: Path, workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = region / "uithoorn.toml"
    _replace(path, 'gemeente = "Uithoorn"', 'gemeente = "Haarlem"')
    where = f"plans/gemeenten/uithoorn.toml:{_line_of(path, 'gemeente =')}"
    _refused(cli, workdir, [where, "gemeente 'Haarlem' hoort niet bij de regio"])


def test_an_unknown_regional_id_is_refused(region: Path, workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = region / "amstelveen.toml"
    _replace(path, '"B2-03"', '"A-122"')
    where = f"plans/gemeenten/amstelveen.toml:{_line_of(path, 'dient =')}"
    _refused(cli, workdir, [where, "'A-122' staat niet in het regionale plan"])


def test_two_files_for_one_municipality_are_refused(region: Path, workdir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    for name in ("diemen.toml", "diemen-2.toml"):
        shutil.copy(region / "aalsmeer.toml", region / name)
        _replace(region / name, '"Aalsmeer"', '"Diemen"')
    second = region / "diemen.toml"  # sorted after diemen-2.toml
    where = f"plans/gemeenten/diemen.toml:{_line_of(second, 'gemeente =')}"
    _refused(cli, workdir, [where, "gemeente 'Diemen' heeft al een lokaal plan: plans/gemeenten/diemen-2.toml"])


def test_a_clean_set_still_reports_and_controleer_says_the_local_plans_were_checked(region: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("matrix", "--vandaag", "2026-01-15").code == 0
    assert cli("rapport", "-o", "r.md", "--vandaag", "2026-01-15").code == 0
    result = cli("controleer", "--vandaag", "2026-01-15")
    assert result.code == 0, result.err
    assert "Ook 3 lokale plannen in plans/gemeenten/ gecontroleerd: geen fouten." in result.out
    local = cli("controleer", "--plan", "plans/gemeenten/aalsmeer.toml", "--vandaag", "2026-01-15")
    assert "lokale plannen" not in local.out and "lokaal plan in" not in local.out
