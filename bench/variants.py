"""Built-in adapter variants and the parsing of variant declarations from a suite."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from bench.errors import ConfigError, did_you_mean
from bench.types import LoraSpec, TrainingSpec, Variant

METHODS = ("none", "instruct")
QUANTIZATIONS = ("none", "nf4")
COMPUTE_DTYPES = ("float32", "bfloat16")

_QLORA = dict(method="instruct", quantization="nf4", compute_dtype="bfloat16")

BUILTIN_VARIANTS: dict[str, Variant] = {
    "base": Variant(name="base"),
    "instruct-qlora": Variant(name="instruct-qlora", **_QLORA),
}


def parse_variant(entry: Any, where: str) -> Variant:
    """A variant from a suite entry: a built-in name, or a mapping (optionally `extends:` one)."""
    if isinstance(entry, str):
        return _builtin(entry, where)
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a variant name or a mapping, got {type(entry).__name__}")
    entry = dict(entry)
    name = entry.pop("name", None) or entry.get("extends")
    if not isinstance(name, str) or not name:
        raise ConfigError(f"{where}.name: expected a non-empty string")
    parent = entry.pop("extends", None)
    variant = _builtin(parent, f"{where}.extends") if parent else Variant(name=name)
    variant = replace(variant, name=name)
    lora = _sub_spec(variant.lora, entry.pop("lora", {}), f"{where}.lora")
    training = _sub_spec(variant.training, entry.pop("training", {}), f"{where}.training")
    variant = replace(variant, lora=lora, training=training)
    variant = _apply(variant, entry, where, skip={"name", "lora", "training"})
    _check_choice(variant.method, METHODS, f"{where}.method")
    _check_choice(variant.quantization, QUANTIZATIONS, f"{where}.quantization")
    _check_choice(variant.compute_dtype, COMPUTE_DTYPES, f"{where}.compute_dtype")
    check_name(variant.name, f"{where}.name")
    return variant


def _builtin(name: str, where: str) -> Variant:
    if name not in BUILTIN_VARIANTS:
        raise ConfigError(f"{where}: unknown variant {name!r}{did_you_mean(name, BUILTIN_VARIANTS)}; "
                          f"built-in: {', '.join(BUILTIN_VARIANTS)}")
    return BUILTIN_VARIANTS[name]


def _sub_spec(spec, overrides: Any, where: str):
    if not isinstance(overrides, dict):
        raise ConfigError(f"{where}: expected a mapping")
    if "target_modules" in overrides and isinstance(overrides["target_modules"], list):
        overrides = {**overrides, "target_modules": tuple(overrides["target_modules"])}
    return _apply(spec, overrides, where)


def _apply(spec, overrides: dict, where: str, skip: frozenset | set = frozenset()):
    """Replace fields of a frozen spec, checking names and types against the defaults."""
    known = {f.name: f for f in fields(spec) if f.name not in skip}
    changes = {}
    for key, value in overrides.items():
        if key not in known:
            raise ConfigError(f"{where}.{key}: unknown key{did_you_mean(key, known)}; "
                              f"expected one of {', '.join(sorted(known))}")
        current = getattr(spec, key)
        if isinstance(current, float) and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if isinstance(current, float) and isinstance(value, str):
            try:  # YAML reads 2e-4 (no dot) as a string
                value = float(value)
            except ValueError:
                pass
        if type(value) is not type(current):
            raise ConfigError(f"{where}.{key}: expected {type(current).__name__}, "
                              f"got {type(value).__name__} ({value!r})")
        changes[key] = value
    return replace(spec, **changes)


def _check_choice(value: str, choices, where: str) -> None:
    if value not in choices:
        raise ConfigError(f"{where}: {value!r} is not one of {', '.join(choices)}"
                          f"{did_you_mean(value, choices)}")


def check_name(name: str, where: str) -> None:
    """Names become directory names, so they may not contain path separators or dots only."""
    if not name.replace("-", "").replace("_", "").isalnum():
        raise ConfigError(f"{where}: {name!r} may only use letters, digits, '-' and '_'")


__all__ = ["BUILTIN_VARIANTS", "parse_variant", "LoraSpec", "TrainingSpec"]
