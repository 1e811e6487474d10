"""A run's directory: config, task files, predictions (append-only JSONL) and results."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Iterable

from bench.answering.sharding import Shard
from bench.core.errors import DataError
from bench.core.storage import (
    append_jsonl,
    drop_torn_tail,
    jsonl_text,
    read_jsonl,
    write_atomic,
    write_json,
)
from bench.core.types import Prediction, Task
from bench.tasks.files import save_task

PREDICTIONS = "predictions.jsonl"
SHARD_PREDICTIONS = "predictions.rank*.jsonl"  # one per process under `accelerate launch`
RESULTS = "results.json"


class RunStore:
    """Everything a run writes lives here; predictions are flushed batch by batch.

    With several processes each appends to a file of its own; `gather` merges them."""

    def __init__(self, path: Path, shard: Shard = Shard()):
        self.path = Path(path)
        self.shard = shard
        self._own = self.path / (PREDICTIONS if shard.world == 1 else
                                 SHARD_PREDICTIONS.replace("*", str(shard.rank)))
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DataError(f"{self.path}: cannot create run directory ({exc.strerror})") from None
        drop_torn_tail(self._own)

    def save_config(self, config: dict) -> None:
        write_json(self.path / "config.json", config)

    def save_task(self, task: Task) -> None:
        save_task(task, self.path / "tasks" / f"{task.name}.json")

    def _files(self) -> list[Path]:
        return prediction_files(self.path)

    def predictions(self) -> list[Prediction]:
        """Predictions written so far by any process, each once; a torn last line (killed
        mid-write) is dropped."""
        kept: dict[tuple[str, str, str, str], Prediction] = {}
        for file in self._files():
            for record in read_jsonl(file):
                try:
                    prediction = Prediction(**record)
                except TypeError:
                    continue
                kept.setdefault(prediction.key, prediction)
        return list(kept.values())

    def append_predictions(self, predictions: Iterable[Prediction]) -> None:
        append_jsonl(self._own, map(asdict, predictions))

    def gather(self, predictions: list[Prediction]) -> None:
        """Write `predictions` (every process's, in order) as the one predictions.jsonl and
        remove the per-process files; atomic, so a crash here loses nothing."""
        write_atomic(self.path / PREDICTIONS, jsonl_text(map(asdict, predictions)))
        for file in self.path.glob(SHARD_PREDICTIONS):
            file.unlink()

    def save_results(self, results: dict) -> None:
        write_json(self.path / RESULTS, results)


def prediction_files(run_dir: Path) -> list[Path]:
    """A run folder's predictions files: the gathered one and each process's own."""
    return [Path(run_dir) / PREDICTIONS, *sorted(Path(run_dir).glob(SHARD_PREDICTIONS))]
