"""Before a run writes anything: which folder it goes to, and whether it can run at all.

`prepare_run` is the one preflight shared by `bench run` and `bench.evaluate`: the run
folder is free (or holds this same run, to resume), the adapters brought by the user
exist, the model resolves, and each adapter fits the model (headers only). Any failure is
one clear error and leaves no run folder behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from rich.markup import escape

from bench.answering.backends import BACKENDS
from bench.answering.sharding import Shard
from bench.config.suite import Suite
from bench.config.variants import check_name
from bench.core.errors import BenchError, ConfigError, DataError, ModelNotFoundError
from bench.core.progress import NullReporter, Reporter
from bench.core.storage import read_json, stable_hash
from bench.fixtures.external import check_external
from bench.fixtures.training_checks import check_training
from bench.models.resolve import ResolvedModel, resolve_model
from bench.runs.store import prediction_files

CONFIG_FILE = "config.json"
RESULTS_FILE = "results.json"


@dataclass(frozen=True)
class PreparedRun:
    """A suite checked and ready to run: its model resolved, its folder chosen."""

    suite: Suite
    model: ResolvedModel
    run_dir: Path
    models: dict[str, ResolvedModel]  # each variant's model: the suite's, or its own merged one
    resumed: bool = False  # an unfinished run of the same suite and model is continued


def default_run_id(suite: Suite) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    return f"{suite.name}-{stamp}"


def config_hash(suite: Suite) -> str:
    """What makes two runs the same run: the suite's content and the model."""
    return stable_hash({"suite": suite.raw, "model": suite.model})


def find_unfinished(runs_dir: Path, suite: Suite) -> Path | None:
    """The newest run folder of this same suite and model that has no results.json yet."""
    wanted = config_hash(suite)
    candidates = sorted(Path(runs_dir).glob(f"*/{CONFIG_FILE}"), key=lambda p: p.stat().st_mtime,
                        reverse=True) if Path(runs_dir).is_dir() else []
    for config in candidates:
        try:
            same = read_json(config).get("config_hash") == wanted
        except Exception:
            continue
        if same and not (config.parent / RESULTS_FILE).exists():
            return config.parent
    return None


def check_same_run(run_dir: Path, suite: Suite, fingerprint: str | None = None) -> None:
    """A run folder holds one run: answers of another suite, model or model weights would
    mix with this run's, so reusing the folder for those is refused (one line)."""
    path = Path(run_dir) / CONFIG_FILE
    if not path.exists() or not _holds_answers(Path(run_dir)):
        return  # nothing to mix with: a run that stopped before answering is started again
    saved = read_json(path)
    saved = saved if isinstance(saved, dict) else {}
    if saved.get("model") not in (None, suite.model):
        raise ConfigError(f"{run_dir}: this run was made with model {saved['model']!r}, not "
                          f"{suite.model!r}; its answers would mix with another model's (start "
                          f"a new run for {suite.model!r})")
    if saved.get("config_hash") != config_hash(suite):
        raise ConfigError(f"{run_dir}: holds answers of another suite or settings; they "
                          f"would mix with this run's (choose another --run-id)")
    if fingerprint and saved.get("model_fingerprint") not in (None, fingerprint):
        raise ConfigError(f"{run_dir}: the files of model {suite.model!r} changed since this "
                          f"run started (fingerprint {saved['model_fingerprint']} -> "
                          f"{fingerprint}); start a new run")


def _holds_answers(run_dir: Path) -> bool:
    """Whether a run folder has answers (any process's) or results."""
    return (run_dir / RESULTS_FILE).exists() or any(
        file.is_file() and file.stat().st_size > 0 for file in prediction_files(run_dir))


def saved_suite_raw(run_dir: Path) -> dict:
    """The suite (YAML form) and model a run folder was started with, for --resume."""
    if not Path(run_dir).is_dir():
        raise DataError(f"--resume {run_dir}: no such run folder")
    config = read_json(Path(run_dir) / CONFIG_FILE)
    if not isinstance(config, dict) or not isinstance(config.get("suite"), dict):
        raise DataError(f"{Path(run_dir) / CONFIG_FILE}: not a bench run config (no 'suite' "
                        f"mapping)")
    return config


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
                   reporter: Reporter | None = None) -> dict[str, ResolvedModel]:
    """Each variant's model: its own full (merged) model when it names one, else the
    suite's, resolved now so a missing one stops the run before anything is written."""
    if served(suite):
        return {v.name: ResolvedModel(v.model or model.name, "", model.fingerprint)
                for v in suite.variants}
    progress = reporter.message if reporter else None
    return {v.name: resolve_model(v.model, progress=progress) if v.model else model
            for v in suite.variants}


def check_adapters(suite: Suite, model: ResolvedModel | None = None) -> None:
    """Every adapter trained elsewhere: its folder exists (before any model is resolved),
    and, given the model, it fits it (headers only, nothing hashed or loaded)."""
    for variant in suite.variants if not served(suite) else ():
        if not variant.adapter:
            continue
        if model is None:
            if not Path(variant.adapter).expanduser().is_dir():
                raise ModelNotFoundError(f"variant {variant.name}: adapter {variant.adapter}: "
                                         f"no such folder")
        else:
            check_external(variant.adapter, model, variant.name)


def prepare_run(suite: Suite, runs_dir: Path = Path("runs"), run_id: str | None = None,
                resume: Path | None = None, new: bool = False, shard: Shard = Shard(),
                reporter: Reporter | None = None) -> PreparedRun:
    """Choose the run folder and check everything a run needs before it writes anything.

    `resume` names a run folder to finish (its saved suite is `suite`); without it an
    unfinished run of the same suite and model in `runs_dir` is resumed unless `new` or a
    `run_id` is given. Under `accelerate launch` every process gets process 0's folder."""
    reporter = reporter or NullReporter()
    resumed = resume is not None
    if resume is not None:
        run_dir = Path(resume)
    else:
        unfinished = find_unfinished(runs_dir, suite) if shard.main and not (new or run_id) \
            else None
        if unfinished:
            reporter.message(f"resuming unfinished run {unfinished.name} (same suite and model; "
                             f"--new starts afresh)")
        resumed = unfinished is not None
        run_id = unfinished.name if unfinished else run_id or default_run_id(suite)
        check_name(run_id, "--run-id")
        run_dir = Path(runs_dir) / shard.from_main(run_id)
    if shard.main:
        check_same_run(run_dir, suite)
    check_adapters(suite)
    model = suite_model(suite, reporter)
    check_adapters(suite, model)
    models = variant_models(suite, model, reporter)
    for variant in suite.variants if not served(suite) else ():
        if variant.trains:
            check_training(variant, models[variant.name], f"{suite.path}: variant {variant.name}")
    if shard.main:
        check_same_run(run_dir, suite, model.fingerprint)
        if served(suite):
            for warning in unlisted_served_ids(suite, model):
                reporter.message(f"[yellow]warning[/]: {escape(warning)}")
    return PreparedRun(suite, model, run_dir, models, resumed)


def unlisted_served_ids(suite: Suite, model: ResolvedModel) -> list[str]:
    """A line for each variant whose model id the server does not list (GET /models), so a
    wrong id is heard before the first answer is asked; nothing when the server gives no
    list (`transformers serve` lists only what it has loaded: a warning, not an error)."""
    from bench.answering.served_backend import adapter_hint, served_model_id
    from bench.models.served import ChatClient

    try:
        client = ChatClient(suite.generation.base_url, suite.generation.api_key_env,
                            timeout=10.0, retries=0)
        listed = set(client.models())
    except BenchError:
        return []  # no list to check against: answering will say what is wrong
    lines = []
    for variant in suite.variants:
        wanted = served_model_id(variant, model.name)
        if wanted not in listed:
            lines.append(f"variant {variant.name}: the server does not list model {wanted!r} "
                         f"(it lists {', '.join(sorted(listed)) or 'none'})"
                         + (f" {adapter_hint(variant)}" if adapter_hint(variant) else ""))
    return lines
