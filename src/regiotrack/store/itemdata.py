"""One model as plain data, exactly as ``model_dump(by_alias=True, exclude_none=True)`` gives it.

The splice writer encodes one or two items per save. pydantic's ``model_dump`` would first
build the models' serialisation schema (they are declared with ``defer_build``): about 30 ms
on every command that writes, far more than encoding the item. This walks the fields instead,
using each field's declared serialiser (``PlainSerializer``) and alias, and gives the same
dicts, lists and values. ``tests/test_itemdata.py`` holds it equal to ``model_dump`` for
every item of the real plan, the synthetic plans and hand-made items with every field set.

A field type this does not know (a union of two models, a dict, a custom serialiser of
another kind) raises ``TypeError`` when its model is first dumped; the tests dump every model.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, PlainSerializer

_Convert = Callable[[Any], Any]
"""Turns one value of a field into what ``model_dump`` (python mode) gives for it."""


def item_data(model: BaseModel) -> dict[str, Any]:
    """``model.model_dump(by_alias=True, exclude_none=True)``, without a serialisation schema."""
    data: dict[str, Any] = {}
    values = model.__dict__
    for name, key, convert in _fields(type(model)):
        value = values[name]
        if value is not None:
            data[key] = value if convert is None else convert(value)
    return data


@functools.cache
def _fields(model: type[BaseModel]) -> tuple[tuple[str, str, _Convert | None], ...]:
    """(attribute, key in the file, conversion or None) for each field, in the model's order."""
    if model.model_computed_fields or model.model_config.get("extra") == "allow":
        raise TypeError(f"{model.__name__}: computed or extra fields are not supported here")
    found = []
    for name, field in model.model_fields.items():
        if field.exclude:
            raise TypeError(f"{model.__name__}.{name}: excluded fields are not supported here")
        key = field.serialization_alias or field.alias or name
        convert = _converter(field.annotation, tuple(field.metadata))
        found.append((name, key, convert))
    return tuple(found)


def _converter(annotation: Any, metadata: tuple[Any, ...] = ()) -> _Convert | None:
    """The conversion ``model_dump`` applies to a value of this type; None: the value itself."""
    serialisers = [m for m in metadata if isinstance(m, PlainSerializer)]
    if serialisers:
        return _serialiser(serialisers[-1])
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        base, *extra = typing.get_args(annotation)
        return _converter(base, tuple(extra))
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        converts = [_converter(a) for a in options]
        if all(c is None for c in converts):
            return None
        if len(options) == 1:
            inner = converts[0]
            return lambda value: None if value is None else inner(value)  # type: ignore[misc]
        raise TypeError(f"a union of {options} is not supported here")
    if origin in (tuple, list):
        args = [a for a in typing.get_args(annotation) if a is not Ellipsis]
        if len(set(args)) > 1:
            raise TypeError(f"{annotation}: only homogeneous lists and tuples are supported here")
        inner = _converter(args[0]) if args else None
        if inner is None:
            return None
        return lambda values: origin(inner(v) for v in values)
    if origin is typing.Literal or (origin is None and annotation in _PLAIN):
        return None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return item_data
    if origin is None and isinstance(annotation, type) and annotation.__module__ == "datetime":
        return None
    raise TypeError(f"{annotation} is not supported here")


def _serialiser(serialiser: PlainSerializer) -> _Convert:
    if serialiser.when_used != "always":
        raise TypeError(f"a serialiser used {serialiser.when_used!r} is not supported here")
    func = serialiser.func
    return func  # type: ignore[return-value]  # one-argument serialisers, as the models declare


_PLAIN: frozenset[Any] = frozenset({str, int, float, bool})
"""Types ``model_dump`` gives back unchanged in python mode."""
