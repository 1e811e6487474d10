"""Suites: declarative YAML files saying which tasks, variants, templates and metrics to run.

Reading here checks the structure, types and values of a suite; the names it gives of
generators, metrics and answering backends are checked against their registries by
`bench.runs.suites`, which sees every stage (this layer imports none of them)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench.config.prompts import TEMPLATES
from bench.config.settings import (
    JUDGE_BACKENDS,
    GenerationSpec,
    JudgeSettings,
    KnownnessSettings,
    OverlapSettings,
    ScoringSettings,
)
from bench.config.variants import check_name, parse_variants
from bench.core.errors import ConfigError, check_fields, did_you_mean
from bench.core.types import Variant

DEFAULT_MODEL = "smollm2-135m-instruct"
SUITES_PACKAGE = "bench.suites"  # the repository's tasks/ folder, installed as package data
DEFAULT_METRICS = ("exact_match", "f1", "rougeL")
_TOP_KEYS = {"name", "description", "seed", "model", "tasks", "variants", "templates",
             "metrics", "generation", "scoring"}


DEFAULT_TRAINED_QUESTIONS = 8


@dataclass(frozen=True)
class TaskSpec:
    name: str
    generator: str
    params: dict[str, Any]
    trained: int = DEFAULT_TRAINED_QUESTIONS  # train questions also asked verbatim at test
    seed: int | None = None  # the task's own seed (another story world); default: the suite's

    def seed_in(self, suite_seed: int) -> int:
        return suite_seed if self.seed is None else self.seed


@dataclass(frozen=True)
class Suite:
    name: str
    path: str
    seed: int
    model: str
    tasks: tuple[TaskSpec, ...]
    variants: tuple[Variant, ...]
    templates: tuple[str, ...]
    metrics: tuple[str, ...]
    generation: GenerationSpec
    raw: dict[str, Any]
    scoring: ScoringSettings = ScoringSettings()


def select_variants(suite: Suite, names: list[str], where: str = "variant") -> Suite:
    """The suite restricted to the named variants, in that order; unknown names fail clearly."""
    declared = {v.name: v for v in suite.variants}
    for name in names:
        if name not in declared:
            raise ConfigError(f"{where} {name!r}: not in suite {suite.name}"
                              f"{did_you_mean(name, declared)}; declared: {', '.join(declared)}")
    return replace(suite, variants=tuple(declared[n] for n in names))


def builtin_suites() -> dict[str, Path]:
    """The suites shipped with the bench (name -> file), found through importlib.resources
    so they are there in an installed wheel as in a checkout."""
    from importlib.resources import files

    # Installed packages are folders on disk (the bench is never imported from a zip), so
    # each resource is a real file whose path can be reported in errors.
    return {entry.name[:-len(".yaml")]: Path(str(entry))
            for entry in sorted(files(SUITES_PACKAGE).iterdir(), key=lambda e: e.name)
            if entry.name.endswith(".yaml") and entry.is_file()}


def find_suite(name_or_path: str) -> Path:
    """A suite file by path, by name in ./tasks/, or by name among the built-in suites."""
    for candidate in (Path(name_or_path), Path("tasks") / f"{name_or_path}.yaml"):
        if candidate.is_file():
            return candidate
    builtin = builtin_suites()
    if name_or_path in builtin:
        return builtin[name_or_path]
    if Path(name_or_path).is_dir():
        raise ConfigError(f"suite {name_or_path!r}: a folder; expected a suite file (YAML) or "
                          f"a built-in suite's name ({', '.join(builtin)})")
    near = f" (did you mean {name_or_path}.yaml?)" if Path(f"{name_or_path}.yaml").is_file() \
        else did_you_mean(name_or_path, builtin)
    raise ConfigError(f"suite {name_or_path!r}: no such file{near}; built-in suites: "
                      f"{', '.join(builtin)}")


def read_suite(name_or_path: str, model_override: str | None = None) -> Suite:
    """Read a suite and check its structure; every error names the file and the field."""
    import yaml

    path = find_suite(name_or_path)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_unique_key_loader())
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc})") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({_yaml_problem(exc)})") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return suite_from_dict(raw, str(path), model_override)


def _yaml_problem(exc) -> str:
    """PyYAML's error as one line: where it is (line and column, from 1) and what is wrong."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
    return f"{where}{problem}" + (f", {context}" if context else "")


def _unique_key_loader():
    """PyYAML's safe loader, refusing a mapping that gives a key twice (else the last one
    wins without a word: `seed: 1` then `seed: 2` ran with seed 2)."""
    import yaml

    class UniqueKeyLoader(yaml.SafeLoader):
        def construct_mapping(self, node, deep=False):
            seen = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue  # `<<: *defaults`: its keys may be overridden, by design
                key = self.construct_object(key_node, deep=deep)
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"{key!r} is given twice in one mapping", key_node.start_mark)
                seen.add(key)
            return super().construct_mapping(node, deep)

    return UniqueKeyLoader


def suite_from_dict(raw: dict[str, Any], where: str, model_override: str | None = None) -> Suite:
    """A Suite from its parsed YAML; `where` (the file) prefixes every error."""
    _no_unknown(raw, _TOP_KEYS, where)
    name = _typed(raw, "name", str, where, Path(where).stem)
    check_name(name, f"{where}: name")
    tasks = tuple(_task_spec(entry, f"{where}: tasks[{i}]", Path(where).parent)
                  for i, entry in enumerate(_typed(raw, "tasks", list, where, None) or []))
    if not tasks:
        raise ConfigError(f"{where}: tasks: expected at least one task")
    _unique([t.name for t in tasks], f"{where}: tasks")
    variants = tuple(v for i, entry in enumerate(_typed(raw, "variants", list, where, ["base"]))
                     for v in parse_variants(entry, f"{where}: variants[{i}]"))
    if not variants:
        raise ConfigError(f"{where}: variants: expected at least one variant (leave the key out "
                          f"for the base model alone)")
    _unique([v.name for v in variants], f"{where}: variants")
    variants = tuple(replace(v, adapter=beside_suite(v.adapter, Path(where).parent),
                             model=beside_suite(v.model, Path(where).parent)) for v in variants)
    templates = tuple(_typed(raw, "templates", list, where, ["plain"]))
    for i, template in enumerate(templates):
        if not isinstance(template, str):
            raise ConfigError(f"{where}: templates[{i}]: expected the name of a built-in "
                              f"template ({', '.join(TEMPLATES.names())}); templates of your "
                              f"own are not supported")
        TEMPLATES.get(template, f"{where}: templates[{i}]")
    _unique(list(templates), f"{where}: templates")
    metrics = tuple(_typed(raw, "metrics", list, where, list(DEFAULT_METRICS)))
    for i, metric in enumerate(metrics):
        if not isinstance(metric, str):
            raise ConfigError(f"{where}: metrics[{i}]: expected a metric name")
    generation_raw = _typed(raw, "generation", dict, where, {})
    generation = _generation(generation_raw, f"{where}: generation")
    for sampled in generation.sample_variants:
        if sampled not in {v.name for v in variants}:
            raise ConfigError(f"{where}: generation: sample_variants: {sampled!r} is not a "
                              f"variant of the suite"
                              f"{did_you_mean(sampled, [v.name for v in variants])}")
    scoring = _scoring(_typed(raw, "scoring", dict, where, {}), f"{where}: scoring",
                       Path(where).parent)
    if scoring.knownness.enabled == "on" and generation.backend != "bench":
        raise ConfigError(f"{where}: scoring: knownness: the probe samples the base model "
                          f"with seeds, which needs the bench backend")
    suite = Suite(name=name, path=where, seed=_typed(raw, "seed", int, where, 0),
                  model=model_override or beside_suite(
                      _typed(raw, "model", str, where, DEFAULT_MODEL), Path(where).parent),
                  tasks=tasks, variants=variants, templates=templates, metrics=metrics,
                  generation=generation, raw=raw, scoring=scoring)
    if any(probed(suite, spec) for spec in tasks) and probe_variant(suite) is None:
        # The probe asks the untouched base model; a suite without one gets it.
        if "base" in {v.name for v in variants}:
            raise ConfigError(f"{where}: scoring: knownness needs the untouched base model, and "
                              f"the name 'base' is taken by another variant (rename it, or set "
                              f"knownness: off)")
        suite = replace(suite, variants=(Variant(name="base"),) + variants)
    return suite


def probe_variant(suite: Suite) -> Variant | None:
    """The suite's untouched base model (no training, adapter, other model or server id):
    what the knownness probe asks."""
    return next((v for v in suite.variants if not v.trains and not v.adapter and not v.model
                 and not v.served_model), None)


def probed(suite: Suite, spec: TaskSpec) -> bool:
    """Whether the knownness probe labels this task's items: `on`, or `auto` for a task
    from real text (an invented story world is unknown to the base model by design)."""
    enabled = suite.scoring.knownness.enabled
    if suite.generation.backend != "bench" or enabled == "off":
        return False
    return enabled == "on" or spec.generator != "story"


def probe_skipped(suite: Suite, spec: TaskSpec) -> bool:
    """Whether the knownness probe would label this task's items but cannot: `auto` on a
    task from real text answered by another backend than the bench's (the probe samples
    the base model with seeds, which a server or lm-eval does not give)."""
    return suite.generation.backend != "bench" and \
        suite.scoring.knownness.enabled == "auto" and spec.generator != "story"


def _generation(raw: dict, where: str) -> GenerationSpec:
    """generation: {max_new_tokens, batch_size, backend, base_url, api_key_env, concurrency,
    samples, temperature, top_p, sample_variants}"""
    defaults = GenerationSpec()
    _no_unknown(raw, set(GenerationSpec.__dataclass_fields__), where)
    values = {key: _typed(raw, key, type(getattr(defaults, key)), where, getattr(defaults, key))
              for key in GenerationSpec.__dataclass_fields__ if key != "sample_variants"}
    sampled = _typed(raw, "sample_variants", list, where, [])
    if not all(isinstance(name, str) for name in sampled):
        raise ConfigError(f"{where}: sample_variants: expected a list of variant names")
    spec = GenerationSpec(**values, sample_variants=tuple(sampled))
    check_fields([(spec.max_new_tokens >= 1, "max_new_tokens", "a positive integer"),
                  (spec.batch_size >= 0, "batch_size", "0 (automatic) or a positive integer"),
                  (spec.concurrency >= 1, "concurrency", "a positive integer"),
                  (spec.samples >= 0, "samples", "0 (none) or a positive integer"),
                  (spec.temperature > 0, "temperature", "a positive number"),
                  (0 < spec.top_p <= 1, "top_p", "a number in (0, 1]")], where)
    if spec.samples and spec.backend != "bench":
        raise ConfigError(f"{where}: samples: seeded sampling needs the bench backend (the "
                          f"others cannot make draws reproducible per item)")
    if spec.backend == "openai" and not spec.base_url.startswith(("http://", "https://")):
        raise ConfigError(f"{where}: base_url: backend openai needs the server's URL, e.g. "
                          f"http://localhost:8000/v1")
    return spec


def _scoring(raw: dict, where: str, folder: Path) -> ScoringSettings:
    """scoring: {refusal_phrases: [...], overlap_ngram: 8, question_threshold: 0.8,
    knownness: auto | on | off | {enabled, samples, temperature}, judge: {...}}"""
    _no_unknown(raw, {"refusal_phrases", "overlap_ngram", "question_threshold", "knownness",
                      "judge"}, where)
    defaults = ScoringSettings()
    phrases = _typed(raw, "refusal_phrases", list, where, list(defaults.refusal_phrases))
    if not all(isinstance(p, str) and p.strip() for p in phrases):
        raise ConfigError(f"{where}: refusal_phrases: expected a list of non-empty strings")
    ngram = _typed(raw, "overlap_ngram", int, where, defaults.overlap.ngram)
    threshold = _typed(raw, "question_threshold", float, where,
                       defaults.overlap.question_threshold)
    if ngram < 1 or not 0 < threshold <= 1:
        raise ConfigError(f"{where}: expected overlap_ngram >= 1 and 0 < question_threshold <= 1")
    judge = _typed(raw, "judge", dict, where, None)
    return ScoringSettings(tuple(phrases), OverlapSettings(threshold, ngram),
                           knownness=_knownness(raw.get("knownness", "auto"),
                                                f"{where}: knownness"),
                           judge=judge_settings(judge, f"{where}: judge", folder)
                           if judge is not None else None)


def judge_settings(raw: dict, where: str, folder: Path | None = None) -> JudgeSettings:
    """scoring.judge: {backend: openai|hf, model, base_url, api_key_env, concurrency,
    max_tokens, min_sanity, max_unparseable, labels}; also what `bench judge check` builds
    from its options."""
    defaults = JudgeSettings()
    _no_unknown(raw, set(JudgeSettings.__dataclass_fields__), where)
    values = {key: _typed(raw, key, type(getattr(defaults, key)), where, getattr(defaults, key))
              for key in JudgeSettings.__dataclass_fields__}
    judge = JudgeSettings(**values)
    # A labels file or local judge folder beside the suite file, as task paths are.
    for key in ("labels", "model"):
        if folder is not None and (key == "labels" or judge.backend == "hf"):
            judge = replace(judge, **{key: beside_suite(getattr(judge, key), folder)})
    if judge.backend not in JUDGE_BACKENDS:
        raise ConfigError(f"{where}: backend {judge.backend!r}: expected openai (a served "
                          f"model) or hf (a local model folder)"
                          f"{did_you_mean(judge.backend, JUDGE_BACKENDS)}")
    if not judge.model:
        raise ConfigError(f"{where}: model: expected the judge model (its id on the server, "
                          f"or a local folder)")
    if judge.backend == "openai" and not judge.base_url.startswith(("http://", "https://")):
        raise ConfigError(f"{where}: base_url: a served judge needs the server's URL, e.g. "
                          f"http://localhost:8000/v1")
    check_fields([(judge.concurrency >= 1, "concurrency", "a positive integer"),
                  (judge.max_tokens >= 1, "max_tokens", "a positive integer"),
                  (0 <= judge.min_sanity <= 1, "min_sanity", "a number in [0, 1]"),
                  (0 <= judge.max_unparseable <= 1, "max_unparseable", "a number in [0, 1]")],
                 where)
    return judge


def _knownness(raw: Any, where: str) -> KnownnessSettings:
    # YAML reads a bare on/off as true/false.
    if isinstance(raw, bool) or isinstance(raw, str):
        raw = {"enabled": {True: "on", False: "off"}.get(raw, raw)}
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected auto, on, off or a mapping with enabled, samples, "
                          f"temperature")
    _no_unknown(raw, {"enabled", "samples", "temperature"}, where)
    defaults = KnownnessSettings()
    enabled = raw.get("enabled", defaults.enabled)
    enabled = {True: "on", False: "off"}.get(enabled, enabled)
    settings = KnownnessSettings(enabled, _typed(raw, "samples", int, where, defaults.samples),
                                 _typed(raw, "temperature", float, where, defaults.temperature))
    if settings.enabled not in ("auto", "on", "off") or settings.samples < 1 or \
            settings.temperature <= 0:
        raise ConfigError(f"{where}: expected enabled auto/on/off, samples >= 1, "
                          f"temperature > 0")
    return settings


def beside_suite(value: str | None, folder: Path) -> str | None:
    """A relative path a suite names, as the path beside the suite file (in `folder`) when
    something is there, else unchanged (then read from the working folder); so a suite that
    names its own text, adapter or model folder runs from any working folder."""
    if value and not Path(value).expanduser().is_absolute() and (folder / value).exists():
        return str((folder / value).resolve())
    return value


# A generator's file parameters (text, QA file, a QA file's own split, its training text):
# found beside the suite file where they are there, else from the working folder.
_PATH_PARAMS = ("path", "train_path", "test_path", "text")


def _task_spec(entry: Any, where: str, folder: Path) -> TaskSpec:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a mapping with name, generator, params")
    _no_unknown(entry, {"name", "generator", "params", "trained", "seed"}, where)
    generator = _typed(entry, "generator", str, where, None)
    if generator is None:
        raise ConfigError(f"{where}.generator: missing")
    name = _typed(entry, "name", str, where, generator)
    check_name(name, f"{where}.name")
    trained = _typed(entry, "trained", int, where, DEFAULT_TRAINED_QUESTIONS)
    if trained < 0:
        raise ConfigError(f"{where}.trained: expected a non-negative number of train questions")
    params = _typed(entry, "params", dict, where, {})
    for key in _PATH_PARAMS:
        if isinstance(params.get(key), str):
            params = {**params, key: beside_suite(params[key], folder)}
    return TaskSpec(name=name, generator=generator, params=params, trained=trained,
                    seed=_typed(entry, "seed", int, where, None))


def _typed(raw: dict, key: str, kind: type, where: str, default):
    """raw[key] (or `default`) if it is a `kind`; a number is never a bool, and an int is a
    float where a float is expected (YAML reads `1` as an int)."""
    value = raw.get(key, default)
    number = kind in (int, float)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if value is not None and (not isinstance(value, kind) or number and isinstance(value, bool)):
        name = "number" if kind is float else kind.__name__
        raise ConfigError(f"{where}: {key}: expected {name}, got {type(value).__name__}")
    return value


def _no_unknown(raw: dict, known: set[str], where: str) -> None:
    for key in raw:
        if key not in known:
            raise ConfigError(f"{where}: unknown key {key!r}{did_you_mean(str(key), known)}; "
                              f"expected one of {', '.join(sorted(known))}")


def _unique(names: list[str], where: str) -> None:
    seen = set()
    for name in names:
        if name in seen:
            raise ConfigError(f"{where}: name {name!r} is used twice")
        seen.add(name)
