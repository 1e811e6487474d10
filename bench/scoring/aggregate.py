"""Aggregates over items with seeded 95% bootstrap confidence intervals."""

from __future__ import annotations

from typing import Sequence

from bench.core.types import MetricValue


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
