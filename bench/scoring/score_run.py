"""From predictions and tasks to per-item scores and aggregates with confidence intervals."""

from __future__ import annotations

from collections import defaultdict

from bench.config.prompts import strip_tag
from bench.config.settings import ScoringSettings
from bench.core.refusal import is_refusal
from bench.core.types import UNANSWERABLE, ItemScore, MetricValue, Prediction, Task, in_headline
from bench.scoring.aggregate import metric_ci
from bench.scoring.hallucination import EntityChecker
from bench.scoring.metrics import BINARY_METRICS, EXTRA_METRICS, score_item
from bench.scoring.normalize import normalize_answer
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
    """Per item: answer metrics against the gold aliases (answerable items), refusal,
    invented entities, entity precision, fabrication (unanswerable items), overlap bucket."""
    items = {(t.name, item.id): item for t in tasks.values() for item in t.test}
    if overlap is None:  # the runner computes it once and shares it with the analyses
        overlap = {name: task_overlap(task, settings.overlap) for name, task in tasks.items()}
    checkers = {name: EntityChecker(task.corpus, task.entities + task.decoys)
                for name, task in tasks.items()}
    scores = []
    for prediction in predictions:
        item = items.get((prediction.task, prediction.item_id))
        if item is None:
            continue
        answer = answer_text(prediction.output)
        refused = is_refusal(answer, settings.refusal_phrases)
        values = {} if item.kind == UNANSWERABLE else score_item(answer, item.answers, metrics)
        values["refusal"] = float(refused)
        entities = checkers[prediction.task].check(answer, item.question)
        values["invented_entity"] = float(bool(entities.invented))
        if entities.entities:
            values["entity_precision"] = entities.grounded / len(entities.entities)
        if item.kind == UNANSWERABLE:
            values["fabrication"] = float(not refused and bool(normalize_answer(answer)))
        scores.append(ItemScore(task=prediction.task, variant=prediction.variant,
                                template=prediction.template, item_id=item.id, kind=item.kind,
                                scores=values, bucket=overlap[prediction.task][item.id].bucket,
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
        for metric in tuple(metrics) + EXTRA_METRICS:
            values = [s.scores[metric] for s in group if metric in s.scores]
            if values:
                result[key + (metric,)] = metric_ci(values, metric in BINARY_METRICS, seed)
    return result
