"""Comparing two runs item by item, and the regression gate for CI.

For each task x variant x template x metric present in both runs, the items scored in both
are paired; the delta gets McNemar's test (0/1 metrics) or a paired bootstrap (graded).
A regression is a significant change in the bad direction larger than `min_delta`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from bench.scoring.significance import paired_test

LOWER_IS_BETTER = frozenset({"invented_entity", "fabrication"})
# Refusal and fabrication are meaningful on unanswerable items only; the rest on answerable.
UNANSWERABLE_METRICS = frozenset({"refusal", "fabrication"})


@dataclass(frozen=True)
class GateSettings:
    alpha: float = 0.05
    min_delta: float = 0.0  # ignore significant changes smaller than this (absolute, 0-1)
    metrics: tuple[str, ...] = ()  # gate only these; empty: every metric


@dataclass(frozen=True)
class Delta:
    task: str
    variant: str
    template: str
    metric: str
    a: float
    b: float
    delta: float
    test: str
    p_value: float
    n: int
    significant: bool
    regression: bool


def _paired_values(results: dict) -> dict[tuple[str, str, str, str], dict[str, float]]:
    """(task, variant, template, metric) -> {item id: value}, on the metric's own items."""
    table: dict = defaultdict(dict)
    for item in results.get("items", []):
        unanswerable = item["kind"] == "unanswerable"
        for metric, value in item["scores"].items():
            if (metric in UNANSWERABLE_METRICS) == unanswerable:
                table[(item["task"], item["variant"], item["template"], metric)][item["item_id"]] = value
    return table


def compare_runs(a: dict, b: dict, gate: GateSettings = GateSettings(), seed: int = 0) -> list[Delta]:
    """Every shared task x variant x template x metric, tested on the shared items."""
    left, right = _paired_values(a), _paired_values(b)
    deltas = []
    for key in sorted(set(left) & set(right)):
        shared = sorted(set(left[key]) & set(right[key]))
        if not shared:
            continue
        xs = [left[key][i] for i in shared]
        ys = [right[key][i] for i in shared]
        test = paired_test(xs, ys, seed=seed)
        metric = key[3]
        worse = -test.delta if metric not in LOWER_IS_BETTER else test.delta
        significant = test.p_value < gate.alpha
        gated = not gate.metrics or metric in gate.metrics
        deltas.append(Delta(*key, a=sum(xs) / len(xs), b=sum(ys) / len(ys), delta=test.delta,
                            test=test.test, p_value=test.p_value, n=test.n,
                            significant=significant,
                            regression=gated and significant and worse > gate.min_delta))
    return deltas
