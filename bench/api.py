"""The bench from Python: an adapter fixture for a suite's variant, or a whole evaluation.

    import bench

    result = bench.evaluate("tiny", "runs/mine", variants=["base"],
                            adapters={"mine": "out/adapter"})      # a bench.RunResult
    em = result.require("story", "mine", "exact_match")           # headline: held-out answerable
    assert em.ci_low > 0.3
"""

from __future__ import annotations

from pathlib import Path

from bench.config.suite import select_variants
from bench.core.errors import ConfigError, did_you_mean
from bench.core.progress import NullReporter, Reporter
from bench.fixtures.adapters import Fixture, ensure_fixture
from bench.fixtures.training_checks import check_training
from bench.models.resolve import resolve_model
from bench.runs.prepare import prepare_run
from bench.runs.result import RunResult
from bench.runs.runner import run_suite
from bench.runs.suites import SuiteChanges, change_suite, load_suite
from bench.tasks.build import build_tasks


def adapter(suite: str, variant: str, task: str | None = None, model: str | None = None,
            reporter: Reporter | None = None) -> Fixture:
    """The trained adapter of `variant` for one of the suite's tasks (default: the first)."""
    if not isinstance(variant, str):
        raise ConfigError(f"bench.adapter: variant: expected one variant's name, got "
                          f"{type(variant).__name__}")
    loaded = select_variants(load_suite(suite, model_override=model), [variant], "variant")
    if not loaded.variants[0].trains:
        raise ConfigError(f"bench.adapter: variant {variant!r} trains no adapter (method "
                          f"{loaded.variants[0].method!r}); name one that trains")
    tasks = build_tasks(loaded)
    name = task or next(iter(tasks))
    if name not in tasks:
        raise ConfigError(f"task {name!r}: not in suite {loaded.name}{did_you_mean(name, tasks)}")
    resolved = resolve_model(loaded.model)
    check_training(loaded.variants[0], resolved, f"{loaded.path}: variant {variant}")
    return ensure_fixture(resolved, tasks[name], loaded.variants[0], reporter or NullReporter())


def evaluate(suite: str, run_dir: Path | str, variants: list[str] | None = None,
             model: str | None = None, reporter: Reporter | None = None,
             adapters: dict[str, str] | None = None) -> RunResult:
    """Run the suite (a built-in name or a YAML path) into `run_dir` and return its
    RunResult: optionally only some of its variants, and with adapters trained elsewhere
    added as variants (`adapters={"candidate": "path/to/peft-folder"}`). The suite, the
    model and every adapter are checked before `run_dir` is written."""
    if isinstance(variants, str):
        variants = [variants]  # one name, not its letters
    if adapters is not None and not isinstance(adapters, dict):
        raise ConfigError(f"bench.evaluate: adapters: expected a mapping of variant name to "
                          f"PEFT folder ({{'mine': 'out/adapter'}}), got "
                          f"{type(adapters).__name__}")
    changes = SuiteChanges(variants=tuple(variants or ()),
                           adapters=tuple((adapters or {}).items()),
                           variants_arg="variants", adapters_arg="adapters")
    loaded = change_suite(load_suite(suite), changes, model)
    run_dir = Path(run_dir)
    prepared = prepare_run(loaded, run_dir.parent, run_id=run_dir.name, reporter=reporter)
    result = run_suite(prepared, reporter)
    assert result is not None  # one process: it is the main one
    return result


def compare(baseline: RunResult | Path | str, candidate: RunResult | Path | str, *,
            pairs: list[tuple[str, str]] | None = None, metrics: tuple[str, ...] = (),
            alpha: float = 0.05, min_delta: float = 0.0, allow_different_items: bool = False,
            skip_graded: bool = False) -> list:
    """`bench compare` from Python: two runs (RunResults, run folders or results.json files)
    compared item by item, the gate's rows included. A row's `.regression` is what
    `--fail-on-regression` fails on, `.blind(alpha)` what `--fail-on-untestable` does;
    `pairs=[("candidate", "v2")]` pairs differently named variants; `skip_graded=True`
    compares runs graded differently (rules, judges) on the metrics no grader decides."""
    from bench.runs.compare import GateSettings, compare_runs
    from bench.runs.compare_checks import PYTHON_NAMES

    gate = GateSettings(alpha=alpha, min_delta=min_delta, metrics=tuple(metrics),
                        pairs=tuple(tuple(p) for p in pairs or ()),
                        allow_different_items=allow_different_items, skip_graded=skip_graded,
                        names=PYTHON_NAMES)
    runs = [run if isinstance(run, RunResult) else RunResult.read(run)
            for run in (baseline, candidate)]
    return compare_runs(*runs, gate)
