"""Pre-declared contrasts: each verdict on a synthetic RunResult built to earn it, replicate
names found and paired, subsets and tasks contrasted, and the planning arithmetic."""

from __future__ import annotations

import math

import pytest

from bench.core.types import ItemScore
from bench.runs.result import ModelInfo, RunResult, SuiteInfo
from bench.scoring.contrasts import (
    CONTRADICTED,
    NOT_REPRODUCED,
    NOT_TESTABLE,
    REPRODUCED,
    UNDERPOWERED,
    Assumptions,
    Contrast,
    Design,
    items_needed,
    judge,
    mde_of,
    planned_se,
    power_at,
    replicate_names,
)

WORLDS = (("w1", "w1"), ("w2", "w2"))


def run(rates: dict[str, float], facts: int = 20, kind: str = "paraphrase",
        tasks=("w1", "w2"), flips: dict[str, int] | None = None) -> RunResult:
    """Each variant answers `facts` facts x 2 items per task right at its rate: the first
    round(rate * items) items are right, shifted by the variant's `flips` (replicate noise)."""
    items = []
    for task in tasks:
        n = facts * 2
        for variant, rate in rates.items():
            shift = (flips or {}).get(variant, 0)
            right = {(i + shift) % n for i in range(round(rate * n))}
            for i in range(n):
                items.append(ItemScore(task, variant, "plain", f"i{i}", kind,
                                       {"exact_match": float(i in right)}, bucket="answer-only",
                                       item_key=f"k{i}", cluster=f"f{i // 2}"))
    return RunResult("r", SuiteInfo("s", {}), ModelInfo("m"), (), tuple(items))


def contrast(**fields) -> Contrast:
    base = dict(name="c", effect="e", paper="p", a="x", b="y", worlds=WORLDS)
    return Contrast(**{**base, **fields})


def replicated(a: float, b: float, **kw) -> RunResult:
    rates = {f"x-r{n}": a for n in (1, 2, 3)} | {f"y-r{n}": b for n in (1, 2, 3)}
    return run(rates, flips={"x-r2": 3, "y-r2": 5, "x-r3": 7, "y-r3": 1}, **kw)


def test_replicates_are_found_by_name_and_an_exact_name_wins():
    names = ["base", "x-r2", "x-r10", "x-r1", "xy-r1", "x-rank"]
    assert replicate_names(names, "x") == ["x-r1", "x-r2", "x-r10"]
    assert replicate_names(names, "base") == ["base"]
    assert replicate_names(names + ["x"], "x") == ["x"]
    assert replicate_names(names, "z") == []


def test_reproduced_and_contradicted():
    result = replicated(0.2, 0.8)
    up = judge(contrast(direction=1, published=0.3), result.items, draws=1000)
    assert up.label == REPRODUCED and up.estimate.effect == pytest.approx(0.6)
    assert up.estimate.worlds == 2 and up.estimate.replicates == 6 and up.estimate.clusters == 40
    down = judge(contrast(direction=-1, published=0.3), result.items, draws=1000)
    assert down.label == CONTRADICTED and "other side" in down.reason


def test_underpowered_states_what_it_could_detect():
    result = replicated(0.5, 0.55, facts=4)
    verdict = judge(contrast(published=0.05), result.items, draws=1000)
    assert verdict.label == UNDERPOWERED
    assert verdict.estimate.mde > 0.05 and "detectable at 80% power" in verdict.reason
    assert judge(contrast(published=None), result.items, draws=1000).label == UNDERPOWERED


def test_significant_but_underpowered_is_not_reproduced():
    """A design that cannot detect the effect sought does not reproduce it even when its
    interval excludes 0: such estimates overstate effects (the verdict says both)."""
    result = replicated(0.2, 0.8, facts=3)
    verdict = judge(contrast(published=0.05), result.items, draws=1000)
    assert verdict.estimate.low > 0 and verdict.estimate.mde > 0.05
    assert verdict.label == UNDERPOWERED and "excludes 0 on the published side, but" in \
        verdict.reason and "published: 5" in verdict.reason
    unpublished = judge(contrast(published=None), result.items, draws=1000)
    assert unpublished.label == UNDERPOWERED and "smallest effect of interest: 10" in \
        unpublished.reason


def test_not_reproduced_when_the_design_could_see_the_published_effect():
    result = replicated(0.5, 0.5, facts=60)
    verdict = judge(contrast(published=0.5), result.items, draws=1000)
    assert verdict.label == NOT_REPRODUCED
    assert verdict.estimate.mde < 0.5 and verdict.estimate.low <= 0 <= verdict.estimate.high


def test_not_testable_by_this_design():
    result = replicated(0.2, 0.8)
    missing = judge(contrast(b="absent"), result.items)
    assert missing.label == NOT_TESTABLE and "absent is not in the run" in missing.reason
    no_subset = judge(contrast(subset="reverse"), result.items)
    assert no_subset.label == NOT_TESTABLE and "reverse" in no_subset.reason
    frozen = judge(contrast(), replicated(0.0, 0.0).items)
    assert frozen.label == NOT_TESTABLE and "cannot move" in frozen.reason
    elsewhere = judge(contrast(worlds=(("w9", "w9"),)), result.items)
    assert elsewhere.label == NOT_TESTABLE and "none of its tasks" in elsewhere.reason
    one_world = judge(contrast(worlds=(("w1", "w1"), ("w9", "w9")), published=0.5), result.items,
                      draws=300)
    assert one_world.label == REPRODUCED and one_world.estimate.worlds == 1
    declared = judge(contrast(untestable="no such method"), result.items)
    assert (declared.label, declared.reason, declared.estimate) == (NOT_TESTABLE, "no such method",
                                                                   None)


def test_an_unreplicated_base_is_paired_with_every_replicate():
    result = run({"base": 0.0, "y-r1": 0.7, "y-r2": 0.8, "y-r3": 0.9})
    verdict = judge(contrast(a="base", published=0.5), result.items, draws=500)
    assert verdict.label == REPRODUCED
    assert verdict.estimate.effect == pytest.approx(0.8) and verdict.estimate.replicates == 6


def test_subsets_of_one_variant_and_tasks_of_one_world():
    paraphrase = run({"y-r1": 0.8, "y-r2": 0.8})
    reverse = run({"y-r1": 0.1, "y-r2": 0.2}, kind="reverse")
    items = paraphrase.items + tuple(
        ItemScore(s.task, s.variant, s.template, "r" + s.item_id, s.kind, s.scores,
                  item_key="r" + s.item_key, cluster=s.cluster) for s in reverse.items)
    curse = contrast(a="y", b="y", subset="paraphrase", subset_b="reverse", direction=-1,
                     published=0.5)
    verdict = judge(curse, items, draws=500)
    assert verdict.label == REPRODUCED and verdict.estimate.effect == pytest.approx(-0.65)
    # The same items answered after two trainings on different tasks (a share of unknown
    # facts): paired by item across the tasks.
    shares = run({"y-r1": 0.9, "y-r2": 0.8}, tasks=("low",)).items + \
        run({"y-r1": 0.5, "y-r2": 0.4}, tasks=("high",)).items
    gekhman = contrast(a="y", b="y", worlds=(("low", "high"),), direction=-1, published=0.4)
    verdict = judge(gekhman, shares, draws=500)
    assert verdict.label == REPRODUCED and verdict.estimate.effect == pytest.approx(-0.4)
    assert verdict.estimate.worlds == 1


def test_planning_arithmetic():
    design = Design(worlds=2, replicates=3, items_a=60, items_b=60, cluster_size=1.5,
                    paired=True, trained_sides=2)
    se = planned_se(design)
    assert mde_of(se) == pytest.approx(2.8016 * se, rel=1e-3)
    assert power_at(mde_of(se), se) == pytest.approx(0.8, abs=0.01)
    need = items_needed(0.15, design)
    at_need = planned_se(Design(2, 3, need, need, 1.5, True, 2))
    assert mde_of(at_need) == pytest.approx(0.15, rel=1e-6)
    assert math.isinf(items_needed(0.01, design))  # seed and world noise alone are larger
    more_seeds = planned_se(Design(2, 6, 60, 60, 1.5, True, 2))
    assert more_seeds < se
    loud = planned_se(design, Assumptions(seed_sd=0.1))
    assert loud > se
