"""Every metric, declared once: what it is called, what kind of value it is, which items it
is scored on and how. Scoring, intervals, `bench compare`, the gate and the reports all
read these declarations; a new metric is one `Metric` and one function.

A metric's function gets an `Answered` (the answer text, the item, whether it refused,
the entity check, a judge's verdict) and returns a value in [0, 1], or None where it does
not apply to that answer (entity precision of an answer that names no entity, the
hallucination rate of an answer that was not attempted, the entity measures of a task
without source text, the judge's metrics where no judge graded or its reply was none of
the three grades).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from bench.core.registry import Registry
from bench.core.text import rouge_scorer
from bench.core.types import (
    CORRECT,
    INCORRECT,
    NOT_ATTEMPTED,
    UNANSWERABLE,
    UNPARSEABLE,
    QAItem,
)
from bench.scoring.answered import Answered, three_way
from bench.scoring.hallucination import EntityCheck
from bench.scoring.normalize import answer_contained, exact_match, token_f1

# Which items a metric is scored on.
ANSWERABLE_ITEMS = "answerable"  # items with a gold answer (every kind but unanswerable)
UNANSWERABLE_ITEMS = "unanswerable"  # items whose right answer is a refusal
ALL_ITEMS = "all"


@dataclass(frozen=True)
class Metric:
    name: str
    label: str  # short column label in reports ("EM")
    title: str  # what a reader calls it ("exact match")
    score: Callable[[Answered], float | None]
    binary: bool  # 0/1 by definition: Wilson-type intervals, McNemar-type tests
    lower_is_better: bool = False
    items: str = ANSWERABLE_ITEMS
    always: bool = False  # scored on every run; else only when the suite's `metrics` names it
    # Its value depends on who graded (the rules or a judge, bench.scoring.answered): two runs
    # graded by different graders cannot be compared on it (bench.runs.compare).
    graded: bool = False
    # The subsets ("answerable", "unanswerable") the reports read it on, each its own row in
    # `bench compare`, so a compared value is the report's; empty: the items it is scored on.
    read_on: tuple[str, ...] = ()
    neutral: bool = False  # neither direction is better (not attempted): compared, never gated

    @property
    def subsets(self) -> tuple[str, ...]:
        """The item subsets its values are read and compared on."""
        return self.read_on or ((ANSWERABLE_ITEMS,) if self.items == ALL_ITEMS else (self.items,))

    def applies_to(self, item: QAItem) -> bool:
        unanswerable = item.kind == UNANSWERABLE
        return self.items == ALL_ITEMS or (self.items == UNANSWERABLE_ITEMS) == unanswerable


METRICS: Registry[Metric] = Registry("metric")


def declare(metric: Metric) -> Metric:
    return METRICS.add(metric.name, metric)


def best_over_aliases(pair: Callable[[str, str], float]) -> Callable[[Answered], float]:
    """A (prediction, gold) metric as the max over the item's gold aliases (SQuAD)."""
    def score(answered: Answered) -> float:
        return max(pair(answered.answer, gold) for gold in answered.item.answers)

    score.__name__ = pair.__name__
    return score


def _rouge(kind: str) -> Callable[[str, str], float]:
    def pair(prediction: str, gold: str) -> float:
        return float(rouge_scorer().score(gold, prediction)[kind].fmeasure)  # 0 is an int there

    pair.__name__ = kind
    return pair


def _entity_precision(answered: Answered) -> float | None:
    found = answered.entities.entities
    return answered.entities.grounded / len(found) if found else None


def _invented_entity(answered: Answered) -> float | None:
    """Whether the answer names an invented entity; None where the task has no source text
    (every name would count as invented)."""
    return float(bool(answered.entities.invented)) if answered.entities.applicable else None


def _grade_is(grade: str) -> Callable[[Answered], float | None]:
    """1 when the three-way grade is `grade`; None when the judge's reply was unparseable."""
    def score(answered: Answered) -> float | None:
        found = three_way(answered)
        return None if found == UNPARSEABLE else float(found == grade)

    return score


def _hallucination(answered: Answered) -> float | None:
    """Incorrect among attempted answers; not defined for an answer not attempted (or one
    whose judge reply was unparseable)."""
    grade = three_way(answered)
    return None if grade in (NOT_ATTEMPTED, UNPARSEABLE) else float(grade == INCORRECT)


def _judge_correct(answered: Answered) -> float | None:
    """The judge's verdict alone: only where a judge graded the answer and said something."""
    verdict = answered.verdict
    return None if verdict in (None, UNPARSEABLE) else float(verdict == CORRECT)


declare(Metric("exact_match", "EM", "exact match", best_over_aliases(exact_match), binary=True))
declare(Metric("f1", "F1", "token F1", best_over_aliases(token_f1), binary=False))
declare(Metric("contains", "cont", "contains the answer", best_over_aliases(answer_contained),
               binary=True))
for _kind, _label in (("rouge1", "ROUGE-1"), ("rouge2", "ROUGE-2"), ("rougeL", "ROUGE-L")):
    declare(Metric(_kind, _label.replace("ROUGE-", "R"), _label,
                   best_over_aliases(_rouge(_kind)), binary=False))
declare(Metric("refusal", "ref", "refusal", lambda a: float(a.refused), binary=True,
               items=ALL_ITEMS, always=True, read_on=(UNANSWERABLE_ITEMS,)))
declare(Metric("fabrication", "fab", "fabrication", lambda a: float(a.attempted), binary=True,
               lower_is_better=True, items=UNANSWERABLE_ITEMS, always=True))
# Three-way grades (SimpleQA): accuracy, not attempted, and the hallucination rate =
# incorrect / attempted (on unanswerable items every attempt is a fabrication). Fewer
# answers not attempted is no better in itself (they may be wrong instead): neutral.
declare(Metric("correct", "acc", "correct (three-way)", _grade_is(CORRECT), binary=True,
               always=True, graded=True))
declare(Metric("not_attempted", "n/att", "not attempted", _grade_is(NOT_ATTEMPTED), binary=True,
               items=ALL_ITEMS, always=True, graded=True, neutral=True))
declare(Metric("hallucination", "hal", "hallucination (incorrect / attempted)", _hallucination,
               binary=True, lower_is_better=True, items=ALL_ITEMS, always=True, graded=True))
# The judge's verdict on answerable items; no row at all in a run without a judge.
declare(Metric("judge_correct", "judge", "correct (judge)", _judge_correct, binary=True,
               always=True, graded=True))
declare(Metric("invented_entity", "inv", "invented entity", _invented_entity, binary=True,
               lower_is_better=True, items=ALL_ITEMS, always=True,
               read_on=(ANSWERABLE_ITEMS, UNANSWERABLE_ITEMS)))
declare(Metric("entity_precision", "entP", "entity precision", _entity_precision,
               binary=False, items=ALL_ITEMS, always=True,
               read_on=(ANSWERABLE_ITEMS, UNANSWERABLE_ITEMS)))


def metric(name: str, where: str = "") -> Metric:
    """The declaration of `name`; unknown names fail with a 'did you mean'."""
    return METRICS.get(name, where)


def scored_metrics(requested: tuple[str, ...]) -> tuple[Metric, ...]:
    """The suite's requested metrics, then every always-on one, each once."""
    names = list(dict.fromkeys(tuple(requested) + tuple(n for n in METRICS.names()
                                                         if METRICS.get(n).always)))
    return tuple(METRICS.get(n) for n in names)


def score_answer(answered: Answered, metrics: tuple[Metric, ...]) -> dict[str, float]:
    """Every metric that applies to this item and answer."""
    values = {}
    for m in metrics:
        if m.applies_to(answered.item):
            value = m.score(answered)
            if value is not None:
                values[m.name] = value
    return values


def score_item(prediction: str, answers: tuple[str, ...], metric_names) -> dict[str, float]:
    """Answer metrics of one prediction against gold aliases (no item context needed)."""
    item = QAItem(id="", question="", answers=tuple(answers), kind="direct", split="test")
    answered = Answered(prediction, item, refused=False, entities=EntityCheck((), ()))
    return {name: METRICS.get(name).score(answered) for name in metric_names}
