"""Frozen dataclasses to and from JSON values, checked field by field.

`to_json` turns a dataclass (nested dataclasses, tuples, mappings) into plain JSON values;
`from_json` builds one back from its type hints and says, in one line, which field of which
file is missing or of the wrong type. Used for results.json (bench.runs.result), so every
reader gets typed values instead of string keys.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import types
import typing
from functools import lru_cache
from typing import Any, Mapping, TypeVar, Union

from bench.core.errors import DataError

T = TypeVar("T")


def to_json(value: Any) -> Any:
    """Plain JSON values (dicts, lists, str, numbers, None) of a dataclass tree."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, frozenset, set)):
        return [to_json(v) for v in value]
    return value


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_json(cls: type[T], value: Any, where: str) -> T:
    """`value` (parsed JSON) as an instance of `cls`; `where` names the file and field in
    the error when it does not fit."""
    return _build(cls, value, where)


def _build(kind: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(kind)
    if kind is Any:
        return value
    if origin in (Union, types.UnionType):
        options = typing.get_args(kind)
        if value is None and type(None) in options:
            return None
        errors = []
        for option in (o for o in options if o is not type(None)):
            try:
                return _build(option, value, where)
            except DataError as exc:
                errors.append(exc)
        raise errors[0]
    if dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            raise DataError(f"{where}: expected an object, got {_name(value)}")
        hints, fields = _hints(kind), {f.name: f for f in dataclasses.fields(kind)}
        values = {}
        for name, field in fields.items():
            if name in value:
                values[name] = _build(hints[name], value[name], f"{where}.{name}")
            elif field.default is dataclasses.MISSING and \
                    field.default_factory is dataclasses.MISSING:
                raise DataError(f"{where}: missing field {name!r}")
        return kind(**values)
    if origin is tuple:
        args = typing.get_args(kind)
        if not isinstance(value, list):
            raise DataError(f"{where}: expected a list, got {_name(value)}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], v, f"{where}[{i}]") for i, v in enumerate(value))
        if len(args) != len(value):
            raise DataError(f"{where}: expected {len(args)} values, got {len(value)}")
        return tuple(_build(a, v, f"{where}[{i}]") for i, (a, v) in enumerate(zip(args, value)))
    if origin in (dict, collections.abc.Mapping) or kind in (dict, Mapping):
        args = typing.get_args(kind) or (str, Any)
        if not isinstance(value, dict):
            raise DataError(f"{where}: expected an object, got {_name(value)}")
        return {k: _build(args[1], v, f"{where}.{k}") for k, v in value.items()}
    if kind is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if value is None:  # NaN is written as null by strict JSON writers
            return float("nan")
    elif kind in (int, str, bool):
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            return value
    else:
        raise TypeError(f"{where}: unsupported type {kind!r}")
    raise DataError(f"{where}: expected {kind.__name__}, got {_name(value)}")


def _name(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", type(None): "null",
            bool: "a boolean"}.get(type(value), type(value).__name__)
