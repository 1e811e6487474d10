"""Chance baselines: what answering without knowing the facts scores.

A closed-book score means little without what guessing gets. Two guessers need no model,
only the task's train answers:

- `majority`: always the most common train answer of the item's answer type;
- `type-matched`: a train answer of the same answer type drawn at random; its expected
  exact match is computed exactly (the share of that type's train answers, counted with
  multiplicity, that match a gold alias), so it needs no sampling and no seed.

An item's answer type is its relation when the generator knows it (`QAItem.relation`:
"lives_in", "rules:reverse"), else its question shape (the wh-word: "who", "how many").
When no train item has that type, the question shape is tried, then every train answer.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bench.core.types import QAItem, Task, in_headline
from bench.scoring.aggregate import ANSWERABLE, BUCKET_PREFIX
from bench.scoring.clustered import clustered_interval
from bench.scoring.normalize import exact_match, normalize_answer

MAJORITY = "majority"
TYPE_MATCHED = "type-matched"
GUESSERS = (MAJORITY, TYPE_MATCHED)

_WH = re.compile(r"\b(how many|how much|how long|how old|who|whom|whose|what|which|where|when|"
                 r"why|how)\b", re.IGNORECASE)


def question_shape(question: str) -> str:
    """The question's wh-word ("who", "how many"), or "other"."""
    found = _WH.search(question)
    return found.group(1).lower().replace("whom", "who") if found else "other"


def _pools(train: tuple[QAItem, ...]) -> dict[str, list[str]]:
    """Answer type -> train answers (the first gold alias of each train item)."""
    pools: dict[str, list[str]] = {}
    for item in train:
        if not item.answers or item.kind == "unanswerable":  # a refusal is no guess
            continue
        for key in (f"relation:{item.relation}" if item.relation else None,
                    f"shape:{question_shape(item.question)}", "all"):
            if key:
                pools.setdefault(key, []).append(item.answers[0])
    return pools


def _pool_for(item: QAItem, pools: dict[str, list[str]]) -> list[str]:
    for key in (f"relation:{item.relation}" if item.relation else None,
                f"shape:{question_shape(item.question)}", "all"):
        if key and pools.get(key):
            return pools[key]
    return []


def _majority(pool: list[str]) -> str:
    """The most common answer (normalised); ties go to the first seen, so it is stable."""
    counts = Counter(normalize_answer(a) for a in pool)
    top = max(counts.values())
    return next(a for a in pool if counts[normalize_answer(a)] == top)


def baseline_scores(task: Task) -> dict[str, dict[str, float]]:
    """Item id -> {guesser: expected exact match} for the task's answerable test items;
    empty when the task has no train answers to guess from."""
    pools = _pools(task.train)
    if not pools:
        return {}
    scores = {}
    for item in task.test:
        pool = _pool_for(item, pools)
        if item.kind == "unanswerable" or not pool:
            continue

        def em(answer: str) -> float:
            return max(exact_match(answer, gold) for gold in item.answers)

        scores[item.id] = {MAJORITY: em(_majority(pool)),
                           TYPE_MATCHED: sum(em(answer) for answer in pool) / len(pool)}
    return scores


@dataclass(frozen=True)
class BaselineRow:
    """A guesser's expected exact match on one subset of a task's items, with a
    cluster-aware interval over the items (the guess itself is exact, the items a sample)."""

    task: str
    subset: str
    guesser: str  # MAJORITY or TYPE_MATCHED
    value: float
    ci_low: float
    ci_high: float
    n: int
    clusters: int = 0


def baseline_rows(tasks: dict[str, Task], buckets: dict[str, dict[str, str]]) -> list[BaselineRow]:
    """Both guessers on every answerable subset of every task (the headline `answerable`,
    each kind, each overlap bucket); `buckets` is task -> item id -> overlap bucket."""
    rows = []
    for name, task in sorted(tasks.items()):
        scores = baseline_scores(task)
        grouped: dict[str, list[QAItem]] = {}
        for item in task.test:
            if item.id not in scores:
                continue
            subsets = [item.kind]
            if in_headline(item.kind):
                subsets += [ANSWERABLE, BUCKET_PREFIX + buckets[name][item.id]]
            for subset in subsets:
                grouped.setdefault(subset, []).append(item)
        for subset, items in sorted(grouped.items()):
            for guesser in GUESSERS:
                value = clustered_interval([scores[i.id][guesser] for i in items],
                                           [i.cluster for i in items], binary=False)
                rows.append(BaselineRow(name, subset, guesser, value.value, value.ci_low,
                                        value.ci_high, value.n, value.clusters))
    return rows


HIGH_CHANCE = 0.5  # above this, exact match tells little about what was learnt


def headline_chance(task: Task) -> float | None:
    """The stronger guesser's expected exact match on the task's held-out answerable items
    (the headline's chance row), or None when there is nothing to guess from."""
    scores = baseline_scores(task)
    items = [i for i in task.test if i.id in scores and in_headline(i.kind)]
    if not items:
        return None
    return max(sum(scores[i.id][guesser] for i in items) / len(items) for guesser in GUESSERS)


def chance_warning(task: Task) -> str | None:
    """A line for a task whose answers are easy to guess without knowing any fact, else None."""
    chance = headline_chance(task)
    if chance is None or chance <= HIGH_CHANCE:
        return None
    return (f"warning: {task.name}: guessing from the train answers of the same type, no fact "
            f"known, gets {100 * chance:.1f}% of its held-out questions right, so its exact match "
            f"says little on its own; read it beside the (chance) row, or give the task more "
            f"distinct answers (more people, places, values)")

