"""Write docs/validity.md: the validity study's design, its pre-declared contrasts, the power
analysis and runtime estimate of tasks/validity.yaml + tasks/validity-facts.yaml, and, given
the runs, each contrast's effect, interval and verdict.

    .venv/bin/python benchmarks/validity_report.py              # the plan, before any run
    .venv/bin/bench run validity --run-id validity
    .venv/bin/bench run validity-facts --run-id validity-facts
    .venv/bin/python benchmarks/validity_report.py runs/validity runs/validity-facts

Verdicts come from bench.scoring.contrasts (a hierarchical bootstrap over worlds, training
seeds and fact clusters). Nothing here tunes the suites: the contrasts below were declared
before the first run.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from validity_plan import (  # noqa: E402
    ANSWER_SECONDS,
    CONTRASTS,
    LONG_ANSWER,
    LONG_STEP,
    PARALLEL_GAIN,
    PER_PASS,
    PER_SUITE,
    PER_TRAINING,
    PRECHECK,
    PROJECT,
    SESOI,
    STEP_SECONDS,
    SUITES,
    SuitePlan,
    design_of,
    plan_suite,
)

from bench.core.types import is_draw  # noqa: E402
from bench.reports.markdown import markdown_table as table  # noqa: E402
from bench.runs.result import RunResult  # noqa: E402
from bench.runs.suites import load_suite  # noqa: E402
from bench.scoring.chance_guard import guard  # noqa: E402
from bench.scoring.contrasts import (  # noqa: E402
    NOT_TESTABLE,
    Assumptions,
    Contrast,
    Verdict,
    items_needed,
    judge,
    mde_of,
    planned_se,
    power_at,
)


def pct(x: float | None, digits: int = 1) -> str:
    return "–" if x is None else f"{100 * x:.{digits}f}"


def _sides(c: Contrast) -> str:
    if c.paired:
        return f"{c.b} − {c.a} on {c.subset}"
    return f"{c.b}: {c.subset_b} − {c.subset}" if c.a == c.b else \
        f"{c.b} on {c.subset_b} − {c.a} on {c.subset}"


def _worlds(c: Contrast) -> str:
    return ", ".join(a if a == b else f"{a} → {b}" for a, b in c.worlds) or "–"


def _lora() -> str:
    found = {(v.lora.r, v.lora.alpha, v.lora.target_modules) for name in SUITES
             for v in load_suite(name).variants if v.trains}
    return "; ".join(f"r {r}, alpha {a}, {', '.join(t)}" for r, a, t in sorted(found))


def design_section(plans: dict[str, SuitePlan]) -> list[str]:
    out = ["## Design", "",
           "Two suites, run one after the other (each variant trains on every task of its "
           "suite, so the refusal-trained variant, which needs train-side refusals real facts "
           "do not have, and the world-knowledge tasks live apart). Every trained variant is "
           f"LoRA on the fp32 model ({_lora()}), trained three times (`replicates: 3`, seeds "
           "+1, +2, +3): replicate n of one variant is paired with replicate n of another, as "
           "they share a seed. Steps, batch and learning rate are equal across the story "
           "variants, so no contrast there is a contrast of training budgets.", ""]
    rows = []
    for plan in plans.values():
        for task in plan.tasks:
            kinds = Counter(s.kind for s in task.items)
            rows.append([plan.name, task.name, str(task.facts), str(task.train),
                         ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))])
    out += table(["suite", "task (world)", "facts", "train items", "test items"], rows)
    out += [PRECHECK, ""]
    rows = []
    for name in SUITES:
        suite = load_suite(name)
        for variant in suite.variants:
            if variant.trains and variant.name.endswith("-r1"):
                t = variant.training
                what = [variant.method] + (["paraphrases 1"] if variant.paraphrases else []) + \
                    (["source tag", "refusal targets"] if variant.source_tag else []) + \
                    (["evidence then answer"] if variant.recite else [])
                rows.append([suite.name, variant.name[:-3], ", ".join(what), str(t.steps),
                             str(t.batch_size), f"{t.learning_rate:g}",
                             str(plans[name].replicates.get(variant.name[:-3], 1))])
    out += table(["suite", "variant", "training", "steps", "batch", "learning rate",
                  "replicates"], rows)
    return out


def contrasts_section() -> list[str]:
    rows = [[c.name, c.effect, c.paper, _sides(c), c.metric, _worlds(c),
             "+" if c.direction > 0 else "−",
             pct(c.published, 0) if c.published is not None else f"({pct(SESOI, 0)})",
             f"{NOT_TESTABLE}: {c.untestable}" if c.untestable else c.published_note]
            for c in CONTRASTS]
    return ["## Pre-declared contrasts", "",
            "Declared in `benchmarks/validity_plan.py` before any run. Each is B minus A "
            "(points on a 0-100 scale); `published` is the sign and size the paper reports, in "
            "brackets the smallest effect of interest where no number transfers. Verdicts: "
            "**reproduced** (the 95% interval excludes 0 on the published side and the design "
            "detects the published effect, or the smallest effect of interest, at 80% power), "
            "**contradicted** (it excludes 0 on the other side), **not reproduced** (it holds "
            "0 although the design detects the published effect at 80% power), "
            "**underpowered** (the design cannot detect the effect sought: the minimum "
            "detectable effect is stated, and whether the interval excluded 0 anyway), "
            "**not testable by this design**. The power condition on *reproduced* was added "
            "after a first look at the story run's verdicts, to follow the project's rule that "
            "reproduced means powered and significant: it moved the three method contrasts "
            "(significant, but detectable only from 12 to 15 points against 10 sought) from "
            "reproduced to underpowered. So was a second check (`bench.scoring.chance_guard`): "
            "an exact-match contrast whose side that should score higher does not beat the "
            "chance of guessing the majority answer is **not testable by this design** (the "
            "run did not learn the facts; the estimate is kept in the table). No contrast, "
            "suite or other rule changed after the run.", "",
            *table(["contrast", "effect", "paper", "B − A", "metric", "worlds", "published sign",
                    "published", "note"], rows)]


def _story_scale(plans: dict[str, SuitePlan]) -> str:
    worlds = [t for t in plans[SUITES[0]].tasks] if SUITES[0] in plans else []
    facts = sorted({t.facts for t in worlds})
    return f"{len(worlds)} story worlds of {'/'.join(map(str, facts))} facts"


def power_section(plans: dict[str, SuitePlan], assume: Assumptions) -> list[str]:
    rows, reach, beyond = [], [], []
    for c in CONTRASTS:
        design = design_of(c, plans)
        if design is None:
            continue
        se = planned_se(design, assume)
        target = c.published if c.published is not None else SESOI
        need = items_needed(target, design, assume)
        (reach if mde_of(se) <= target else beyond).append(
            f"{c.name} ({pct(mde_of(se), 0)} vs {pct(target, 0)})")
        rows.append([c.name, str(design.worlds), str(design.replicates),
                     f"{design.items_a} / {design.items_b}", f"{design.cluster_size:.1f}",
                     pct(se), pct(mde_of(se)), pct(target, 0), pct(power_at(target, se), 0),
                     "unreachable" if need == float("inf") else f"{need:.0f}"])
    return ["## Power analysis (before the run)", "",
            "Per contrast: worlds, replicates per variant, items per world on each side (A / "
            "B), items per fact, the planned standard error and minimum detectable effect "
            "(80% power, two-sided 5%), the power at the published effect (or the smallest "
            "effect of interest, 10 points), and the A-side items per world 80% power at that "
            "effect needs with these worlds and replicates. Assumed variance components (to be "
            f"replaced by the run's own): {100 * assume.discordance:.0f}% of items discordant "
            f"between two variants, item variance {assume.item_var} for unpaired subsets, "
            f"within-fact correlation {assume.icc}, a trained variant's mean moving by "
            f"{100 * assume.seed_sd:.0f} points (SD) across retrainings, the effect by "
            f"{100 * assume.world_sd:.0f} points across worlds. With two worlds the world "
            "level is barely estimated; the bootstrap's interval is then too narrow by about "
            "sqrt(2) on that component.", "",
            *table(["contrast", "worlds", "replicates", "items A / B", "items per fact",
                    "SE", "MDE (80%)", "published", "power", "items needed"], rows),
            "Reading it (MDE vs the effect sought, points): within reach: "
            f"{', '.join(reach) or 'none'}; beyond reach: {', '.join(beyond) or 'none'}. The "
            f"75-minute budget buys {_story_scale(plans)} and three replicates; a contrast "
            "beyond reach reads **underpowered** unless the effect on this model is far larger "
            "than the one sought, and its row then says what the run could detect. The "
            "run's own variance replaces these assumptions in the results.", ""]


def runtime_section(plans: dict[str, SuitePlan]) -> list[str]:
    rows, serial, parallel = [], 0.0, 0.0
    for plan in plans.values():
        steps = sum(t[2] for t in plan.trainings)
        rows.append([plan.name, f"{len(plan.trainings)} trainings, {steps} steps",
                     f"{plan.train_seconds / 60:.1f} / "
                     f"{plan.train_seconds / PARALLEL_GAIN / 60:.1f}",
                     ", ".join(f"{k} {n}" for k, n in sorted(plan.answers.items())),
                     f"{plan.answer_seconds / 60:.1f}",
                     f"{plan.probe_answers} ({plan.probe_answers * ANSWER_SECONDS / 60:.1f} min)",
                     f"{plan.seconds(False) / 60:.0f} / {plan.seconds(True) / 60:.0f}"])
        serial += plan.seconds(False)
        parallel += plan.seconds(True)
    return ["## Runtime estimate (cold, 2 cores)", "",
            "An estimate, not a measurement: the suites' step and answer counts multiplied by "
            f"times measured on a 2-core AMD EPYC Zen 3 (AVX2, fp32): a LoRA step at batch 8 "
            f"{STEP_SECONDS} s with 2 threads, two 1-thread trainings side by side "
            f"{PARALLEL_GAIN}x the work of one (the bench's parallel training; without it "
            f"the serial figures apply), an answer {ANSWER_SECONDS} s at 1 thread (a run "
            "answers with 2: 200 answers took 42.7 s at batch 32 on this machine kind, 0.21 s "
            "each, so the answering figures are likely high). Guessed: evidence-then-answer "
            f"steps {LONG_STEP}x "
            f"and answers {LONG_ANSWER}x as long, {PER_TRAINING:.0f} s set-up per training, "
            f"{PER_PASS:.0f} s per answering pass, {PER_SUITE:.0f} s per suite (model "
            "conversion, task building, scoring). The world-facts build probe asks the base "
            "model every country fact greedily under two templates and 4 times sampled, once "
            "(cached).", "",
            *table(["suite", "training", "training min (serial / parallel)", "answers",
                    "answering min", "build probe answers", "total min (serial / parallel)"],
                   rows),
            f"Total: about **{parallel / 60:.0f} minutes** with two trainings side by side, "
            f"{serial / 60:.0f} minutes one at a time. Training is "
            f"{sum(p.train_seconds for p in plans.values()) / PARALLEL_GAIN / parallel:.0%} of "
            "it (parallel). Both runs resume where they stop.", ""]


def results_section(results: list[RunResult], verdicts: list[Verdict], note: str = "") -> list[str]:
    rows = []
    for v in verdicts:
        e = v.estimate
        rows.append([v.contrast.name, _sides(v.contrast), v.contrast.metric,
                     pct(e.effect) if e else "–",
                     f"[{pct(e.low)}, {pct(e.high)}]" if e else "–",
                     f"{e.p_value:.3g}" if e else "–", pct(e.mde) if e else "–",
                     f"{e.worlds} / {e.replicates} / {e.clusters}" if e else "–",
                     f"**{v.label}**", v.reason])
    wall = sum(r.timings.get("total", 0.0) for r in results) / 60
    machines = sorted({r.environment.hardware or "?" for r in results})
    return ["## Results", "",
            f"Runs {', '.join(f'`{r.run_id}`' for r in results)}; machine: "
            f"{'; '.join(machines)}; wall time {wall:.1f} min. {note}".rstrip(), "",
            *time_table(results), "",
            "Exact match (%) of each variant, greedy, its replicates pooled, beside the chance "
            "of guessing (the majority answer of the item's relation, or a random answer of "
            "the right type):", "",
            *scores_table(results), "",
            "Effects in points (B − A), "
            "95% hierarchical bootstrap interval (worlds, then replicates, then facts; 4,000 "
            "draws, seed 0), two-sided p, the minimum detectable effect at 80% power from the "
            "observed variance.", "",
            *table(["contrast", "B − A", "metric", "effect", "95% interval", "p", "MDE",
                    "worlds / replicates / facts", "verdict", "why"], rows)]


SCORED_SUBSETS = ("answerable", "paraphrase", "reverse")


def scores_table(results: list[RunResult]) -> list[str]:
    """Each variant's greedy exact match (replicates and templates pooled) on the subsets the
    contrasts read, beside the chance of guessing (issue 22's baselines): a difference
    between two variants near the floor says little about either."""
    from bench.scoring.contrasts import in_subset

    items = [s for r in results for s in r.items if not is_draw(s.template)
             and "exact_match" in s.scores]
    variants = list(dict.fromkeys(re.sub(r"-r\d+$", "", s.variant) for s in items))
    chance = {(b.task, b.subset, b.guesser): b.value for r in results for b in r.baselines}
    rows = []
    for task in dict.fromkeys(s.task for s in items):
        for subset in SCORED_SUBSETS:
            chosen = [s for s in items if s.task == task and in_subset(s, subset)]
            if not chosen:
                continue
            cells = []
            for variant in variants:
                values = [s.scores["exact_match"] for s in chosen
                          if re.sub(r"-r\d+$", "", s.variant) == variant]
                cells.append(pct(sum(values) / len(values)) if values else "–")
            rows.append([task, subset, str(len({s.item_key or s.item_id for s in chosen})),
                         *cells, pct(chance.get((task, subset, "majority"))),
                         pct(chance.get((task, subset, "type-matched")))])
    return table(["task", "subset", "items", *variants, "chance: majority",
                  "chance: type-matched"], rows)


STAGES = (("resolve_model", "model (conversion when cold)"), ("build_tasks", "tasks (and probe)"),
          ("fixtures", "training"), ("evaluation", "answering"), ("scoring", "scoring"),
          ("total", "total"))


def time_table(results: list[RunResult]) -> list[str]:
    """Where each run's wall time went, in minutes, from its results.json timings."""
    rows = [[f"`{r.run_id}`", *(f"{r.timings.get(key, 0.0) / 60:.1f}" for key, _ in STAGES)]
            for r in results]
    return table(["run", *(label for _, label in STAGES)], rows)


def summary(verdicts: list[Verdict], results: list[RunResult]) -> str:
    """One paragraph: how many verdicts of each kind, how many contrasts the chance guard
    stopped, and each run's cold wall time."""
    counts = Counter(v.label for v in verdicts)
    unlearned = sum("did not learn the facts" in v.reason for v in verdicts)
    told = ", ".join(f"{n} {label}" for label, n in counts.most_common())
    times = ", ".join(f"`{r.run_id}` {r.timings.get('total', 0.0) / 60:.0f} min"
                      for r in results)
    return (f"In all: {told}. {unlearned} of the not-testable verdicts come from the run "
            f"itself: the side that should score higher did not beat the chance of guessing, "
            f"so the facts were not learned at this training budget (see the exact-match table "
            f"under Results). Wall time, cold: {times}.")


def consistency_section(results: list[RunResult]) -> list[str]:
    rows = [[r.task, r.variant, r.template, str(r.samples), pct(r.agreement.value),
             pct(r.majority_correct.value), pct(r.any_correct.value), pct(r.greedy_correct.value)]
            for result in results for r in result.consistency]
    lines = ["## 8. Sampling consistency (a property, not an effect)", "",
             "Seeded draws at temperature 0.7 (top-p 0.95) of one adapter: the share of draws "
             "that agree with the item's majority answer, and whether the majority, any draw "
             "and the greedy answer are right. Below 100% agreement is all but certain at this "
             "temperature: it describes the model and is no test.", ""]
    if not rows:
        return lines + ["No draws yet: the table comes from the run.", ""]
    return lines + table(["task", "variant", "template", "draws", "agreement (%)",
                          "majority right (%)", "any right (%)", "greedy right (%)"], rows)


def render(results: list[RunResult] | None = None, plans: dict[str, SuitePlan] | None = None,
           assume: Assumptions = Assumptions(), draws: int = 4000, note: str = "") -> str:
    plans = plans if plans is not None else {name: plan_suite(name) for name in SUITES}
    head = ["# Validity: which published effects can this bench show, and did it?", "",
            "Written by `benchmarks/validity_report.py` from `tasks/validity.yaml` and "
            "`tasks/validity-facts.yaml`. The model is SmolLM2-135M-Instruct: directions, not "
            "magnitudes.", ""]
    if not results:
        head += ["An earlier version of this page (one world, one training per variant, "
                 "verdicts from overlapping intervals) was withdrawn with its claims: see "
                 "issue 24 for why.", "",
                 "**Status: a plan. The full run has not been made yet, and this page claims "
                 "no result.** The design, the contrasts, the power analysis and the runtime "
                 "below are what the run will be judged by; regenerate the page from the two "
                 "runs (commands in the script's docstring) to add the verdicts.", ""]
    body = design_section(plans) + contrasts_section() + power_section(plans, assume) + \
        runtime_section(plans)
    if results:
        items = [s for r in results for s in r.items]
        baselines = [b for r in results for b in r.baselines]
        verdicts = [guard(judge(c, items, draws=draws), items, baselines) for c in CONTRASTS]
        head += ["Verdicts:", "", *(f"- {v.contrast.name} ({v.contrast.effect}): "
                                    f"**{v.label}**" for v in verdicts), "",
                 summary(verdicts, results), ""]
        body += results_section(results, verdicts, note)
    else:
        body += ["## Results", "", "Not run yet.", ""]
    return "\n".join(head + body + consistency_section(results or []))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="*", type=Path, help="run folders (or results.json)")
    parser.add_argument("-o", "--out", type=Path, default=PROJECT / "docs" / "validity.md")
    parser.add_argument("--note", default="", help="a sentence on how the runs were made "
                        "(what else the machine was doing), printed after the wall time")
    args = parser.parse_args()
    results = [RunResult.read(run) for run in args.runs]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(results, note=args.note), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
