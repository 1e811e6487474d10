"""Comparing two runs item by item, and the regression gate for CI.

Items are paired by content (question, gold answers, kind: `item_key`), never by position,
so two runs pair only the questions they both asked. For each task x variant pair x
template x metric the delta gets McNemar's test (metrics 0/1 by definition) or a
sign-flip permutation test (graded ones). A regression is a gated comparison that got
worse by more than `min_delta` and stays significant after Holm's correction across all
gated comparisons, so a gate over many metrics does not fail on chance.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from bench.core.errors import ConfigError, did_you_mean
from bench.core.types import ItemScore
from bench.runs.result import RunResult
from bench.scoring.metrics import METRICS
from bench.scoring.significance import holm, paired_test


@dataclass(frozen=True)
class GateSettings:
    alpha: float = 0.05  # family-wise, over the gated comparisons (Holm)
    min_delta: float = 0.0  # ignore significant changes smaller than this (absolute, 0-1)
    metrics: tuple[str, ...] = ()  # gate only these; empty: every metric
    pairs: tuple[tuple[str, str], ...] = ()  # (variant in A, variant in B); empty: same names
    allow_different_items: bool = False  # compare on the shared items when the sets differ


@dataclass(frozen=True)
class Delta:
    task: str
    variant: str  # "a" or "a -> b" when differently named variants are paired
    template: str
    metric: str
    a: float
    b: float
    delta: float
    test: str
    p_value: float
    p_holm: float  # Holm-adjusted over the gated comparisons (1.0 when not gated)
    n: int
    gated: bool
    worse: bool  # moved in the bad direction (by more than min_delta)
    improved: bool  # moved in the good direction
    regression: bool  # gated, worse and significant after Holm


def check_gate(gate: GateSettings) -> None:
    """Every metric named for the gate must exist, or the gate would silently pass."""
    known = METRICS.names()
    for metric in gate.metrics:
        if metric not in known:
            raise ConfigError(f"--metric {metric!r}: unknown metric{did_you_mean(metric, known)}; "
                              f"known: {', '.join(known)}")
    if not 0 < gate.alpha < 1 or gate.min_delta < 0:
        raise ConfigError("--alpha: expected 0 < alpha < 1, and --min-delta >= 0")


def item_values(result: RunResult) -> dict[tuple[str, str, str, str], dict[str, float]]:
    """(task, variant, template, metric) -> {item key: value}: each metric on the items it
    is scored on (bench.scoring.metrics)."""
    table: dict = defaultdict(dict)
    for item in result.items:
        for metric, value in item.scores.items():
            table[(item.task, item.variant, item.template, metric)][_key(item)] = value
    return table


def item_sets(result: RunResult) -> dict[tuple[str, str, str], set[str]]:
    """(task, variant, template) -> the keys of the items asked."""
    table: dict = defaultdict(set)
    for item in result.items:
        table[(item.task, item.variant, item.template)].add(_key(item))
    return table


def _key(item: ItemScore) -> str:
    return item.item_key or item.item_id


def variant_pairs(a: RunResult, b: RunResult, gate: GateSettings) -> list[tuple[str, str]]:
    """The (variant in A, variant in B) pairs to compare; named ones must exist."""
    in_a = {item.variant for item in a.items}
    in_b = {item.variant for item in b.items}
    if not gate.pairs:
        return [(v, v) for v in sorted(in_a & in_b)]
    for left, right in gate.pairs:
        for name, side, present in ((left, "baseline", in_a), (right, "candidate", in_b)):
            if name not in present:
                raise ConfigError(f"--pair {left}:{right}: no variant {name!r} in the {side} "
                                  f"run{did_you_mean(name, present)}; it has: "
                                  f"{', '.join(sorted(present)) or 'none'}")
    return list(gate.pairs)


def compare_runs(a: RunResult, b: RunResult, gate: GateSettings = GateSettings(),
                 seed: int = 0) -> list[Delta]:
    """Every shared task x variant pair x template x metric, tested on the shared items."""
    check_gate(gate)
    left, right = item_values(a), item_values(b)
    asked_a, asked_b = item_sets(a), item_sets(b)
    rows = []
    for va, vb in variant_pairs(a, b, gate):
        for (task, variant, template), keys in sorted(asked_a.items()):
            other = asked_b.get((task, vb, template))
            if variant != va or other is None or keys == other or gate.allow_different_items:
                continue
            raise ConfigError(
                f"task {task} ({template}): the runs asked different test items (baseline "
                f"{len(keys)}, candidate {len(other)}, shared {len(keys & other)}): another seed "
                f"or task parameters? --allow-different-items compares the shared ones")
        for task, template, metric in sorted({(k[0], k[2], k[3]) for k in left if k[1] == va}):
            xs_by, ys_by = left[(task, va, template, metric)], right.get((task, vb, template, metric))
            shared = sorted(set(xs_by) & set(ys_by or {}))
            if not shared:
                continue
            xs, ys = [xs_by[i] for i in shared], [ys_by[i] for i in shared]
            declared = METRICS.get(metric)
            test = paired_test(xs, ys, declared.binary, seed)
            bad = test.delta if declared.lower_is_better else -test.delta
            name = va if va == vb else f"{va} -> {vb}"
            rows.append((task, name, template, metric, xs, ys, test, bad,
                         not gate.metrics or metric in gate.metrics))
    if not rows:
        raise ConfigError("nothing to compare: no task x variant x template x metric is in both "
                          "runs (pair differently named variants with --pair A:B)")
    gated = [i for i, row in enumerate(rows) if row[8]]
    adjusted = dict(zip(gated, holm([rows[i][6].p_value for i in gated])))
    deltas = []
    for i, (task, name, template, metric, xs, ys, test, bad, is_gated) in enumerate(rows):
        p_holm, worse = adjusted.get(i, 1.0), bad > gate.min_delta
        deltas.append(Delta(task, name, template, metric, a=sum(xs) / len(xs),
                            b=sum(ys) / len(ys), delta=test.delta, test=test.test,
                            p_value=test.p_value, p_holm=p_holm, n=test.n, gated=is_gated,
                            worse=worse, improved=bad < 0,
                            regression=is_gated and worse and p_holm < gate.alpha))
    return deltas
