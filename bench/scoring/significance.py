"""Paired tests for comparing two runs on the same items, and Holm's correction.

Which test is decided by the metric's definition, never by the values a run happens to
have: metrics that are 0/1 by definition (exact match, refusal, ...) get McNemar's test on
the discordant pairs (exact binomial up to 1000 of them, else the continuity-corrected
chi-square); graded metrics (F1, ROUGE, entity precision) get a sign-flip permutation test
of the mean paired difference (exact for up to 16 non-zero differences, else 20,000 seeded
random sign patterns). Both are two-sided and neither calls one changed item significant.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

EXACT_PERMUTATION_LIMIT = 16  # 2**16 sign patterns enumerated exactly
PERMUTATIONS = 20_000


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


def sign_flip(a: Sequence[float], b: Sequence[float], seed: int = 0) -> PairedTest:
    """Two-sided sign-flip permutation test of mean(b - a) != 0.

    Under the null each paired difference is as likely positive as negative, so the
    p-value is the share of sign patterns whose |sum| is at least the observed one.
    Zero differences cannot change sign and drop out."""
    diffs = [y - x for x, y in zip(a, b)]
    delta = _mean(diffs)
    moved = [d for d in diffs if d != 0.0]
    if not moved:
        return PairedTest("sign-flip", 0.0, 1.0, len(diffs))
    import numpy as np

    observed = abs(sum(moved)) - 1e-12 * len(moved)  # float sums of equal magnitude tie
    values = np.asarray(moved)
    if values.size <= EXACT_PERMUTATION_LIMIT:
        # Every sign pattern: row i flips the differences whose bit is set in i.
        bits = (np.arange(2 ** values.size)[:, None] >> np.arange(values.size)) & 1
        signs = 1.0 - 2.0 * bits
        p = float((np.abs(signs @ values) >= observed).mean())
    else:
        signs = np.random.default_rng(seed).choice((-1.0, 1.0), size=(PERMUTATIONS, values.size))
        hits = int((np.abs(signs @ values) >= observed).sum())
        p = (hits + 1) / (PERMUTATIONS + 1)
    return PairedTest("sign-flip", delta, min(1.0, p), len(diffs))


def paired_test(a: Sequence[float], b: Sequence[float], binary: bool, seed: int = 0) -> PairedTest:
    """McNemar for a metric that is 0/1 by definition, else the sign-flip test."""
    return mcnemar(a, b) if binary else sign_flip(a, b, seed)


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm's step-down adjusted p-values (family-wise error rate), in the input order."""
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    adjusted = [1.0] * len(p_values)
    running = 0.0
    for rank, index in enumerate(order):
        running = max(running, min(1.0, (len(p_values) - rank) * p_values[index]))
        adjusted[index] = running
    return adjusted


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0
