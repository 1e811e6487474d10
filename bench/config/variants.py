"""Built-in adapter variants and the parsing of variant declarations from a suite."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from bench.core.errors import ConfigError, check_fields, did_you_mean
from bench.core.types import LoraSpec, TrainingSpec, Variant

METHODS = ("none", "raw-text", "instruct", "raw-then-instruct")
QUANTIZATIONS = ("none", "nf4")
COMPUTE_DTYPES = ("auto", "float32", "bfloat16")  # auto: bf16 where native (bench.models.hardware)

# QLoRA computes in bf16 on a GPU; `auto` keeps that only where bf16 is native.
_QLORA = dict(method="instruct", quantization="nf4", compute_dtype="auto")

_QLORA_RAW = dict(_QLORA, method="raw-text")


def _rank(r: int) -> Variant:
    # QLoRA's finding: with all linear layers adapted, rank matters little at fixed alpha 16.
    return Variant(name=f"instruct-qlora-r{r}", **_QLORA,
                   lora=LoraSpec(r=r, alpha=16, target_modules=("all-linear",)))


BUILTIN_VARIANTS: dict[str, Variant] = {v.name: v for v in (
    Variant(name="base"),
    # Method 1: causal-LM training on the raw text.
    Variant(name="raw-text-qlora", **_QLORA_RAW),
    # Method 2: instruction tuning on the generated QA pairs, loss on the answer.
    Variant(name="instruct-qlora", **_QLORA),
    Variant(name="raw-then-instruct-qlora", **dict(_QLORA, method="raw-then-instruct")),
    # LoRA paper: full-precision base, adapters on q/v projections only.
    Variant(name="instruct-lora", method="instruct", quantization="none",
            compute_dtype="float32", lora=LoraSpec(target_modules=("q_proj", "v_proj"))),
    Variant(name="instruct-qlora-source-tag", **_QLORA, source_tag=True),
    Variant(name="instruct-qlora-recite", **_QLORA, recite=True, max_new_tokens=64),
    _rank(4), _rank(16), _rank(64),
)}


def parse_variants(entry: Any, where: str) -> list[Variant]:
    """The variants of one suite entry: itself, or with `replicates: N` N copies trained
    with seeds training.seed + 1 .. + N and named NAME-r1 .. NAME-rN (retraining variance
    for studies; bench.scoring.contrasts.replicate_names finds them again)."""
    count = entry.get("replicates", 1) if isinstance(entry, dict) else 1
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise ConfigError(f"{where}.replicates: expected a positive integer")
    variant = parse_variant({k: v for k, v in entry.items() if k != "replicates"}
                            if isinstance(entry, dict) else entry, where)
    if count == 1:
        return [variant]
    if not variant.trains:
        raise ConfigError(f"{where}.replicates: {variant.name} trains nothing; replicates are "
                          f"retrainings with other seeds")
    return [replace(variant, name=f"{variant.name}-r{n}",
                    training=replace(variant.training, seed=variant.training.seed + n))
            for n in range(1, count + 1)]


VARIANT_KEYS = ("name", "extends", "lora", "training", "replicates")  # read before the fields


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
    asked = entry.get("training", {})
    if isinstance(asked, dict) and {"steps", "epochs"} <= set(asked):
        raise ConfigError(f"{where}.training: give steps or epochs, not both (epochs > 0 "
                          f"decides the steps, and steps would be ignored)")
    training = _sub_spec(variant.training, entry.pop("training", {}), f"{where}.training")
    variant = replace(variant, lora=lora, training=training)
    variant = _apply(variant, entry, where, skip={"name", "lora", "training"},
                     handled=VARIANT_KEYS)
    if variant.adapter and variant.model:
        raise ConfigError(f"{where}: give adapter (a PEFT folder) or model (a full model), "
                          f"not both")
    if (variant.adapter or variant.model) and variant.trains:
        field = "adapter" if variant.adapter else "model"
        raise ConfigError(f"{where}.{field}: a variant that loads what was trained elsewhere "
                          f"trains nothing; drop method/extends ({variant.method!r})")
    _check_choice(variant.method, METHODS, f"{where}.method")
    _check_choice(variant.quantization, QUANTIZATIONS, f"{where}.quantization")
    _check_choice(variant.compute_dtype, COMPUTE_DTYPES, f"{where}.compute_dtype")
    check_name(variant.name, f"{where}.name")
    _check_ranges(variant, where)
    if isinstance(asked, dict) and "raw_steps" in asked and variant.method not in (
            "raw-text", "raw-then-instruct"):
        raise ConfigError(f"{where}.training.raw_steps: only a raw-text stage uses it, and "
                          f"method {variant.method} has none")
    return variant


def _check_ranges(variant: Variant, where: str) -> None:
    checks = [
        (variant.lora.r >= 1, "lora.r", "a positive integer"),
        (variant.lora.alpha >= 1, "lora.alpha", "a positive integer"),
        (0.0 <= variant.lora.dropout < 1.0, "lora.dropout", "a number in [0, 1)"),
        (bool(variant.lora.target_modules), "lora.target_modules", "at least one module"),
        (variant.training.steps >= 1, "training.steps", "a positive integer"),
        (variant.training.raw_steps >= 0, "training.raw_steps", "a non-negative integer"),
        (variant.training.epochs >= 0, "training.epochs", "0 (use steps) or a positive number"),
        (variant.training.batch_size >= 1, "training.batch_size", "a positive integer"),
        (variant.training.learning_rate > 0, "training.learning_rate", "a positive number"),
        (variant.training.max_length >= 16, "training.max_length", "at least 16 tokens"),
        (variant.training.raw_window_words >= 8, "training.raw_window_words", "at least 8"),
        (variant.paraphrases >= 0, "paraphrases", "0 (all) or a positive integer"),
        (variant.max_new_tokens >= 0, "max_new_tokens", "0 (suite default) or positive"),
    ]
    check_fields(checks, where)


def _builtin(name: str, where: str) -> Variant:
    if name not in BUILTIN_VARIANTS:
        raise ConfigError(f"{where}: unknown variant {name!r}{did_you_mean(name, BUILTIN_VARIANTS)}; "
                          f"built-in: {', '.join(BUILTIN_VARIANTS)}")
    return BUILTIN_VARIANTS[name]


def _sub_spec(spec, overrides: Any, where: str):
    if not isinstance(overrides, dict):
        raise ConfigError(f"{where}: expected a mapping")
    targets = overrides.get("target_modules")
    if isinstance(targets, str):  # e.g. "all-linear", as in QLoRA
        overrides = {**overrides, "target_modules": (targets,)}
    elif isinstance(targets, list):
        overrides = {**overrides, "target_modules": tuple(targets)}
    return _apply(spec, overrides, where)


def _apply(spec, overrides: dict, where: str, skip: frozenset | set = frozenset(),
           handled: tuple[str, ...] = ()):
    """Replace fields of a frozen spec, checking names and types against the defaults;
    `handled` keys were read before (a variant's name, extends, lora, training), so an
    unknown key's message lists them too."""
    known = {f.name: f for f in fields(spec) if f.name not in skip}
    changes = {}
    for key, value in overrides.items():
        if key not in known:
            valid = sorted(set(known) | set(handled))
            raise ConfigError(f"{where}.{key}: unknown key{did_you_mean(key, valid)}; "
                              f"expected one of {', '.join(valid)}")
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


__all__ = ["BUILTIN_VARIANTS", "parse_variant", "parse_variants", "LoraSpec", "TrainingSpec"]
