"""Pre-declared contrasts and their verdicts, over worlds, replicates and fact clusters.

A contrast says, before any run, which two sets of scores to compare (variant B against
variant A on the same items, or one variant's answers on two item subsets), on which
metric, in which worlds (tasks), and which way and how far the published effect goes. Its
verdict comes from the hierarchical bootstrap (bench.scoring.hierarchical) over every
replicate the run trained (`replicates: N` names them NAME-r1 .. NAME-rN; replicate n of
A is paired with replicate n of B, as they share a training seed; an unreplicated side,
such as the base model, is paired with every replicate of the other):

- reproduced: the interval excludes 0 on the published side, and the design is powered
  for the published effect (or, where none transfers, the smallest effect of interest):
  its minimum detectable effect at 80% power is no larger. A significant estimate from a
  design that could not detect that effect is reported, but as underpowered (such
  estimates overstate effects);
- contradicted: the interval excludes 0 on the other side;
- not reproduced: the interval holds 0 although the design detects the published effect
  (its minimum detectable effect at 80% power is no larger);
- underpowered: the design cannot detect the published effect (or the smallest effect of
  interest): the verdict states the effect it could detect, and the estimate's side;
- not testable by this design: declared so, none of its worlds' tasks in the runs, a side
  without items (a variant or subset absent), or an outcome that cannot move (every
  answer on both sides scores the same).

Worlds whose tasks the runs did not build are left out (the estimate says how many worlds
it used).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from statistics import NormalDist
from typing import Iterable

import numpy as np

from bench.core.types import ItemScore, is_draw
from bench.scoring.aggregate import pool_templates, subsets_of
from bench.scoring.hierarchical import Estimate, WorldData, hierarchical_bootstrap

REPRODUCED, CONTRADICTED = "reproduced", "contradicted"
NOT_REPRODUCED, UNDERPOWERED = "not reproduced", "underpowered"
NOT_TESTABLE = "not testable by this design"
VERDICTS = (REPRODUCED, CONTRADICTED, NOT_REPRODUCED, UNDERPOWERED, NOT_TESTABLE)
POWER, LEVEL = 0.8, 0.95
SMALLEST_EFFECT = 0.10  # of interest, where no published number transfers (0-1 scale)


@dataclass(frozen=True)
class Contrast:
    """B minus A on `metric`; `direction` is the published sign of that difference."""

    name: str
    effect: str  # the study's effect it belongs to ("1. Method 1 vs method 2")
    paper: str
    a: str  # variant names; replicates NAME-r1.. are found by NAME
    b: str
    worlds: tuple[tuple[str, str], ...]  # per world: (A's task, B's task)
    metric: str = "exact_match"
    subset: str = "answerable"  # a kind, overlap:<bucket>, known:<cat>; `&` joins them
    subset_b: str = ""  # B's subset when the contrast compares two subsets of one variant
    template: str = ""  # "" pools each item's templates
    direction: int = 1
    published: float | None = None  # the published |effect| on a 0-1 scale, for power
    published_note: str = ""  # where the number comes from, and how it transfers
    untestable: str = ""  # why this design cannot test it, declared before any run
    note: str = ""

    @property
    def paired(self) -> bool:
        return not self.subset_b or self.subset_b == self.subset


@dataclass(frozen=True)
class Verdict:
    contrast: Contrast
    label: str
    reason: str
    estimate: Estimate | None = None
    items: int = 0  # A's and B's items in one replicate, over the worlds


def replicate_names(variants: Iterable[str], name: str) -> list[str]:
    """[name] when the run has it, else its replicates NAME-r1 .. NAME-rN in order."""
    variants = set(variants)
    if name in variants:
        return [name]
    found = [(int(m.group(1)), v) for v in variants
             if (m := re.fullmatch(re.escape(name) + r"-r(\d+)", v))]
    return [v for _, v in sorted(found)]


def in_subset(score: ItemScore, subset: str) -> bool:
    """Whether an item counts in `subset`: a reported subset, or several joined by `&`
    (all of them: "reverse&overlap:none")."""
    found = subsets_of(score)
    return all(part in found for part in subset.split("&"))


def side_values(items: list[ItemScore], contrast: Contrast, task: str, variants: list[str],
            subset: str) -> dict[str, dict[str, tuple[str, float]]]:
    """variant -> item key -> (cluster, value) for one side: greedy answers, templates
    pooled as the contrast says, items in `subset`."""
    wanted = set(variants)
    chosen = [s for s in items if s.task == task and s.variant in wanted
              and not is_draw(s.template)]
    if contrast.template:
        chosen = [s for s in chosen if s.template == contrast.template]
    elif len({s.template for s in chosen}) > 1:
        chosen = pool_templates(chosen)
    found: dict[str, dict[str, tuple[str, float]]] = defaultdict(dict)
    for s in chosen:
        if in_subset(s, subset) and contrast.metric in s.scores:
            found[s.variant][s.item_key or s.item_id] = (s.cluster or s.item_id,
                                                         float(s.scores[contrast.metric]))
    return found


def world_data(items: list[ItemScore], contrast: Contrast, task_a: str,
               task_b: str) -> tuple[WorldData | None, str]:
    """One world's arrays for the bootstrap, or None and what is missing."""
    names = {s.variant for s in items if s.task in (task_a, task_b)}
    reps = [replicate_names(names, contrast.a), replicate_names(names, contrast.b)]
    for side, found in zip((contrast.a, contrast.b), reps):
        if not found:
            where = task_a if task_a == task_b else f"{task_a}, {task_b}"
            return None, f"variant {side} is not in the run (task {where})"
    a = side_values(items, contrast, task_a, reps[0], contrast.subset)
    b = side_values(items, contrast, task_b, reps[1], contrast.subset_b or contrast.subset)
    subset_b = contrast.subset_b or contrast.subset
    for side, values, task, subset in ((contrast.a, a, task_a, contrast.subset),
                                       (contrast.b, b, task_b, subset_b)):
        if not any(values.values()):
            return None, f"{side} has no {contrast.metric} scores on {subset} in task {task}"
    count = max(len(reps[0]), len(reps[1]))
    if min(len(reps[0]), len(reps[1])) > 1:
        count = min(len(reps[0]), len(reps[1]))
    keys_a = set().union(*(v.keys() for v in a.values()))
    keys_b = set().union(*(v.keys() for v in b.values()))
    if contrast.paired:  # the same items on both sides
        keys_a = keys_b = keys_a & keys_b
        if not keys_a:
            return None, f"{contrast.a} and {contrast.b} share no items in {task_a}/{task_b}"
    clusters = sorted({c for side, keys in ((a, keys_a), (b, keys_b)) for v in side.values()
                       for k, (c, _) in v.items() if k in keys})
    column = {c: j for j, c in enumerate(clusters)}
    arrays = [np.zeros((count, len(clusters))) for _ in range(4)]
    for r in range(count):
        for offset, (side, keys, names_) in enumerate(((a, keys_a, reps[0]), (b, keys_b, reps[1]))):
            values = side.get(names_[r if len(names_) > 1 else 0], {})
            for key, (cluster, value) in values.items():
                if key in keys:
                    arrays[2 * offset][r, column[cluster]] += value
                    arrays[2 * offset + 1][r, column[cluster]] += 1
    return WorldData(*arrays), ""


def judge(contrast: Contrast, items: Iterable[ItemScore], draws: int = 4000,
          seed: int = 0, smallest_effect: float = SMALLEST_EFFECT) -> Verdict:
    """The contrast's verdict from a run's (or several runs') item scores."""
    if contrast.untestable:
        return Verdict(contrast, NOT_TESTABLE, contrast.untestable)
    items = list({s.key: s for s in items}.values())
    tasks = {s.task for s in items}
    present = [w for w in contrast.worlds if w[0] in tasks and w[1] in tasks]
    if not present:
        return Verdict(contrast, NOT_TESTABLE, "none of its tasks is in the run(s): " +
                       ", ".join(sorted({t for w in contrast.worlds for t in w})))
    worlds = []
    for task_a, task_b in present:  # a world the runs did not build is left out
        data, missing = world_data(items, contrast, task_a, task_b)
        if data is None:
            return Verdict(contrast, NOT_TESTABLE, missing)
        worlds.append(data)
    values = np.concatenate([np.concatenate([(w.a_sum / np.where(w.a_n, w.a_n, 1))[w.a_n > 0],
                                             (w.b_sum / np.where(w.b_n, w.b_n, 1))[w.b_n > 0]])
                             for w in worlds])
    n_items = int(sum(w.a_n[0].sum() + w.b_n[0].sum() for w in worlds))
    if np.ptp(values) == 0:
        return Verdict(contrast, NOT_TESTABLE, f"the outcome cannot move: every {contrast.metric} "
                       f"score on both sides is {values[0]:g}", items=n_items)
    est = hierarchical_bootstrap(worlds, draws=draws, seed=seed, level=LEVEL, power=POWER)
    side = contrast.direction
    mde = f"{100 * est.mde:.1f} points"
    target = contrast.published if contrast.published is not None else smallest_effect
    sought = (f"published: {100 * target:.0f}" if contrast.published is not None else
              f"smallest effect of interest: {100 * target:.0f}")
    powered = est.mde <= target
    if ((est.low > 0 and side > 0) or (est.high < 0 and side < 0)) and powered:
        label, reason = REPRODUCED, "the interval excludes 0 on the published side"
    elif (est.low > 0 and side > 0) or (est.high < 0 and side < 0):
        label, reason = UNDERPOWERED, (f"the interval excludes 0 on the published side, but "
                                       f"the design detects only {mde} at 80% power ({sought})")
    elif (est.low > 0 and side < 0) or (est.high < 0 and side > 0):
        label, reason = CONTRADICTED, "the interval excludes 0 on the other side"
    elif contrast.published is not None and powered:
        label, reason = NOT_REPRODUCED, (f"the interval holds 0 though the design detects "
                                         f"{mde} at 80% power ({sought})")
    else:
        label, reason = UNDERPOWERED, (f"the interval holds 0; detectable at 80% power: {mde} "
                                       f"({sought})")
    return Verdict(contrast, label, reason, est, n_items)


@dataclass(frozen=True)
class Assumptions:
    """Variance components assumed before a run (replaced by the observed ones after)."""

    discordance: float = 0.4  # share of items whose 0/1 score differs between A and B
    item_var: float = 0.25  # p(1 - p) of one subset's items (unpaired contrasts)
    icc: float = 0.3  # correlation of items of one fact
    seed_sd: float = 0.04  # a trained variant's mean score across retrainings
    world_sd: float = 0.03  # the effect across worlds


@dataclass(frozen=True)
class Design:
    """What one contrast gets per world: items on each side, items per fact, replicates,
    and how many sides are retrained (2: two trained variants; 1: a trained variant
    against the base model, or two subsets of one variant)."""

    worlds: int
    replicates: int
    items_a: int
    items_b: int
    cluster_size: float
    paired: bool
    trained_sides: int


def _item_variance(design: Design, assume: Assumptions, items_a: float, items_b: float) -> float:
    deff = 1 + max(0.0, design.cluster_size - 1) * assume.icc
    if design.paired:
        return assume.discordance * deff / max(1.0, items_a)
    return assume.item_var * deff * (1 / max(1.0, items_a) + 1 / max(1.0, items_b))


def _fixed_variance(design: Design, assume: Assumptions) -> float:
    """Seed noise of each retrained side, and the world's own where there are several
    (with one world the inference is about that world, as the bootstrap's is)."""
    world = assume.world_sd ** 2 if design.worlds > 1 else 0.0
    return world + design.trained_sides * assume.seed_sd ** 2 / max(1, design.replicates)


def planned_se(design: Design, assume: Assumptions = Assumptions()) -> float:
    """The standard error a design should reach: per world, item noise inflated by the
    design effect of clustering, the seed noise of each retrained side, the world's own;
    averaged over the worlds."""
    per_world = _fixed_variance(design, assume) + \
        _item_variance(design, assume, design.items_a, design.items_b)
    return float(np.sqrt(per_world / max(1, design.worlds)))


def items_needed(effect: float, design: Design, assume: Assumptions = Assumptions()) -> float:
    """Items per world (each side, in this design's A:B ratio) for 80% power at `effect`;
    inf when the world and seed noise alone are too large at these worlds and replicates."""
    target = design.worlds * (abs(effect) / mde_of(1.0)) ** 2 - _fixed_variance(design, assume)
    if target <= 0:
        return float("inf")
    ratio = design.items_b / max(1, design.items_a)
    unit = _item_variance(design, assume, 1.0, ratio)  # variance at one A item
    return unit / target


def mde_of(se: float, power: float = POWER, level: float = LEVEL) -> float:
    z = NormalDist()
    return (z.inv_cdf(1 - (1 - level) / 2) + z.inv_cdf(power)) * se


def power_at(effect: float, se: float, level: float = LEVEL) -> float:
    """Two-sided power of a normal test at this SE for a true |effect|."""
    if se <= 0:
        return 1.0
    z = NormalDist()
    return z.cdf(abs(effect) / se - z.inv_cdf(1 - (1 - level) / 2))
