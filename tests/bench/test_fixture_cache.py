"""Fixture cache mechanics: hits skip training, broken entries are retrained, interrupted
trainings leave nothing behind, and the `bench fixtures` commands see what is there."""

import json
import os
import subprocess
import sys

import pytest

from bench import fixtures
from bench.models import ResolvedModel
from bench.variants import BUILTIN_VARIANTS
from generators import GENERATORS

MODEL = ResolvedModel(name="m", path="/nowhere", fingerprint="f")
TASK = GENERATORS.get("story")("s", {"people": 4, "kingdoms": 2}, 1)
VARIANT = BUILTIN_VARIANTS["instruct-qlora"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path))
    return tmp_path


@pytest.fixture
def fake_training(monkeypatch):
    """Replace the (slow) trainer with one that writes an adapter file and counts calls."""
    calls = []

    def train(model_path, data, variant, output_dir, bar):
        calls.append(output_dir)
        (output_dir / fixtures.ADAPTER_FILE).write_bytes(b"weights %d" % len(calls))
        return {"losses": [1.0, 0.5], "train_seconds": 0.1, "tokens": 10}

    monkeypatch.setattr(fixtures, "train_adapter", train)
    return calls


def test_second_call_is_a_cache_hit(cache, fake_training):
    first = fixtures.ensure_fixture(MODEL, TASK, VARIANT)
    second = fixtures.ensure_fixture(MODEL, TASK, VARIANT)
    assert (first.reused, second.reused) == (False, True)
    assert len(fake_training) == 1 and first.key == second.key
    manifest = json.loads((first.path / fixtures.MANIFEST_FILE).read_text())
    assert manifest["key"] == first.key and manifest["losses"] == [1.0, 0.5]
    assert manifest["examples"] == {"instruct": len(TASK.train)}
    assert set(manifest["libraries"]) >= {"torch", "transformers", "peft", "trl", "bitsandbytes"}


@pytest.mark.parametrize("damage", ["adapter", "manifest", "missing-adapter"])
def test_corrupted_entry_is_retrained_not_loaded(cache, fake_training, damage):
    first = fixtures.ensure_fixture(MODEL, TASK, VARIANT)
    if damage == "adapter":
        (first.path / fixtures.ADAPTER_FILE).write_bytes(b"flipped bits")
    elif damage == "manifest":
        (first.path / fixtures.MANIFEST_FILE).write_text("{not json")
    else:
        (first.path / fixtures.ADAPTER_FILE).unlink()
    again = fixtures.ensure_fixture(MODEL, TASK, VARIANT)
    assert again.reused is False and len(fake_training) == 2
    assert (again.path / fixtures.ADAPTER_FILE).read_bytes() == b"weights 2"


def test_interrupted_training_leaves_no_entry(cache, monkeypatch):
    def interrupted(model_path, data, variant, output_dir, bar):
        (output_dir / "partial.bin").write_bytes(b"half")
        raise KeyboardInterrupt

    monkeypatch.setattr(fixtures, "train_adapter", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fixtures.ensure_fixture(MODEL, TASK, VARIANT)
    assert list((cache / "fixtures").iterdir()) == []


def _bench(*args, cache):
    env = {**os.environ, "BENCH_CACHE": str(cache)}
    return subprocess.run([sys.executable, "-m", "bench", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_fixtures_list_show_prune(cache, fake_training):
    entry = fixtures.ensure_fixture(MODEL, TASK, VARIANT)
    (cache / "fixtures" / ".leftover.tmp").mkdir()
    os.utime(cache / "fixtures" / ".leftover.tmp", (0, 0))  # an old interrupted training
    listed = _bench("fixtures", "list", cache=cache)
    assert listed.returncode == 0 and entry.key[:12] in listed.stdout
    assert "instruct-qlora" in listed.stdout
    shown = _bench("fixtures", "show", entry.key[:8], cache=cache)
    assert json.loads(shown.stdout)["key"] == entry.key
    missing = _bench("fixtures", "show", "zzzz", cache=cache)
    assert missing.returncode == 2 and "no fixture" in missing.stderr
    (cache / "answers").mkdir()
    (cache / "answers" / "0123.jsonl").write_text('{"key": "k", "prompt": "p", "output": "o"}\n')
    pruned = _bench("fixtures", "prune", cache=cache)
    assert "removed 1 entry" in pruned.stdout  # the leftover only
    assert entry.path.exists() and (cache / "answers" / "0123.jsonl").exists()
    assert "removed 2 entries" in _bench("fixtures", "prune", "--all", cache=cache).stdout
    assert not entry.path.exists() and not list((cache / "answers").iterdir())
