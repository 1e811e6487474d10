"""From per-item scores to metric rows with cluster-aware 95% intervals.

Subsets: `answerable` (every held-out kind: not unanswerable, not trained), each QA kind on
its own, and each overlap bucket of the answerable items (`overlap:<bucket>`). With more
than one template, template "all" holds each item's mean over its templates, so an item
counts once however many templates there are. Every interval is clustered by fact
(bench.scoring.clustered): the phrasings of one fact, its reverse question and its
templates are not independent observations.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from bench.core.types import ItemScore, MetricRow, in_headline
from bench.scoring.clustered import clustered_interval
from bench.scoring.metrics import scored_metrics

ANSWERABLE = "answerable"  # every held-out answerable item
BUCKET_PREFIX = "overlap:"
KNOWN_PREFIX = "known:"  # bench.scoring.knownness
ALL_TEMPLATES = "all"


def pool_templates(scores: list[ItemScore]) -> list[ItemScore]:
    """Each item's scores averaged over the templates it was asked under (template "all")."""
    grouped: dict[tuple[str, str, str], list[ItemScore]] = defaultdict(list)
    for score in scores:
        grouped[(score.task, score.variant, score.item_id)].append(score)
    pooled = []
    for group in grouped.values():
        names = {name for s in group for name in s.scores}
        values = {}
        for name in names:
            present = [s.scores[name] for s in group if name in s.scores]
            values[name] = sum(present) / len(present)
        pooled.append(replace(group[0], template=ALL_TEMPLATES, scores=values, grade=""))
    return pooled


def subsets_of(score: ItemScore) -> list[str]:
    """The subsets an item counts in: its kind, and the headline, its overlap bucket and
    its knownness category when it is held-out answerable."""
    if in_headline(score.kind):
        known = [KNOWN_PREFIX + score.known] if score.known else []
        return [score.kind, ANSWERABLE, BUCKET_PREFIX + score.bucket] + known
    return [score.kind]


def aggregate(scores: list[ItemScore], metrics: tuple[str, ...]) -> list[MetricRow]:
    """One row per task x variant x template x subset x metric the items have, in order.
    An item without a metric (entity precision of an answer without entities) is left
    out of that metric's row."""
    if len({s.template for s in scores}) > 1:
        scores = scores + pool_templates(scores)
    grouped: dict[tuple[str, str, str, str], list[ItemScore]] = defaultdict(list)
    for score in sorted(scores, key=lambda s: (s.task, s.variant, s.template, s.item_id)):
        for subset in subsets_of(score):
            grouped[(score.task, score.variant, score.template, subset)].append(score)
    rows = []
    for key, group in sorted(grouped.items()):
        for m in scored_metrics(metrics):
            present = [s for s in group if m.name in s.scores]
            if present:
                value = clustered_interval([s.scores[m.name] for s in present],
                                           [s.cluster or s.item_id for s in present], m.binary)
                rows.append(MetricRow(*key, m.name, value.value, value.ci_low, value.ci_high,
                                      value.n, value.clusters))
    return sorted(rows, key=lambda r: (r.task, r.variant, r.template, r.subset, r.metric))
