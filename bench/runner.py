"""`bench run`: suite -> tasks -> fixtures -> predictions -> scores -> results.json."""

from __future__ import annotations

import platform
import time
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path

from bench import __version__
from bench.fixtures import Fixture, ensure_fixture, library_versions
from bench.models import ResolvedModel, load_model, resolve_model
from bench.progress import NullReporter, Reporter
from bench.run_store import RunStore
from bench.scoring.analysis import analyse
from bench.scoring.overlap import task_overlap
from bench.scoring.score_run import aggregate, score_predictions
from bench.storage import stable_hash
from bench.suite import Suite
from bench.task_build import build_tasks, describe_split
from bench.types import Prediction, Task, Variant

SCHEMA_VERSION = 2  # 2: overlap buckets, hallucination, sensitivity, examples
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
    from bench.storage import read_json

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


def run_suite(suite: Suite, run_dir: Path, reporter: Reporter | None = None,
              model: ResolvedModel | None = None) -> dict:
    """Run a whole suite into run_dir and return the results (also saved as results.json).

    `model` is the suite's model already resolved (the CLI resolves it before creating the
    run folder, so a missing model leaves nothing behind)."""
    reporter = reporter or NullReporter()
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    store = RunStore(run_dir)
    store.save_config({"suite": suite.raw, "suite_path": suite.path, "model": suite.model,
                       "config_hash": config_hash(suite)})

    model = model or resolve_model(suite.model, progress=reporter.message)
    timings["resolve_model"] = time.perf_counter() - clock

    started = time.perf_counter()
    tasks = build_tasks(suite)
    for task in tasks.values():
        store.save_task(task)
        reporter.message(describe_split(task))
    timings["build_tasks"] = time.perf_counter() - started

    started = time.perf_counter()
    fixtures = {(task.name, variant.name): ensure_fixture(model, task, variant, reporter)
                for variant in suite.variants if variant.trains for task in tasks.values()}
    timings["fixtures"] = time.perf_counter() - started

    started = time.perf_counter()
    _evaluate_all(suite, model, tasks, fixtures, store, reporter)
    timings["evaluation"] = time.perf_counter() - started

    started = time.perf_counter()
    scored = score_run(tasks, store.predictions(), suite)
    timings["scoring"] = time.perf_counter() - started
    timings["total"] = time.perf_counter() - clock

    results = {
        "schema_version": SCHEMA_VERSION,
        "bench_version": __version__,
        "run_id": Path(run_dir).name,
        "suite": {"name": suite.name, "path": suite.path, "config": suite.raw},
        "model": {"name": model.name, "fingerprint": model.fingerprint},
        "environment": {"python": platform.python_version(), "platform": platform.platform(),
                        "libraries": library_versions(RESULT_LIBRARIES)},
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "tasks": {name: {"train": len(t.train), "test": len(t.test), **t.meta}
                  for name, t in tasks.items()},
        "fixtures": [_fixture_summary(f) for f in fixtures.values()],
        **scored,
    }
    store.save_results(results)
    return results


def score_run(tasks: dict[str, Task], predictions: list[Prediction], suite: Suite) -> dict:
    """The scored part of results.json: metrics with CIs, per-item scores, analyses."""
    overlap = {name: task_overlap(task, suite.scoring.overlap) for name, task in tasks.items()}
    item_scores = score_predictions(tasks, predictions, suite.metrics, suite.scoring, overlap)
    aggregates = aggregate(item_scores, suite.metrics, seed=suite.seed)
    return {
        "metrics": [{"task": k[0], "variant": k[1], "template": k[2], "subset": k[3],
                     "metric": k[4], **asdict(v)} for k, v in sorted(aggregates.items())],
        "items": [asdict(s) for s in item_scores],
        **analyse(tasks, predictions, item_scores, suite, overlap),
    }


def _evaluate_all(suite: Suite, model: ResolvedModel, tasks: dict[str, Task],
                  fixtures: dict[tuple[str, str], Fixture], store: RunStore,
                  reporter: Reporter) -> None:
    """Load each base once per quantisation mode; attach each adapter in turn."""
    from bench.evaluation import evaluate

    done = {(p.task, p.variant, p.template, p.item_id) for p in store.predictions()}
    groups: dict[tuple[str, str], list[Variant]] = {}
    for variant in suite.variants:
        groups.setdefault((variant.quantization, variant.compute_dtype), []).append(variant)
    for (quantization, dtype), variants in groups.items():
        if _all_done(suite, tasks, variants, done):
            continue
        base, tokenizer = load_model(model.path, quantization, dtype)
        for variant in variants:
            for task in tasks.values():
                fixture = fixtures.get((task.name, variant.name))
                with _adapter(base, fixture) as lm:
                    evaluate(lm, tokenizer, task, variant, suite.templates, suite.generation,
                             store, reporter, done)


def _all_done(suite, tasks, variants, done) -> bool:
    return all((t.name, v.name, tpl, item.id) in done for v in variants for t in tasks.values()
               for tpl in suite.templates for item in t.test)


class _adapter:
    """Context manager: the base model with a fixture's LoRA attached, removed on exit."""

    def __init__(self, base, fixture: Fixture | None):
        self.base, self.fixture, self.wrapped = base, fixture, None

    def __enter__(self):
        if self.fixture is None:
            return self.base
        from peft import PeftModel

        self.wrapped = PeftModel.from_pretrained(self.base, str(self.fixture.path),
                                                 adapter_name=f"fixture_{self.fixture.key[:12]}",
                                                 is_trainable=False)
        self.wrapped.eval()
        return self.wrapped

    def __exit__(self, *exc):
        if self.wrapped is not None:
            # unload() strips the LoRA layers in place, leaving the untouched base model.
            self.wrapped.unload()
        return False


def _fixture_summary(fixture: Fixture) -> dict:
    manifest = fixture.manifest
    return {"task": fixture.task, "variant": fixture.variant, "key": fixture.key,
            "reused": fixture.reused, "train_seconds": manifest.get("train_seconds"),
            "loss_first": (manifest.get("losses") or [None])[0],
            "loss_last": (manifest.get("losses") or [None])[-1]}
