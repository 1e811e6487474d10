"""Tasks as files: the JSON a build writes, read back into a `Task`."""

from __future__ import annotations

from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from bench.core.errors import DataError
from bench.core.storage import read_json, write_json
from bench.core.types import QAItem, Task

_ITEM_FIELDS = {f.name for f in fields(QAItem)}


def task_to_json(task: Task) -> dict[str, Any]:
    data = asdict(task)
    for split in ("train", "test"):
        for item in data[split]:
            if not item["meta"]:
                del item["meta"]  # most items have none: files without it stay as they were
    return data


def task_from_json(data: Any, where: str) -> Task:
    """A Task from its JSON form; anything malformed is a DataError naming the file."""
    try:
        for split in ("train", "test"):
            for n, raw in enumerate(data[split]):
                answers = raw.get("answers") if isinstance(raw, dict) else None
                if not isinstance(answers, list) or not any(
                        isinstance(a, str) and a.strip() for a in answers):
                    raise DataError(f"{where}: {split}[{n}] (id {raw.get('id', '?')!r}): answers: "
                                    f"expected a list with at least one non-empty gold answer")
        return Task(name=data["name"], corpus=data["corpus"],
                    train=tuple(_item(i) for i in data["train"]),
                    test=tuple(_item(i) for i in data["test"]),
                    entities=tuple(data.get("entities", ())), decoys=tuple(data.get("decoys", ())),
                    meta=dict(data.get("meta", {})))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataError(f"{where}: not a bench task file ({type(exc).__name__}: {exc})") from None


def _item(raw: dict) -> QAItem:
    values = {k: v for k, v in raw.items() if k in _ITEM_FIELDS}
    values["answers"] = tuple(values["answers"])
    if values.get("span") is not None:
        values["span"] = tuple(values["span"])
    values["meta"] = tuple((str(k), str(v)) for k, v in values.get("meta", ()))
    return QAItem(**values)


def save_task(task: Task, path: Path) -> None:
    write_json(path, task_to_json(task))


def load_task(path: Path) -> Task:
    return task_from_json(read_json(path), str(path))
