"""``store.itemdata.item_data`` gives exactly what pydantic's ``model_dump`` gives, for every model and field."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel
from synth import synthetic_plan

from conftest import FIXTURES, REAL_PLAN
from regiotrack.plan.fields import FileModel
from regiotrack.plan.model import Plan
from regiotrack.store.itemdata import item_data
from regiotrack.store.reading import read_plan

ALL_FIELDS = FIXTURES / "alle-velden.toml"
"""A small plan in which every field of every model is set somewhere (see the coverage test)."""

PLAN_FILES = [REAL_PLAN, ALL_FIELDS, *sorted(FIXTURES.glob("*.toml")), *sorted((FIXTURES / "lokaal").glob("*.toml"))]


def _models(model: BaseModel) -> Iterator[BaseModel]:
    """The model and every model inside it, depth first."""
    yield model
    for name in type(model).model_fields:
        value = getattr(model, name)
        for inner in value if isinstance(value, (tuple, list)) else (value,):
            if isinstance(inner, BaseModel):
                yield from _models(inner)


def _dump(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(by_alias=True, exclude_none=True)


@pytest.mark.parametrize("path", PLAN_FILES, ids=lambda p: Path(p).name)
def test_equal_to_model_dump_for_every_item_of_a_plan_file(path: Path) -> None:
    plan = read_plan(path, for_edit=True).plan
    models = list(_models(plan))
    assert len(models) > 1
    for model in models:
        assert item_data(model) == _dump(model), f"{type(model).__name__} {getattr(model, 'id', '')}"


def test_equal_to_model_dump_for_a_synthetic_plan() -> None:
    plan = Plan.model_validate(synthetic_plan(300))
    assert item_data(plan) == _dump(plan)


def test_the_all_fields_plan_sets_every_field_of_every_model() -> None:
    """When a model gains a field, give it a value in alle-velden.toml, so the test above covers its type."""
    plan = read_plan(ALL_FIELDS).plan
    unset: dict[str, set[str]] = {}
    for model in _models(plan):
        fields = type(model).model_fields
        left = unset.setdefault(type(model).__name__, set(fields))
        left -= {name for name in fields if getattr(model, name) not in (None, (), "", False)}
    missing = {name: sorted(left) for name, left in unset.items() if left - {"schema_version", "timezone"}}
    assert not missing, f"zet deze velden in {ALL_FIELDS.name}: {missing}"
    from regiotrack.plan.model import section_model
    from regiotrack.plan.vocabulary import SECTIONS

    assert {section_model(s.key).__name__ for s in SECTIONS} <= set(unset)


def test_types_shaped_unlike_the_plan_models_are_refused_not_guessed() -> None:
    class WithDict(FileModel):
        values: dict[str, int]

    class WithUnion(FileModel):
        value: int | str

    with pytest.raises(TypeError):
        item_data(WithDict(values={"a": 1}))
    assert item_data(WithUnion(value=3)) == {"value": 3}  # plain values in a union need no conversion


def test_a_save_from_the_cache_builds_no_serialisation_schema() -> None:
    """The point of item_data: a command whose plan comes from the cache (never validated in
    this process) encodes the item it changed without building pydantic's serialiser."""
    read_plan(ALL_FIELDS)  # fills the cache (REGIOTRACK_CACHE is the test's own)
    program = (
        "from pathlib import Path\n"
        "from regiotrack.plan.model import Agreement\n"
        "from regiotrack.store.reading import read_plan\n"
        "from regiotrack.store.writing import item_text\n"
        f"plan = read_plan(Path({str(ALL_FIELDS)!r})).plan\n"
        "text = item_text('afspraak', plan.agreements[0])\n"
        "print(type(Agreement.__pydantic_serializer__).__name__, 'B2-01' in text, '[[afspraak.notities]]' in text)\n"
    )
    shown = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True).stdout
    assert shown.split() == ["MockValSer", "True", "True"]
