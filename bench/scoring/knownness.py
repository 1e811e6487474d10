"""Which facts the base model already knew: the SliCK categories (Gekhman et al. 2024,
"Does fine-tuning LLMs on new knowledge encourage hallucinations?").

The probe asks the untouched base model each item greedily under every prompt template
and `samples` times with sampling (seeded, bench.answering.evaluation.template_groups):

- known: every greedy answer is right (their HighlyKnown);
- maybe-known: some greedy answers are right, some not;
- weakly-known: no greedy answer is right, but a sampled one is;
- unknown: no answer is right.

Right means a gold alias occurs in the answer as whole words (SQuAD normalisation,
`contains`): a chat model answers "The capital of Austria is Vienna.", which exact match
would call wrong, where Gekhman et al. used few-shot prompts to get short answers and exact
match. Scores are then reported
per category (subsets `known:<category>`), so a user sees both whether an adapter learned
the unknown facts and whether it broke the ones the model knew.
"""

from __future__ import annotations

from collections import defaultdict

from bench.core.knownness import (  # noqa: F401  (re-exported)
    CATEGORIES,
    KNOWN,
    MAYBE_KNOWN,
    UNKNOWN,
    WEAKLY_KNOWN,
    slick,
)
from bench.core.text import answer_contained
from bench.core.types import UNANSWERABLE, Prediction, Task

SUBSET_PREFIX = "known:"


def knownness(tasks: dict[str, Task], greedy: list[Prediction], draws: list[Prediction],
              probe: str, answer=lambda text: text) -> dict[tuple[str, str], str]:
    """(task, item id) -> category, for the answerable items of the tasks the probe
    answered; `probe` names the base model's variant, `draws` are its probe draws."""
    right: dict[tuple[str, str], dict[bool, list[bool]]] = defaultdict(lambda: {True: [],
                                                                               False: []})
    items = {(t.name, i.id): i for t in tasks.values() for i in t.test if i.kind != UNANSWERABLE}
    asked = {(p.task, p.item_id) for p in draws if p.variant == probe}
    for is_draw, predictions in ((False, greedy), (True, draws)):
        for p in predictions:
            item = items.get((p.task, p.item_id))
            if p.variant != probe or item is None or (p.task, p.item_id) not in asked:
                continue
            right[(p.task, p.item_id)][is_draw].append(
                any(answer_contained(answer(p.output), gold) for gold in item.answers))
    return {key: slick(found[False], found[True]) for key, found in right.items()}
