"""`bench run`: a prepared suite -> tasks -> fixtures -> predictions -> scores -> RunResult."""

from __future__ import annotations

import platform
import time
from dataclasses import dataclass, replace
from pathlib import Path

from rich.markup import escape

from bench import __version__
from bench.answering.evaluation import evaluate_suite, template_groups
from bench.answering.sharding import Shard
from bench.config.suite import Suite, probe_skipped, probe_variant
from bench.core.environment import library_versions
from bench.core.progress import NullReporter, Reporter
from bench.core.types import (
    PROBE_MARK,
    SAMPLE_MARK,
    ItemScore,
    MetricRow,
    Prediction,
    Task,
    split_draw,
)
from bench.fixtures.adapters import Fixture
from bench.fixtures.external import external_fixture
from bench.fixtures.parallel import ensure_fixtures
from bench.models.hardware import probe, resolve_suite
from bench.models.resolve import ResolvedModel
from bench.runs.compare import gate_power
from bench.runs.prepare import PreparedRun, config_hash, served
from bench.runs.result import (
    AnswerCounts,
    ComputeInfo,
    Environment,
    FixtureInfo,
    ModelInfo,
    NotApplicable,
    RunResult,
    SuiteInfo,
)
from bench.runs.store import RunStore
from bench.runs.suites import task_notes
from bench.scoring.aggregate import aggregate
from bench.scoring.analysis import Analyses, analyse
from bench.scoring.baselines import BaselineRow, baseline_rows
from bench.scoring.consistency import Consistency, consistency
from bench.scoring.hallucination import ENTITY_METRICS, entity_note
from bench.scoring.judge.run import JudgeOutcome, judge_run
from bench.scoring.knownness import knownness
from bench.scoring.overlap import task_overlap
from bench.scoring.score_run import answer_text, score_predictions
from bench.tasks.build import build_tasks, describe_split

RESULT_LIBRARIES = ("torch", "transformers", "peft", "trl", "bitsandbytes", "datasets",
                    "lm_eval", "rouge-score", "rich")


@dataclass(frozen=True)
class RunOptions:
    """How to run, as opposed to what (the suite): neither changes the results."""

    shard: Shard = Shard()  # this process's share under `accelerate launch`
    reuse_answers: bool = True  # take answers from the answer cache when it has them


def run_suite(prepared: PreparedRun, reporter: Reporter | None = None,
              options: RunOptions = RunOptions()) -> RunResult | None:
    """Run a prepared suite (bench.runs.prepare.prepare_run) into its folder and return the
    result (also saved as results.json). Under `accelerate launch` only process 0 writes
    shared files and returns the result; the others return None."""
    reporter = reporter or NullReporter()
    suite, model, run_dir, shard = prepared.suite, prepared.model, prepared.run_dir, options.shard
    timings: dict[str, float] = {"resolve_model": model.seconds}
    # The model was resolved before the run folder existed: its time counts too.
    clock = time.perf_counter() - model.seconds
    started = time.perf_counter()
    # Before the run folder is made: a task setting its generator refuses leaves nothing.
    tasks = build_tasks(suite)
    timings["build_tasks"] = time.perf_counter() - started
    store = RunStore(run_dir, shard)
    if shard.main:
        # Said once the tasks are built: a task that cannot be built makes no folder.
        reporter.message(escape(f"run {Path(run_dir).name}: suite {suite.name}, model "
                                f"{suite.model} -> {run_dir}")
                         + (f" ({shard.world} processes)" if shard.world > 1 else ""))
        store.save_config({"suite": suite.raw, "suite_path": suite.path, "model": suite.model,
                           "config_hash": config_hash(suite),
                           "model_fingerprint": model.fingerprint,
                           "reuse_answers": options.reuse_answers})
    hardware = probe()
    suite, compute = resolve_suite(suite, hardware)
    for name, choice in compute.items() if shard.main else ():
        if choice.warning:
            reporter.message(f"[yellow]warning[/]: variant {name}: {choice.warning}")

    for task in tasks.values() if shard.main else ():
        store.save_task(task)
        reporter.message(describe_split(task))
        for line in task_notes(task):
            reporter.message(escape(line))  # "data[0].paragraphs[1]: ..." is no markup
    # What is answered already, read by every process before any of them writes.
    done = {p.key for p in store.predictions()}
    if done and shard.main:
        reporter.message(f"resuming {Path(run_dir).name}: {len(done)} answers kept from before")

    started = time.perf_counter()
    models = prepared.models
    fixtures = _ensure_fixtures(suite, model, tasks, reporter, shard)
    timings["fixtures"] = time.perf_counter() - started

    started = time.perf_counter()
    answered = evaluate_suite(suite, models, tasks, fixtures, store, reporter, done,
                              options.reuse_answers)
    timings["evaluation"] = time.perf_counter() - started
    shard.wait_for_everyone()
    if not shard.main:
        return None

    predictions = canonical_order(tasks, suite, store.predictions())
    store.gather(predictions)
    judge = None
    if suite.scoring.judge is not None:
        started = time.perf_counter()
        judge = judge_run(tasks, predictions, suite.scoring.judge, run_dir,
                          options.reuse_answers, reporter, suite.seed)
        timings["judging"] = time.perf_counter() - started
    started = time.perf_counter()
    scored = score_run(tasks, predictions, suite, judge.grades if judge else None)
    timings["scoring"] = time.perf_counter() - started
    timings["total"] = time.perf_counter() - clock

    result = RunResult(
        run_id=Path(run_dir).name,
        bench_version=__version__,
        suite=SuiteInfo(name=suite.name, path=suite.path, config=suite.raw),
        model=ModelInfo(model.name, model.fingerprint),
        variant_models={name: ModelInfo(m.name, m.fingerprint)
                        for name, m in models.items() if m is not model},
        environment=Environment(python=platform.python_version(), platform=platform.platform(),
                                hardware=hardware.describe(),
                                libraries=library_versions(RESULT_LIBRARIES)),
        compute={v.name: ComputeInfo(quantization=v.quantization, dtype=compute[v.name].dtype,
                                     reason=compute[v.name].reason,
                                     requested=compute[v.name].requested,
                                     warning=compute[v.name].warning) for v in suite.variants},
        timings={k: round(v, 3) for k, v in timings.items()},
        tasks={name: {"train": len(t.train), "test": len(t.test), **t.meta}
               for name, t in tasks.items()},
        fixtures=tuple(_fixture_info(f) for f in
                       {(f.variant, f.task, f.key): f for f in fixtures.values()}.values()),
        answers=AnswerCounts(**answered, kept=len(done)),
        metrics=scored.metrics, items=scored.items, baselines=scored.baselines,
        overlap=scored.analyses.overlap, sensitivity=scored.analyses.sensitivity,
        agreement=scored.analyses.agreement, examples=scored.analyses.examples,
        consistency=scored.consistency,
        grader=grader(judge), judge=judge.info if judge else None,
        not_applicable=_not_applicable(suite, tasks),
    )
    result = replace(result, power=gate_power(result))
    result.write(run_dir)
    return result


def _not_applicable(suite: Suite, tasks: dict[str, Task]) -> tuple[NotApplicable, ...]:
    """What a task's report lacks, and why: entity measures on a task with no corpus, the
    knownness probe's SliCK table on a task answered by another backend or an invented
    story world (not probed under `auto`)."""
    found = [NotApplicable(name, ENTITY_METRICS, entity_note(name))
             for name, task in tasks.items() if not task.corpus.strip()]
    backend = (f"the knownness probe samples the base model with seeds, which the "
               f"{suite.generation.backend} backend does not give; answer with the bench "
               f"backend to have it")
    invented = ("an invented story world is unknown to it by design, so knownness: auto does "
                "not probe it (knownness: on does)")
    for spec in suite.tasks:
        why = backend if probe_skipped(suite, spec) else invented \
            if spec.generator == "story" and suite.scoring.knownness.enabled == "auto" else None
        if why:
            found.append(NotApplicable(spec.name, (), f"{spec.name}: no SliCK table (what the "
                                                      f"base model knew): {why}"))
    return tuple(found)


@dataclass(frozen=True)
class ScoredRun:
    """The scored part of a run: metrics with CIs, per-item scores, the analyses."""

    metrics: tuple[MetricRow, ...]
    items: tuple[ItemScore, ...]
    baselines: tuple[BaselineRow, ...]
    analyses: Analyses
    consistency: tuple[Consistency, ...]


def grader(judge: JudgeOutcome | None) -> str:
    """Who graded the run's three-way grades: a judge that passed its sanity check, else
    the rules."""
    return f"judge {judge.info.identity}" if judge and judge.info.reported else "rules"


def score_run(tasks: dict[str, Task], predictions: list[Prediction], suite: Suite,
              verdicts: dict[str, str | None] | None = None) -> ScoredRun:
    """Score every greedy answer (graded by `verdicts`, a judge's, where given); sampled
    answers feed the consistency analysis only, the base model's probe draws its knownness."""
    samples = [p for p in predictions if split_draw(p.template)[1] == SAMPLE_MARK]
    probes = [p for p in predictions if split_draw(p.template)[1] == PROBE_MARK]
    predictions = [p for p in predictions if not split_draw(p.template)[1]]
    overlap = {name: task_overlap(task, suite.scoring.overlap) for name, task in tasks.items()}
    item_scores = score_predictions(tasks, predictions, suite.metrics, suite.scoring, overlap,
                                    verdicts)
    base = probe_variant(suite)
    if probes and base is not None:
        known = knownness(tasks, predictions, probes, base.name, answer_text)
        item_scores = [replace(s, known=known.get((s.task, s.item_id), "")) for s in item_scores]
    buckets = {name: {item_id: o.bucket for item_id, o in per_item.items()}
               for name, per_item in overlap.items()}
    return ScoredRun(
        metrics=tuple(aggregate(item_scores, suite.metrics)),
        items=tuple(item_scores),
        baselines=tuple(baseline_rows(tasks, buckets)),
        analyses=analyse(tasks, predictions, item_scores, suite, overlap),
        consistency=tuple(consistency(tasks, predictions, samples, answer_text)),
    )


def canonical_order(tasks: dict[str, Task], suite: Suite,
                    predictions: list[Prediction]) -> list[Prediction]:
    """Predictions in task, variant, template, item order (dropping any the suite does not
    ask), so scores and their CIs do not depend on who answered first."""
    rank = {key: index for index, key in enumerate(
        (task.name, variant.name, template, item.id) for task in tasks.values()
        for variant in suite.variants
        for group in template_groups(suite, variant, task.name) for template in group
        for item in task.test)}
    return sorted((p for p in predictions if p.key in rank), key=lambda p: rank[p.key])


def _ensure_fixtures(suite: Suite, model: ResolvedModel, tasks: dict[str, Task],
                     reporter: Reporter, shard: Shard) -> dict[tuple[str, str], Fixture]:
    """Adapters trained elsewhere are checked against the model; process 0 trains what is
    missing while the others wait, then they load the cache."""
    external = {} if served(suite) else {
        v.name: external_fixture(v.adapter, model, v.name, reporter.message, v.quantization)
        for v in suite.variants if v.adapter}

    def ensure():
        trained = [(task, variant) for variant in suite.variants if variant.trains
                   for task in tasks.values()]
        found = dict(zip(((t.name, v.name) for t, v in trained),
                         ensure_fixtures(model, trained, reporter)))
        found.update({(task.name, name): fixture for name, fixture in external.items()
                      for task in tasks.values()})
        return found

    fixtures = ensure() if shard.main else None
    shard.wait_for_everyone()
    return fixtures if fixtures is not None else ensure()


def _fixture_info(fixture: Fixture) -> FixtureInfo:
    manifest = fixture.manifest
    if manifest.get("external"):
        return FixtureInfo(fixture.task, fixture.variant, fixture.key, reused=True,
                           external=True, path=manifest.get("path", ""),
                           adapter_sha256=manifest.get("adapter_sha256", ""),
                           adapter_config=manifest.get("adapter_config", {}))
    losses = manifest.get("losses") or [None]
    return FixtureInfo(fixture.task, fixture.variant, fixture.key, reused=fixture.reused,
                       train_seconds=manifest.get("train_seconds"), loss_first=losses[0],
                       loss_last=losses[-1])
