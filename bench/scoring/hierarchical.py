"""A hierarchical bootstrap for a contrast between two sets of scores (B minus A) measured
over several worlds, several training seeds (replicates) per world and fact clusters.

A study's effect varies at three levels: the world (another story, another seed of the
task), the training seed (retraining the same variant) and the fact (its phrasings,
reverse question and templates move together). One run with one adapter per variant sees
only the last. The bootstrap resamples each level in turn: worlds with replacement; within
each drawn world, its replicates with replacement and, once for that world, its clusters
with replacement. Seeds and clusters are crossed (every replicate answers the same
facts), so the same cluster draw applies to every replicate of a world: resampling
clusters afresh per replicate would average the fact effect away.

The data of one world is, per replicate (row) and cluster (column), the sum and count of
A's and of B's item values. That covers both designs the validity study needs: a paired
contrast of two variants on the same items (every cluster has A and B items), and a
contrast of two item subsets within one variant (reverse against paraphrase questions:
a cluster may hold only one side). The effect is the mean over worlds of the mean over
replicates of mean(B) - mean(A), item means taken over the resampled clusters.

Few top-level units make any bootstrap narrow (variance shrinks by (k - 1) / k with k
units): with two worlds the world level is barely estimated. `tests/bench/scoring/
test_hierarchical.py` checks the coverage on a planted effect.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

import numpy as np


@dataclass(frozen=True)
class WorldData:
    """One world: arrays of shape (replicates, clusters); a count of 0 means no item."""

    a_sum: np.ndarray
    a_n: np.ndarray
    b_sum: np.ndarray
    b_n: np.ndarray

    @property
    def shape(self) -> tuple[int, int]:
        return self.a_sum.shape


@dataclass(frozen=True)
class Estimate:
    effect: float  # mean(B) - mean(A), averaged over replicates, then worlds
    low: float
    high: float
    p_value: float  # two-sided, from the bootstrap distribution's mass beyond 0
    se: float  # the bootstrap standard deviation
    mde: float  # smallest |effect| found with `power` at this SE (two-sided, `level`)
    worlds: int
    replicates: int  # over all worlds
    clusters: int  # over all worlds
    method: str

    @property
    def sign(self) -> int:
        return int(np.sign(self.effect))


def _effects(world: WorldData, seeds: np.ndarray, clusters: np.ndarray) -> np.ndarray:
    """World effects for N resamples: seeds (N, S) and clusters (N, C) are weights."""
    with np.errstate(invalid="ignore", divide="ignore"):
        per_seed = (clusters @ world.b_sum.T) / (clusters @ world.b_n.T) - \
            (clusters @ world.a_sum.T) / (clusters @ world.a_n.T)
    usable = ~np.isnan(per_seed)
    weights = seeds * usable
    total = weights.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, np.nansum(per_seed * weights, axis=1) / total, np.nan)


def point_estimate(worlds: list[WorldData]) -> float:
    values = [_effects(w, np.ones((1, w.shape[0])), np.ones((1, w.shape[1])))[0] for w in worlds]
    return float(np.nanmean(values)) if not np.all(np.isnan(values)) else float("nan")


def _draw(rng: np.random.Generator, size: int, count: int) -> np.ndarray:
    return rng.multinomial(size, np.full(size, 1.0 / size), size=count).astype(float)


def hierarchical_bootstrap(worlds: list[WorldData], draws: int = 4000, seed: int = 0,
                           level: float = 0.95, method: str = "percentile",
                           power: float = 0.8) -> Estimate:
    """The effect of B over A with a `level` interval from `draws` hierarchical resamples
    (`method` "percentile" or "bca"), a two-sided p-value and the minimum detectable
    effect at `power`."""
    if method not in ("percentile", "bca"):
        raise ValueError(f"method {method!r}")
    if not worlds:
        raise ValueError("no worlds")
    rng = np.random.default_rng(seed)
    k = len(worlds)
    chosen = rng.integers(0, k, size=(draws, k)) if k > 1 else np.zeros((draws, 1), int)
    slots = np.full((draws, k), np.nan)
    for index, world in enumerate(worlds):
        at = chosen == index
        if not at.any():
            continue
        s, c = world.shape
        slots[at] = _effects(world, _draw(rng, s, int(at.sum())), _draw(rng, c, int(at.sum())))
    with np.errstate(invalid="ignore"):
        boot = np.nanmean(slots, axis=1)
    boot = boot[~np.isnan(boot)]
    effect = point_estimate(worlds)
    alpha = 1 - level
    quantiles = np.array([alpha / 2, 1 - alpha / 2])
    if method == "bca" and boot.size and np.ptp(boot) > 0:
        quantiles = _bca(worlds, boot, effect, quantiles)
    low, high = (np.quantile(boot, quantiles) if boot.size else (np.nan, np.nan))
    below, above = int((boot <= 0).sum()), int((boot >= 0).sum())
    p = min(1.0, 2 * (min(below, above) + 1) / (boot.size + 1))
    se = float(boot.std(ddof=1)) if boot.size > 1 else float("nan")
    z = NormalDist()
    mde = (z.inv_cdf(1 - alpha / 2) + z.inv_cdf(power)) * se
    return Estimate(effect, float(min(low, effect)), float(max(high, effect)), p, se, mde,
                    k, sum(w.shape[0] for w in worlds), sum(w.shape[1] for w in worlds), method)


def _bca(worlds: list[WorldData], boot: np.ndarray, effect: float,
         quantiles: np.ndarray) -> np.ndarray:
    """Bias-corrected and accelerated quantiles; acceleration from the jackknife over
    clusters (each world's cluster left out in turn)."""
    z = NormalDist()
    share = float(np.clip((boot < effect).mean() + 0.5 * (boot == effect).mean(), 1e-6, 1 - 1e-6))
    z0 = z.inv_cdf(share)
    jack = []
    for index, world in enumerate(worlds):
        for cluster in range(world.shape[1]):
            keep = np.ones(world.shape[1], bool)
            keep[cluster] = False
            cut = WorldData(*(getattr(world, f)[:, keep] for f in ("a_sum", "a_n", "b_sum", "b_n")))
            jack.append(point_estimate(worlds[:index] + [cut] + worlds[index + 1:]))
    jack = np.asarray([j for j in jack if not np.isnan(j)])
    spread = jack.mean() - jack if jack.size else np.zeros(1)
    denominator = 6 * float((spread ** 2).sum()) ** 1.5
    accel = float((spread ** 3).sum()) / denominator if denominator > 0 else 0.0
    adjusted = []
    for q in quantiles:
        zq = z0 + z.inv_cdf(float(q))
        adjusted.append(z.cdf(z0 + zq / (1 - accel * zq)))
    return np.asarray(adjusted)
