"""A run's directory: config, task files, predictions (append-only JSONL) and results."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Iterable

from bench.errors import DataError
from bench.storage import write_json
from bench.task_io import save_task
from bench.types import Prediction, Task

PREDICTIONS = "predictions.jsonl"
RESULTS = "results.json"


class RunStore:
    """Everything a run writes lives here; predictions are flushed batch by batch."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DataError(f"{self.path}: cannot create run directory ({exc.strerror})") from None
        self._drop_torn_tail()

    def _drop_torn_tail(self) -> None:
        """A process killed mid-write leaves a last line without its newline; cut it off so
        the next append starts on a line of its own (that prediction is simply redone)."""
        file = self.path / PREDICTIONS
        if not file.exists() or file.stat().st_size == 0:
            return
        with open(file, "rb+") as handle:
            data = handle.read()
            if not data.endswith(b"\n"):
                handle.truncate(data.rfind(b"\n") + 1)

    def save_config(self, config: dict) -> None:
        write_json(self.path / "config.json", config)

    def save_task(self, task: Task) -> None:
        save_task(task, self.path / "tasks" / f"{task.name}.json")

    def predictions(self) -> list[Prediction]:
        """Predictions written so far; a torn last line (killed mid-write) is dropped."""
        file = self.path / PREDICTIONS
        if not file.exists():
            return []
        kept = []
        for line in file.read_text(encoding="utf-8").splitlines():
            try:
                kept.append(Prediction(**json.loads(line)))
            except (json.JSONDecodeError, TypeError):
                continue
        return kept

    def append_predictions(self, predictions: Iterable[Prediction]) -> None:
        lines = "".join(json.dumps(asdict(p), ensure_ascii=False) + "\n" for p in predictions)
        try:
            with open(self.path / PREDICTIONS, "a", encoding="utf-8") as handle:
                handle.write(lines)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise DataError(f"{self.path / PREDICTIONS}: cannot append ({exc.strerror})") from None

    def save_results(self, results: dict) -> None:
        write_json(self.path / RESULTS, results)
