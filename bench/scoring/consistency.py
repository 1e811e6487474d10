"""Sampling consistency: the same question asked N times with sampling (the seed noticed
one prompt gives different answers). Per item: the majority answer (normalised; ties go to
the earlier sample), the share of samples that agree with it, whether the majority answer
and whether any sample is right; per task x variant, their means with 95% CIs beside the
greedy answer's exact match on the same held-out answerable items."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from bench.core.text import normalize_answer
from bench.core.types import MetricValue, Prediction, Task, in_headline, split_draw
from bench.scoring.clustered import clustered_interval
from bench.scoring.normalize import exact_match


@dataclass(frozen=True)
class Consistency:
    task: str
    variant: str
    template: str
    samples: int
    agreement: MetricValue  # share of samples equal to the item's majority answer
    majority_correct: MetricValue
    any_correct: MetricValue
    greedy_correct: MetricValue


def consistency(tasks: dict[str, Task], greedy: list[Prediction], samples: list[Prediction],
                answer=lambda text: text) -> list[Consistency]:
    """One row per task x variant x sampled template."""
    items = {(t.name, i.id): i for t in tasks.values() for i in t.test if in_headline(i.kind)}
    greedy_out = {p.key: p.output for p in greedy}
    drawn: dict[tuple[str, str, str, str], list[tuple[int, str]]] = defaultdict(list)
    for p in samples:
        template, _, index = split_draw(p.template)
        if (p.task, p.item_id) in items:
            drawn[(p.task, p.variant, template, p.item_id)].append((index, answer(p.output)))
    rows: dict[tuple[str, str, str], list[tuple[float, float, float, float]]] = defaultdict(list)
    clusters: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    sizes: dict[tuple[str, str, str], int] = {}
    for (task, variant, template, item_id), draws in sorted(drawn.items()):
        gold = items[(task, item_id)].answers
        texts = [text for _, text in sorted(draws)]
        counts = Counter(normalize_answer(t) for t in texts)
        top = max(counts.values())
        majority = next(t for t in texts if counts[normalize_answer(t)] == top)
        right = [max(exact_match(t, g) for g in gold) for t in texts]
        greedy_text = answer(greedy_out.get((task, variant, template, item_id), ""))
        rows[(task, variant, template)].append((
            top / len(texts), max(exact_match(majority, g) for g in gold), max(right),
            max(exact_match(greedy_text, g) for g in gold)))
        sizes[(task, variant, template)] = len(texts)
        clusters[(task, variant, template)].append(items[(task, item_id)].cluster)
    found = []
    for key, values in sorted(rows.items()):
        columns = list(zip(*values))
        intervals = [clustered_interval(column, clusters[key], binary=i > 0)
                     for i, column in enumerate(columns)]
        found.append(Consistency(*key, sizes[key], *intervals))
    return found
