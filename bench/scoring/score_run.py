"""From predictions and tasks to per-item scores and aggregates with confidence intervals."""

from __future__ import annotations

from collections import defaultdict

from bench.config.prompts import strip_tag
from bench.config.settings import ScoringSettings
from bench.core.refusal import is_refusal
from bench.core.types import ItemScore, MetricValue, Prediction, Task, in_headline
from bench.scoring.aggregate import metric_ci
from bench.scoring.hallucination import EntityChecker
from bench.scoring.metrics import Answered, score_answer, scored_metrics
from bench.scoring.overlap import ItemOverlap, task_overlap

# Gold for these is a refusal; answer metrics are not meaningful on them.
ANSWERABLE = "answerable"  # every held-out answerable item
BUCKET_PREFIX = "overlap:"
_ANSWER_MARK = "Answer:"


def answer_text(output: str) -> str:
    """The answer part of an output: after a recitation's 'Answer:', without a source tag."""
    if _ANSWER_MARK in output:
        output = output.rsplit(_ANSWER_MARK, 1)[1]
    return strip_tag(output)


def score_predictions(tasks: dict[str, Task], predictions: list[Prediction],
                      metrics: tuple[str, ...],
                      settings: ScoringSettings = ScoringSettings(),
                      overlap: dict[str, dict[str, ItemOverlap]] | None = None) -> list[ItemScore]:
    """Per item: every declared metric that applies to it (bench.scoring.metrics): the
    suite's answer metrics against the gold aliases, refusal, fabrication, invented
    entities, entity precision; and the item's overlap bucket."""
    items = {(t.name, item.id): item for t in tasks.values() for item in t.test}
    if overlap is None:  # the runner computes it once and shares it with the analyses
        overlap = {name: task_overlap(task, settings.overlap) for name, task in tasks.items()}
    checkers = {name: EntityChecker(task.corpus, task.entities + task.decoys)
                for name, task in tasks.items()}
    declared = scored_metrics(metrics)
    scores = []
    for prediction in predictions:
        item = items.get((prediction.task, prediction.item_id))
        if item is None:
            continue
        answer = answer_text(prediction.output)
        answered = Answered(answer, item, is_refusal(answer, settings.refusal_phrases),
                            checkers[prediction.task].check(answer, item.question))
        scores.append(ItemScore(task=prediction.task, variant=prediction.variant,
                                template=prediction.template, item_id=item.id, kind=item.kind,
                                scores=score_answer(answered, declared),
                                bucket=overlap[prediction.task][item.id].bucket,
                                item_key=item.content_key))
    return scores


ALL_TEMPLATES = "all"


def pool_templates(scores: list[ItemScore]) -> list[ItemScore]:
    """Each item's scores averaged over the templates it was asked under (template "all"),
    so an item counts once however many templates there are."""
    grouped: dict[tuple[str, str, str], list[ItemScore]] = defaultdict(list)
    for score in scores:
        grouped[(score.task, score.variant, score.item_id)].append(score)
    pooled = []
    for (task, variant, item_id), group in grouped.items():
        names = {name for s in group for name in s.scores}
        values = {}
        for name in names:
            present = [s.scores[name] for s in group if name in s.scores]
            values[name] = sum(present) / len(present)
        pooled.append(ItemScore(task, variant, ALL_TEMPLATES, item_id, group[0].kind, values,
                                group[0].bucket, group[0].item_key))
    return pooled


def aggregate(scores: list[ItemScore], metrics: tuple[str, ...],
              seed: int = 0) -> dict[tuple[str, str, str, str, str], MetricValue]:
    """(task, variant, template, subset, metric) -> mean with a 95% CI (Wilson for 0/1
    metrics, bootstrap for graded ones).

    Subsets: `answerable` (every held-out kind: not unanswerable, not trained), each QA kind
    on its own, and each overlap bucket of the answerable items (`overlap:<bucket>`). A metric an item does not
    have (entity precision of an answer without entities) leaves that item out. With more
    than one template, template "all" holds the item-level average over templates.
    """
    if len({s.template for s in scores}) > 1:
        scores = scores + pool_templates(scores)
    grouped: dict[tuple[str, str, str, str], list[ItemScore]] = defaultdict(list)
    for score in sorted(scores, key=lambda s: (s.task, s.variant, s.template, s.item_id)):
        head = (score.task, score.variant, score.template)
        grouped[head + (score.kind,)].append(score)
        if in_headline(score.kind):
            grouped[head + (ANSWERABLE,)].append(score)
            grouped[head + (BUCKET_PREFIX + score.bucket,)].append(score)
    result = {}
    for key, group in grouped.items():
        for m in scored_metrics(metrics):
            values = [s.scores[m.name] for s in group if m.name in s.scores]
            if values:
                result[key + (m.name,)] = metric_ci(values, m.binary, seed)
    return result
