"""git's merge driver (regiotrack samenvoegen BASIS HIER DAAR PAD), run on files as git would."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from regiotrack.history.merge import _merged_order

BASE = (FIXTURES / "basis.toml").read_text(encoding="utf-8")


def _run(tmp_path: Path, cli, base: str, ours: str | bytes, theirs: str):  # type: ignore[no-untyped-def]
    paths = {}
    for role, text in (("base", base), ("ours", ours), ("theirs", theirs)):
        paths[role] = tmp_path / f"{role}.toml"
        paths[role].write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    result = cli("samenvoegen", str(paths["base"]), str(paths["ours"]), str(paths["theirs"]), "plans/p.toml")
    return result, paths["ours"].read_bytes()


def test_a_clean_field_merge(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    ours = BASE.replace(
        'titel = "Locatie open"\ntrekker = "VT"\ndeadline = "2026-Q1"\nstatus = "open"',
        'titel = "Locatie open"\ntrekker = "VT"\ndeadline = "2026-Q1"\nstatus = "lopend"',
    )
    theirs = BASE.replace('deadline = "2026-Q1"', 'deadline = "2026-Q2"')
    result, merged = _run(tmp_path, cli, BASE, ours, theirs)
    assert result.code == 0, result.err
    assert b'status = "lopend"' in merged and b'deadline = "2026-Q2"' in merged


def test_comments_are_kept_by_falling_back_to_gits_text_merge(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    base = BASE.replace("[[afspraak]]\n", "# Bijlage 2, zoals vastgesteld\n[[afspraak]]\n", 1)
    ours = base.replace('status = "open"\n\n[[werkgroep]]', 'status = "lopend"\n\n[[werkgroep]]')
    theirs = base.replace('naam = "Veilig Thuis"', 'naam = "Veilig Thuis Amsterdam-Amstelland"')
    result, merged = _run(tmp_path, cli, base, ours, theirs)
    assert result.code == 0, result.err
    assert "opmerkingen (#)" in result.err and "samenvoegen per regel met git" in result.err
    text = merged.decode()
    assert "# Bijlage 2, zoals vastgesteld" in text
    assert 'naam = "Veilig Thuis Amsterdam-Amstelland"' in text and 'status = "lopend"' in text


def test_a_text_merge_conflict_is_reported(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    base = "# opmerking\n" + BASE
    result, merged = _run(
        tmp_path,
        cli,
        base,
        base.replace('regio = "Testregio"', 'regio = "Hier"'),
        base.replace('regio = "Testregio"', 'regio = "Daar"'),
    )
    assert result.code == 1
    assert "conflict(en)" in result.err and b"<<<<<<< hier" in merged and b">>>>>>> daar" in merged


@pytest.mark.parametrize(
    ("ours_removes", "first", "last"),
    [(True, "hier: verwijderd", "daar: gewijzigd"), (False, "hier: gewijzigd", "daar: verwijderd")],
)
def test_delete_edit_conflicts_label_each_side_as_it_is(
    tmp_path: Path, cli, ours_removes: bool, first: str, last: str
) -> None:  # type: ignore[no-untyped-def]
    block = BASE[BASE.index("[[afspraak]]") : BASE.index("[[werkgroep]]")]
    removed = BASE.replace(block, "")
    changed = BASE.replace('status = "open"\n\n[[werkgroep]]', 'status = "gereed"\n\n[[werkgroep]]')
    ours, theirs = (removed, changed) if ours_removes else (changed, removed)
    result, merged = _run(tmp_path, cli, BASE, ours, theirs)
    assert result.code == 1
    text = merged.decode()
    assert f"<<<<<<< {first}\n" in text and f">>>>>>> {last}\n" in text
    sides = "hier verwijderd, daar gewijzigd" if ours_removes else "hier gewijzigd, daar verwijderd"
    assert f"B2-01: {sides}" in result.err
    if ours_removes:  # nothing between <<<<<<< and =======: "hier" has no such item
        assert "<<<<<<< hier: verwijderd\n=======\n[[afspraak]]" in text


def test_a_byte_order_mark_is_kept(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    ours = b"\xef\xbb\xbf" + BASE.replace('regio = "Testregio"', 'regio = "Hier"').encode()
    result, merged = _run(tmp_path, cli, BASE, ours, BASE.replace('titel = "Testplan"', 'titel = "Daar"'))
    assert result.code == 0, result.err
    assert merged.startswith(b"\xef\xbb\xbf") and b'regio = "Hier"' in merged and b'titel = "Daar"' in merged


def test_toml_nested_a_thousand_deep_does_not_crash_the_driver(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    deep = BASE + "diep = " + "[" * 1000 + "]" * 1000 + "\n"
    result, _ = _run(tmp_path, cli, BASE, BASE, deep)
    assert "Traceback" not in result.err
    assert "samenvoegen per regel met git" in result.err and result.code in (0, 1)


def test_resident_data_from_the_other_side_is_refused_and_nothing_written(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    ours = BASE.replace('regio = "Testregio"', 'regio = "Hier"')
    theirs = BASE.replace('titel = "Locatie open"', 'titel = "Locatie open"\nnotitie = "Casus BSN 111222333"')
    result, merged = _run(tmp_path, cli, BASE, ours, theirs)
    assert result.code == 1
    assert (
        "B2-01, veld 'notities': lijkt op een burgerservicenummer" in result.err
    )  # an old-style note is read into the log
    assert "regiotrack notitie ID --verwijder N" in result.err
    assert merged == ours.encode()


def test_merged_order_is_ours_with_theirs_placed_after_their_predecessor() -> None:
    assert _merged_order(["a", "b", "c"], ["x", "a", "y", "z", "c", "w"]) == ["x", "a", "y", "z", "b", "c", "w"]
    assert _merged_order(["a"], []) == ["a"]
    many = [f"i{n}" for n in range(100_000)]
    assert _merged_order([], many) == many


def test_resident_data_in_a_conflicting_value_is_refused_too(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    ours = BASE.replace('titel = "Locatie open"', 'titel = "Locatie open"\nnotitie = "hier"')
    theirs = BASE.replace('titel = "Locatie open"', 'titel = "Locatie open"\nnotitie = "Bel 06-12345678"')
    result, merged = _run(tmp_path, cli, BASE, ours, theirs)
    assert result.code == 1
    assert "lijkt op een telefoonnummer (06-12345678)" in result.err
    assert merged == ours.encode()
