"""benchmarks/extractor_filter_lm.py's mechanics: phrasings that differ only in their lead-in
are one item, right only when all of them are; held-out texts are real labelled texts; the
logistic fit ranks a separable toy set."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from extractor_filter_lm import HELD_OUT, LEAD_IN, fit, items  # noqa: E402
from extractor_filter_probe import _auc, labelled_items  # noqa: E402


def test_lead_in_phrasings_are_one_item_right_only_when_all_are():
    labelled = labelled_items()
    keys, right, sampled = items()
    assert 0 < sampled.sum() < len(keys)  # the current sample, and older rules' items
    assert not any(LEAD_IN.match(question) for _, question, _, _ in keys)
    assert len(keys) < len(labelled) and len(keys) == len(set(keys))
    verdict = dict(zip(keys, right))
    for (text, question, answer, evidence), ok in labelled.items():
        if not ok:  # a bad phrasing makes its item bad
            assert not verdict[(text, LEAD_IN.sub("", question), answer, evidence)]
    assert len(HELD_OUT & {key[0] for key in keys}) >= 40  # the held-out sets' texts


def test_fit_ranks_a_separable_set():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 3))
    y = x[:, 0] + 0.1 * rng.normal(size=200) > 0
    weights, bias = fit(x, y, l2=1.0)
    assert _auc(x @ weights + bias, y) > 0.95 and weights[0] > abs(weights[1])
