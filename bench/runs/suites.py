"""Suites as runs use them: read and checked (bench.config.suite), with every name the
suite gives (generators, metrics, answering backend) checked against its registry."""

from __future__ import annotations

from typing import Any

from bench.answering.backends import BACKENDS
from bench.config import suite as config
from bench.config.suite import Suite
from bench.scoring.metrics import METRICS
from generators import GENERATORS


def check_names(suite: Suite) -> Suite:
    """The suite itself, once every registered name in it is known; else a ConfigError
    naming the file and field, with a 'did you mean'."""
    for i, spec in enumerate(suite.tasks):
        GENERATORS.get(spec.generator, f"{suite.path}: tasks[{i}].generator")
    for i, metric in enumerate(suite.metrics):
        METRICS.get(metric, f"{suite.path}: metrics[{i}]")
    BACKENDS.get(suite.generation.backend, f"{suite.path}: generation: backend")
    return suite


def load_suite(name_or_path: str, model_override: str | None = None) -> Suite:
    """A suite by name (tasks/) or path, fully checked."""
    return check_names(config.read_suite(name_or_path, model_override))


def parse_suite(raw: dict[str, Any], where: str, model_override: str | None = None) -> Suite:
    """A suite from its parsed YAML (e.g. a run's saved config), fully checked."""
    return check_names(config.suite_from_dict(raw, where, model_override))


def with_backend(suite: Suite, backend: str, where: str = "--backend") -> Suite:
    """The suite answered through `backend` (a registered one)."""
    BACKENDS.get(backend, where)
    return config.with_backend(suite, backend)
