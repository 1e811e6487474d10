"""The run-level analyses that go into results.json beside the metrics: overlap per task,
prompt sensitivity, answer agreement across templates, and example answers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bench.core.types import TRAINED, ItemScore, Prediction, Task, in_headline
from bench.scoring.hallucination import EntityChecker
from bench.scoring.metrics import METRICS
from bench.scoring.overlap import BUCKETS, ItemOverlap
from bench.scoring.score_run import answer_text
from bench.scoring.sensitivity import Agreement, Sensitivity, agreement, sensitivity

EXAMPLES_PER_VARIANT = 3


@dataclass(frozen=True)
class OverlapSummary:
    """How a task's held-out answerable items overlap its train QA and corpus."""

    buckets: dict[str, int]  # overlap bucket -> items
    ngram_contaminated: int  # items whose text occurs in the corpus as an n-gram
    ngram: int
    question_threshold: float
    answerable: int


@dataclass(frozen=True)
class Example:
    """One answer shown in the reports, with the entities found in it."""

    task: str
    variant: str
    template: str
    item_id: str
    kind: str
    question: str
    gold: tuple[str, ...]
    answer: str
    entities: tuple[str, ...]
    invented: tuple[str, ...]
    scores: dict[str, float]  # the answer metrics (the suite's), without the always-on ones


@dataclass(frozen=True)
class Analyses:
    overlap: dict[str, OverlapSummary]
    sensitivity: tuple[Sensitivity, ...]
    agreement: tuple[Agreement, ...]
    examples: tuple[Example, ...]


def analyse(tasks: dict[str, Task], predictions: list[Prediction], scores: list[ItemScore],
            suite, overlap: dict[str, dict[str, ItemOverlap]]) -> Analyses:
    metrics = tuple(suite.metrics) + ("invented_entity",)
    settings = suite.scoring.overlap
    return Analyses(
        overlap={name: overlap_summary(task, overlap[name], settings)
                 for name, task in tasks.items()},
        sensitivity=tuple(sensitivity(scores, metrics)),
        agreement=tuple(agreement(scores, predictions, suite.metrics, answer_text)),
        examples=tuple(examples(tasks, predictions, scores)),
    )


def overlap_summary(task: Task, per_item: dict[str, ItemOverlap], settings) -> OverlapSummary:
    answerable = [per_item[i.id] for i in task.test if in_headline(i.kind)]
    counts = Counter(o.bucket for o in answerable)
    return OverlapSummary(buckets={b: counts.get(b, 0) for b in BUCKETS},
                          ngram_contaminated=sum(o.ngram for o in answerable),
                          ngram=settings.ngram, question_threshold=settings.question_threshold,
                          answerable=len(answerable))


def examples(tasks: dict[str, Task], predictions: list[Prediction],
             scores: list[ItemScore]) -> list[Example]:
    """A few answers per task and variant: test questions before train questions asked
    verbatim (memorisation shows little of what was learnt), answers with invented entities
    first."""
    by_key = {s.key: s for s in scores}
    items = {(t.name, i.id): i for t in tasks.values() for i in t.test}
    checkers = {n: EntityChecker(t.corpus, t.entities + t.decoys) for n, t in tasks.items()}
    chosen: dict[tuple[str, str], list] = {}
    ranked = sorted(predictions, key=lambda p: (
        getattr(items.get((p.task, p.item_id)), "kind", "") == TRAINED,
        -by_key.get(p.key, _NO).scores.get("invented_entity", 0), *p.key))
    for p in ranked:
        bucket = chosen.setdefault((p.task, p.variant), [])
        if len(bucket) >= EXAMPLES_PER_VARIANT or (p.task, p.item_id) not in items:
            continue
        item = items[(p.task, p.item_id)]
        answer = answer_text(p.output)
        check = checkers[p.task].check(answer, item.question)
        score = by_key.get(p.key, _NO).scores
        bucket.append(Example(p.task, p.variant, p.template, p.item_id, item.kind,
                              item.question, tuple(item.answers), answer, tuple(check.entities),
                              tuple(check.invented),
                              {k: v for k, v in score.items() if not METRICS.get(k).always}))
    return [example for key in sorted(chosen) for example in chosen[key]]


_NO = ItemScore("", "", "", "", "", {})
