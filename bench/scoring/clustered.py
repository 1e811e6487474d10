"""Inference that respects how items cluster.

Items are not independent: the phrasings of one fact, its reverse question and its prompt
templates move together when an adapter is retrained. The unit of inference is the fact
(its cluster, `QAItem.cluster`), so:

- an interval uses the cluster-robust (sandwich) variance of the item mean, turned into an
  effective sample size n_eff = p(1 - p) / var (Kish's design effect) and a Wilson score
  interval at n_eff with a t critical value on (clusters - 1) degrees of freedom (Korn &
  Graubard's adjustment for few clusters). It is never zero-width: when every item scores
  the same (p = 0 or 1, no variance to estimate) n_eff is the number of clusters, as if each
  fact were one observation. For 0/1 metrics n_eff is capped at the number of items, so
  pooling templates never counts an item as more than one observation;
- a paired comparison is a sign-flip permutation test of per-cluster sums of the item
  differences (exact up to 2^16 sign patterns, else 20,000 seeded draws): under the null a
  whole fact's difference is as likely positive as negative. With one item per cluster
  and 0/1 values it is the exact McNemar test;
- `detectable_drop` is the smallest drop the one-sided test finds with the requested power
  at this n, these clusters and the observed discordance.

`docs/statistics.md` has the coverage, false-alarm and power simulation of all three
(benchmarks/gate_power.py).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from statistics import NormalDist
from typing import Sequence

from bench.core.types import MetricValue

EXACT_LIMIT = 16  # clusters with a non-zero difference: 2**16 sign patterns enumerated
DRAWS = 20_000
LEVEL = 0.95


def _t_quantile(q: float, df: int) -> float:
    """Student's t quantile (scipy when present; else a Cornish-Fisher expansion, accurate
    to about 1e-3 for df >= 3)."""
    try:
        from scipy.stats import t

        return float(t.ppf(q, df))
    except ImportError:  # pragma: no cover - scipy ships with the test environment
        z = NormalDist().inv_cdf(q)
        g1 = (z ** 3 + z) / 4
        g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96
        return z + g1 / df + g2 / df ** 2


def cluster_sums(values: Sequence[float], clusters: Sequence[str]) -> tuple[list[float], list[int]]:
    """Per cluster, the sum of its items' values and its size (clusters in first-seen order)."""
    sums: dict[str, float] = defaultdict(float)
    sizes: dict[str, int] = defaultdict(int)
    for value, cluster in zip(values, clusters):
        sums[cluster] += value
        sizes[cluster] += 1
    return list(sums.values()), list(sizes.values())


def cluster_variance(values: Sequence[float], clusters: Sequence[str]) -> float:
    """Cluster-robust variance of the item mean, with the G/(G-1) small-sample factor."""
    n = len(values)
    sums, sizes = cluster_sums(values, clusters)
    g = len(sums)
    if n == 0 or g < 2:
        return 0.0
    mean = sum(values) / n
    spread = sum((s - m * mean) ** 2 for s, m in zip(sums, sizes))
    return g / (g - 1) * spread / n ** 2


def wilson(p: float, n: float, z: float) -> tuple[float, float]:
    """Wilson score interval for a proportion p observed on (effective) n trials."""
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(max(p * (1 - p), 0.0) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, min(p, centre - half)), min(1.0, max(p, centre + half))


def clustered_interval(values: Sequence[float], clusters: Sequence[str], binary: bool,
                       level: float = LEVEL) -> MetricValue:
    """Mean of `values` (in [0, 1]) with a cluster-aware interval (see the module doc)."""
    n = len(values)
    if n == 0:
        return MetricValue(float("nan"), float("nan"), float("nan"), 0, 0)
    p = sum(values) / n
    groups = len(set(clusters))
    variance = cluster_variance(values, clusters)
    if variance > 0 and 0 < p < 1:
        n_eff = max(1.0, p * (1 - p) / variance)
        if binary:
            n_eff = min(n_eff, float(n))
    else:  # nothing to estimate a variance from: each cluster counts once
        n_eff = float(groups)
    tail = 1 - (1 - level) / 2
    z = _t_quantile(tail, groups - 1) if groups >= 2 else NormalDist().inv_cdf(tail)
    low, high = wilson(p, n_eff, z)
    return MetricValue(p, low, high, n, groups)


@dataclass(frozen=True)
class ClusterTest:
    """A paired comparison of B against A on the same items, clustered."""

    delta: float  # mean(b) - mean(a) over items
    p_value: float
    n: int  # items
    clusters: int
    discordant: int  # clusters whose summed difference is not zero
    alternative: str  # "less" (B worse), "greater" or "two-sided"


def cluster_sign_flip(a: Sequence[float], b: Sequence[float], clusters: Sequence[str],
                      alternative: str = "less", seed: int = 0) -> ClusterTest:
    """Sign-flip permutation test of mean(b - a) on per-cluster sums of the differences.

    `alternative` "less" tests whether B is worse (a lower mean), "greater" better,
    "two-sided" either. Clusters whose differences sum to zero cannot change sign."""
    import numpy as np

    if alternative not in ("less", "greater", "two-sided"):
        raise ValueError(f"alternative {alternative!r}")
    diffs = [y - x for x, y in zip(a, b)]
    n = len(diffs)
    sums, _ = cluster_sums(diffs, clusters)
    moved = np.asarray([s for s in sums if abs(s) > 1e-12])
    delta = sum(diffs) / n if n else 0.0
    if moved.size == 0:
        return ClusterTest(delta, 1.0, n, len(sums), 0, alternative)
    observed = float(moved.sum())
    if moved.size <= EXACT_LIMIT:
        bits = (np.arange(2 ** moved.size)[:, None] >> np.arange(moved.size)) & 1
        totals = (1.0 - 2.0 * bits) @ moved
        extra, count = 0, totals.size
    else:
        # Random sign patterns from random bytes (4x faster than drawing signs one by one).
        raw = np.random.default_rng(seed).integers(0, 256, size=(DRAWS, (moved.size + 7) // 8),
                                                   dtype=np.uint8)
        flipped = np.unpackbits(raw, axis=1)[:, :moved.size].astype(float)
        totals = moved.sum() - 2.0 * (flipped @ moved)
        extra, count = 1, DRAWS + 1  # the observed pattern counts among the draws
    tolerance = 1e-9 * (1 + float(np.abs(moved).sum()))
    if alternative == "less":
        hits = int((totals <= observed + tolerance).sum())
    elif alternative == "greater":
        hits = int((totals >= observed - tolerance).sum())
    else:
        hits = int((np.abs(totals) >= abs(observed) - tolerance).sum())
    return ClusterTest(delta, min(1.0, (hits + extra) / count), n, len(sums), int(moved.size),
                       alternative)


def smallest_p(test: ClusterTest) -> float:
    """The least p-value the sign-flip test can give with its discordant clusters: every
    one of them moving the same way (exact below EXACT_LIMIT clusters; else one draw in
    DRAWS + 1)."""
    if test.discordant == 0:
        return 1.0
    if test.discordant > EXACT_LIMIT:
        return 1 / (DRAWS + 1)
    return min(1.0, (1 if test.alternative != "two-sided" else 2) / 2 ** test.discordant)


def paired_interval(a: Sequence[float], b: Sequence[float], clusters: Sequence[str],
                    level: float = LEVEL) -> tuple[float, float]:
    """A cluster-robust interval for mean(b - a): normal with a t critical value on
    (clusters - 1) degrees of freedom; at least one item's change wide."""
    diffs = [y - x for x, y in zip(a, b)]
    n = len(diffs)
    if n == 0:
        return float("nan"), float("nan")
    delta = sum(diffs) / n
    groups = len(set(clusters))
    half = math.sqrt(cluster_variance(diffs, clusters))
    tail = 1 - (1 - level) / 2
    z = _t_quantile(tail, groups - 1) if groups >= 2 else NormalDist().inv_cdf(tail)
    half = max(z * half, 1.0 / n)
    return max(-1.0, delta - half), min(1.0, delta + half)


def detectable_drop(a: Sequence[float], b: Sequence[float], clusters: Sequence[str],
                    alpha: float, power: float = 0.8) -> float:
    """The smallest drop in the item mean (0-1) that the one-sided cluster sign-flip test
    at `alpha` detects with `power`, for these items, clusters and churn.

    The test's statistic is T = sum of the per-cluster differences s_g; under sign flips
    its variance is sum(s_g^2). Churn (retraining noise, which moves facts both ways) is
    estimated from the observed differences as twice the smaller of the two directions'
    sums of squares, so a regression in the data does not count as noise: C. A drop of d
    moves x = d * n item values down by one; if it takes out whole facts (the worst case
    for the test, and how retrained adapters usually lose knowledge) it adds x * m to the
    variance, m being the item-weighted mean cluster size. Detection with `power` needs
    x >= k * sqrt(C + x * m), k = z(1 - alpha) + z(power), so
    x = (k^2 m + sqrt(k^4 m^2 + 4 k^2 C)) / 2.
    """
    n = len(a)
    if n == 0:
        return float("nan")
    diffs = [y - x for x, y in zip(a, b)]
    sums, sizes = cluster_sums(diffs, clusters)
    up = sum(s * s for s in sums if s > 0)
    down = sum(s * s for s in sums if s < 0)
    churn = 2 * min(up, down)
    m = sum(size * size for size in sizes) / n
    k = NormalDist().inv_cdf(1 - alpha) + NormalDist().inv_cdf(power)
    x = (k * k * m + math.sqrt(k ** 4 * m * m + 4 * k * k * churn)) / 2
    return min(1.0, max(x, 1.0) / n)  # a drop of less than one item is never seen


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm's step-down adjusted p-values (family-wise error rate), in the input order."""
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    adjusted = [1.0] * len(p_values)
    running = 0.0
    for rank, index in enumerate(order):
        running = max(running, min(1.0, (len(p_values) - rank) * p_values[index]))
        adjusted[index] = running
    return adjusted
