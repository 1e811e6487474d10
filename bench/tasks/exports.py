"""Exporting a task for other tools: JSONL files, an HF `datasets` folder, an lm-eval task.

The lm-eval export is a folder `lm_eval --include_path DIR --tasks NAME` runs unchanged:
one YAML and the test items as JSONL with the prompt (and the template's system text, the
task's `description`) already filled in under a bench template. It is exactly what
`bench run --backend lm-eval` runs: greedy, stopping at EOS only, the suite's answer
length, the variant's source tag, and an exact match normalised as SQuAD v1.1 does
(punctuation, articles, case and spaces ignored; the max over gold aliases), so lm-eval's
EM equals the bench's on the same answers.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from bench.config.prompts import TEMPLATES, system_text, user_text
from bench.core.errors import ConfigError
from bench.core.storage import jsonl_text, write_atomic
from bench.core.types import QAItem, Task

FORMATS = ("jsonl", "hf", "lm-eval")
SQUAD_REGEXES = ("[!-/:-@\\[-`{-~]", "(?i)\\b(a|an|the)\\b", "\\s+")


def export_task(task: Task, out: Path, fmt: str, template: str = "plain",
                max_new_tokens: int = 24, stop: tuple[str, ...] = (),
                source_tag: bool = False) -> list[Path]:
    """Write `task` under `out` in format `fmt`; returns the files written.

    For lm-eval, `stop` are the `until` strings (lm-eval always adds EOS) and `source_tag`
    tags each question as a source-tag variant is asked it."""
    if fmt == "jsonl":
        return _jsonl(task, out)
    if fmt == "hf":
        return _hf(task, out)
    if fmt == "lm-eval":
        return _lm_eval(task, out, template, max_new_tokens, stop, source_tag)
    raise ConfigError(f"--format {fmt!r}: expected one of {', '.join(FORMATS)}")


def item_record(item: QAItem) -> dict:
    record = asdict(item)
    record["answers"] = list(item.answers)
    record["span"] = list(item.span) if item.span else None
    if item.meta:
        record["meta"] = dict(item.meta)
    else:
        del record["meta"]
    return record


def _write_jsonl(path: Path, records) -> Path:
    write_atomic(path, jsonl_text(records))
    return path


def _jsonl(task: Task, out: Path) -> list[Path]:
    info = {"name": task.name, "entities": list(task.entities), "decoys": list(task.decoys),
            "meta": task.meta}
    write_atomic(out / "task.json", json.dumps(info, indent=2, sort_keys=True) + "\n")
    write_atomic(out / "corpus.txt", task.corpus)
    return [out / "task.json", out / "corpus.txt",
            _write_jsonl(out / "train.jsonl", map(item_record, task.train)),
            _write_jsonl(out / "test.jsonl", map(item_record, task.test))]


def _hf(task: Task, out: Path) -> list[Path]:
    import datasets
    from datasets import Dataset, DatasetDict

    datasets.disable_progress_bars()

    text = ("id", "question", "kind", "split", "evidence", "paraphrase_group", "window",
            "relation")
    # Typed columns: an empty split (a task with no train items) keeps its column types. The
    # span is [start, end] in corpus.txt (or null), meta the item's source pairs as JSON text.
    features = datasets.Features({
        **{c: datasets.Value("string") for c in text},
        "answers": datasets.Sequence(datasets.Value("string")),
        "span": datasets.Sequence(datasets.Value("int64")), "meta": datasets.Value("string")})

    def table(items):
        records = [item_record(i) for i in items]
        columns = {c: [r[c] for r in records] for c in (*text, "answers")}
        columns["span"] = [r["span"] or [] for r in records]
        columns["meta"] = [json.dumps(r.get("meta", {}), sort_keys=True) for r in records]
        return Dataset.from_dict(columns, features=features)

    # One shard per split, named: datasets writes no shard for an empty split otherwise
    DatasetDict({"train": table(task.train), "test": table(task.test)}).save_to_disk(
        str(out), num_shards={"train": 1, "test": 1})
    write_atomic(out / "corpus.txt", task.corpus)  # what the spans point into
    return sorted(p for p in out.rglob("*") if p.is_file())


def lm_eval_task_name(task: Task) -> str:
    return f"bench_{task.name}".replace("-", "_")


def _lm_eval(task: Task, out: Path, template_name: str, max_new_tokens: int,
             stop: tuple[str, ...], source_tag: bool) -> list[Path]:
    template = TEMPLATES.get(template_name, "--template")
    out = out.resolve()
    name = lm_eval_task_name(task)
    records = [{"id": i.id, "prompt": user_text(template, i.question, source_tag),
                "system": system_text(template, i.question, source_tag),
                "answers": list(i.answers), "kind": i.kind} for i in task.test]
    data = _write_jsonl(out / "test.jsonl", records)
    # Absolute data path: datasets resolves relative data_files against the caller's cwd.
    config = "\n".join([
        f"task: {name}",
        "dataset_path: json",
        "dataset_kwargs:",
        "  data_files:",
        f"    test: {json.dumps(str(data))}",
        "test_split: test",
        "output_type: generate_until",
        'doc_to_text: "{{prompt}}"',
        # The template's system text; with --apply_chat_template it is the system message.
        *(['description: "{{system}}"'] if template.system else []),
        # Every gold alias: lm-eval scores a list target as the max over its members.
        "doc_to_target: answers",
        "generation_kwargs:",
        f"  until: {json.dumps(list(stop))}",
        "  do_sample: false",
        f"  max_gen_toks: {max_new_tokens}",
        "metric_list:",
        "  - metric: exact_match",
        "    aggregation: mean",
        "    higher_is_better: true",
        # SQuAD v1.1 normalisation as lm-eval's exact_match can express it: regexes first
        # (punctuation, articles, whitespace), then case.
        "    regexes_to_ignore:",
        *(f"      - {json.dumps(regex)}" for regex in SQUAD_REGEXES),
        "    ignore_case: true",
        "metadata:",
        "  version: 1.0",
        "",
    ])
    write_atomic(out / f"{name}.yaml", config)
    return [out / f"{name}.yaml", data]
