"""The hierarchical bootstrap (worlds, training seeds, fact clusters) on simulated studies
with a known answer: a planted effect is covered at about the nominal rate, a zero effect
covers 0, retraining noise widens the interval, and the point estimate is the plain mean
of B - A whatever the resampling."""

from __future__ import annotations

import numpy as np
import pytest

from bench.scoring.hierarchical import WorldData, hierarchical_bootstrap, point_estimate


def study(rng, effect=0.1, worlds=2, seeds=3, clusters=30, size=2, seed_sd=0.05,
          binary=False):
    """A paired study: per world, cluster and item a shared level; B adds `effect`, a
    per-cluster and per-item interaction, its own seed offset and retraining churn."""
    made = []
    for _ in range(worlds):
        shared = rng.normal(0, 0.2, (clusters, 1)) + rng.normal(0, 0.3, (clusters, size))
        moved = rng.normal(0, 0.1, (clusters, 1)) + rng.normal(0, 0.15, (clusters, size))
        a = shared + rng.normal(0, seed_sd, (seeds, 1, 1)) + \
            rng.normal(0, 0.2, (seeds, clusters, size))
        b = shared + effect + moved + rng.normal(0, seed_sd, (seeds, 1, 1)) + \
            rng.normal(0, 0.2, (seeds, clusters, size))
        if binary:
            a = (rng.random(a.shape) < 1 / (1 + np.exp(-a))).astype(float)
            b = (rng.random(b.shape) < 1 / (1 + np.exp(-b))).astype(float)
        n = np.full((seeds, clusters), float(size))
        made.append(WorldData(a.sum(axis=2), n, b.sum(axis=2), n.copy()))
    return made


def test_a_planted_effect_is_covered_at_the_nominal_rate():
    rng = np.random.default_rng(7)
    reps, covered, signs = 200, 0, 0
    for rep in range(reps):
        est = hierarchical_bootstrap(study(rng), draws=600, seed=rep)
        covered += est.low <= 0.1 <= est.high
        signs += est.sign == 1
    # 95% nominal; Monte Carlo error at 200 reps is about +-3 points; crossed resampling
    # of seeds and clusters is a little conservative.
    assert 0.9 <= covered / reps <= 0.995
    assert signs / reps > 0.9


def test_a_zero_effect_covers_zero_and_is_not_significant():
    rng = np.random.default_rng(11)
    reps, covered, rejected = 200, 0, 0
    for rep in range(reps):
        est = hierarchical_bootstrap(study(rng, effect=0.0, binary=True), draws=600, seed=rep)
        covered += est.low <= 0 <= est.high
        rejected += est.p_value < 0.05
    assert covered / reps >= 0.9
    assert rejected / reps <= 0.1


def test_seed_variance_widens_the_interval():
    quiet = study(np.random.default_rng(3), seed_sd=0.0)
    noisy = [WorldData(w.a_sum, w.a_n, w.b_sum + w.b_n * offsets[:, None], w.b_n)
             for w, offsets in zip(quiet, np.random.default_rng(4).normal(0, 0.15, (2, 3)))]
    calm = hierarchical_bootstrap(quiet, draws=2000, seed=1)
    loud = hierarchical_bootstrap(noisy, draws=2000, seed=1)
    assert loud.high - loud.low > 1.5 * (calm.high - calm.low)
    assert loud.se > calm.se and loud.mde > calm.mde


def test_point_estimate_is_the_mean_difference_and_the_interval_is_seeded():
    worlds = study(np.random.default_rng(5), worlds=3)
    expected = np.mean([np.mean(w.b_sum.sum(1) / w.b_n.sum(1) - w.a_sum.sum(1) / w.a_n.sum(1))
                        for w in worlds])
    assert point_estimate(worlds) == pytest.approx(expected)
    first = hierarchical_bootstrap(worlds, draws=500, seed=9)
    assert first == hierarchical_bootstrap(worlds, draws=500, seed=9)
    assert first.effect == pytest.approx(expected) and first.low < expected < first.high
    bca = hierarchical_bootstrap(worlds, draws=500, seed=9, method="bca")
    assert bca.low < expected < bca.high
    assert abs((bca.high - bca.low) - (first.high - first.low)) < 0.5 * (first.high - first.low)


def test_subset_contrasts_and_constant_outcomes():
    # Two subsets of one variant: clusters hold only A items or only B items.
    a_n = np.array([[2.0, 2.0, 0.0, 0.0]] * 3)
    b_n = np.array([[0.0, 0.0, 1.0, 1.0]] * 3)
    world = WorldData(a_n * 0.5, a_n, b_n * 1.0, b_n)
    assert point_estimate([world]) == pytest.approx(0.5)
    flat = WorldData(np.ones((3, 4)), np.ones((3, 4)), np.ones((3, 4)), np.ones((3, 4)))
    est = hierarchical_bootstrap([flat], draws=200)
    assert (est.effect, est.low, est.high, est.p_value, est.se) == (0.0, 0.0, 0.0, 1.0, 0.0)
