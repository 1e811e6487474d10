"""Per-item metrics, each the max over the gold aliases, in one registry."""

from __future__ import annotations

from typing import Callable

from bench.core.registry import Registry
from bench.core.text import rouge_scorer
from bench.scoring.normalize import answer_contained, exact_match, token_f1

PairMetric = Callable[[str, str], float]

METRICS: Registry[PairMetric] = Registry("metric")
METRICS.add("exact_match", exact_match)
METRICS.add("f1", token_f1)
METRICS.add("contains", answer_contained)


def _rouge(kind: str) -> PairMetric:
    def score(prediction: str, gold: str) -> float:
        return rouge_scorer().score(gold, prediction)[kind].fmeasure

    score.__name__ = kind
    return score


METRICS.add("rouge1", _rouge("rouge1"))
METRICS.add("rouge2", _rouge("rouge2"))
METRICS.add("rougeL", _rouge("rougeL"))


def score_item(prediction: str, answers: tuple[str, ...], metric_names) -> dict[str, float]:
    """Every requested metric for one prediction, each the max over gold aliases."""
    return {
        name: max(METRICS.get(name)(prediction, gold) for gold in answers)
        for name in metric_names
    }
