"""Run folders with several writing processes: own files, one merged result, torn lines."""

from __future__ import annotations

from bench.answering.sharding import Shard, current_shard
from bench.core.types import Prediction
from bench.runs.store import PREDICTIONS, RunStore


def _prediction(item_id: str, output: str = "x") -> Prediction:
    return Prediction(task="t", variant="v", template="plain", item_id=item_id, prompt="p",
                      output=output)


def test_shards_split_jobs_without_overlap_or_gaps():
    jobs = list(range(11))
    shares = [Shard(rank, 3).mine(jobs) for rank in range(3)]
    assert sorted(sum(shares, [])) == jobs and shares[0] == [0, 3, 6, 9]
    assert Shard().mine(jobs) == jobs and Shard().main and not Shard(1, 2).main


def test_single_process_without_accelerate(monkeypatch):
    monkeypatch.delenv("WORLD_SIZE", raising=False)
    assert current_shard() == Shard(0, 1)


def test_each_process_appends_to_its_own_file_and_gather_merges(tmp_path):
    first, second = RunStore(tmp_path, Shard(0, 2)), RunStore(tmp_path, Shard(1, 2))
    first.append_predictions([_prediction("a"), _prediction("c")])
    second.append_predictions([_prediction("b")])
    assert not (tmp_path / PREDICTIONS).exists()
    assert sorted(p.name for p in tmp_path.glob("predictions.rank*.jsonl")) == [
        "predictions.rank0.jsonl", "predictions.rank1.jsonl"]
    seen = RunStore(tmp_path).predictions()  # a single process resuming sees all of them
    assert sorted(p.item_id for p in seen) == ["a", "b", "c"]
    first.gather(sorted(seen, key=lambda p: p.item_id))
    assert not list(tmp_path.glob("predictions.rank*.jsonl"))
    assert [p.item_id for p in RunStore(tmp_path).predictions()] == ["a", "b", "c"]


def test_torn_line_in_a_process_file_is_dropped_and_duplicates_count_once(tmp_path):
    store = RunStore(tmp_path, Shard(1, 2))
    store.append_predictions([_prediction("a", "first")])
    with open(tmp_path / "predictions.rank1.jsonl", "a") as handle:
        handle.write('{"task": "t", "varia')
    RunStore(tmp_path).append_predictions([_prediction("a", "again")])
    again = RunStore(tmp_path, Shard(1, 2))  # reopening cuts the torn tail
    again.append_predictions([_prediction("b")])
    found = RunStore(tmp_path).predictions()
    assert [(p.item_id, p.output) for p in found] == [("a", "again"), ("b", "x")]
