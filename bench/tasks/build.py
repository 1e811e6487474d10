"""Building a suite's tasks: run the generator, enforce the held-out split, count overlap."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bench.config.suite import Suite, TaskSpec
from bench.core.errors import ConfigError, did_you_mean
from bench.core.types import Task
from bench.tasks.files import load_task


def build_task(spec: TaskSpec, seed: int) -> Task:
    """One task, with test items that repeat a train (question, answer) pair removed, then
    `spec.trained` train questions added back on purpose as the `trained` kind, and the
    split's sizes and overlap counts recorded in `meta["split"]`. Nothing time- or
    machine-dependent goes into the task: the same spec and seed give the same file."""
    from bench.generators import GENERATORS
    from bench.generators.splits import add_trained_questions, drop_trained_pairs, split_stats

    task = GENERATORS.get(spec.generator, "generator")(spec.name, spec.params, seed)
    task, dropped = drop_trained_pairs(task)
    stats = {**split_stats(task), "dropped_trained_pairs": dropped}
    task = add_trained_questions(task, spec.trained, seed)
    stats["trained_questions"] = sum(i.kind == "trained" for i in task.test)
    return replace(task, meta={**task.meta, "split": stats})


def build_tasks(suite: Suite) -> dict[str, Task]:
    """Every task of the suite, built with its own seed or the suite's; a task's settings
    that its generator refuses are named with the suite file and the task."""
    return {spec.name: build_suite_task(spec, suite) for spec in suite.tasks}


def build_suite_task(spec: TaskSpec, suite: Suite) -> Task:
    """One task of a suite, with its seed; a setting its generator refuses is named with the
    suite file and the task."""
    try:
        return build_task(spec, spec.seed_in(suite.seed))
    except ConfigError as exc:
        raise ConfigError(f"{suite.path}: task {spec.name}: {exc}") from None


def find_task(ref: str, suite: Suite | None) -> Task:
    """A built task file (path to .json) or a task of the suite, built now."""
    if ref.endswith(".json") or Path(ref).is_file():
        return load_task(Path(ref))
    names = [spec.name for spec in suite.tasks] if suite else []
    for spec in suite.tasks if suite else ():
        if spec.name == ref:
            return build_suite_task(spec, suite)
    raise ConfigError(f"task {ref!r}: not a task file and not in suite "
                      f"{suite.name if suite else '?'}{did_you_mean(ref, names)}; "
                      f"tasks: {', '.join(names)}")


def row_messages(task: Task) -> list[str]:
    """Lines that say which rows of the user's QA file were skipped and why, and which kept
    rows need a look (a question asked twice): the first ones the task's meta keeps, then
    how many in all."""
    from bench.core.text import counted

    problems, notes = task.meta.get("problems", []), task.meta.get("notes", [])
    lines = [f"  skipped {problem}" for problem in problems]
    if task.meta.get("skipped_rows", 0) > len(problems):
        lines.append(f"  ... {counted(task.meta['skipped_rows'], 'row')} skipped in all")
    lines += [f"  note: {note}" for note in task.meta.get("read_as", [])]
    lines += [f"  note: {note}" for note in notes]
    if task.meta.get("repeated_questions", 0) > len(notes):
        lines.append(f"  ... {counted(task.meta['repeated_questions'], 'question')} "
                     f"asked more than once in all")
    return lines


def describe_split(task: Task) -> str:
    """One line: sizes and the overlap a reader should know about."""
    from bench.core.text import counted

    s = task.meta.get("split", {})
    dropped = s.get("dropped_trained_pairs", 0)
    return (f"{task.name}: {s.get('train', len(task.train))} train / "
            f"{s.get('test', len(task.test))} held-out test items (+{s.get('trained_questions', 0)} "
            f"train questions asked verbatim); held-out items whose question is a "
            f"train question: {s.get('test_question_in_train', '?')}, whose answer is a train "
            f"answer: {s.get('test_answer_in_train', '?')} (exact matches after "
            f"normalisation; the report's overlap buckets count near-duplicates too)"
            + (f"; {counted(dropped, 'test item')} dropped that repeat a train pair"
               if dropped else ""))
