"""`bench tasks list|show|build|export`: look at, build and export the bench's QA tasks."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import typer

tasks_app = typer.Typer(help="List, inspect, build and export closed-book QA tasks.",
                        no_args_is_help=True)
_SUITE = typer.Option("default", "--suite", "-s", help="Suite name in tasks/ or a YAML path.")


def _err():
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


@tasks_app.command("list")
def list_tasks(suite: str = _SUITE):
    """The built-in suites, the generators the bench has, and the tasks the suite declares."""
    from rich.console import Console
    from rich.table import Table

    from bench.config.suite import builtin_suites
    from bench.generators import GENERATORS
    from bench.generators.registry import PARAMS
    from bench.runs.suites import load_suite

    loaded = load_suite(suite)  # a bad suite is the one line, before any table
    out = Console(highlight=False)
    table = Table("suite", "file", box=None, title="built-in suites (bench run NAME)")
    for name, path in builtin_suites().items():
        table.add_row(name, str(path))
    out.print(table)
    table = Table("generator", "what it builds", "params (default)", box=None,
                  title="generators (a task's params: {...})")
    for name in GENERATORS.names():
        doc = (GENERATORS.get(name).__doc__ or "").strip().split("\n\n")[0]
        table.add_row(name, " ".join(doc.split()),
                      ", ".join(f"{k}={v}" for k, v in PARAMS.get(name, {}).items()))
    out.print(table)
    table = Table("task", "generator", "params", box=None, title=f"tasks in suite {loaded.name}")
    for spec in loaded.tasks:
        table.add_row(spec.name, spec.generator, ", ".join(f"{k}={v}" for k, v in spec.params.items()))
    out.print(table)


@tasks_app.command("show")
def show(task: str = typer.Argument(..., help="A task of the suite, or a built task .json file."),
         suite: str = _SUITE,
         items: int = typer.Option(3, "--items", "-n", help="Example items per kind.")):
    """Build (or read) one task and show its sizes, split overlap, kinds and example items."""
    from collections import Counter

    from rich.console import Console

    from bench.runs.suites import load_suite, task_notes
    from bench.tasks.build import describe_split, find_task

    out = Console(highlight=False)
    if task.endswith((".yaml", ".yml")):
        raise typer.BadParameter(f"{task} is a suite file: name one of its tasks and the suite, "
                                 f"`bench tasks show TASK -s {task}`")
    loaded = None if task.endswith(".json") else load_suite(suite)
    built = find_task(task, loaded)
    out.print(describe_split(built))
    for line in task_notes(built):
        out.print(line, markup=False)
    out.print(f"corpus: {len(built.corpus.split())} words; entities: {len(built.entities)}; "
              f"decoys: {', '.join(built.decoys) or '-'}")
    kinds = Counter(item.kind for item in built.test)
    out.print("test kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    for kind in sorted(kinds):
        for item in [i for i in built.test if i.kind == kind][:items]:
            out.print(f"  [{kind}] {item.question} -> {' | '.join(item.answers)}", markup=False)


_QA_SUFFIXES = {".json", ".jsonl", ".ndjson", ".csv", ".tsv"}


@tasks_app.command("build")
def build(
    suite: str = typer.Argument("default", help="Suite whose tasks to build."),
    out: Path = typer.Option(Path("built-tasks"), "--out", "-o", help="Folder for task files."),
    text: Optional[Path] = typer.Option(None, "--text",
                                        help="Build from your own text file or folder instead."),
    qa_file: Optional[Path] = typer.Option(None, "--qa-file",
                                           help="Build from your own QA pairs instead (CSV, "
                                                "TSV, JSONL or SQuAD JSON)."),
    name: str = typer.Option("mine", "--name", help="Task name for --text/--qa-file."),
    max_facts: Optional[int] = typer.Option(None, "--max-facts", metavar="N",
                                            help="With --text: keep at most N of the text's "
                                                 "facts, picked at random (default 40)."),
    seed: Optional[int] = typer.Option(None, "--seed",
                                       help="Seed for --text/--qa-file (default: the default "
                                            "suite's, so the task is the one `bench run "
                                            "--text` or `--qa-file` builds with the default "
                                            "suite; another suite's runs use its own seed)."),
):
    """Build task files (JSON): a suite's tasks, or one task from your text or QA file."""
    from dataclasses import replace

    from bench.runs.suites import (
        SuiteChanges,
        change_suite,
        check_max_facts,
        load_suite,
        task_notes,
    )
    from bench.tasks.build import build_suite_task, describe_split
    from bench.tasks.files import save_task

    err = _err()
    if text and qa_file:
        raise typer.BadParameter("give --text or --qa-file, not both")
    check_max_facts(max_facts, str(text) if text else None)
    if (text or qa_file) and suite != "default":
        raise typer.BadParameter(f"give a suite ({suite!r}) or --text/--qa-file, not both")
    if text and text.suffix.lower() in _QA_SUFFIXES:
        raise typer.BadParameter(f"{text}: --text reads prose; for QA pairs (CSV, TSV, JSONL, "
                                 f"SQuAD JSON) use --qa-file")
    if text or qa_file:
        # The very task `bench run --text/--qa-file` builds: the default suite's, changed.
        loaded = change_suite(load_suite("default"), SuiteChanges(
            text=str(text) if text else None, qa_file=str(qa_file) if qa_file else None,
            name=name, max_facts=max_facts))
        loaded = replace(loaded, seed=loaded.seed if seed is None else seed)
    else:
        loaded = load_suite(suite)
    for spec in loaded.tasks:
        started = time.perf_counter()
        task = build_suite_task(spec, loaded)
        path = out / f"{task.name}.json"
        save_task(task, path)
        err.print(f"{describe_split(task)}; built in {time.perf_counter() - started:.2f} s "
                  f"-> {path}")
        for line in task_notes(task):
            err.print(line, markup=False, highlight=False)


@tasks_app.command("export")
def export(
    task: str = typer.Argument(..., help="A task of the suite, or a built task .json file."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, hf (datasets save_to_disk) "
                                                             "or lm-eval (task folder)."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder to write."),
    suite: str = _SUITE,
    template: str = typer.Option("plain", "--template", help="Prompt template for lm-eval."),
    variant: Optional[str] = typer.Option(None, "--variant", help="Ask as `bench run` asks this "
                                          "variant of the suite (its source tag and answer "
                                          "length)."),
    max_new_tokens: Optional[int] = typer.Option(None, "--max-new-tokens", min=1,
                                                 help="Answer length for lm-eval (default: the "
                                                      "variant's, else the suite's)."),
):
    """Export a task as JSONL, an HF datasets folder, or an lm-eval task folder.

    The lm-eval folder is exactly what `bench run --backend lm-eval` runs (EOS stop, the
    suite's answer length, SQuAD-normalised exact match over every gold alias). Its YAML
    names the data file by absolute path: export again after moving the folder. It holds
    every test item, each record's `kind` saying which: held-out, `trained` (train questions
    asked verbatim) and `unanswerable` (gold "I don't know"); lm-eval's own exact match
    averages them all, so it is not the bench's headline (held-out answerable items), which
    `bench run --backend lm-eval` scores kind by kind."""
    from bench.config.suite import select_variants
    from bench.runs.suites import load_suite
    from bench.tasks.build import find_task
    from bench.tasks.exports import export_task

    loaded = load_suite(suite)
    chosen = select_variants(loaded, [variant], "--variant").variants[0] if variant else None
    length = max_new_tokens or (chosen.max_new_tokens if chosen else 0) or \
        loaded.generation.max_new_tokens
    found = find_task(task, None if task.endswith(".json") else loaded)
    written = export_task(found, out, fmt, template, length,
                          source_tag=bool(chosen and chosen.source_tag))
    _err().print(f"wrote {len(written)} files to {out}")
    if fmt == "lm-eval":
        yaml_file = next(p for p in written if p.suffix == ".yaml")
        _err().print(f"run it with: lm_eval --model hf --model_args pretrained=MODEL "
                     f"--include_path {out} --tasks {yaml_file.stem} --apply_chat_template")
