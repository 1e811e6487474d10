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


# Scored on every item besides the suite's answer metrics (bench.scoring.score_run):
# entity_precision only where the answer names an entity, fabrication only on unanswerable items.
EXTRA_METRICS = ("refusal", "invented_entity", "entity_precision", "fabrication")
# 0/1 by definition, whatever values a run has: exact (Wilson) intervals, McNemar's test.
BINARY_METRICS = frozenset({"exact_match", "contains", "refusal", "invented_entity",
                            "fabrication"})


def known_metrics() -> list[str]:
    """Every metric name a run can hold: the registry's and the extra ones."""
    return sorted(set(METRICS.names()) | set(EXTRA_METRICS))


def score_item(prediction: str, answers: tuple[str, ...], metric_names) -> dict[str, float]:
    """Every requested metric for one prediction, each the max over gold aliases."""
    return {
        name: max(METRICS.get(name)(prediction, gold) for gold in answers)
        for name in metric_names
    }
