"""Aggregates over items with 95% confidence intervals.

A metric that is 0/1 by definition gets the Wilson score interval: it never collapses to a
zero-width interval when every item scored 0 (or 1), and it is accurate for the small n of
a kind or an overlap bucket. Graded metrics (F1, ROUGE) get a seeded percentile bootstrap.
When templates are pooled, an item's 0/1 value becomes a mean over templates; the Wilson
interval then uses the pooled mean with n = items, conservative since an item's templates
are not independent draws.
"""

from __future__ import annotations

import math
from typing import Sequence

from bench.core.types import MetricValue

Z95 = 1.959963984540054


def bootstrap_ci(values: Sequence[float], resamples: int = 1000, seed: int = 0,
                 level: float = 0.95) -> MetricValue:
    """Mean of `values` with a percentile bootstrap interval (items resampled, seeded)."""
    import numpy as np

    data = np.asarray(values, dtype=float)
    if data.size == 0:
        return MetricValue(float("nan"), float("nan"), float("nan"), 0)
    mean = float(data.mean())
    if data.size == 1:
        return MetricValue(mean, mean, mean, 1)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, data.size, size=(resamples, data.size))
    means = data[picks].mean(axis=1)
    tail = (1 - level) / 2
    low, high = np.quantile(means, [tail, 1 - tail])
    return MetricValue(mean, float(low), float(high), int(data.size))


def wilson_ci(values: Sequence[float], z: float = Z95) -> MetricValue:
    """Mean of 0/1 `values` (or per-item means of them) with the Wilson score interval."""
    n = len(values)
    if n == 0:
        return MetricValue(float("nan"), float("nan"), float("nan"), 0)
    p = sum(values) / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return MetricValue(p, max(0.0, min(p, centre - half)), min(1.0, max(p, centre + half)), n)


def metric_ci(values: Sequence[float], binary: bool, seed: int = 0) -> MetricValue:
    """Wilson for a metric that is 0/1 by definition, else the bootstrap."""
    return wilson_ci(values) if binary else bootstrap_ci(values, seed=seed)
