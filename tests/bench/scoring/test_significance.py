"""Paired tests: McNemar against a worked example, the sign-flip test on hand-counted
cases (one changed item, four tiny losses among 100), Holm's correction."""

import pytest

from bench.scoring.significance import holm, mcnemar, mcnemar_p, paired_test, sign_flip


def test_mcnemar_exact_worked_example():
    # 10 items right only in A, 2 right only in B: p = 2 * P(X <= 2), X ~ Bin(12, 1/2)
    # = 2 * (1 + 12 + 66) / 4096 = 0.0385742...
    assert mcnemar_p(10, 2) == pytest.approx(0.03857421875)
    assert mcnemar_p(0, 0) == 1.0
    assert mcnemar_p(3, 3) == 1.0


def test_mcnemar_large_sample_uses_continuity_corrected_chi_square():
    # (|600-450| - 1)^2 / 1050 = 21.1438; p = P(chi2_1 > 21.1438) = 4.26e-6
    assert mcnemar_p(600, 450) == pytest.approx(4.26e-6, rel=0.01)


def test_mcnemar_on_vectors():
    a = [1] * 10 + [0] * 2 + [1] * 5
    b = [0] * 10 + [1] * 2 + [1] * 5
    result = mcnemar(a, b)
    assert result.delta == pytest.approx((7 - 15) / 17) and result.p_value == pytest.approx(0.03857421875)


def test_test_is_chosen_by_the_metric_not_by_the_values():
    # An F1 column that happens to hold only 0s and 1s is still graded: no McNemar.
    a, b = [1.0, 0.0, 1.0], [0.0, 0.0, 1.0]
    assert paired_test(a, b, binary=False).test == "sign-flip"
    assert paired_test(a, b, binary=True).test == "mcnemar"


def test_one_item_that_got_worse_is_not_significant():
    # Two sign patterns of one difference, both as extreme as the observed: p = 1.
    result = sign_flip([0.9, 0.5], [0.4, 0.5])
    assert result.delta == pytest.approx(-0.25) and result.p_value == 1.0


def test_four_tiny_losses_in_a_hundred_items_are_not_significant():
    a = [0.5] * 100
    b = [0.49] * 4 + [0.5] * 96
    # 4 non-zero differences: 16 sign patterns, 2 as extreme (all minus, all plus): p = 1/8.
    assert sign_flip(a, b).p_value == pytest.approx(0.125)


def test_clear_shift_is_significant_exactly_and_by_sampling():
    small = sign_flip([0.2] * 10, [0.5] * 10)  # exact: 2 of 1024 patterns
    assert small.p_value == pytest.approx(2 / 1024)
    a = [0.2, 0.3, 0.25, 0.4, 0.35, 0.3, 0.2, 0.3] * 5
    large = sign_flip(a, [x + 0.3 for x in a])  # 40 differences: sampled, seeded
    assert large.p_value < 0.001 and large.p_value == sign_flip(a, [x + 0.3 for x in a]).p_value
    assert sign_flip(a, a).p_value == 1.0


def test_holm_step_down_hand_worked():
    # sorted 0.01, 0.02, 0.04 with m = 3: 0.03, 0.04, max(0.04, 0.04) = 0.04
    assert holm([0.04, 0.01, 0.02]) == pytest.approx([0.04, 0.03, 0.04])
    assert holm([0.5, 0.9]) == pytest.approx([1.0, 1.0])
    assert holm([]) == []
