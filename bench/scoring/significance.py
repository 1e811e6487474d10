"""Paired tests for comparing two runs on the same items.

Binary metrics (exact match, refusal, ...) use McNemar's test on the discordant pairs (exact
binomial for up to 1000 discordant pairs, else the chi-square with continuity correction);
graded metrics (F1, ROUGE) use a seeded paired bootstrap of the mean difference.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class PairedTest:
    test: str
    delta: float  # mean(b) - mean(a)
    p_value: float
    n: int


def mcnemar(a: Sequence[float], b: Sequence[float]) -> PairedTest:
    """Two-sided McNemar test for paired 0/1 outcomes."""
    only_a = sum(1 for x, y in zip(a, b) if x >= 0.5 > y)
    only_b = sum(1 for x, y in zip(a, b) if y >= 0.5 > x)
    return PairedTest("mcnemar", _mean(b) - _mean(a), mcnemar_p(only_a, only_b), len(a))


def mcnemar_p(only_a: int, only_b: int) -> float:
    """p-value from the two discordant counts."""
    n = only_a + only_b
    if n == 0:
        return 1.0
    if n <= 1000:
        tail = sum(math.comb(n, k) for k in range(min(only_a, only_b) + 1))
        return min(1.0, 2 * tail / 2 ** n)
    statistic = (abs(only_a - only_b) - 1) ** 2 / n
    return math.erfc(math.sqrt(statistic / 2))  # chi-square, 1 degree of freedom


def paired_bootstrap(a: Sequence[float], b: Sequence[float], resamples: int = 2000,
                     seed: int = 0) -> PairedTest:
    """Two-sided bootstrap p-value of mean(b - a) != 0, items resampled in pairs."""
    import numpy as np

    diffs = np.asarray(b, dtype=float) - np.asarray(a, dtype=float)
    if diffs.size == 0:
        return PairedTest("paired-bootstrap", 0.0, 1.0, 0)
    delta = float(diffs.mean())
    if not diffs.any():
        return PairedTest("paired-bootstrap", 0.0, 1.0, int(diffs.size))
    rng = np.random.default_rng(seed)
    means = diffs[rng.integers(0, diffs.size, size=(resamples, diffs.size))].mean(axis=1)
    # Share of resampled means on the other side of zero, doubled (two-sided).
    p = 2 * min(float((means <= 0).mean()), float((means >= 0).mean()))
    return PairedTest("paired-bootstrap", delta, min(1.0, p), int(diffs.size))


def is_binary(values: Sequence[float]) -> bool:
    return all(v in (0.0, 1.0) for v in values)


def paired_test(a: Sequence[float], b: Sequence[float], seed: int = 0) -> PairedTest:
    """McNemar for 0/1 values, else the paired bootstrap."""
    if is_binary(a) and is_binary(b):
        return mcnemar(a, b)
    return paired_bootstrap(a, b, seed=seed)


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0
