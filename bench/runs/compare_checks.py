"""What `bench compare` checks before and beside its tests: that every task and variant of
the baseline it is asked about has a counterpart in the candidate (a missing one would
leave the gate nothing to fail on, silently), and which of the settings that change
answers differ between the two runs (model, templates, generation, dtype, libraries,
hardware), so a reader knows when a difference may be the setup's, not the adapter's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.core.errors import ConfigError
from bench.runs.result import RunResult


@dataclass(frozen=True)
class OptionNames:
    """How the gate's messages name its settings, each a format string: `bench compare`'s
    flags by default, bench.compare()'s arguments from Python (PYTHON_NAMES)."""

    metric: str = "--metric {}"
    alpha: str = "--alpha {}"
    min_delta: str = "--min-delta {}"
    pair: str = "--pair {}:{}"
    skip_graded: str = "--skip-graded"
    allow_different_items: str = "--allow-different-items"


PYTHON_NAMES = OptionNames(metric="metrics {}", alpha="alpha {}", min_delta="min_delta {}",
                           pair="pairs=[({!r}, {!r})]", skip_graded="skip_graded=True",
                           allow_different_items="allow_different_items=True")


# Suite settings that change what is asked or answered (seed and tasks change the items,
# which the item check catches; these do not).
SUITE_SETTINGS = ("generation", "scoring")
LIBRARIES = ("torch", "transformers", "peft", "bitsandbytes")


def check_coverage(a: RunResult, b: RunResult, pairs: list[tuple[str, str]], named: bool,
                   allow_missing: bool, names: OptionNames = OptionNames()) -> None:
    """One-line error when the baseline's variants (default pairing) or, for each compared
    pair, its tasks have no counterpart in the candidate; `allow_missing`
    (--allow-different-items) compares what is shared."""
    in_a = {(i.task, i.variant) for i in a.items}
    in_b = {(i.task, i.variant) for i in b.items}
    variants_b = sorted({v for _, v in in_b})
    if not named and not allow_missing:
        shared = {v for v, _ in pairs}
        for variant in sorted({v for _, v in in_a} - shared):
            raise ConfigError(
                f"variant {variant!r} of the baseline is not in the candidate run (it has: "
                f"{', '.join(variants_b) or 'none'}); pair it with "
                f"{names.pair.format(variant, 'NAME')}, or {names.allow_different_items} to "
                f"compare only the variants both have")
    for va, vb in pairs:
        missing = sorted(t for t, v in in_a if v == va and (t, vb) not in in_b)
        if missing and not allow_missing:
            raise ConfigError(
                f"task {missing[0]!r} (variant {va}) of the baseline is not in the candidate "
                f"run{' (nor ' + ', '.join(missing[1:]) + ')' if missing[1:] else ''}; "
                f"{names.allow_different_items} compares the shared tasks")


def setting_differences(a: RunResult, b: RunResult, pairs: list[tuple[str, str]]) -> list[str]:
    """One line per setting that differs between the runs and can change answers: the
    model, the suite's templates, generation and scoring, each compared variant's dtype and
    quantization, the ML libraries' versions and the hardware."""
    found = []
    if (a.model.name, a.model.fingerprint) != (b.model.name, b.model.fingerprint):
        found.append(_differs("model", _model(a), _model(b)))
    if a.templates != b.templates:  # the templates asked, whether the suite named them or not
        found.append(_differs("templates", ", ".join(a.templates) or "none",
                              ", ".join(b.templates) or "none"))
    for key in SUITE_SETTINGS:
        left, right = a.suite.config.get(key), b.suite.config.get(key)
        if left != right:
            found.append(_differs(f"suite {key}", left, right))
    for va, vb in pairs:
        left, right = a.compute.get(va), b.compute.get(vb)
        if left and right and (left.dtype, left.quantization) != (right.dtype, right.quantization):
            found.append(_differs(f"variant {va if va == vb else va + ' -> ' + vb} compute",
                                  f"{left.dtype}, {left.quantization}",
                                  f"{right.dtype}, {right.quantization}"))
    for name in LIBRARIES:
        left, right = a.environment.libraries.get(name), b.environment.libraries.get(name)
        if left and right and left != right:
            found.append(_differs(name, left, right))
    if a.environment.hardware and b.environment.hardware and \
            a.environment.hardware != b.environment.hardware:
        found.append(_differs("hardware", a.environment.hardware, b.environment.hardware))
    return found


def _model(result: RunResult) -> str:
    return f"{result.model.name} ({result.model.fingerprint or 'no fingerprint'})"


def _differs(what: str, left: Any, right: Any) -> str:
    return f"{what}: baseline {_short(left)}, candidate {_short(right)}"


def _short(value: Any) -> str:
    text = str(value) if value is not None else "unset"
    return text if len(text) <= 80 else text[:77] + "..."
