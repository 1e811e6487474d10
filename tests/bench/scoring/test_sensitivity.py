"""Prompt sensitivity on a hand-built prediction matrix (3 items x 3 templates)."""

import pytest

from bench.core.types import ItemScore, Prediction
from bench.scoring.sensitivity import agreement, sensitivity

# EM per item under templates t1, t2, t3; outputs chosen to agree or not.
MATRIX = {"i1": ((1, 1, 1), ("Gafy", "gafy.", "Gafy")),
          "i2": ((1, 0, 0), ("Gafy", "Tarn", "Tarn")),
          "i3": ((0, 0, 1), ("Tarn", "Brovik", "Gafy"))}
TEMPLATES = ("t1", "t2", "t3")


def _build():
    scores, predictions = [], []
    for item, (ems, outputs) in MATRIX.items():
        for template, em, output in zip(TEMPLATES, ems, outputs):
            scores.append(ItemScore("task", "v", template, item, "paraphrase",
                                    {"exact_match": float(em)}))
            predictions.append(Prediction("task", "v", template, item, "", output))
    scores.append(ItemScore("task", "v", "t1", "u", "unanswerable", {"refusal": 1.0}))
    return scores, predictions


def test_per_template_min_max_spread_std():
    (found,) = sensitivity(_build()[0], ("exact_match",))
    assert found.per_template == pytest.approx({"t1": 2 / 3, "t2": 1 / 3, "t3": 2 / 3})
    assert (found.min, found.max, found.n) == (pytest.approx(1 / 3), pytest.approx(2 / 3), 3)
    assert found.spread == pytest.approx(1 / 3)
    assert found.std == pytest.approx(0.157134840263677)


def test_agreement_and_flips():
    (found,) = agreement(*_build(), ("exact_match",))
    assert found.same_answer == pytest.approx(1 / 3)  # only i1 (normalised) is the same
    assert found.correctness_flips == pytest.approx(2 / 3)  # i2 and i3
    assert found.flip_metric == "exact_match"
