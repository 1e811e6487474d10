"""`bench run`: suite -> tasks -> fixtures -> predictions -> scores -> results.json."""

from __future__ import annotations

import platform
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from bench import __version__
from bench.answering.backends import BACKENDS
from bench.answering.evaluation import evaluate_suite, samples_of
from bench.answering.sharding import Shard
from bench.config.suite import Suite
from bench.core.environment import library_versions
from bench.core.errors import ConfigError
from bench.core.progress import NullReporter, Reporter
from bench.core.storage import stable_hash
from bench.core.types import RESULTS_SCHEMA_VERSION, Prediction, Task, sample_template, split_sample
from bench.fixtures.adapters import Fixture, ensure_fixture
from bench.fixtures.external import check_external, external_fixture
from bench.models.hardware import probe, resolve_suite
from bench.models.resolve import ResolvedModel, resolve_model
from bench.runs.store import RunStore
from bench.scoring.analysis import analyse
from bench.scoring.consistency import consistency
from bench.scoring.overlap import task_overlap
from bench.scoring.score_run import aggregate, answer_text, score_predictions
from bench.tasks.build import build_tasks, describe_split

SCHEMA_VERSION = RESULTS_SCHEMA_VERSION
RESULT_LIBRARIES = ("torch", "transformers", "peft", "trl", "bitsandbytes", "datasets",
                    "lm_eval", "rouge-score", "rich")


def default_run_id(suite: Suite) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    return f"{suite.name}-{stamp}"


def config_hash(suite: Suite) -> str:
    """What makes two runs the same run: the suite's content and the model."""
    return stable_hash({"suite": suite.raw, "model": suite.model})


def find_unfinished(runs_dir: Path, suite: Suite) -> Path | None:
    """The newest run folder of this same suite and model that has no results.json yet."""
    from bench.core.storage import read_json

    wanted = config_hash(suite)
    candidates = sorted(Path(runs_dir).glob("*/config.json"), key=lambda p: p.stat().st_mtime,
                        reverse=True) if Path(runs_dir).is_dir() else []
    for config in candidates:
        try:
            same = read_json(config).get("config_hash") == wanted
        except Exception:
            continue
        if same and not (config.parent / "results.json").exists():
            return config.parent
    return None


def check_same_run(run_dir: Path, suite: Suite, fingerprint: str | None = None) -> None:
    """A run folder holds one run: answers of another suite, model or model weights would
    mix with this run's, so reusing the folder for those is refused (one line)."""
    from bench.core.storage import read_json

    path = Path(run_dir) / "config.json"
    if not path.exists():
        return
    saved = read_json(path)
    saved = saved if isinstance(saved, dict) else {}
    if saved.get("model") not in (None, suite.model):
        raise ConfigError(f"{run_dir}: this run was made with model {saved['model']!r}, not "
                          f"{suite.model!r}; its answers would mix with another model's (start "
                          f"a new run for {suite.model!r})")
    if saved.get("config_hash") != config_hash(suite):
        raise ConfigError(f"{run_dir}: holds a run of another suite or settings; its answers "
                          f"would mix with this run's (choose another --run-id, or --new)")
    if fingerprint and saved.get("model_fingerprint") not in (None, fingerprint):
        raise ConfigError(f"{run_dir}: the files of model {suite.model!r} changed since this "
                          f"run started (fingerprint {saved['model_fingerprint']} -> "
                          f"{fingerprint}); start a new run")


@dataclass(frozen=True)
class RunOptions:
    """How to run, as opposed to what (the suite): neither changes the results."""

    shard: Shard = Shard()  # this process's share under `accelerate launch`
    reuse_answers: bool = True  # take answers from the answer cache when it has them


def run_suite(suite: Suite, run_dir: Path, reporter: Reporter | None = None,
              model: ResolvedModel | None = None, options: RunOptions = RunOptions()) -> dict | None:
    """Run a whole suite into run_dir and return the results (also saved as results.json).

    `model` is the suite's model already resolved (the CLI resolves it before creating the
    run folder, so a missing model leaves nothing behind). Under `accelerate launch` only
    process 0 writes shared files and returns results; the others return None."""
    reporter = reporter or NullReporter()
    shard = options.shard
    timings: dict[str, float] = {}
    # The CLI resolves the model before the run folder exists: its time counts too.
    clock = time.perf_counter() - (model.seconds if model else 0.0)
    model = model or suite_model(suite, reporter)
    timings["resolve_model"] = model.seconds
    if shard.main:
        check_same_run(run_dir, suite, model.fingerprint)
    store = RunStore(run_dir, shard)
    if shard.main:
        store.save_config({"suite": suite.raw, "suite_path": suite.path, "model": suite.model,
                           "config_hash": config_hash(suite), "model_fingerprint": model.fingerprint})
    hardware = probe()
    suite, compute = resolve_suite(suite, hardware)
    for name, choice in compute.items() if shard.main else ():
        if choice.warning:
            reporter.message(f"[yellow]warning[/]: variant {name}: {choice.warning}")

    started = time.perf_counter()
    tasks = build_tasks(suite)
    for task in tasks.values() if shard.main else ():
        store.save_task(task)
        reporter.message(describe_split(task))
    timings["build_tasks"] = time.perf_counter() - started
    # What is answered already, read by every process before any of them writes.
    done = {p.key for p in store.predictions()}

    started = time.perf_counter()
    models = variant_models(suite, model, reporter)
    fixtures = _ensure_fixtures(suite, model, tasks, reporter, shard)
    timings["fixtures"] = time.perf_counter() - started

    started = time.perf_counter()
    answered = evaluate_suite(suite, models, tasks, fixtures, store, reporter, done,
                              options.reuse_answers)
    timings["evaluation"] = time.perf_counter() - started
    shard.wait_for_everyone()
    if not shard.main:
        return None

    started = time.perf_counter()
    predictions = canonical_order(tasks, suite, store.predictions())
    store.gather(predictions)
    scored = score_run(tasks, predictions, suite)
    timings["scoring"] = time.perf_counter() - started
    timings["total"] = time.perf_counter() - clock

    results = {
        "schema_version": SCHEMA_VERSION,
        "bench_version": __version__,
        "run_id": Path(run_dir).name,
        "suite": {"name": suite.name, "path": suite.path, "config": suite.raw},
        "model": {"name": model.name, "fingerprint": model.fingerprint},
        "variant_models": {name: {"name": m.name, "fingerprint": m.fingerprint}
                           for name, m in models.items() if m is not model},
        "environment": {"python": platform.python_version(), "platform": platform.platform(),
                        "hardware": hardware.describe(),
                        "libraries": library_versions(RESULT_LIBRARIES)},
        "compute": {v.name: {"quantization": v.quantization, **asdict(compute[v.name])}
                    for v in suite.variants},
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "tasks": {name: {"train": len(t.train), "test": len(t.test), **t.meta}
                  for name, t in tasks.items()},
        "fixtures": [_fixture_summary(f) for f in
                     {(f.variant, f.task, f.key): f for f in fixtures.values()}.values()],
        "answers": answered,
        **scored,
    }
    store.save_results(results)
    return results


def score_run(tasks: dict[str, Task], predictions: list[Prediction], suite: Suite) -> dict:
    """The scored part of results.json: metrics with CIs, per-item scores, analyses; sampled
    answers feed the consistency analysis only."""
    samples = [p for p in predictions if split_sample(p.template)[1]]
    predictions = [p for p in predictions if not split_sample(p.template)[1]]
    overlap = {name: task_overlap(task, suite.scoring.overlap) for name, task in tasks.items()}
    item_scores = score_predictions(tasks, predictions, suite.metrics, suite.scoring, overlap)
    aggregates = aggregate(item_scores, suite.metrics, seed=suite.seed)
    return {
        "metrics": [{"task": k[0], "variant": k[1], "template": k[2], "subset": k[3],
                     "metric": k[4], **asdict(v)} for k, v in sorted(aggregates.items())],
        "items": [asdict(s) for s in item_scores],
        **analyse(tasks, predictions, item_scores, suite, overlap),
        "consistency": consistency(tasks, predictions, samples, answer_text, suite.seed),
    }


def canonical_order(tasks: dict[str, Task], suite: Suite,
                    predictions: list[Prediction]) -> list[Prediction]:
    """Predictions in task, variant, template, item order (dropping any the suite does not
    ask), so scores and their CIs do not depend on who answered first."""
    rank = {key: index for index, key in enumerate(
        (task.name, variant.name, template, item.id) for task in tasks.values()
        for variant in suite.variants
        for template in suite.templates + tuple(sample_template(suite.templates[0], n) for n in
                                                range(1, samples_of(suite, variant) + 1))
        for item in task.test)}
    return sorted((p for p in predictions if p.key in rank), key=lambda p: rank[p.key])


def served(suite: Suite) -> bool:
    """Whether a server answers (no model is loaded here, so none need be local)."""
    return not BACKENDS.get(suite.generation.backend).local


def suite_model(suite: Suite, reporter: Reporter | None = None) -> ResolvedModel:
    """The suite's model, resolved to local files; for a served suite, only its name (the
    server holds the weights)."""
    if served(suite):
        if any(v.trains for v in suite.variants):
            trains = ", ".join(v.name for v in suite.variants if v.trains)
            raise ConfigError(f"{suite.path}: generation.backend openai answers through a "
                              f"server, which cannot hold adapters trained here ({trains}); "
                              f"serve them and declare each with served_model, or use the "
                              f"bench backend")
        return ResolvedModel(suite.model, "", f"served:{suite.generation.base_url}")
    return resolve_model(suite.model, progress=reporter.message if reporter else None)


def variant_models(suite: Suite, model: ResolvedModel,
                   reporter: Reporter) -> dict[str, ResolvedModel]:
    """Each variant's model: its own full (merged) model when it names one, else the
    suite's (resolved before anything is loaded, so a missing one stops the run early)."""
    if served(suite):
        return {v.name: ResolvedModel(v.model or model.name, "", model.fingerprint)
                for v in suite.variants}
    return {v.name: resolve_model(v.model, progress=reporter.message) if v.model else model
            for v in suite.variants}


def check_adapters(suite: Suite, model: ResolvedModel) -> None:
    """Check every adapter trained elsewhere against the model (headers only, nothing
    hashed), so a bad one stops the run before anything is written or loaded."""
    for variant in suite.variants if not served(suite) else ():
        if variant.adapter:
            check_external(variant.adapter, model, variant.name)


def _ensure_fixtures(suite: Suite, model: ResolvedModel, tasks: dict[str, Task],
                     reporter: Reporter, shard: Shard) -> dict[tuple[str, str], Fixture]:
    """Adapters trained elsewhere are checked against the model; process 0 trains what is
    missing while the others wait, then they load the cache."""
    external = {} if served(suite) else {
        v.name: external_fixture(v.adapter, model, v.name, reporter.message)
        for v in suite.variants if v.adapter}

    def ensure():
        return {(task.name, variant.name): external.get(variant.name) or
                ensure_fixture(model, task, variant, reporter)
                for variant in suite.variants if variant.trains or variant.name in external
                for task in tasks.values()}

    fixtures = ensure() if shard.main else None
    shard.wait_for_everyone()
    return fixtures if fixtures is not None else ensure()


def _fixture_summary(fixture: Fixture) -> dict:
    manifest = fixture.manifest
    if manifest.get("external"):
        return {"task": fixture.task, "variant": fixture.variant, "key": fixture.key,
                "reused": True, "train_seconds": None, **manifest}
    return {"task": fixture.task, "variant": fixture.variant, "key": fixture.key,
            "reused": fixture.reused, "train_seconds": manifest.get("train_seconds"),
            "loss_first": (manifest.get("losses") or [None])[0],
            "loss_last": (manifest.get("losses") or [None])[-1]}
