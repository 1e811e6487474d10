"""SQuAD v1.1 / v2.0 JSON files as QA rows, and SQuAD's answer fields read in any row.

A SQuAD file is `{"version": ..., "data": [{"title", "paragraphs": [{"context", "qas":
[{"id", "question", "answers": [{"text", "answer_start"}], "is_impossible"}]}]}]}`. Each
question becomes one flat row (the JSONL form has the same fields), which the importer turns
into an item: the paragraph is its cluster (`paraphrase_group` "<title>/p<index>"), its
evidence the context, its span the first answer's characters in the task's corpus.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

from bench.core.errors import DataError


def is_squad(text: str) -> bool:
    """Whether `text` is one JSON object with SQuAD's top-level `data` list."""
    head = text.lstrip()[:1]
    if head != "{":
        return False
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return False  # a JSONL file whose first row is an object
    return isinstance(data, dict) and isinstance(data.get("data"), list)


def squad_rows(text: str, where: str) -> Iterator[tuple[str, dict[str, Any] | str]]:
    """(location, row) per question of a SQuAD JSON file, in file order; a malformed
    article, paragraph or question gives (location, why) instead of a row."""
    data = json.loads(text)
    version = str(data.get("version", ""))
    if version and not version.lstrip("v").startswith(("1.", "2.")):
        raise DataError(f"{where}: SQuAD version {version!r}: expected v1.1 or v2.0")
    for a, article in enumerate(data["data"]):
        if not isinstance(article, dict) or not isinstance(article.get("paragraphs"), list):
            yield f"data[{a}]", "expected an article with a 'paragraphs' list"
            continue
        title = str(article.get("title") or "").strip() or f"article{a}"
        for p, paragraph in enumerate(article["paragraphs"]):
            context = paragraph.get("context") if isinstance(paragraph, dict) else None
            if not isinstance(context, str) or not isinstance(paragraph.get("qas"), list):
                yield f"data[{a}].paragraphs[{p}]", "expected 'context' text and a 'qas' list"
                continue
            for q, qa in enumerate(paragraph["qas"]):
                location = f"data[{a}].paragraphs[{p}].qas[{q}]"
                if not isinstance(qa, dict):
                    yield location, "expected a question object"
                    continue
                yield location, {**qa, "context": context, "title": title, "paragraph": p}


def squad_answers(raw: Any) -> tuple[list[str], list[int | None]] | None:
    """SQuAD's answer texts and starts from a list of {"text", "answer_start"} or from the
    Hugging Face form {"text": [...], "answer_start": [...]}; None for any other shape."""
    if isinstance(raw, dict) and isinstance(raw.get("text"), list):
        starts = raw.get("answer_start")
        starts = starts if isinstance(starts, list) and len(starts) == len(raw["text"]) else \
            [None] * len(raw["text"])
        pairs = list(zip(raw["text"], starts))
    elif isinstance(raw, list) and raw and all(isinstance(r, dict) and "text" in r for r in raw):
        pairs = [(r["text"], r.get("answer_start")) for r in raw]
    elif raw == []:
        pairs = []
    else:
        return None
    texts, starts, seen = [], [], set()
    for text, start in pairs:
        text = str(text if text is not None else "").strip()
        if text and text not in seen:  # annotators repeat the same span
            seen.add(text)
            texts.append(text)
            starts.append(start if isinstance(start, int) and not isinstance(start, bool)
                          else None)
    return texts, starts


def is_impossible(row: dict[str, Any]) -> bool:
    """SQuAD 2.0's unanswerable flag (true, "true", 1)."""
    flag = row.get("is_impossible")
    return flag is True or flag == 1 or str(flag).lower() == "true"


def answer_span(context: str, answer: str, start: int | None) -> tuple[int, int] | None:
    """The answer's (start, end) in its context: at `answer_start` when it is there, else
    its first occurrence; None when the context does not contain it."""
    if start is not None and context[start:start + len(answer)] == answer:
        return start, start + len(answer)
    found = context.find(answer)
    return (found, found + len(answer)) if found >= 0 else None
