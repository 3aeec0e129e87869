"""An edited plan is cached as a delta on a whole entry, and reads back equal to a fresh parse."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from synth import synthetic_plan

from regiotrack.plan.edits import set_status
from regiotrack.plan.model import Plan
from regiotrack.plan.notes import add_note
from regiotrack.store import cachedelta
from regiotrack.store.reading import LoadedPlan, parse_text, read_plan, remember
from regiotrack.store.writing import dumps, save_edit

TODAY = date(2026, 11, 22)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("REGIOTRACK_CACHE", str(directory))
    cachedelta._base.clear()
    return directory


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.toml"
    path.write_text(dumps(Plan.model_validate(synthetic_plan(400))))
    return path


def new_process() -> None:
    """What a new command starts with: no base in memory."""
    cachedelta._base.clear()


def open_item(loaded: LoadedPlan) -> str:
    """An afspraak that is open: setting it to 'lopend' and back changes nothing else."""
    return next(a.id for a in loaded.plan.agreements if a.status == "open")


def edit_and_remember(loaded: LoadedPlan, item: str, status: str) -> LoadedPlan:
    saved = save_edit(loaded, lambda plan: set_status(plan, item, status, TODAY).apply(plan))
    remember(saved)
    return saved


def fresh_parse(path: Path) -> Plan:
    return parse_text(path.read_text(), path.name)[0]


def test_an_edit_is_cached_as_a_small_delta_that_reads_back_as_the_parsed_plan(
    cache: Path, plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = read_plan(plan_file)
    new_process()
    loaded = read_plan(plan_file)
    item = open_item(loaded)
    saved = edit_and_remember(loaded, item, "lopend")
    whole, delta = cache / f"{first.digest}.pickle", cache / f"{saved.digest}.delta"
    assert delta.exists() and not (cache / f"{saved.digest}.pickle").exists()
    assert delta.stat().st_size * 20 < whole.stat().st_size
    expected = fresh_parse(plan_file)
    new_process()
    monkeypatch.setattr("regiotrack.store.reading.parse_text", lambda *a: pytest.fail("parsed although cached"))
    again = read_plan(plan_file)
    assert again.plan == expected
    assert next(a for a in again.plan.agreements if a.id == item).status == "lopend"


def test_a_chain_of_edits_in_separate_commands_stays_on_one_base(cache: Path, plan_file: Path) -> None:
    base = read_plan(plan_file).digest
    for number in range(6):
        new_process()
        loaded = read_plan(plan_file)
        loaded = save_edit(
            loaded, lambda plan, n=number: add_note(plan, f"A-{n + 1:05d}", f"Notitie {n}.", TODAY, "PT").apply(plan)
        )
        remember(loaded)
        new_process()
        assert read_plan(plan_file).plan == fresh_parse(plan_file)
    assert [p.name for p in cache.glob("*.pickle")] == [f"{base}.pickle"]
    assert len(list(cache.glob("*.delta"))) == 6


def test_an_entry_of_an_older_format_does_not_block_the_new_one(cache: Path, plan_file: Path) -> None:
    """A whole entry written before cache files were sealed, for the version an edit makes:
    the edit's entry is still written, so the next command need not parse the file."""
    from regiotrack.store import cache as plancache

    first = read_plan(plan_file)
    item = open_item(first)
    saved = edit_and_remember(first, item, "lopend")
    for stale in cache.glob(f"{saved.digest}.*"):
        stale.unlink()
    (cache / f"{saved.digest}.pickle").write_bytes(b"\x80\x05 an entry from before the seal")
    back = edit_and_remember(saved, item, "open")  # the same bytes as the first version
    assert back.digest == first.digest
    again = edit_and_remember(back, item, "lopend")  # the version with the stale entry
    assert again.digest == saved.digest
    new_process()
    assert plancache.lookup(saved.digest) is not None


def test_an_undone_edit_keeps_the_whole_entry(cache: Path, plan_file: Path) -> None:
    first = read_plan(plan_file)
    item = open_item(first)
    saved = edit_and_remember(first, item, "lopend")
    back = edit_and_remember(saved, item, "open")
    assert back.digest == first.digest
    assert (cache / f"{first.digest}.pickle").exists() and not (cache / f"{first.digest}.delta").exists()
    new_process()
    assert read_plan(plan_file).plan == fresh_parse(plan_file)


def test_a_delta_without_its_base_is_dropped_and_the_file_parsed(cache: Path, plan_file: Path) -> None:
    first = read_plan(plan_file)
    saved = edit_and_remember(first, open_item(first), "gereed")
    (cache / f"{first.digest}.pickle").unlink()
    new_process()
    assert read_plan(plan_file).plan == fresh_parse(plan_file)
    assert not (cache / f"{saved.digest}.delta").exists()
    assert (cache / f"{saved.digest}.pickle").exists()  # parsed, and cached whole


def test_a_damaged_delta_is_dropped_and_the_file_parsed(cache: Path, plan_file: Path) -> None:
    loaded = read_plan(plan_file)
    item = open_item(loaded)
    saved = edit_and_remember(loaded, item, "gereed")
    entry = cache / f"{saved.digest}.delta"
    entry.write_bytes(entry.read_bytes()[:-40])
    new_process()
    assert next(a for a in read_plan(plan_file).plan.agreements if a.id == item).status == "gereed"
    assert not entry.exists()


def test_an_edit_that_changes_many_items_is_cached_whole(cache: Path, plan_file: Path) -> None:
    loaded = read_plan(plan_file)
    changed = loaded.plan.model_copy(
        update={"agreements": tuple(a.model_copy(update={"status": "lopend"}) for a in loaded.plan.agreements)}
    )
    saved = save_edit(loaded, lambda _plan: changed)
    remember(saved)
    assert (cache / f"{saved.digest}.pickle").exists() and not (cache / f"{saved.digest}.delta").exists()
    new_process()
    assert read_plan(plan_file).plan == fresh_parse(plan_file)


def test_cache_files_unused_for_a_month_are_removed_when_a_plan_is_cached(cache: Path, plan_file: Path) -> None:
    import os
    import time

    from regiotrack.store import cache as plancache

    first = read_plan(plan_file)
    old_day = time.time() - 40 * 24 * 3600
    stale = [cache / "0123.pickle", cache / "0123.delta", cache / "0123.canonical", cache / "0123.lijst.json"]
    for path in stale:
        path.write_bytes(b"oud")
        os.utime(path, (old_day, old_day))
    foreign = cache / "notities.txt"  # not a name regiotrack gives: never touched
    foreign.write_text("van iemand anders")
    os.utime(foreign, (old_day, old_day))
    used = cache / f"{first.digest}.pickle"
    os.utime(used, (old_day, old_day))
    new_process()
    read_plan(plan_file)  # read: counts as used
    assert used.stat().st_mtime > old_day + 24 * 3600
    plan_file.write_text(plan_file.read_text().replace('status = "open"', 'status = "lopend"', 1))
    new_process()
    read_plan(plan_file)  # a changed file: parsed and cached whole, which prunes
    assert [p for p in stale if p.exists()] == []
    assert foreign.exists() and used.exists()
    assert plancache.UNUSED_DAYS == 30


def test_every_save_leaves_the_new_plan_in_the_cache(
    cache: Path, plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The write path itself caches (the terminal view's saves too, not only the commands')."""
    from regiotrack.saving import save_and_commit

    loaded = read_plan(plan_file)
    item = open_item(loaded)
    saved = save_and_commit(loaded, lambda plan, day: set_status(plan, item, "lopend", day), TODAY, commit=False)
    assert (cache / f"{saved.loaded.digest}.delta").exists()
    new_process()
    monkeypatch.setattr("regiotrack.store.reading.parse_text", lambda *a: pytest.fail("parsed although cached"))
    assert read_plan(plan_file).plan == saved.loaded.plan
