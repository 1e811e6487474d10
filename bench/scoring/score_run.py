"""From predictions and tasks to per-item scores: every declared metric, the three-way
grade, the fact cluster and the overlap bucket of each answer."""

from __future__ import annotations

from typing import Mapping

from bench.config.prompts import strip_tag
from bench.config.settings import ScoringSettings
from bench.core.refusal import is_refusal
from bench.core.types import UNANSWERABLE, UNPARSEABLE, ItemScore, Prediction, QAItem, Task
from bench.scoring.answered import Answered, three_way
from bench.scoring.hallucination import EntityChecker
from bench.scoring.judge.verdicts import JudgePair
from bench.scoring.metrics import score_answer, scored_metrics
from bench.scoring.normalize import normalize_answer
from bench.scoring.overlap import ItemOverlap, task_overlap

_ANSWER_MARK = "Answer:"


def answer_text(output: str) -> str:
    """The answer part of an output: after a recitation's 'Answer:', without a source tag."""
    if _ANSWER_MARK in output:
        output = output.rsplit(_ANSWER_MARK, 1)[1]
    return strip_tag(output)


def judged(item: QAItem, answer: str) -> JudgePair | None:
    """What the judge is asked about an answer, or None where the rules grade it: an
    unanswerable item (every attempt is a fabrication) or an empty answer (not attempted)."""
    if item.kind == UNANSWERABLE or not normalize_answer(answer):
        return None
    return JudgePair(item.question, tuple(item.answers), answer)


def score_predictions(tasks: dict[str, Task], predictions: list[Prediction],
                      metrics: tuple[str, ...],
                      settings: ScoringSettings = ScoringSettings(),
                      overlap: dict[str, dict[str, ItemOverlap]] | None = None,
                      verdicts: Mapping[str, str | None] | None = None) -> list[ItemScore]:
    """Per answer: every declared metric that applies to its item (bench.scoring.metrics:
    the suite's answer metrics against the gold aliases, the three-way grades, refusal,
    fabrication, invented entities, entity precision), its grade, fact and overlap bucket.
    `verdicts` (a judge's grade per JudgePair key, None for an unparseable reply) grade the
    answers it covers; the rules grade the rest."""
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
        pair = judged(item, answer) if verdicts else None
        verdict = None
        if pair is not None and pair.key in verdicts:
            verdict = verdicts[pair.key] or UNPARSEABLE
        answered = Answered(answer, item, is_refusal(answer, settings.refusal_phrases),
                            checkers[prediction.task].check(answer, item.question), verdict)
        scores.append(ItemScore(task=prediction.task, variant=prediction.variant,
                                template=prediction.template, item_id=item.id, kind=item.kind,
                                scores=score_answer(answered, declared),
                                bucket=overlap[prediction.task][item.id].bucket,
                                item_key=item.content_key, cluster=item.cluster,
                                grade=three_way(answered), question=item.question,
                                answers=tuple(item.answers), answer=answer))
    return scores
