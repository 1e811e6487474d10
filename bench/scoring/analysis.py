"""The run-level analyses that go into results.json beside the metrics: overlap per task,
prompt sensitivity, answer agreement across templates, and example answers."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from typing import Any

from bench.core.types import ItemScore, Prediction, Task, in_headline
from bench.scoring.hallucination import EntityChecker
from bench.scoring.metrics import EXTRA_METRICS
from bench.scoring.overlap import BUCKETS, ItemOverlap
from bench.scoring.score_run import answer_text
from bench.scoring.sensitivity import agreement, sensitivity

EXAMPLES_PER_VARIANT = 3


def analyse(tasks: dict[str, Task], predictions: list[Prediction], scores: list[ItemScore],
            suite, overlap: dict[str, dict[str, ItemOverlap]]) -> dict[str, Any]:
    metrics = tuple(suite.metrics) + ("invented_entity",)
    settings = suite.scoring.overlap
    return {
        "overlap": {name: overlap_summary(task, overlap[name], settings)
                    for name, task in tasks.items()},
        "sensitivity": [asdict(s) for s in sensitivity(scores, metrics)],
        "agreement": [asdict(a) for a in agreement(scores, predictions, suite.metrics, answer_text)],
        "examples": examples(tasks, predictions, scores),
    }


def overlap_summary(task: Task, per_item: dict[str, ItemOverlap], settings) -> dict[str, Any]:
    answerable = [per_item[i.id] for i in task.test if in_headline(i.kind)]
    counts = Counter(o.bucket for o in answerable)
    return {"buckets": {b: counts.get(b, 0) for b in BUCKETS},
            "ngram_contaminated": sum(o.ngram for o in answerable),
            "ngram": settings.ngram, "question_threshold": settings.question_threshold,
            "answerable": len(answerable)}


def examples(tasks: dict[str, Task], predictions: list[Prediction],
             scores: list[ItemScore]) -> list[dict[str, Any]]:
    """A few answers per task and variant, answers with invented entities first."""
    by_key = {s.key: s for s in scores}
    items = {(t.name, i.id): i for t in tasks.values() for i in t.test}
    checkers = {n: EntityChecker(t.corpus, t.entities + t.decoys) for n, t in tasks.items()}
    chosen: dict[tuple[str, str], list] = {}
    ranked = sorted(predictions, key=lambda p: (
        -by_key.get(p.key, _NO).scores.get("invented_entity", 0), *p.key))
    for p in ranked:
        bucket = chosen.setdefault((p.task, p.variant), [])
        if len(bucket) >= EXAMPLES_PER_VARIANT or (p.task, p.item_id) not in items:
            continue
        item = items[(p.task, p.item_id)]
        answer = answer_text(p.output)
        check = checkers[p.task].check(answer, item.question)
        score = by_key.get(p.key, _NO).scores
        bucket.append({"task": p.task, "variant": p.variant, "template": p.template,
                       "item_id": p.item_id, "kind": item.kind, "question": item.question,
                       "gold": list(item.answers), "answer": answer,
                       "entities": list(check.entities), "invented": list(check.invented),
                       "scores": {k: v for k, v in score.items() if k not in EXTRA_METRICS}})
    return [example for key in sorted(chosen) for example in chosen[key]]


_NO = ItemScore("", "", "", "", "", {})
