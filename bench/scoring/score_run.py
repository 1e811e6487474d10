"""From predictions and tasks to per-item scores and aggregates with confidence intervals."""

from __future__ import annotations

from collections import defaultdict

from bench.prompts import strip_tag
from bench.scoring.aggregate import bootstrap_ci
from bench.scoring.metrics import score_item
from bench.scoring.refusal import is_refusal
from bench.types import ItemScore, MetricValue, Prediction, Task

# Gold for these is a refusal; answer metrics are not meaningful on them.
UNANSWERABLE = "unanswerable"
_ANSWER_MARK = "Answer:"


def answer_text(output: str) -> str:
    """The answer part of an output: after a recitation's 'Answer:', without a source tag."""
    if _ANSWER_MARK in output:
        output = output.rsplit(_ANSWER_MARK, 1)[1]
    return strip_tag(output)


def score_predictions(tasks: dict[str, Task], predictions: list[Prediction],
                      metrics: tuple[str, ...]) -> list[ItemScore]:
    """Answer metrics against the gold aliases (answerable items), refusal on every item."""
    items = {(t.name, item.id): item for t in tasks.values() for item in t.test}
    scores = []
    for prediction in predictions:
        item = items.get((prediction.task, prediction.item_id))
        if item is None:
            continue
        answer = answer_text(prediction.output)
        values = {} if item.kind == UNANSWERABLE else score_item(answer, item.answers, metrics)
        values["refusal"] = float(is_refusal(answer))
        scores.append(ItemScore(task=prediction.task, variant=prediction.variant,
                                template=prediction.template, item_id=item.id, kind=item.kind,
                                scores=values))
    return scores


ANSWERABLE = "answerable"


def aggregate(scores: list[ItemScore], metrics: tuple[str, ...],
              seed: int = 0) -> dict[tuple[str, str, str, str, str], MetricValue]:
    """(task, variant, template, subset, metric) -> mean with a bootstrap CI.

    Subsets: `answerable` (every kind but unanswerable) and each QA kind on its own; refusal
    is reported on every subset (on unanswerable items it is the right answer).
    """
    grouped: dict[tuple[str, str, str, str], list[ItemScore]] = defaultdict(list)
    for score in sorted(scores, key=lambda s: (s.task, s.variant, s.template, s.item_id)):
        head = (score.task, score.variant, score.template)
        grouped[head + (score.kind,)].append(score)
        if score.kind != UNANSWERABLE:
            grouped[head + (ANSWERABLE,)].append(score)
    result = {}
    for key, group in grouped.items():
        names = ("refusal",) if key[3] == UNANSWERABLE else tuple(metrics) + ("refusal",)
        for metric in names:
            result[key + (metric,)] = bootstrap_ci([s.scores[metric] for s in group], seed=seed)
    return result
