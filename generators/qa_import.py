"""The user's own QA pairs from CSV, TSV or JSONL: sniffed, checked row by row, never a crash.

Malformed rows (missing or empty question/answer, duplicate ids, broken JSON) are skipped
and reported with their line number; the rest become a held-out train/test split.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.core.errors import ConfigError, DataError
from bench.core.types import QAItem, Task
from bench.generators.gutenberg import read_text
from bench.generators.registry import GENERATORS
from bench.generators.splits import split_items

COLUMNS = {"question": "question", "answer": "answer", "context": "context", "id": "id"}
DEFAULTS = {"path": None, "format": "auto", "columns": {}, "answer_separator": "|",
            "test_fraction": 0.5, "text": None}
MAX_REPORTED = 20


@dataclass(frozen=True)
class ImportResult:
    items: tuple[QAItem, ...]
    problems: tuple[str, ...]  # "line N: why", one per skipped row
    contexts: tuple[str, ...]


def read_qa_file(path: Path, fmt: str = "auto", columns: dict[str, str] | None = None,
                 answer_separator: str = "|") -> ImportResult:
    """Parse a QA file; rows that cannot be used are listed in `problems`, not raised."""
    names = {**COLUMNS, **(columns or {})}
    text = read_text(path)
    fmt = _format(path, text) if fmt == "auto" else fmt
    if fmt not in ("csv", "tsv", "jsonl"):
        raise ConfigError(f"{path}: format {fmt!r}: expected auto, csv, tsv or jsonl")
    rows = _jsonl_rows(text) if fmt == "jsonl" else _delimited_rows(text, fmt, path, names)
    items, problems, contexts, seen = [], [], [], set()
    for line, row in rows:
        if isinstance(row, str):
            problems.append(f"line {line}: {row}")
            continue
        question = str(row.get(names["question"]) or "").strip()
        raw_answer = row.get(names["answer"])
        answers = _answers(raw_answer, answer_separator)
        item_id = str(row.get(names["id"]) or f"row{line:05d}").strip()
        reason = ("missing question" if not question else
                  "missing answer" if not answers else
                  f"duplicate id {item_id!r}" if item_id in seen else None)
        if reason:
            problems.append(f"line {line}: {reason}")
            continue
        seen.add(item_id)
        context = str(row.get(names["context"]) or "").strip()
        if context and context not in contexts:
            contexts.append(context)
        items.append(QAItem(id=item_id, question=question, answers=answers, kind="imported",
                            split="", evidence=context))
    return ImportResult(tuple(items), tuple(problems), tuple(contexts))


def _format(path: Path, text: str) -> str:
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        return "jsonl"
    if path.suffix.lower() == ".tsv":
        return "tsv"
    return "csv"


def _answers(raw: Any, separator: str) -> tuple[str, ...]:
    values = raw if isinstance(raw, list) else str(raw or "").split(separator) if separator else [raw]
    return tuple(str(v).strip() for v in values if v is not None and str(v).strip())


def _jsonl_rows(text: str):
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield line, f"not valid JSON ({exc.msg})"
            continue
        yield line, row if isinstance(row, dict) else "expected a JSON object"


def _delimiter(text: str, fmt: str) -> str:
    """The sniffed delimiter; bad rows can fool the sniffer, so the header line decides ties."""
    header = text.split("\n", 1)[0]
    try:
        sniffed = csv.Sniffer().sniff(text[:8192], delimiters=",\t;|").delimiter
        if sniffed in header:
            return sniffed
    except csv.Error:
        pass
    counts = {d: header.count(d) for d in ",\t;|"}
    best = max(counts, key=counts.get)
    return best if counts[best] else ("\t" if fmt == "tsv" else ",")


def _delimited_rows(text: str, fmt: str, path: Path, names: dict[str, str]):
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text, fmt))
    header = next(reader, None)
    if not header:
        raise DataError(f"{path}: empty file; expected a header row with "
                        f"{names['question']!r} and {names['answer']!r}")
    header = [h.strip() for h in header]
    for role in ("question", "answer"):
        if names[role] not in header:
            raise DataError(f"{path}: no {names[role]!r} column (found {', '.join(header)}); "
                            f"set params.columns.{role} to the column's name")
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield line, f"expected {len(header)} fields, found {len(row)}"
            continue
        yield line, dict(zip(header, row))


@GENERATORS.register("qa-file")
def qa_file_task(name: str, params: dict[str, Any], seed: int) -> Task:
    """Your own QA pairs from a CSV, TSV or JSONL file, split into train and test.

    `text` (optional) is the corpus to train on; without it the rows' contexts are.
    """
    unknown = set(params) - set(DEFAULTS)
    if unknown:
        raise ConfigError(f"qa-file generator: unknown parameter(s) {sorted(unknown)}; "
                          f"expected some of {sorted(DEFAULTS)}")
    p = {**DEFAULTS, **params}
    if not p["path"]:
        raise ConfigError("qa-file generator: params.path: expected a CSV, TSV or JSONL file")
    if not isinstance(p["columns"], dict) or set(p["columns"]) - set(COLUMNS):
        raise ConfigError(f"qa-file generator: columns: expected a mapping with keys from "
                          f"{sorted(COLUMNS)}")
    path = Path(p["path"]).expanduser()
    if not path.is_file():
        raise DataError(f"{path}: QA file not found")
    result = read_qa_file(path, p["format"], p["columns"], p["answer_separator"])
    if not result.items:
        raise DataError(f"{path}: no usable rows ({len(result.problems)} skipped"
                        f"{'; first: ' + result.problems[0] if result.problems else ''})")
    train, test = split_items(list(result.items), float(p["test_fraction"]), seed)
    corpus = read_text(Path(p["text"]).expanduser()) if p["text"] else "\n\n".join(result.contexts)
    return Task(name=name, corpus=corpus, train=tuple(train), test=tuple(test),
                meta={"generator": "qa-file", "source": str(path), "rows": len(result.items),
                      "skipped_rows": len(result.problems),
                      "problems": list(result.problems[:MAX_REPORTED]), "seed": seed})
