"""Per-item metrics, each the max over the gold aliases, in one registry."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from bench.registry import Registry
from bench.scoring.normalize import answer_contained, exact_match, token_f1

PairMetric = Callable[[str, str], float]

METRICS: Registry[PairMetric] = Registry("metric")
METRICS.add("exact_match", exact_match)
METRICS.add("f1", token_f1)
METRICS.add("contains", answer_contained)


@lru_cache(maxsize=2)
def rouge_scorer(stemmer: bool = True):
    """rouge-score's scorer (Porter stemming on for answer metrics, as is usual)."""
    # rouge-score pulls in nltk (~2 s), so it is imported on first use only.
    from rouge_score import rouge_scorer as module

    return module.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=stemmer)


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
