"""Comparing two runs item by item, and the regression gate for CI.

Items are paired by content (question, gold answers, kind: `item_key`), never by position,
and each item's templates are pooled (its mean over the templates it was asked under), so
a comparison counts an item once. Items of one fact move together when an adapter is
retrained, so every test and interval is clustered by fact (bench.scoring.clustered).

The gate is a declared family: per task and compared variant pair, one primary comparison,
exact match on the held-out answerable items (memorised `trained` items out); `--metric`
adds metrics to the family. Each gated row is a one-sided test (is B worse?) of the
per-fact sums of item differences; rows identical in both runs are not tested; Holm's
correction runs over the family only. Every gated row states the smallest drop it can
detect with 80% power. The other rows (each template, the other metrics) are shown with
two-sided tests and never gate.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from bench.core.errors import ConfigError, did_you_mean
from bench.core.types import TRAINED, UNANSWERABLE, ItemScore
from bench.runs.compare_checks import OptionNames, check_coverage
from bench.runs.result import ALL_TEMPLATES, GatePower, RunResult
from bench.scoring.clustered import (
    cluster_sign_flip,
    detectable_drop,
    holm,
    paired_interval,
    smallest_p,
)
from bench.scoring.metrics import ANSWERABLE_ITEMS, METRICS, UNANSWERABLE_ITEMS

PRIMARY_METRIC = "exact_match"
TEN_POINTS = 0.10  # a gate that cannot see this drop says so
POWER = 0.8
MAX_FLIPS = 20  # items listed per row in the comparison report


@dataclass(frozen=True)
class GateSettings:
    alpha: float = 0.05  # family-wise, one-sided, over the gated comparisons (Holm)
    min_delta: float = 0.0  # ignore significant drops smaller than this (absolute, 0-1)
    metrics: tuple[str, ...] = ()  # added to the family beside exact match
    pairs: tuple[tuple[str, str], ...] = ()  # (variant in A, variant in B); empty: same names
    allow_different_items: bool = False  # compare on the shared items when the sets differ
    # Runs graded by different graders (the rules, or judges of another model or template):
    # compare them on the metrics that do not depend on the grader, instead of refusing.
    skip_graded: bool = False
    names: OptionNames = OptionNames()  # how messages name these settings (flags or arguments)


@dataclass(frozen=True)
class Flip:
    """An item whose score moved between the runs (templates pooled)."""

    question: str
    gold: tuple[str, ...]
    before: str  # the baseline's answer (first template)
    after: str
    a: float
    b: float


@dataclass(frozen=True)
class Comparison:
    """One task x variant pair x template x metric, on the items both runs asked."""

    task: str
    variant: str  # "v", or "a -> b" when differently named variants are paired
    template: str  # "all" (templates pooled per item) or one template
    metric: str
    subset: str  # the items compared: "answerable" (held-out) or "unanswerable"
    a: float
    b: float
    delta: float  # b - a
    ci_low: float  # cluster-robust 95% interval of the delta
    ci_high: float
    p_value: float  # one-sided (worse) for gated rows, two-sided otherwise
    p_holm: float  # Holm-adjusted within the gate's family (1.0 when not gated)
    n: int
    clusters: int
    detectable: float  # smallest drop detected with 80% power (gated rows)
    gated: bool
    identical: bool  # every item scored the same in both runs: nothing to test
    chance: float | None  # exact match's stronger chance baseline on these items, else None
    worse: bool  # moved in the bad direction by more than min_delta
    improved: bool
    regression: bool  # gated, worse and significant after Holm
    flips: tuple[Flip, ...] = ()
    discordant: int = 0  # facts (clusters) whose items moved in sum
    smallest_p: float = 0.0  # the least p the exact test can give on the facts that moved
    at_risk: int = 0  # facts whose baseline score leaves room to get worse
    moved: int = 0  # items whose score moved (`flips` keeps the first MAX_FLIPS)

    def testable(self, alpha: float) -> bool:
        """Whether the test could reach `alpha` at all: with few facts that changed, even
        all of them moving one way is not significant ("not testable", not "no change")."""
        return self.identical or self.smallest_p < alpha

    @property
    def underpowered(self) -> bool:
        return self.gated and self.detectable > TEN_POINTS

    @property
    def room(self) -> float:
        """How far the baseline's score can get worse (to 0, or to 1 when lower is better)."""
        return 1 - self.a if METRICS.get(self.metric).lower_is_better else self.a

    def blind(self, alpha: float) -> bool:
        """A gated row that can never fail: even every fact with room to get worse getting
        worse gives a one-sided p of 1/2^facts, not below alpha (too few facts)."""
        return self.gated and 0.5 ** self.at_risk >= alpha


def check_gate(gate: GateSettings) -> None:
    """Every metric named for the gate must exist, or the gate would silently pass."""
    for metric in gate.metrics:
        if metric not in METRICS:
            raise ConfigError(f"{gate.names.metric.format(repr(metric))}: unknown metric"
                              f"{did_you_mean(metric, METRICS.names())}; known: "
                              f"{', '.join(METRICS.names())}")
        if METRICS.get(metric).neutral:
            raise ConfigError(f"{gate.names.metric.format(metric)}: neither direction is "
                              f"better (a candidate "
                              f"that answers more may answer wrongly), so it cannot gate; "
                              f"gate on correct or hallucination")
    if not 0 < gate.alpha < 1:
        raise ConfigError(f"{gate.names.alpha.format(gate.alpha)}: expected 0 < alpha < 1 "
                          f"(e.g. 0.05)")
    if not 0 <= gate.min_delta < 1:
        raise ConfigError(f"{gate.names.min_delta.format(gate.min_delta)}: expected a fraction "
                          f"from 0 to 1, "
                          f"like the scores (0.02 ignores drops under 2 points)")


def graded_metrics() -> tuple[str, ...]:
    """The metrics whose value depends on who graded (declared `graded` in metrics.py)."""
    return tuple(name for name in METRICS.names() if METRICS.get(name).graded)


def check_graders(a: RunResult, b: RunResult, gate: GateSettings) -> tuple[str, ...]:
    """The graded metrics to leave out of the comparison: none when both runs were graded
    alike; all of them with `skip_graded`; else a one-line refusal, since a verdict of one
    judge (or template version) and another's, or the rules', do not measure the same."""
    if a.grader == b.grader:
        return ()
    graded = graded_metrics()
    named = [m for m in gate.metrics if m in graded]
    if not gate.skip_graded or named:
        extra = f"; {gate.names.metric.format(named[0])} needs both graded alike" if named \
            else f", or pass {gate.names.skip_graded} to compare the other metrics"
        raise ConfigError(f"the runs were graded differently (baseline: {a.grader}; candidate: "
                          f"{b.grader}): {', '.join(graded)} are not comparable; grade both "
                          f"with the same judge and template version{extra}")
    return graded


def _key(item: ItemScore) -> str:
    return item.item_key or item.item_id


def _in_subset(kind: str, subset: str) -> bool:
    """Whether an item of `kind` is compared in `subset`: memorised `trained` items never."""
    if kind == TRAINED:
        return False
    return (kind == UNANSWERABLE) == (subset == UNANSWERABLE_ITEMS)


@dataclass(frozen=True)
class _Cell:
    """One item's value under a template (or pooled), with what the reports show of it."""

    value: float
    kind: str
    cluster: str
    question: str
    gold: tuple[str, ...]
    answer: str


def item_table(result: RunResult) -> dict[tuple, dict[str, _Cell]]:
    """(task, variant, template, metric) -> {item key: cell}, each template and pooled."""
    per_template: dict = defaultdict(dict)
    pooled: dict = defaultdict(lambda: defaultdict(list))
    for item in result.items:
        for metric, value in item.scores.items():
            cell = _Cell(value, item.kind, item.cluster or _key(item), item.question,
                         item.answers, item.answer)
            per_template[(item.task, item.variant, item.template, metric)][_key(item)] = cell
            pooled[(item.task, item.variant, ALL_TEMPLATES, metric)][_key(item)].append(cell)
    table = dict(per_template)
    for key, cells in pooled.items():
        table[key] = {k: _Cell(sum(c.value for c in group) / len(group), group[0].kind,
                               group[0].cluster, group[0].question, group[0].gold,
                               group[0].answer) for k, group in cells.items()}
    return table


def item_sets(result: RunResult) -> dict[tuple[str, str, str], set[str]]:
    """(task, variant, template) -> the keys of the items asked."""
    table: dict = defaultdict(set)
    for item in result.items:
        table[(item.task, item.variant, item.template)].add(_key(item))
    return table


def variant_pairs(a: RunResult, b: RunResult, gate: GateSettings) -> list[tuple[str, str]]:
    """The (variant in A, variant in B) pairs to compare; named ones must exist."""
    in_a = {item.variant for item in a.items}
    in_b = {item.variant for item in b.items}
    if not gate.pairs:
        return [(v, v) for v in sorted(in_a & in_b)]
    pairs = list(dict.fromkeys(gate.pairs))  # a pair named twice is compared once
    for left, right in pairs:
        for name, side, present in ((left, "baseline", in_a), (right, "candidate", in_b)):
            if name not in present:
                raise ConfigError(f"{gate.names.pair.format(left, right)}: no variant {name!r} "
                                  f"in the {side} "
                                  f"run{did_you_mean(name, present)}; it has: "
                                  f"{', '.join(sorted(present)) or 'none'}")
    return pairs


def _check_same_items(a: RunResult, b: RunResult, pairs, gate: GateSettings) -> None:
    asked_a, asked_b = item_sets(a), item_sets(b)
    for va, vb in pairs:
        for (task, variant, template), keys in sorted(asked_a.items()):
            other = asked_b.get((task, vb, template))
            if variant != va or other is None or keys == other or gate.allow_different_items:
                continue
            raise ConfigError(
                f"task {task} ({template}): the runs asked different test items (baseline "
                f"{len(keys)}, candidate {len(other)}, shared {len(keys & other)}): another seed "
                f"or task parameters? {gate.names.allow_different_items} compares the shared "
                f"ones")


def compare_runs(a: RunResult, b: RunResult, gate: GateSettings = GateSettings(),
                 seed: int = 0) -> list[Comparison]:
    """Every shared task x variant pair x template x metric, on the shared items; the gate's
    family (primary exact match, plus `gate.metrics`) tested one-sided with Holm."""
    check_gate(gate)
    skipped = check_graders(a, b, gate)
    pairs = variant_pairs(a, b, gate)
    check_coverage(a, b, pairs, bool(gate.pairs), gate.allow_different_items, gate.names)
    _check_same_items(a, b, pairs, gate)
    left, right = item_table(a), item_table(b)
    family = (PRIMARY_METRIC,) + tuple(m for m in gate.metrics if m != PRIMARY_METRIC)
    drafts = []
    for va, vb in pairs:
        for task, template, metric in sorted({(k[0], k[2], k[3]) for k in left
                                              if k[1] == va and k[3] not in skipped}):
            xs_by = left[(task, va, template, metric)]
            ys_by = right.get((task, vb, template, metric))
            for subset in METRICS.get(metric).subsets:  # each subset the reports read it on
                shared = sorted(k for k in set(xs_by) & set(ys_by or {})
                                if _in_subset(xs_by[k].kind, subset))
                if not shared:
                    continue
                gated = template == ALL_TEMPLATES and metric in family
                chance = b.baseline(task, subset) if metric == PRIMARY_METRIC else None
                row = _compare(task, va, vb, template, metric, subset, [xs_by[k] for k in shared],
                               [ys_by[k] for k in shared], gated, gate, seed)
                drafts.append(replace(row, chance=chance.value if chance else None))
    if not drafts:
        raise ConfigError(f"nothing to compare: no task x variant x template x metric is in "
                          f"both runs (pair differently named variants with "
                          f"{gate.names.pair.format('A', 'B')})")
    scored = {row.metric for row in drafts if row.gated}
    for metric in family:
        if metric not in scored:  # else the gate would pass on a metric it never saw
            raise ConfigError(f"{gate.names.metric.format(metric)}: not scored in both runs "
                              f"(both have: {', '.join(sorted({r.metric for r in drafts}))}), "
                              f"so it cannot gate")
    tested = [i for i, row in enumerate(drafts) if row.gated and not row.identical]
    adjusted = dict(zip(tested, holm([drafts[i].p_value for i in tested])))
    rows = []
    for i, row in enumerate(drafts):
        p_holm = adjusted.get(i, 1.0)
        rows.append(_finish(row, p_holm, gate))
    return rows


def _compare(task: str, va: str, vb: str, template: str, metric: str, subset: str,
             xs: list[_Cell], ys: list[_Cell], gated: bool, gate: GateSettings,
             seed: int) -> Comparison:
    """One row before Holm: the clustered test (one-sided when gated), the delta's
    interval, the detectable drop and the items that moved."""
    lower = METRICS.get(metric).lower_is_better
    a_values, b_values = [c.value for c in xs], [c.value for c in ys]
    clusters = [c.cluster for c in xs]
    # Worse is lower, or higher for a lower-is-better metric: test in the worse direction.
    alternative = ("greater" if lower else "less") if gated else "two-sided"
    test = cluster_sign_flip(a_values, b_values, clusters, alternative, seed)
    low, high = paired_interval(a_values, b_values, clusters)
    flips = tuple(Flip(x.question, x.gold, x.answer, y.answer, x.value, y.value)
                  for x, y in zip(xs, ys) if x.value != y.value)
    n = len(xs)
    # A fact can get worse when some item of it is not already at the bad end.
    at_risk = len({x.cluster for x in xs if (x.value < 1 if lower else x.value > 0)})
    return Comparison(
        task=task, variant=va if va == vb else f"{va} -> {vb}", template=template,
        metric=metric, subset=subset, a=sum(a_values) / n, b=sum(b_values) / n,
        delta=test.delta, ci_low=low, ci_high=high, p_value=test.p_value, p_holm=1.0, n=n,
        clusters=test.clusters,
        detectable=detectable_drop(a_values, b_values, clusters, gate.alpha, POWER)
        if gated else float("nan"),
        gated=gated, identical=not flips, chance=None, worse=False, improved=False,
        regression=False, discordant=test.discordant, smallest_p=smallest_p(test),
        at_risk=at_risk, moved=len(flips),
        flips=tuple(sorted(flips, key=lambda f: (f.b - f.a) * (-1 if lower else 1)))[:MAX_FLIPS])


def _finish(row: Comparison, p_holm: float, gate: GateSettings) -> Comparison:
    if METRICS.get(row.metric).neutral:  # moved, but neither way is worse
        return replace(row, p_holm=p_holm)
    bad = row.delta if METRICS.get(row.metric).lower_is_better else -row.delta
    worse = bad > gate.min_delta
    return replace(row, p_holm=p_holm, worse=worse, improved=bad < 0,
                   regression=row.gated and not row.identical and worse and p_holm < gate.alpha)


def gate_power(result: RunResult, alpha: float = GateSettings().alpha) -> tuple[GatePower, ...]:
    """The gate's reach on a run's own items: for each default gated row (exact match on
    held-out answerable items, templates pooled), the smallest drop detected with 80% power
    against an identical rerun (no churn). Only those rows are computed: this runs after
    every run."""
    subset = ANSWERABLE_ITEMS
    rows = []
    for (task, variant, template, metric), cells in sorted(item_table(result).items()):
        if template != ALL_TEMPLATES or metric != PRIMARY_METRIC:
            continue
        kept = [cells[k] for k in sorted(cells) if _in_subset(cells[k].kind, subset)]
        if not kept:
            continue
        values, clusters = [c.value for c in kept], [c.cluster for c in kept]
        # At 0 (no item right) nothing can drop: no detectable drop to state.
        drop = round(detectable_drop(values, values, clusters, alpha, POWER), 4) \
            if any(values) else None
        rows.append(GatePower(task, variant, metric, len(kept), len(set(clusters)), drop))
    return tuple(rows)
