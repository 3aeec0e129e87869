"""The content-keyed cache: used when the file is unchanged, never trusted over the file."""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
from pathlib import Path

import pytest

from conftest import read_kept, write_kept
from regiotrack.store import cache as plancache
from regiotrack.store.reading import read_plan
from regiotrack.store.seal import seal


def entries(home_cache: Path) -> list[Path]:
    return sorted(home_cache.glob("*.pickle"))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("REGIOTRACK_CACHE", str(directory))
    return directory


def test_second_read_comes_from_the_cache(plan_path: Path, cache: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first = read_plan(plan_path)
    assert [p.stem for p in entries(cache)] == [first.digest]
    monkeypatch.setattr("regiotrack.store.reading.parse_text", lambda *a: pytest.fail("parsed although cached"))
    assert read_plan(plan_path).plan == first.plan


def test_a_changed_file_is_parsed_again(plan_path: Path, cache: Path) -> None:
    read_plan(plan_path)
    plan_path.write_text(plan_path.read_text().replace('status = "open"', 'status = "lopend"', 1))
    assert read_plan(plan_path).plan.steps[0].status == "lopend"
    assert len(entries(cache)) == 2


@pytest.mark.parametrize("damage", [b"", b"\x80\x05garbage", b"not a pickle at all"])
def test_corrupt_cache_entries_are_ignored_and_removed(plan_path: Path, cache: Path, damage: bytes) -> None:
    digest = read_plan(plan_path).digest
    entry = cache / f"{digest}.pickle"
    entry.write_bytes(damage)
    assert read_plan(plan_path).plan.steps[0].id == "T01"
    assert entry.exists()  # rewritten with a good entry
    assert plancache.lookup(digest) is not None


def test_an_entry_for_other_content_is_never_used(plan_path: Path, cache: Path) -> None:
    read_plan(plan_path)
    other = plan_path.read_bytes().replace(b'status = "open"', b'status = "gereed"', 1)
    (cache / f"{read_plan(plan_path).digest}.pickle").rename(cache / f"{hashlib.sha256(other).hexdigest()}.pickle")
    plan_path.write_bytes(other)
    assert read_plan(plan_path).plan.steps[0].status == "gereed"


@pytest.mark.parametrize("off", ["uit", "UIT", " Uit "])
def test_cache_can_be_off(plan_path: Path, monkeypatch: pytest.MonkeyPatch, off: str) -> None:
    monkeypatch.chdir(plan_path.parent)
    monkeypatch.setenv("REGIOTRACK_CACHE", off)
    assert plancache.cache_dir() is None
    assert read_plan(plan_path).plan.id == "HGKMSG-2025-2029"
    assert sorted(p.name for p in plan_path.parent.iterdir()) == [plan_path.name]  # no folder named 'UIT'


def test_cache_can_be_unwritable(plan_path: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    blocked = tmp_path / "bestand"
    blocked.write_text("geen map")
    monkeypatch.setenv("REGIOTRACK_CACHE", str(blocked / "cache"))
    assert read_plan(plan_path).plan.id == "HGKMSG-2025-2029"


def test_unchanged_plan_is_listed_without_loading_pydantic(plan_path: Path, cache: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from regiotrack.cli.main import main; main(['lijst', '--verlopen']); "
        "print('PYDANTIC', 'pydantic' in sys.modules, file=sys.stderr)"
    )
    env = {**os.environ, "REGIOTRACK_CACHE": str(cache)}
    cold = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=plan_path.parent.parent, env=env
    )
    warm = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=plan_path.parent.parent, env=env
    )
    assert "PYDANTIC True" in cold.stderr and "PYDANTIC False" in warm.stderr
    assert cold.stdout == warm.stdout and "24 items: 24 verlopen" in warm.stdout


def test_damaged_or_stale_listing_snapshots_are_not_used(plan_path: Path, cache: Path, cli) -> None:  # type: ignore[no-untyped-def]
    first = cli("lijst", "--json").out
    (snapshot,) = cache.glob("*.lijst.json")
    snapshot.write_text("{niet af")
    assert cli("lijst", "--json").out == first
    plan_path.write_text(plan_path.read_text().replace('status = "open"', 'status = "gereed"', 1))
    assert '"status": "gereed"' in cli("lijst", "--json").out


def test_a_listing_snapshot_is_used_only_by_the_code_that_made_it(plan_path: Path, cache: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """An editable install after a git pull: the same version, other code."""
    first = cli("lijst", "--json").out
    (snapshot,) = cache.glob("*.lijst.json")
    data = read_kept(snapshot)
    data["items"][0][2] = "TITEL VAN TOEN"  # what the older code would have listed
    write_kept(snapshot, data)
    assert "TITEL VAN TOEN" in cli("lijst", "--json").out  # the same code: the snapshot is used
    data["code"][0][2] += 1  # one of the modules that made it changed since
    write_kept(snapshot, data)
    assert cli("lijst", "--json").out == first


@pytest.mark.parametrize("suffix", [".pickle", ".lijst.json", ".toon.json"])
def test_a_damaged_entry_that_still_loads_is_not_used(plan_path: Path, cache: Path, cli, suffix: str) -> None:  # type: ignore[no-untyped-def]
    """One changed byte in a title: still a valid pickle or JSON, but not what the plan says."""
    first = cli("lijst", "--json").out, cli("toon", "B2-01").out
    (entry,) = cache.glob(f"*{suffix}")
    raw = entry.read_bytes()
    assert raw.count(b"Fysieke locatie") >= 1
    entry.write_bytes(raw.replace(b"Fysieke locatie", b"Fysieke LOCATIE"))
    for other in cache.glob("*.json"):
        if other != entry:
            other.unlink()  # so that the damaged entry is the one read
    assert (cli("lijst", "--json").out, cli("toon", "B2-01").out) == first


# ---------------------------------------------------------------------------- trust (issue 12.15)


def test_cache_files_are_private(plan_path: Path, cache: Path, cli) -> None:  # type: ignore[no-untyped-def]
    read_plan(plan_path)
    assert cli("lijst").code == 0
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o700
    written = list(cache.iterdir())
    assert {p.suffix for p in written} == {".pickle", ".json"}
    assert all(stat.S_IMODE(os.stat(p).st_mode) == 0o600 for p in written)


def test_an_old_open_cache_is_made_private(plan_path: Path, cache: Path) -> None:
    read_plan(plan_path)
    os.chmod(cache, 0o755)
    entry = entries(cache)[0]
    os.chmod(entry, 0o644)
    assert plancache.lookup(entry.stem) is not None
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(entry).st_mode) == 0o600


def _booby_trap(entry: Path, digest: str) -> None:
    """A pickle that would run code when loaded (it only touches a marker file)."""

    class Trap:
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (Path.touch, (entry.parent / "PWNED",))

    payload = pickle.dumps((plancache._key(digest, True), Trap()))
    entry.write_bytes(seal(payload) + payload)  # intact: only the ownership checks may stop it


@pytest.mark.parametrize("mode", [0o666, 0o620, 0o602])
def test_an_entry_others_could_write_is_never_loaded(plan_path: Path, cache: Path, mode: int) -> None:
    digest = read_plan(plan_path).digest
    entry = cache / f"{digest}.pickle"
    _booby_trap(entry, digest)
    os.chmod(entry, mode)
    assert plancache.lookup(digest) is None
    assert not (cache / "PWNED").exists()
    assert not entry.exists()


def test_an_entry_owned_by_someone_else_is_never_loaded(
    plan_path: Path,
    cache: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    digest = read_plan(plan_path).digest
    entry = cache / f"{digest}.pickle"
    _booby_trap(entry, digest)
    real_fstat = os.fstat

    def foreign(fd: int) -> os.stat_result:
        result = list(real_fstat(fd))
        result[stat.ST_UID] = os.getuid() + 1
        return os.stat_result(result)

    monkeypatch.setattr(os, "fstat", foreign)
    assert plancache.lookup(digest) is None
    assert not (cache / "PWNED").exists()


def test_a_shared_cache_directory_is_not_used(
    plan_path: Path,
    cache: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    digest = read_plan(plan_path).digest
    _booby_trap(cache / f"{digest}.pickle", digest)
    os.chmod(cache / f"{digest}.pickle", 0o600)
    os.chmod(cache, 0o777)  # a REGIOTRACK_CACHE everyone can write into
    try:
        assert plancache.lookup(digest) is None
        assert not (cache / "PWNED").exists()
        plancache.store("abc", {"x": 1})
        assert not (cache / "abc.pickle").exists()
    finally:
        os.chmod(cache, 0o700)


def test_a_foreign_listing_snapshot_is_not_used(plan_path: Path, cache: Path, cli) -> None:  # type: ignore[no-untyped-def]
    from regiotrack.store import listing

    assert cli("lijst").code == 0
    (snapshot,) = cache.glob("*.lijst.json")
    digest = snapshot.name.split(".")[0]
    assert listing.lookup(digest) is not None
    os.chmod(snapshot, 0o666)
    assert listing.lookup(digest) is None


def test_a_canonical_marker_others_could_write_is_not_trusted(cache: Path) -> None:
    plancache.mark_canonical("abc")
    marker = cache / "abc.canonical"
    assert stat.S_IMODE(os.stat(marker).st_mode) == 0o600
    assert plancache.is_canonical("abc")
    os.chmod(marker, 0o666)
    assert not plancache.is_canonical("abc")
