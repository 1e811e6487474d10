"""One answer as the metrics see it, and its three-way grade (SimpleQA).

Every answer is correct, incorrect (attempted and wrong) or not attempted (a refusal, or
nothing at all). On an answerable item the grader decides correct vs incorrect: exact
match against the gold aliases (the rules grader), or a judge's verdict where a suite
configures one (bench.scoring.judge): then the judge also decides what counts as not
attempted, and a reply of the judge that is none of the three grades leaves the answer
UNPARSEABLE (out of the graded metrics, counted in results.json). On an unanswerable item
every attempt is incorrect: a fabrication (the judge grades answerable items only). A
real but wrong name from the source is incorrect too; the invented-entity rate is a
finer, second measure.
"""

from __future__ import annotations

from dataclasses import dataclass

from bench.core.types import CORRECT, INCORRECT, NOT_ATTEMPTED, UNANSWERABLE, QAItem
from bench.scoring.hallucination import EntityCheck
from bench.scoring.normalize import exact_match, normalize_answer


@dataclass(frozen=True)
class Answered:
    """One answer with what every metric needs to score it."""

    answer: str  # the answer part of the output (after a recitation, without a source tag)
    item: QAItem
    refused: bool  # the refusal detector's verdict (bench.core.refusal)
    entities: EntityCheck
    verdict: str | None = None  # a judge's three-way grade (or UNPARSEABLE), when one graded it

    @property
    def attempted(self) -> bool:
        return not self.refused and bool(normalize_answer(self.answer))


def rules_correct(answered: Answered) -> bool:
    """The rules grader: exact match (SQuAD normalisation) with any gold alias."""
    return any(exact_match(answered.answer, gold) for gold in answered.item.answers)


def three_way(answered: Answered) -> str:
    """CORRECT, INCORRECT or NOT_ATTEMPTED; UNPARSEABLE where the judge's reply was none."""
    if answered.verdict is not None:
        return answered.verdict
    if not answered.attempted:
        return NOT_ATTEMPTED
    if answered.item.kind == UNANSWERABLE:
        return INCORRECT
    return CORRECT if rules_correct(answered) else INCORRECT
