"""From predictions and tasks to per-item scores and aggregates with confidence intervals."""

from __future__ import annotations

from collections import defaultdict

from bench.prompts import strip_tag
from bench.scoring.aggregate import bootstrap_ci
from bench.scoring.metrics import score_item
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
    """Score every prediction of an answerable item against its gold aliases."""
    items = {(t.name, item.id): item for t in tasks.values() for item in t.test}
    scores = []
    for prediction in predictions:
        item = items.get((prediction.task, prediction.item_id))
        if item is None or item.kind == UNANSWERABLE:
            continue
        scores.append(ItemScore(task=prediction.task, variant=prediction.variant,
                                template=prediction.template, item_id=item.id, kind=item.kind,
                                scores=score_item(answer_text(prediction.output), item.answers,
                                                  metrics)))
    return scores


def aggregate(scores: list[ItemScore], metrics: tuple[str, ...],
              seed: int = 0) -> dict[tuple[str, str, str, str], MetricValue]:
    """(task, variant, template, metric) -> mean with a bootstrap CI."""
    grouped: dict[tuple[str, str, str], list[ItemScore]] = defaultdict(list)
    for score in sorted(scores, key=lambda s: (s.task, s.variant, s.template, s.item_id)):
        grouped[(score.task, score.variant, score.template)].append(score)
    result = {}
    for (task, variant, template), group in grouped.items():
        for metric in metrics:
            result[(task, variant, template, metric)] = bootstrap_ci(
                [s.scores[metric] for s in group], seed=seed)
    return result
