"""The chance guard on planted runs: a contrast whose side that should score higher does not
beat guessing the majority answer is not testable (the facts were not learned); above
chance, or on a metric without a chance baseline, the verdict stands."""

from __future__ import annotations

from bench.scoring.baselines import MAJORITY, BaselineRow
from bench.scoring.chance_guard import guard, higher_side
from bench.scoring.contrasts import NOT_TESTABLE, REPRODUCED, Contrast, judge
from tests.bench.scoring.test_contrasts import replicated

WORLDS = (("w1", "w1"), ("w2", "w2"))


def chance(value: float, subset: str = "answerable") -> list[BaselineRow]:
    return [BaselineRow(task, subset, MAJORITY, value, 0.0, 1.0, 40) for task in ("w1", "w2")]


def contrast(**fields) -> Contrast:
    return Contrast(**{**dict(name="c", effect="e", paper="p", a="x", b="y", worlds=WORLDS,
                              published=0.3), **fields})


def test_a_higher_side_at_chance_is_not_testable():
    items = replicated(0.2, 0.8).items
    verdict = judge(contrast(), items, draws=500)
    assert verdict.label == REPRODUCED
    assert higher_side(contrast(), items, chance(0.85)) == (0.8, 0.85)
    guarded = guard(verdict, items, chance(0.85))
    assert guarded.label == NOT_TESTABLE and "before this check: reproduced" in guarded.reason
    assert guarded.estimate == verdict.estimate  # kept for the record
    assert guard(verdict, items, chance(0.5)) == verdict  # 80% beats 50%: it stands


def test_the_side_that_should_be_higher_follows_the_published_direction():
    items = replicated(0.2, 0.8).items
    down = contrast(direction=-1)  # A should be higher: x at 20%
    assert higher_side(down, items, chance(0.3)) == (0.2, 0.3)


def test_no_baseline_or_another_metric_leaves_the_verdict():
    items = replicated(0.2, 0.8).items
    verdict = judge(contrast(), items, draws=300)
    assert guard(verdict, items, chance(0.9, subset="reverse")) == verdict
    # a joined subset is read against its first part that has a chance baseline
    joined = contrast(subset="paraphrase&overlap:answer-only")
    assert higher_side(joined, items, chance(0.9, subset="paraphrase"))[1] == 0.9
    refusal = contrast(metric="refusal")
    assert higher_side(refusal, items, chance(0.9)) is None
