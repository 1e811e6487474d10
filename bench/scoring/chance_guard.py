"""Did a run learn anything a contrast could compare? An effect on learned facts (the
reversal curse, paraphrase augmentation, QA pairs against raw text) presupposes that the
side the published effect says should score higher knows the facts: its exact match must
beat the chance of guessing (bench.scoring.baselines' majority guesser) on its items. When
it does not, the difference between the two sides is one of answer format and
guessability, and the run cannot show the effect: the verdict becomes "not testable by
this design", its estimate kept for the record.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from bench.core.types import ItemScore
from bench.scoring.baselines import MAJORITY, BaselineRow
from bench.scoring.contrasts import (
    CONTRADICTED,
    NOT_REPRODUCED,
    NOT_TESTABLE,
    REPRODUCED,
    UNDERPOWERED,
    Contrast,
    Verdict,
    replicate_names,
    side_values,
)

GUARDED = (REPRODUCED, CONTRADICTED, NOT_REPRODUCED, UNDERPOWERED)


def higher_side(contrast: Contrast, items: Iterable[ItemScore],
                baselines: Iterable[BaselineRow]) -> tuple[float, float] | None:
    """(exact match, chance) of the side the published effect says should score higher,
    over its tasks, replicates and templates (greedy answers); a joined subset
    ("reverse&overlap:none") is read against the chance of its first part that has one;
    None when the contrast is not on exact match or no part has a baseline."""
    if contrast.metric != "exact_match":
        return None
    higher_b = contrast.direction > 0
    variant = contrast.b if higher_b else contrast.a
    subset = (contrast.subset_b or contrast.subset) if higher_b else contrast.subset
    tasks = {w[1] if higher_b else w[0] for w in contrast.worlds}
    items = list(items)
    names = replicate_names({s.variant for s in items}, variant)
    values = [value for task in tasks
              for found in side_values(items, contrast, task, names, subset).values()
              for _, value in found.values()]
    baselines = [b for b in baselines if b.guesser == MAJORITY and b.task in tasks]
    chance = {}
    for part in (subset, *subset.split("&")):  # "reverse&overlap:none": the reverse items'
        chance = {b.task: b.value for b in baselines if b.subset == part}
        if chance:
            break
    if not values or not chance:
        return None
    return sum(values) / len(values), sum(chance.values()) / len(chance)


def guard(verdict: Verdict, items: Iterable[ItemScore],
          baselines: Iterable[BaselineRow]) -> Verdict:
    """The verdict, or "not testable by this design" when the side that should score higher
    does not beat the chance of guessing."""
    if verdict.label not in GUARDED:
        return verdict
    found = higher_side(verdict.contrast, items, baselines)
    if found is None or found[0] > found[1]:
        return verdict
    score, chance = found
    return replace(verdict, label=NOT_TESTABLE, reason=(
        f"the side that should score higher gets {100 * score:.1f}% exact match, no more than "
        f"the {100 * chance:.1f}% of guessing the majority answer: the run did not learn the "
        f"facts, so it cannot show the effect (before this check: {verdict.label})"))
