"""Cluster-aware inference against scipy.stats where it has the same thing: the sign-flip
test is the exact binomial (McNemar) test with one item per cluster and scipy's
permutation test on cluster sums; the interval is Wilson's with one item per cluster, its
variance a cluster bootstrap's, and it is never zero-width. Holm's correction by hand."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from bench.scoring.clustered import (
    cluster_sign_flip,
    cluster_variance,
    clustered_interval,
    detectable_drop,
    holm,
    paired_interval,
)


@pytest.mark.parametrize("lost, gained", [(10, 2), (5, 0), (3, 3), (0, 4), (9, 6)])
def test_singleton_clusters_of_zero_one_values_are_the_exact_binomial_test(lost, gained):
    a = [1.0] * lost + [0.0] * gained + [1.0] * 20
    b = [0.0] * lost + [1.0] * gained + [1.0] * 20
    ids = [str(i) for i in range(len(a))]
    for alternative in ("less", "greater", "two-sided"):
        ours = cluster_sign_flip(a, b, ids, alternative)
        if lost + gained == 0:
            continue
        # B worse ("less"): few gains among the discordant pairs.
        theirs = stats.binomtest(gained, lost + gained, 0.5, alternative=alternative).pvalue
        assert ours.p_value == pytest.approx(theirs), alternative


def test_cluster_sums_match_scipys_sign_flip_permutation_test():
    rng = np.random.default_rng(3)
    clusters = [f"f{i // 3}" for i in range(30)]  # 10 facts of 3 items
    a = rng.random(30)
    b = a - 0.15 + rng.normal(0, 0.2, 30)
    sums = np.array([sum(y - x for x, y, c in zip(a, b, clusters) if c == f"f{g}")
                     for g in range(10)])
    theirs = stats.permutation_test((sums,), np.sum, permutation_type="samples",
                                    alternative="less", n_resamples=np.inf).pvalue
    assert cluster_sign_flip(a, b, clusters, "less").p_value == pytest.approx(theirs)


def test_many_clusters_are_sampled_with_a_seed():
    a, b = [1.0] * 40, [0.0] * 12 + [1.0] * 28
    ids = [str(i) for i in range(40)]
    first = cluster_sign_flip(a, b, ids, "less", seed=5)  # 12 moved: exact
    assert first.p_value == pytest.approx(1 / 2 ** 12)
    a, b = [1.0] * 40, [0.0] * 20 + [1.0] * 20  # 20 moved: 20,000 seeded draws
    sampled = cluster_sign_flip(a, b, ids, "less", seed=5)
    assert sampled.p_value == cluster_sign_flip(a, b, ids, "less", seed=5).p_value
    assert sampled.p_value == pytest.approx(1 / 20_001)


def test_singleton_interval_is_wilsons():
    values = [1.0] * 37 + [0.0] * 163
    ours = clustered_interval(values, [str(i) for i in range(200)], binary=True)
    ci = stats.binomtest(37, 200).proportion_ci(0.95, method="wilson")
    # n_eff = n (G - 1) / G and a t quantile on 199 df: within 0.2 points of Wilson's.
    assert ours.ci_low == pytest.approx(ci.low, abs=0.002)
    assert ours.ci_high == pytest.approx(ci.high, abs=0.002)
    assert ours.n == 200 and ours.clusters == 200


def test_cluster_variance_is_a_cluster_bootstraps():
    rng = np.random.default_rng(7)
    facts = 40
    known = rng.random(facts) < 0.5
    values = np.repeat(known, 4).astype(float)
    values[rng.random(values.size) < 0.1] = 1 - values[rng.random(values.size) < 0.1][0]
    clusters = [f"f{i // 4}" for i in range(values.size)]
    by_fact = values.reshape(facts, 4)
    boot = stats.bootstrap((np.arange(facts),), lambda idx: by_fact[idx.astype(int)].mean(),
                           n_resamples=4000, random_state=1, method="percentile")
    assert cluster_variance(list(values), clusters) == pytest.approx(
        boot.standard_error ** 2, rel=0.15)


def test_clustered_items_widen_the_interval():
    values = [1.0] * 24 + [0.0] * 24  # 12 facts of 4 items that agree within each fact
    facts = [f"f{i // 4}" for i in range(48)]
    alone = clustered_interval(values, [str(i) for i in range(48)], binary=True)
    together = clustered_interval(values, facts, binary=True)
    assert together.ci_high - together.ci_low > 1.5 * (alone.ci_high - alone.ci_low)
    assert together.clusters == 12


@pytest.mark.parametrize("value", [0.0, 1.0])
def test_constant_scores_never_give_a_zero_width_interval(value):
    clusters = [f"f{i // 4}" for i in range(20)]
    for binary in (True, False):
        interval = clustered_interval([value] * 20, clusters, binary=binary)
        assert interval.ci_high - interval.ci_low > 0.1  # 5 facts: as if 5 observations
        assert interval.ci_low <= value <= interval.ci_high


def test_paired_interval_and_detectable_drop():
    a = [1.0] * 80 + [0.0] * 20
    b = [0.0] * 10 + [1.0] * 70 + [0.0] * 20
    ids = [str(i) for i in range(100)]
    low, high = paired_interval(a, b, ids)
    assert low < -0.10 < high < 0
    # A clean drop is no churn: the test needs about k^2 = 6.2 lost items of 100.
    assert detectable_drop(a, b, ids, alpha=0.05) == pytest.approx(0.0618, abs=0.002)
    noisy = [0.0] * 10 + [1.0] * 80 + [0.0] * 10  # 10 lost, 10 gained
    assert detectable_drop(a, noisy, ids, alpha=0.05) > 0.10
    facts = [f"f{i // 5}" for i in range(100)]
    assert detectable_drop(a, b, facts, alpha=0.05) > 3 * detectable_drop(a, b, ids, alpha=0.05)
    # A lax alpha asks for less than one item of nine (7.9 points): one item is the least
    # drop that can be seen.
    nine, ones = [str(i) for i in range(9)], [1.0] * 9
    assert detectable_drop(ones, ones, nine, alpha=0.5) == pytest.approx(1 / 9)


def test_holm_step_down_hand_worked():
    # sorted 0.01, 0.02, 0.04 with m = 3: 0.03, 0.04, max(0.04, 0.04) = 0.04
    assert holm([0.04, 0.01, 0.02]) == pytest.approx([0.04, 0.03, 0.04])
    assert holm([0.5, 0.9]) == pytest.approx([1.0, 1.0])
    assert holm([]) == []


def test_the_least_p_of_a_few_discordant_facts_is_what_the_test_gives_when_all_move_one_way():
    from bench.scoring.clustered import smallest_p

    # five facts, every one lost: the most extreme pattern the exact test can see
    a, b = [1.0] * 5 + [1.0] * 20, [0.0] * 5 + [1.0] * 20
    clusters = [f"f{i}" for i in range(25)]
    for alternative, least in (("less", 1 / 32), ("two-sided", 2 / 32)):
        test = cluster_sign_flip(a, b, clusters, alternative)
        assert test.discordant == 5 and test.p_value == pytest.approx(least)
        assert smallest_p(test) == pytest.approx(least)
