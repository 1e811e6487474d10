"""The validity study's declarations and plan: its suites, the pre-declared contrasts (with
the papers' directions and sizes) and what each suite asks and trains, read from the suite
files without running anything. benchmarks/validity_report.py renders them (and, given runs,
the verdicts) into docs/validity.md."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.config.suite import TaskSpec, probed  # noqa: E402
from bench.core.types import ItemScore, Variant  # noqa: E402
from bench.runs.suites import load_suite  # noqa: E402
from bench.scoring.contrasts import (  # noqa: E402
    Contrast,
    Design,
    in_subset,
)


PROJECT = Path(__file__).resolve().parent.parent
SUITES = ("validity", "validity-facts")
STORY = (("story-a", "story-a"), ("story-b", "story-b"))
FACTS = (("facts-low", "facts-high"),)
SESOI = 0.10  # the smallest effect of interest where no published number transfers

# Measured on the study's machine (2-core AMD EPYC Zen 3, AVX2 only, fp32): one LoRA step
# at batch 8 with 2 threads; two 1-thread trainings side by side do 1.3x the work
# (bench/fixtures/parallel.py); one greedy answer at 1 thread.
STEP_SECONDS, PARALLEL_GAIN, ANSWER_SECONDS = 4.3, 1.3, 0.3
# Guesses, not measurements: evidence-then-answer targets are about twice as long as a
# short answer (steps 1.3x, answers 2x); per training and per answering pass a model load
# and set-up; the model conversion and task building once per suite.
LONG_STEP, LONG_ANSWER, PER_TRAINING, PER_PASS, PER_SUITE = 1.3, 2.0, 8.0, 3.0, 60.0
KNOWN_SHARE = 0.8  # of the generator's known test facts, expected greedy-right under `plain`
PRECHECK = ("A greedy-only pre-check of the base model on the 322 country facts (2026-12-02, "
            "the Zen 3 machine, 1 thread, shared with other jobs: 644 answers in 371 s): right "
            "under both probe templates 100, under one 85 (162 under `plain`), under neither "
            "137. The split needs 80 facts the model knows and 40 it does not; of the known "
            "test facts about 80% are expected to count as known:known in the run (greedy "
            "right under `plain`).")

CONTRASTS = (
    Contrast("method-em", "1. Method 1 (raw text) vs method 2 (QA pairs)",
             "design note (DESIGN §2); cf. Ovadia et al. 2023", "raw-text", "instruct", STORY,
             published_note="no number that transfers: the smallest effect of interest"),
    Contrast("method-f1", "1. Method 1 (raw text) vs method 2 (QA pairs)",
             "design note (DESIGN §2)", "raw-text", "instruct", STORY, metric="f1",
             published_note="as above, token F1"),
    Contrast("method-contains", "1. Method 1 (raw text) vs method 2 (QA pairs)",
             "design note (DESIGN §2)", "raw-text", "instruct", STORY, metric="contains",
             published_note="as above, the answer anywhere in the output"),
    Contrast("paraphrases", "2. Paraphrase augmentation", "Allen-Zhu & Li 2023 (Physics of "
             "LMs 3.1)", "phrasings-1", "instruct", STORY, subset="paraphrase", published=0.86,
             published_note="~10% vs ~96% held-out QA accuracy, 1 vs 5 biographies per person "
             "when pretraining from scratch; here 1 vs 4 QA phrasings in LoRA fine-tuning"),
    Contrast("reversal", "3. Reversal curse", "Berglund et al. 2023", "instruct", "instruct",
             STORY, subset="paraphrase", subset_b="reverse", direction=-1, published=0.46,
             published_note="GPT-4 on real parents: 79% asked in the common direction, 33% "
                            "reversed; fine-tuned on invented facts, reversed accuracy ~0%"),
    Contrast("answer-overlap", "4. Answer overlap, within reverse questions",
             "Lewis et al. 2021", "instruct", "instruct", STORY,
             subset="reverse&overlap:none", subset_b="reverse&overlap:answer-only",
             published=0.094, published_note="closed-book BART on NQ: 10.2 EM where only the "
                                             "answer occurs in training, 0.8 with no overlap"),
    Contrast("unknown-share-accuracy", "5. New knowledge and hallucination",
             "Gekhman et al. 2024", "instruct", "instruct", FACTS, metric="contains",
             subset="known:known", direction=-1, published=0.10,
             published_note="accuracy falls linearly with the unknown share when the "
                            "unknown facts are fitted; 10 points from 0% to 100% is a "
                            "stand-in size, not a number from the paper's tables: check it "
                            "before the run"),
    Contrast("unknown-share-hallucination", "5. New knowledge and hallucination",
             "Gekhman et al. 2024", "instruct", "instruct", FACTS, metric="hallucination",
             subset="known:known", published=0.10,
             published_note="as above: their errors are hallucinations (no refusals)"),
    Contrast("evidence-answer", "6. SFT on evidence, then the answer",
             "named for what it is; cf. Sun et al. 2023 (recitation)", "instruct",
             "evidence-answer", STORY, subset="paraphrase",
             published_note="Sun et al. recite by few-shot prompting large models: "
                            "no number transfers"),
    Contrast("tag-refusals", "7. Source tag and refusal targets",
             "R-Tuning (Zhang et al. 2024); the design note's source tag", "instruct",
             "tag-refusals", STORY, metric="refusal", subset="unanswerable",
             published_note="no number that transfers"),
    Contrast("mixed-training", "Allen-Zhu & Li's mixed training",
             "Allen-Zhu & Li 2023 (Physics of LMs 3.1)", "instruct", "raw-then-instruct", (),
             subset="held-out",
             published_note="QA on half the people transfers to the other half's facts "
                            "after mixed training, far less after text then QA",
             untestable="the bench trains text and QA in sequence (raw-then-instruct), never "
                        "mixed in one stage, and the story generator asks QA of every person "
                        "(no people held out of QA training); the surgery generator's "
                        "held-out facts with raw-then-instruct would be the sequential "
                        "setting on real text the base model partly knows, another "
                        "experiment"),
    Contrast("recitation", "6. Recitation as Sun et al. define it", "Sun et al. 2023",
             "instruct", "instruct", (), subset="paraphrase",
             untestable="Sun et al. recite by few-shot prompting (the model writes a passage "
                        "from memory, then answers); the bench has no few-shot prompting; "
                        "the study tests SFT on evidence then answer instead (contrast 6)"),
)


# -- the plan: what the suites build, train and answer ------------------------------------

@dataclass
class TaskPlan:
    name: str
    suite: str
    items: list[ItemScore]  # one per test item, scores empty (for subset counts)
    train: int
    facts: int


@dataclass
class SuitePlan:
    name: str
    tasks: list[TaskPlan]
    # (task, variant, steps, seconds) per training
    trainings: list[tuple[str, str, int, float]] = field(default_factory=list)
    answers: Counter = field(default_factory=Counter)  # kind of answer -> count
    answer_seconds: float = 0.0
    probe_answers: int = 0
    replicates: dict[str, int] = field(default_factory=dict)

    @property
    def train_seconds(self) -> float:
        return sum(t[3] for t in self.trainings)

    def seconds(self, parallel: bool) -> float:
        train = self.train_seconds / (PARALLEL_GAIN if parallel else 1.0)
        return PER_SUITE + train + self.answer_seconds + self.probe_answers * ANSWER_SECONDS


def _story_items(spec: TaskSpec, seed: int) -> TaskPlan:
    from bench.scoring.overlap import task_overlap
    from bench.tasks.build import build_task

    task = build_task(spec, seed)
    overlap = task_overlap(task)
    items = [ItemScore(task.name, "", "", i.id, i.kind, {}, bucket=overlap[i.id].bucket,
                       item_key=i.content_key, cluster=i.cluster) for i in task.test]
    return TaskPlan(task.name, "", items, len(task.train), task.meta.get("facts", 0))


def _facts_items(spec: TaskSpec) -> TaskPlan:
    from bench.generators.world_facts import DEFAULTS

    p = {**DEFAULTS, **spec.params}
    known = round(KNOWN_SHARE * p["test_known"])
    labels = ["known"] * known + ["maybe-known"] * (p["test_known"] - known) + \
        ["unknown"] * p["test_unknown"]
    items = [ItemScore(spec.name, "", "", f"f{n}", "held-out", {}, bucket="none",
                       item_key=f"f{n}", cluster=f"f{n}", known=label)
             for n, label in enumerate(labels)]
    return TaskPlan(spec.name, "", items, p["train"], p["train"] + len(labels))


def _steps(variant: Variant, task: TaskPlan) -> int:
    spec = variant.training
    per_stage = {"raw-text": 1, "instruct": 1, "raw-then-instruct": 2}[variant.method]
    if spec.epochs > 0:
        return per_stage * max(1, -(-int(spec.epochs * task.train) // spec.batch_size))
    return spec.steps * per_stage


def plan_suite(name: str) -> SuitePlan:
    suite = load_suite(name)
    tasks = [(_facts_items(spec) if spec.generator == "world-facts"
              else _story_items(spec, spec.seed_in(suite.seed))) for spec in suite.tasks]
    plan = SuitePlan(suite.name, tasks)
    probed_facts = set()
    for spec, task in zip(suite.tasks, tasks):
        task.suite = suite.name
        if spec.generator == "world-facts":
            from bench.generators.world_facts import DEFAULTS, country_facts

            p = {**DEFAULTS, **spec.params}
            key = (tuple(p["relations"]), p["min_population"], spec.seed_in(suite.seed))
            if key not in probed_facts:  # the build probe is cached across the tasks
                probed_facts.add(key)
                facts = len(country_facts(list(p["relations"]), p["min_population"]))
                plan.probe_answers += facts * (2 + p["samples"])
    seen_base: set[tuple[str, str]] = set()
    for variant in suite.variants:
        long = variant.recite
        for spec, task in zip(suite.tasks, tasks):
            if variant.trains:
                steps = _steps(variant, task)
                seconds = PER_TRAINING + steps * STEP_SECONDS * (LONG_STEP if long else 1.0)
                plan.trainings.append((task.name, variant.name, steps, seconds))
            asked = 0
            sampled = suite.generation.sample_variants
            draws = suite.generation.samples if not sampled or variant.name in sampled else 0
            if not variant.trains and probed(suite, spec):
                draws += suite.scoring.knownness.samples
            for item in task.items:
                for template in suite.templates + tuple(f"#{n}" for n in range(draws)):
                    key = (item.item_key + template, variant.name)
                    if not variant.trains and key in seen_base and spec.generator == "world-facts":
                        continue  # the same question to the same model: from the answer cache
                    seen_base.add(key)
                    asked += 1
            kind = "evidence-then-answer" if long else ("base" if not variant.trains else "short")
            plan.answers[kind] += asked
            per_answer = ANSWER_SECONDS * (LONG_ANSWER if long else 1.0)
            plan.answer_seconds += PER_PASS + asked * per_answer
        if variant.trains:
            root = variant.name.rsplit("-r", 1)[0]
            plan.replicates[root] = plan.replicates.get(root, 0) + 1
    return plan


def _count(task: TaskPlan, subset: str) -> tuple[int, int]:
    chosen = [s for s in task.items if in_subset(s, subset)]
    return len(chosen), len({s.cluster for s in chosen})


def design_of(contrast: Contrast, plans: dict[str, SuitePlan]) -> Design | None:
    tasks = {t.name: (t, p) for p in plans.values() for t in p.tasks}
    worlds = [w for w in contrast.worlds if w[0] in tasks and w[1] in tasks]
    if contrast.untestable or not worlds:
        return None
    task, plan = tasks[worlds[0][0]]
    items_a, clusters = _count(task, contrast.subset)
    items_b, clusters_b = _count(tasks[worlds[0][1]][0], contrast.subset_b or contrast.subset)
    if not contrast.paired:
        clusters = len({s.cluster for s in task.items
                        if in_subset(s, contrast.subset) or in_subset(s, contrast.subset_b)})
    trained = sum(1 for v in (contrast.a, contrast.b) if v in plan.replicates)
    if contrast.a == contrast.b:
        trained = 1 if contrast.paired is False else 2
    replicates = max((plan.replicates.get(v, 1) for v in (contrast.a, contrast.b)), default=1)
    return Design(len(worlds), replicates, items_a, items_b,
                  (items_a + (0 if contrast.paired else items_b)) / max(1, clusters),
                  contrast.paired, trained)


# -- rendering ------------------------------------------------------------------------------
