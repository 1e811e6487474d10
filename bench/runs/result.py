"""results.json as one typed, versioned value: `RunResult`.

`bench run` builds it, `RunResult.write` saves it, and every reader (reports, `bench
compare`, the Python API and pytest plugin, benchmarks/validity_report.py) gets it from
`RunResult.read`, which checks the schema version and every field in one line.

    result = RunResult.read("runs/my-run")
    em = result.metric("story", "instruct-qlora", "exact_match")   # a MetricRow, or None
    print(em.value, em.ci_low, em.ci_high, em.n)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Mapping

from bench.core.errors import DataError, did_you_mean
from bench.core.storage import read_json, write_json
from bench.core.typed_json import from_json, to_json
from bench.core.types import RESULTS_SCHEMA_VERSION, ItemScore, MetricRow
from bench.scoring.analysis import Example, OverlapSummary
from bench.scoring.baselines import BaselineRow
from bench.scoring.consistency import Consistency
from bench.scoring.judge.results import JudgeInfo
from bench.scoring.sensitivity import Agreement, Sensitivity

RESULTS_FILE = "results.json"
ALL_TEMPLATES = "all"  # the per-item average over templates (bench.scoring.score_run)
HEADLINE_SUBSET = "answerable"


@dataclass(frozen=True)
class SuiteInfo:
    name: str
    config: Mapping[str, Any]  # the suite as parsed from YAML, with the command line's changes
    path: str = ""


@dataclass(frozen=True)
class ModelInfo:
    name: str
    fingerprint: str = ""


@dataclass(frozen=True)
class Environment:
    python: str = ""
    platform: str = ""
    hardware: str = ""  # CPU model and torch's CPU capability, or the GPU
    libraries: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ComputeInfo:
    """A variant's weights and compute dtype on this machine, and why."""

    quantization: str
    dtype: str
    reason: str
    requested: str = ""
    warning: str = ""


@dataclass(frozen=True)
class FixtureInfo:
    """An adapter a run used: trained (or reused) by the bench, or brought by the user."""

    task: str
    variant: str
    key: str
    reused: bool
    train_seconds: float | None = None
    loss_first: float | None = None
    loss_last: float | None = None
    external: bool = False  # a PEFT folder trained elsewhere
    path: str = ""
    adapter_sha256: str = ""
    adapter_config: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AnswerCounts:
    generated: int = 0
    from_cache: int = 0
    kept: int = 0  # already in the run folder when it was resumed


@dataclass(frozen=True)
class NotApplicable:
    """Measures a task cannot have, and why (said once, in results.json and every report)."""

    task: str
    metrics: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class GatePower:
    """What a later gate against this run can see on one gated row (held-out answerable
    items, templates pooled): the smallest exact-match drop (0-1) its one-sided clustered
    test detects with 80% power when retraining moves nothing else (no churn; churn only
    raises it, and `bench compare` reports the figure at the churn it observes)."""

    task: str
    variant: str
    metric: str
    n: int
    clusters: int
    detectable: float | None  # None where the run scores 0: no drop is possible


@dataclass(frozen=True)
class RunResult:
    """Everything a run measured, with what it ran on. Written as results.json."""

    run_id: str
    suite: SuiteInfo
    model: ModelInfo
    metrics: tuple[MetricRow, ...]
    items: tuple[ItemScore, ...]
    schema_version: int = RESULTS_SCHEMA_VERSION
    bench_version: str = ""
    variant_models: Mapping[str, ModelInfo] = field(default_factory=dict)
    environment: Environment = Environment()
    compute: Mapping[str, ComputeInfo] = field(default_factory=dict)
    timings: Mapping[str, float] = field(default_factory=dict)
    tasks: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # sizes + generator meta
    fixtures: tuple[FixtureInfo, ...] = ()
    answers: AnswerCounts = AnswerCounts()
    overlap: Mapping[str, OverlapSummary] = field(default_factory=dict)
    sensitivity: tuple[Sensitivity, ...] = ()
    agreement: tuple[Agreement, ...] = ()
    examples: tuple[Example, ...] = ()
    consistency: tuple[Consistency, ...] = ()
    baselines: tuple[BaselineRow, ...] = ()  # chance: majority and type-matched guessing
    # Who decided correct / incorrect / not attempted: "rules" (exact match and the refusal
    # detector) or "judge <identity>" (bench.scoring.judge), whose details are in `judge`.
    grader: str = "rules"
    judge: JudgeInfo | None = None  # the configured judge, also when its metrics were refused
    not_applicable: tuple[NotApplicable, ...] = ()
    power: tuple[GatePower, ...] = ()  # the gate's reach on this run's items

    # -- reading and writing -------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return to_json(self)

    def write(self, path: Path) -> None:
        """Atomically write results.json (a folder gets `results.json` inside it)."""
        write_json(_file(Path(path)), self.to_dict())

    @classmethod
    def from_dict(cls, data: Any, where: str = RESULTS_FILE) -> "RunResult":
        """A RunResult from parsed JSON; a schema this bench does not read, or a missing or
        mistyped field, is one DataError naming `where` and the field."""
        if not isinstance(data, dict) or "schema_version" not in data and "items" not in data:
            raise DataError(f"{where}: not a bench results file (expected a run's "
                            f"{RESULTS_FILE}: an object with schema_version, items, metrics)")
        version = data.get("schema_version")
        if version != RESULTS_SCHEMA_VERSION:
            raise DataError(f"{where}: results schema_version {version!r}; this bench reads "
                            f"version {RESULTS_SCHEMA_VERSION} (rerun the suite to upgrade)")
        result = from_json(cls, data, where)
        for n, item in enumerate(result.items):  # a hand-edited file: scores are in [0, 1]
            for name, value in item.scores.items():
                if not 0 <= value <= 1:
                    raise DataError(f"{where}: items[{n}].scores.{name}: {value} is not a "
                                    f"score (expected 0 to 1)")
        return result

    @classmethod
    def read(cls, path: Path | str) -> "RunResult":
        """results.json of a run folder, or the file itself."""
        file = _file(Path(path))
        if not file.exists() and (file.parent / "config.json").exists():
            raise DataError(f"{file.parent}: an unfinished run (no {RESULTS_FILE} yet); finish "
                            f"it with `bench run --resume {file.parent}`")
        return cls.from_dict(read_json(file), str(file))

    # -- looking things up ---------------------------------------------------------------

    @cached_property
    def _index(self) -> dict[tuple[str, str, str, str, str], MetricRow]:
        return {(m.task, m.variant, m.template, m.subset, m.metric): m for m in self.metrics}

    @cached_property
    def templates(self) -> tuple[str, ...]:
        """The prompt templates the run asked under (not the pooled `all`)."""
        return tuple(sorted({m.template for m in self.metrics} - {ALL_TEMPLATES}))

    @property
    def headline_template(self) -> str:
        """`all` (each item's templates pooled) when there are several, else the only one."""
        return ALL_TEMPLATES if len(self.templates) > 1 else \
            (self.templates[0] if self.templates else "plain")

    @cached_property
    def variants(self) -> tuple[str, ...]:
        """Variants with metrics, in the suite's declared order."""
        seen = list(dict.fromkeys(m.variant for m in self.metrics))
        declared = [v if isinstance(v, str) else v.get("name")
                    for v in self.suite.config.get("variants", [])]
        return tuple([v for v in declared if v in seen] + [v for v in seen if v not in declared])

    @cached_property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        """(task, variant) in task order, then the suite's order of variants."""
        order = {v: i for i, v in enumerate(self.variants)}
        found = {(m.task, m.variant) for m in self.metrics}
        return tuple(sorted(found, key=lambda p: (p[0], order.get(p[1], 0))))

    def metric(self, task: str, variant: str, metric: str, subset: str = HEADLINE_SUBSET,
               template: str | None = None) -> MetricRow | None:
        """One aggregate: by default the headline (held-out answerable items, templates
        pooled); None when the run has no such row."""
        return self._index.get((task, variant, template or self.headline_template, subset,
                                metric))

    def require(self, task: str, variant: str, metric: str, subset: str = HEADLINE_SUBSET,
                template: str | None = None) -> MetricRow:
        """`metric(...)`, or a DataError naming what the run does not have (a mistyped task,
        variant, metric, subset or template, with the likely one): for checks in CI, where
        None would surface as an AttributeError."""
        row = self.metric(task, variant, metric, subset, template)
        if row is not None:
            return row
        template = template or self.headline_template
        for what, value, known in (
                ("task", task, {m.task for m in self.metrics}),
                ("variant", variant, {m.variant for m in self.metrics}),
                ("metric", metric, {m.metric for m in self.metrics}),
                ("subset", subset, {m.subset for m in self.metrics}),
                ("template", template, {m.template for m in self.metrics})):
            if value not in known:
                raise DataError(f"run {self.run_id}: no {what} {value!r}"
                                f"{did_you_mean(value, known)}; it has {', '.join(sorted(known))}")
        why = self.not_applicable_reason(task, metric)
        raise DataError(f"run {self.run_id}: no {metric} on {subset} items of {task} / {variant} "
                        f"(template {template}){': ' + why if why else ''}")

    def has(self, subset: str, metric: str) -> bool:
        return any(m.subset == subset and m.metric == metric for m in self.metrics)

    def not_applicable_reason(self, task: str, metric: str) -> str | None:
        """Why `metric` has no value on `task`, or None when it applies."""
        return next((n.reason for n in self.not_applicable
                     if n.task == task and metric in n.metrics), None)

    def baseline(self, task: str, subset: str = HEADLINE_SUBSET) -> BaselineRow | None:
        """The stronger chance baseline (majority or type-matched) on a subset, or None."""
        found = [b for b in self.baselines if b.task == task and b.subset == subset]
        return max(found, key=lambda b: (b.value, b.guesser)) if found else None


def _file(path: Path) -> Path:
    return path / RESULTS_FILE if path.is_dir() or not path.suffix else path
