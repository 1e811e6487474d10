"""Paired tests: McNemar against a worked example, the bootstrap on clear and null cases."""

import pytest

from bench.scoring.significance import mcnemar, mcnemar_p, paired_bootstrap, paired_test


def test_mcnemar_exact_worked_example():
    # 10 items right only in A, 2 right only in B: p = 2 * P(X <= 2), X ~ Bin(12, 1/2)
    # = 2 * (1 + 12 + 66) / 4096 = 0.0385742...
    assert mcnemar_p(10, 2) == pytest.approx(0.03857421875)
    assert mcnemar_p(0, 0) == 1.0
    assert mcnemar_p(3, 3) == 1.0


def test_mcnemar_large_sample_uses_continuity_corrected_chi_square():
    # (|600-450| - 1)^2 / 1050 = 21.1438; p = P(chi2_1 > 21.1438) = 4.26e-6
    assert mcnemar_p(600, 450) == pytest.approx(4.26e-6, rel=0.01)


def test_mcnemar_on_vectors_and_dispatch():
    a = [1] * 10 + [0] * 2 + [1] * 5
    b = [0] * 10 + [1] * 2 + [1] * 5
    result = mcnemar(a, b)
    assert result.delta == pytest.approx((7 - 15) / 17) and result.p_value == pytest.approx(0.03857421875)
    assert paired_test(a, b).test == "mcnemar"
    assert paired_test([0.5, 0.2], [0.4, 0.1]).test == "paired-bootstrap"


def test_paired_bootstrap_clear_and_null():
    a = [0.2, 0.3, 0.25, 0.4, 0.35, 0.3, 0.2, 0.3] * 5
    clear = paired_bootstrap(a, [x + 0.3 for x in a])
    assert clear.delta == pytest.approx(0.3) and clear.p_value < 0.01
    assert paired_bootstrap(a, a).p_value == 1.0
