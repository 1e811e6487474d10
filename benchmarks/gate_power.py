"""How well the regression gate and the intervals work: a simulation with the bench's own
functions, written to docs/statistics.md.

    .venv/bin/python benchmarks/gate_power.py            # the full table (about 15 minutes)
    .venv/bin/python benchmarks/gate_power.py --reps 60  # a quick look

Synthetic runs mimic a closed-book task: facts of 4 questions each (phrasings of one fact,
its reverse), every question asked under 2 templates. Each fact has a latent chance of
being known; an item is right when its fact is known (agreeing phrasings) with some item
noise, and a template changes few answers. A retrained adapter ("churn" c) redraws each
fact's knowledge with probability c, so items of one fact change together. A regression of
d points takes out whole known facts until d of the items are lost (how a worse adapter
loses knowledge). Each repetition builds two RunResults and calls `compare_runs`, the code
`bench compare --fail-on-regression` runs; intervals come from `clustered_interval`, the
code behind every interval in results.json, and are checked for coverage against the
simulation's true mean.

Rows: false alarms under the null (no regression) with independent items and with
fact-clustered churn; power at -5/-10/-20 points; the gate's detectable drop; coverage of
the clustered interval against a plain Wilson interval and a cluster percentile bootstrap.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.core.types import ItemScore, MetricRow  # noqa: E402
from bench.runs.compare import GateSettings, compare_runs  # noqa: E402
from bench.runs.result import ModelInfo, RunResult, SuiteInfo  # noqa: E402
from bench.scoring.clustered import clustered_interval, cluster_sign_flip, wilson  # noqa: E402

FACT_SIZE = 4
TEMPLATES = ("plain", "closed-book")
ITEM_NOISE = 0.05  # an item of a known fact is wrong (or of an unknown one right)
TEMPLATE_NOISE = 0.05  # a template flips an item's answer
KNOWN = 0.5  # share of facts the adapter knows


def simulate_facts(rng, facts: int) -> np.ndarray:
    return rng.random(facts) < KNOWN


def items_from(rng, known: np.ndarray) -> np.ndarray:
    """(facts * FACT_SIZE, templates) 0/1 correctness."""
    base = np.repeat(known, FACT_SIZE).astype(float)
    noise = rng.random(base.size) < ITEM_NOISE
    base = np.where(noise, 1 - base, base)
    grid = np.repeat(base[:, None], len(TEMPLATES), axis=1)
    flip = rng.random(grid.shape) < TEMPLATE_NOISE
    return np.where(flip, 1 - grid, grid)


def retrain(rng, known: np.ndarray, churn: float, clustered: bool) -> np.ndarray:
    """The same adapter retrained: fresh item and template noise, and with probability
    `churn` each fact (clustered null) or each single item (independent null) redrawn."""
    if clustered:
        redo = rng.random(known.size) < churn
        return items_from(rng, np.where(redo, rng.random(known.size) < KNOWN, known))
    items = items_from(rng, known)
    redo = rng.random(items.shape[0]) < churn
    fresh = (rng.random(items.shape[0]) < KNOWN).astype(float)
    items[redo] = fresh[redo][:, None]
    return items


def plant_drop(rng, items: np.ndarray, points: float) -> np.ndarray:
    """Take out whole facts that are right until `points` of the items are lost."""
    items = items.copy()
    target = int(round(points * items.shape[0]))
    if target <= 0:
        return items
    order = rng.permutation(items.shape[0] // FACT_SIZE)
    lost = 0
    for fact in order:
        rows = slice(fact * FACT_SIZE, (fact + 1) * FACT_SIZE)
        right = items[rows].mean(axis=1) > 0
        take = min(int(right.sum()), target - lost)
        if take <= 0:
            continue
        idx = np.flatnonzero(right)[:take] + fact * FACT_SIZE
        items[idx] = 0.0
        lost += take
        if lost >= target:
            break
    return items


def as_result(items: np.ndarray, run_id: str) -> RunResult:
    rows = []
    for i in range(items.shape[0]):
        for t, template in enumerate(TEMPLATES):
            rows.append(ItemScore(task="t", variant="v", template=template, item_id=f"i{i}",
                                  kind="paraphrase", scores={"exact_match": float(items[i, t])},
                                  item_key=f"k{i}", cluster=f"f{i // FACT_SIZE}"))
    return RunResult(run_id=run_id, suite=SuiteInfo("sim", {}), model=ModelInfo("sim"),
                     metrics=(MetricRow("t", "v", "all", "answerable", "exact_match", 0, 0, 0, 0),),
                     items=tuple(rows))


def gate_cell(rng, n: int, churn: float, clustered: bool, points: float, reps: int,
              alpha: float) -> dict:
    """Share of repetitions the default gate fails, the one-metric cluster test alone, and
    the mean detectable drop."""
    facts = max(1, n // FACT_SIZE)
    fails = alone = 0
    detectable = []
    for _ in range(reps):
        known = simulate_facts(rng, facts)
        a = items_from(rng, known)
        b = retrain(rng, known, churn, clustered)
        b = plant_drop(rng, b, points)
        rows = compare_runs(as_result(a, "a"), as_result(b, "b"), GateSettings(alpha=alpha))
        primary = next(r for r in rows if r.gated)
        fails += any(r.regression for r in rows)
        detectable.append(primary.detectable)
        pooled_a, pooled_b = a.mean(axis=1), b.mean(axis=1)
        test = cluster_sign_flip(pooled_a, pooled_b, [f"f{i // FACT_SIZE}" for i in range(n)],
                                 "less")
        alone += test.p_value < alpha
    return {"fail": fails / reps, "alone": alone / reps, "detectable": float(np.mean(detectable))}


def coverage_cell(rng, n: int, reps: int) -> dict:
    """Coverage of the true mean by the clustered interval, a plain Wilson interval (items
    as if independent) and a cluster percentile bootstrap, templates pooled per item."""
    facts = max(1, n // FACT_SIZE)
    truth = KNOWN * (1 - ITEM_NOISE) + (1 - KNOWN) * ITEM_NOISE
    truth = truth * (1 - TEMPLATE_NOISE) + (1 - truth) * TEMPLATE_NOISE
    hits = {"clustered": 0, "wilson": 0, "bootstrap": 0}
    widths = {k: [] for k in hits}
    clusters = [f"f{i // FACT_SIZE}" for i in range(facts * FACT_SIZE)]
    for _ in range(reps):
        values = items_from(rng, simulate_facts(rng, facts)).mean(axis=1)
        interval = clustered_interval(list(values), clusters, binary=True)
        low, high = wilson(float(values.mean()), len(values), 1.959964)
        boot = _cluster_bootstrap(rng, values, facts)
        for name, (lo, hi) in (("clustered", (interval.ci_low, interval.ci_high)),
                               ("wilson", (low, high)), ("bootstrap", boot)):
            hits[name] += lo <= truth <= hi
            widths[name].append(hi - lo)
    return {k: (hits[k] / reps, float(np.mean(widths[k]))) for k in hits}


def _cluster_bootstrap(rng, values: np.ndarray, facts: int, draws: int = 400) -> tuple:
    by_fact = values.reshape(facts, FACT_SIZE).mean(axis=1)
    picks = rng.integers(0, facts, size=(draws, facts))
    means = by_fact[picks].mean(axis=1)
    low, high = np.quantile(means, [0.025, 0.975])
    return float(low), float(high)


def mc_error(p: float, reps: int) -> float:
    return 1.96 * math.sqrt(max(p * (1 - p), 1e-9) / reps)


def render(args, gates: list[tuple], coverage: list[tuple], seconds: float) -> str:
    alpha = args.alpha
    lines = [
        "# Statistics: does the gate catch regressions, and do the intervals hold?", "",
        "Written by `benchmarks/gate_power.py` (the bench's own `compare_runs` and "
        "`clustered_interval` on simulated runs); regenerate with:", "",
        "```sh", f".venv/bin/python benchmarks/gate_power.py --reps {args.reps}", "```", "",
        f"{args.reps} repetitions per cell, seed {args.seed}, {seconds / 60:.1f} minutes. "
        f"Facts of {FACT_SIZE} items, {len(TEMPLATES)} templates per item, {KNOWN:.0%} of "
        f"facts known, item noise {ITEM_NOISE}, template noise {TEMPLATE_NOISE}. Monte Carlo "
        f"error of a rate p is about 1.96 sqrt(p(1-p)/{args.reps}) "
        f"(±{100 * mc_error(alpha, args.reps):.1f} points at p = {alpha}). The gate runs at "
        f"its default alpha {alpha}, one-sided.", "",
        "## False alarms and power of the default gate", "",
        "`fails`: share of repetitions in which `bench compare --fail-on-regression` would "
        "exit 1. `one test`: the one-sided cluster sign-flip test on the headline alone, "
        "without the gate's family. `detectable`: the smallest drop the gate reports it can "
        "detect with 80% power (mean over repetitions). Null rows should fail at most alpha; "
        "regression rows are the power.", "",
        "| null / drop | items | churn | fails (%) | one test (%) | detectable (points) | 80% power at this drop? |",
        "|---|---|---|---|---|---|---|"]
    for kind, n, churn, points, cell in gates:
        verdict = "–" if points == 0 else ("yes" if cell["fail"] >= 0.8 else "no")
        lines.append(f"| {kind} | {n} | {churn} | {100 * cell['fail']:.1f} | "
                     f"{100 * cell['alone']:.1f} | {100 * cell['detectable']:.1f} | {verdict} |")
    lines += ["", "## Coverage of 95% intervals (templates pooled per item)", "",
              "| items | clustered (bench) | width | plain Wilson | width | cluster bootstrap | width |",
              "|---|---|---|---|---|---|---|"]
    for n, cell in coverage:
        lines.append(f"| {n} | " + " | ".join(
            f"{100 * cell[k][0]:.1f} | {100 * cell[k][1]:.1f}"
            for k in ("clustered", "wilson", "bootstrap")) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=400)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--alpha", type=float, default=0.05)
    parser.add_argument("-o", "--out", type=Path, default=Path("docs/statistics.md"))
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    started = time.perf_counter()
    gates = []
    for n in (52, 100, 200, 400):
        for kind, clustered in (("independent null", False), ("clustered null", True)):
            for churn in (0.0, 0.1, 0.25, 0.5):
                gates.append((kind, n, churn, 0,
                              gate_cell(rng, n, churn, clustered, 0, args.reps, args.alpha)))
                print(gates[-1], file=sys.stderr)
        for points in (0.05, 0.10, 0.20):
            for churn in (0.0, 0.1, 0.25, 0.5):
                gates.append((f"-{round(100 * points)} EM", n, churn, points,
                              gate_cell(rng, n, churn, True, points, args.reps, args.alpha)))
                print(gates[-1], file=sys.stderr)
    coverage = [(n, coverage_cell(rng, n, args.reps)) for n in (12, 24, 52, 100, 200)]
    text = render(args, gates, coverage, time.perf_counter() - started)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
