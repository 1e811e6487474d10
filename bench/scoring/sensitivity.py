"""Prompt sensitivity (Sclar et al. 2023): the same items under K prompt templates.

Per task x variant x metric: the value under each template, min, max, spread and std across
templates; per item: whether the (normalised) answer is the same under every template, and
whether correctness flips between templates. Only answerable items asked under every
template count, so each template is measured on the same items.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass

from bench.core.types import ItemScore, Prediction, in_headline
from bench.scoring.normalize import normalize_answer

CORRECTNESS_METRICS = ("exact_match", "contains", "f1")


@dataclass(frozen=True)
class Sensitivity:
    task: str
    variant: str
    metric: str
    per_template: dict[str, float]
    min: float
    max: float
    spread: float
    std: float
    n: int


@dataclass(frozen=True)
class Agreement:
    task: str
    variant: str
    same_answer: float  # share of items with one normalised answer under every template
    correctness_flips: float  # share of items right under one template and wrong under another
    flip_metric: str
    n: int


def sensitivity(scores: list[ItemScore], metrics: tuple[str, ...]) -> list[Sensitivity]:
    """Spread of each metric across templates, per task and variant."""
    table = _by_item(scores)
    found = []
    for (task, variant), items in sorted(table.items()):
        templates = sorted({t for per in items.values() for t in per})
        complete = [per for per in items.values() if len(per) == len(templates)]
        if len(templates) < 2 or not complete:
            continue
        for metric in metrics:
            values = {t: sum(per[t].scores.get(metric, 0.0) for per in complete) / len(complete)
                      for t in templates}
            low, high = min(values.values()), max(values.values())
            found.append(Sensitivity(task, variant, metric, values, low, high, high - low,
                                     statistics.pstdev(values.values()), len(complete)))
    return found


def agreement(scores: list[ItemScore], predictions: list[Prediction],
              metrics: tuple[str, ...], answer=lambda text: text) -> list[Agreement]:
    """Per task and variant: answers identical across templates, and correctness flips."""
    flip_metric = next((m for m in CORRECTNESS_METRICS if m in metrics), metrics[0])
    outputs = {p.key: p.output for p in predictions}
    found = []
    for (task, variant), items in sorted(_by_item(scores).items()):
        templates = sorted({t for per in items.values() for t in per})
        complete = {i: per for i, per in items.items() if len(per) == len(templates)}
        if len(templates) < 2 or not complete:
            continue
        same = flips = 0
        for item_id, per in complete.items():
            answers = {normalize_answer(answer(outputs.get((task, variant, t, item_id), "")))
                       for t in templates}
            same += len(answers) == 1
            correct = {per[t].scores.get(flip_metric, 0.0) >= 0.5 for t in templates}
            flips += len(correct) == 2
        found.append(Agreement(task, variant, same / len(complete), flips / len(complete),
                               flip_metric, len(complete)))
    return found


def _by_item(scores: list[ItemScore]) -> dict[tuple[str, str], dict[str, dict[str, ItemScore]]]:
    """(task, variant) -> item id -> template -> score, answerable items only."""
    table: dict = defaultdict(lambda: defaultdict(dict))
    for score in scores:
        if in_headline(score.kind):
            table[(score.task, score.variant)][score.item_id][score.template] = score
    return table
