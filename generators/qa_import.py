"""The user's own QA pairs from CSV, TSV, JSONL or SQuAD JSON: sniffed, checked row by row,
never a crash.

Malformed rows (missing or empty question/answer, duplicate ids, broken JSON, an unknown
split) are skipped and reported with their line number (or SQuAD location). The rest
become a train/test split: the user's own (a `split` column, or `train_path` +
`test_path`), else a random one that keeps each SQuAD paragraph on one side. SQuAD 2.0's
`is_impossible` questions are `unanswerable` items.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench.core.errors import ConfigError, DataError
from bench.core.text import normalize_answer
from bench.core.types import UNANSWERABLE, QAItem
from bench.generators.gutenberg import read_text
from bench.generators.qa_items import REFUSAL_ANSWER
from bench.generators.squad import answer_span, is_impossible, is_squad, squad_answers, squad_rows

COLUMNS = {"question": "question", "answer": "answer", "context": "context", "id": "id",
           "split": "split"}
SPLITS = ("train", "test")
# What other tools call the columns (Hugging Face datasets, instruction-tuning files): read
# as ours only where the file has no column of our name and the suite names none.
COLUMN_SYNONYMS = {"question": ("prompt", "query", "input", "instruction"),
                   "answer": ("response", "target", "output", "completion"),
                   "split": ("fold", "partition")}
# The names other tools give the two parts (Hugging Face's "validation", SQuAD's "dev"): a
# part that is not for training is held out, so it is asked closed-book and never trained on.
SPLIT_NAMES = {**{name: "train" for name in ("train", "training")},
               **{name: "test" for name in ("test", "testing", "validation", "valid", "val",
                                            "dev", "eval", "evaluation", "holdout", "heldout",
                                            "held-out", "held_out")}}


@dataclass(frozen=True)
class ImportResult:
    """A QA file's usable items and why the other rows were skipped. Items keep their user
    split ("" where the file gives none) and, where a SQuAD answer was located, their span
    in their own evidence (the context); a task places that span in its corpus."""

    items: tuple[QAItem, ...]
    problems: tuple[str, ...]  # "line N: why", one per skipped row
    contexts: tuple[str, ...]
    notes: tuple[str, ...] = ()  # kept rows a user should look at: "line 3, line 9: ..."
    read_as: tuple[str, ...] = ()  # "column 'prompt' read as question"
    split_names: tuple[str, ...] = ()  # "split 'validation' (12 rows) read as test"


def read_qa_file(path: Path, fmt: str = "auto", columns: dict[str, str] | None = None,
                 answer_separator: str = "|") -> ImportResult:
    """Parse a QA file; rows that cannot be used are listed in `problems`, not raised."""
    names = {**COLUMNS, **(columns or {})}
    text = read_text(path)
    fmt = _format(path, text) if fmt == "auto" else fmt
    if fmt not in ("csv", "tsv", "jsonl", "squad"):
        raise ConfigError(f"{path}: format {fmt!r}: expected auto, csv, tsv, jsonl or squad")
    if fmt == "squad" and not is_squad(text):
        raise DataError(f"{path}: not SQuAD JSON (expected an object with a 'data' list of "
                        f"articles)")
    if fmt == "squad":
        rows, fields = list(squad_rows(text, str(path))), []
    elif fmt == "jsonl":
        rows = list(_json_array_rows(text, path) if text.lstrip().startswith("[")
                    else _jsonl_rows(text))
        fields = list(next((row for _, row in rows if isinstance(row, dict)), {}))
    else:
        fields = _header(text, fmt)
    names, read_as = _with_synonyms(names, fields, columns or {})
    if fmt in ("csv", "tsv"):
        rows = _delimited_rows(text, fmt, path, names)
    items, problems, contexts, seen, where_of = [], [], [], set(), {}
    paragraphs: dict[tuple[str, str], int] = {}  # (title, context) -> paragraph index
    renamed: dict[str, int] = {}  # another tool's split name -> rows kept with it
    for line, row in rows:
        where = f"line {line}" if isinstance(line, int) else line
        if isinstance(row, str):
            problems.append(f"{where}: {row}")
            continue
        row = _named(row, names)
        item = _row_item(row, names, answer_separator, line, paragraphs)
        if isinstance(item, str) or item.id in seen:
            problems.append(f"{where}: {item if isinstance(item, str) else f'duplicate id {item.id!r}'}")
            continue
        given = _given_split(row, names)
        if given and given not in SPLITS:
            renamed[given] = renamed.get(given, 0) + 1
        seen.add(item.id)
        where_of[item.id] = where
        if item.evidence and item.evidence not in contexts:
            contexts.append(item.evidence)
        items.append(item)
    items, notes = _repeated_questions(items, where_of)
    if items and not any(item.split for item in items) and \
            names["split"].lower() in {str(field).lower() for field in fields}:
        read_as.append(f"column {names['split']!r} is empty on every row: split at random")
    split_names = tuple(f"{names['split']} {given!r} ({n} row{'s' * (n != 1)}) read as "
                        f"{SPLIT_NAMES[given]}" for given, n in sorted(renamed.items()))
    return ImportResult(tuple(items), tuple(problems), tuple(contexts), tuple(notes),
                        tuple(read_as), split_names)


def _repeated_questions(items: list[QAItem], where_of: dict[str, str],
                        ) -> tuple[list[QAItem], list[str]]:
    """The items with each repeated question's rows in one cluster, and a note per repeat.

    Rows asking the same question (SQuAD-normalised) are one cluster (`paraphrase_group`,
    unless a SQuAD paragraph already groups them), so a random split keeps them on one
    side and intervals count them once. Different answers are worth a user's look: each
    row is scored against its own answer only.
    """
    rows: dict[str, list[QAItem]] = {}
    for item in items:
        rows.setdefault(normalize_answer(item.question), []).append(item)
    groups, notes = {}, []
    for repeats in (r for r in rows.values() if len(r) > 1):
        places = ", ".join(where_of[i.id] for i in repeats)
        answers = list(dict.fromkeys(" | ".join(i.answers) for i in repeats))
        if len(answers) > 1:
            notes.append(f"{places}: question {repeats[0].question!r} is asked "
                         f"{len(repeats)} times with different answers "
                         f"({'; '.join(map(repr, answers))}); each row is scored against its "
                         f"own answer only: if more than one is right, give one row all of "
                         f"them, separated by '|'")
        else:
            notes.append(f"{places}: question {repeats[0].question!r} is asked "
                         f"{len(repeats)} times with the same answer; the rows count as one "
                         f"cluster in intervals, and a random split keeps them on one side")
        if not any(i.paraphrase_group for i in repeats):
            groups.update({i.id: f"question/{repeats[0].id}" for i in repeats})
    items = [replace(i, paraphrase_group=groups[i.id]) if i.id in groups else i for i in items]
    return items, notes


def _row_item(row: dict[str, Any], names: dict[str, str], separator: str, line: Any,
              paragraphs: dict[tuple[str, str], int]) -> QAItem | str:
    """One row (its fields named as `names` says) as an item, or why it cannot be one."""
    question = _one_line(row.get(names["question"]))
    raw = row.get(names["answer"], row.get("answers"))
    squad = squad_answers(raw)
    texts, starts = squad if squad else (list(_answers(raw, separator)), [])
    # SQuAD 2.0 flags a question unanswerable; its Hugging Face form leaves the texts empty.
    unanswerable = is_impossible(row) or (isinstance(raw, dict) and squad == ([], []))
    item_id = str(row.get(names["id"]) or (f"row{line:05d}" if isinstance(line, int) else line)
                  ).strip()
    given = _given_split(row, names)
    split = SPLIT_NAMES.get(given, given)
    if not question:
        return "missing question" if names["question"] in row else \
            f"missing question (no {names['question']!r} field; found {_listed(row)})"
    if not texts and not unanswerable:
        return "missing answer"
    if split and split not in SPLITS:
        return (f"{names['split']} {given!r}: expected train or test (or another tool's name "
                f"for one: training; validation, val, dev, eval, holdout)")
    context = str(row.get(names["context"]) or "").strip()
    title = str(row.get("title") or "").strip()
    group = window = ""
    meta: tuple[tuple[str, str], ...] = ()
    if title and context:  # a SQuAD paragraph: the cluster of its questions
        index = row.get("paragraph")
        index = index if isinstance(index, int) else paragraphs.setdefault(
            (title, context), sum(t == title for t, _ in paragraphs))
        group, window = f"{title}/p{index}", f"{title}-p{index:05d}"
        meta = (("article", title), ("paragraph", str(index)))
    span = None
    if texts and context and squad and not unanswerable:  # an impossible one's gold is a refusal
        span = answer_span(context, texts[0], starts[0] if starts else None)
        if span is None:  # SQuAD's answers are spans of their context: this one is broken
            return f"answer {texts[0]!r} is not in its context"
    answers = (REFUSAL_ANSWER,) if unanswerable else tuple(_one_line(t) for t in texts)
    return QAItem(id=item_id, question=question, answers=answers,
                  kind=UNANSWERABLE if unanswerable else "imported", split=split,
                  evidence=context, paraphrase_group=group, span=span, window=window, meta=meta)


def _given_split(row: dict[str, Any], names: dict[str, str]) -> str:
    """The row's split as the file writes it, lower-cased ("" where it gives none)."""
    return str(row.get(names["split"]) or "").strip().lower()


def _named(row: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """The row with a field named like a wanted one but for case ("Question") renamed."""
    lower = {str(key).lower(): key for key in row}
    renamed = {lower[name.lower()]: name for name in names.values()
               if name not in row and name.lower() in lower}
    return {renamed.get(key, key): value for key, value in row.items()} if renamed else row


def _one_line(value: Any) -> str:
    """A question's or answer's text with a quoted cell's line breaks made spaces."""
    return re.sub(r"\s*[\r\n]+\s*", " ", str(value or "")).strip()


def _listed(fields) -> str:
    """Field names for a message, each cut short (a headerless file's first row is prose)."""
    return ", ".join(f"{name[:30]}..." if len(name) > 30 else name
                     for name in map(str, fields)) or "none"


def _format(path: Path, text: str) -> str:
    if path.suffix.lower() == ".json" and is_squad(text):
        return "squad"
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


def _json_array_rows(text: str, path: Path):
    """A JSON file holding one list of QA objects: its objects as rows, each located (and,
    without an id, named) by its index ("[3]")."""
    try:
        rows = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}); expected "
                        f"JSONL (one QA object per line), a JSON list of QA objects or SQuAD "
                        f"JSON") from None
    for index, row in enumerate(rows):
        yield f"[{index}]", row if isinstance(row, dict) else "expected a JSON object"


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


def _with_synonyms(names: dict[str, str], fields: list[str], chosen: dict[str, str],
                   ) -> tuple[dict[str, str], list[str]]:
    """`names` with each column the file lacks (and the suite did not name) taken from its
    first synonym the file has, and a line per column so read."""
    lower = {str(field).lower(): str(field) for field in fields}
    names, read_as = dict(names), []
    for role, synonyms in COLUMN_SYNONYMS.items():
        if role in chosen or names[role].lower() in lower or \
                role == "answer" and "answers" in lower:  # SQuAD's Hugging Face form
            continue
        found = next((lower[synonym] for synonym in synonyms if synonym in lower), None)
        if found:
            names[role] = found
            read_as.append(f"column {found!r} read as {role}")
    return names, read_as


def _header(text: str, fmt: str) -> list[str]:
    row = next(csv.reader(io.StringIO(text), delimiter=_delimiter(text, fmt)), None) or []
    return [cell.strip() for cell in row]


def _delimited_rows(text: str, fmt: str, path: Path, names: dict[str, str]):
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text, fmt))
    header = next(reader, None)
    if not header:
        raise DataError(f"{path}: empty file; expected a header row with "
                        f"{names['question']!r} and {names['answer']!r}")
    header = [h.strip() for h in header]
    lower = {h.lower() for h in header}
    for role in ("question", "answer"):
        if names[role].lower() not in lower:
            raise DataError(f"{path}: no {names[role]!r} column in the first row (found "
                            f"{_listed(header)}); name the columns in the first row, or set "
                            f"params.columns.{role} in a suite file to the column's name "
                            f"(read as {role} without it: "
                            f"{', '.join(COLUMN_SYNONYMS[role])})")
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield line, f"expected {len(header)} fields, found {len(row)}"
            continue
        yield line, dict(zip(header, row))
