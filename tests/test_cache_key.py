"""The plan cache's key for pickled models: stable across processes, different when a model gains a field."""

from __future__ import annotations

import subprocess
import sys

from regiotrack.store import cache


def test_key_is_the_same_in_another_process() -> None:
    code = "from regiotrack.store.cache import _key; print(_key('abc', True))"
    keys = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout for _ in "12"
    }
    assert len(keys) == 1 and keys == {cache._key("abc", True) + "\n"}


def test_key_changes_with_the_models_fields(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from regiotrack.plan.model import Step

    before = cache._key("abc", True)
    monkeypatch.setitem(Step.model_fields, "nieuw_veld", Step.model_fields["notes"])
    cache._models_key.cache_clear()  # computed once per process: models do not change while it runs
    try:
        assert cache._key("abc", True) != before
    finally:
        monkeypatch.undo()
        cache._models_key.cache_clear()
