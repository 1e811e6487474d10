"""Suites as runs use them: read and checked (bench.config.suite), with every name the
suite gives (generators, metrics, answering backend) checked against its registry."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.answering.backends import BACKENDS
from bench.config import suite as config
from bench.config.suite import Suite
from bench.config.variants import check_name
from bench.core.errors import ConfigError, did_you_mean
from bench.core.types import Task
from bench.generators import GENERATORS
from bench.generators.registry import PARAMS
from bench.scoring.metrics import METRICS


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


@dataclass(frozen=True)
class SuiteChanges:
    """What the command line changes in a suite. Applied to its YAML form, so the run's
    saved config (and what makes two runs the same run) holds them."""

    text: str | None = None  # one task built from this text file or folder
    qa_file: str | None = None  # or one task of these QA pairs (CSV, TSV, JSONL, SQuAD)
    name: str = "mine"  # that task's name
    max_facts: int | None = None  # with text: how many of its facts the task asks (default 40)
    variants: tuple[str, ...] = ()  # keep only these of the suite's variants
    adapters: tuple[tuple[str, str], ...] = ()  # (name, PEFT folder) variants added
    backend: str | None = None
    base_url: str | None = None
    # how errors name the changes: the command line's flags, or bench.evaluate's arguments
    variants_arg: str = "--variant"
    adapters_arg: str = "--adapter"


def change_suite(suite: Suite, changes: SuiteChanges, model_override: str | None = None) -> Suite:
    """The suite with the command line's changes, checked like a suite file."""
    raw = copy.deepcopy(suite.raw)
    if changes.text and changes.qa_file:
        raise ConfigError("give --text or --qa-file, not both")
    own = changes.text or changes.qa_file
    check_max_facts(changes.max_facts, changes.text)
    if own:
        check_name(changes.name, "--name")
        generator = "text" if changes.text else "qa-file"
        params: dict[str, Any] = {"path": str(Path(own).expanduser().resolve())}
        # (the default said aloud is the default: `--max-facts 40` is the run without it)
        if changes.max_facts is not None and changes.max_facts != PARAMS["text"]["max_facts"]:
            params["max_facts"] = changes.max_facts
        raw["tasks"] = [{"name": changes.name, "generator": generator, "params": params}]
        raw["name"] = f"{raw.get('name', suite.name)}-{'text' if changes.text else 'qa'}"
    if changes.variants:
        declared = {_variant_name(v): v for v in raw.get("variants", ["base"])}
        for name in changes.variants:
            if name not in declared:
                raise ConfigError(f"{changes.variants_arg} {name!r}: not in suite {suite.name}"
                                  f"{did_you_mean(name, declared)}; declared: "
                                  f"{', '.join(declared)}")
        raw["variants"] = [declared[name] for name in changes.variants]
    for name, path in changes.adapters:
        taken = [_variant_name(v) for v in raw.get("variants", ["base"])]
        if name in taken:
            raise ConfigError(f"{changes.adapters_arg} {name}={path}: {name!r} is already a "
                              f"variant's name "
                              f"({', '.join(taken)}); give the adapter another name")
        raw.setdefault("variants", ["base"]).append(
            {"name": name, "adapter": str(Path(path).expanduser().resolve())})
    if changes.backend or changes.base_url:
        generation = dict(raw.get("generation") or {})
        if changes.backend:
            BACKENDS.get(changes.backend, "--backend")
            generation["backend"] = changes.backend
        if changes.base_url:
            generation["base_url"] = changes.base_url
        if generation.get("backend") == "openai" and not generation.get("base_url"):
            raise ConfigError("--backend openai: give the server's URL with --base-url (e.g. "
                              "http://localhost:8000/v1)")
        raw["generation"] = generation
    return parse_suite(raw, suite.path, model_override)


def check_max_facts(max_facts: int | None, text: str | None) -> None:
    """`--max-facts N` caps the facts of a task built from your own text: refused elsewhere."""
    if max_facts is None:
        return
    if not text:
        raise ConfigError(f"--max-facts {max_facts}: caps the facts of the task built from "
                          f"your own text; give it with --text FILE")
    if max_facts < 1:
        raise ConfigError(f"--max-facts {max_facts}: expected a positive number of facts")


def parse_adapter_option(text: str) -> tuple[str, str]:
    """`--adapter NAME=PATH` -> (name, path)."""
    name, sep, path = text.partition("=")
    if not sep or not name or not path:
        raise ConfigError(f"--adapter {text!r}: expected NAME=PATH_TO_PEFT_FOLDER")
    check_name(name, "--adapter")
    return name, path


def _variant_name(entry: Any) -> str:
    if isinstance(entry, dict):
        return str(entry.get("name") or entry.get("extends") or "")
    return str(entry)


def task_notes(task: Task) -> list[str]:
    """Everything a user should read about a built task beside its split line: the QA
    file's skipped and repeated rows, and a warning when guessing scores high on it."""
    from bench.scoring.baselines import chance_warning
    from bench.tasks.build import row_messages

    warnings = [chance_warning(task)]
    if not task.train:
        warnings.append(f"warning: {task.name}: no train items, so a variant that trains has "
                        f"nothing to learn from; only base and --adapter variants can be asked")
    return row_messages(task) + [f"  {warning}" for warning in warnings if warning]

