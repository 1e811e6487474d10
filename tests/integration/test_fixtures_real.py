"""Real fixture trainings through the CLI: two stages, cache hits, Ctrl-C, the pytest plugin."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.suites import bench_in_process, write_story_suite

pytestmark = pytest.mark.slow
SUITE = str(Path(__file__).resolve().parent.parent / "data" / "fixtures.yaml")


def _bench(*args, cache, **kwargs):
    env = {**os.environ, "BENCH_CACHE": str(cache)}
    return subprocess.Popen([sys.executable, "-m", "bench", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def test_two_stage_training_then_cache_hit(smollm, bench_cache, tmp_path):
    done = bench_in_process("train", SUITE, "--variant", "two-stage", cwd=tmp_path,
                            cache=bench_cache)
    assert done.returncode == 0, done.stderr[-2000:]
    key = done.stdout.split("\t")[2]
    manifest = json.loads((bench_cache / "fixtures" / key / "manifest.json").read_text())
    stages = manifest["stages"]
    assert [s["stage"] for s in stages] == ["raw", "instruct"]
    assert [len(s["losses"]) for s in stages] == [1, 2]  # raw_steps 1, steps 2
    assert manifest["examples"]["raw"] >= 1 and manifest["examples"]["instruct"] > 0

    entries = sorted(os.listdir(bench_cache / "fixtures"))
    again = bench_in_process("train", SUITE, "--variant", "two-stage", cwd=tmp_path,
                             cache=bench_cache)
    assert "cache hit" in again.stdout and "trained adapter" not in again.stderr
    assert sorted(os.listdir(bench_cache / "fixtures")) == entries


@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM"])
def test_interrupted_training_leaves_no_entry(smollm, bench_cache, signal_name):
    root = bench_cache / "fixtures"
    before = set(os.listdir(root)) if root.exists() else set()
    proc = _bench("train", SUITE, "--variant", "long", cache=bench_cache)
    # Wait until the training in the temp entry has finished a step (its progress file),
    # so the signal lands inside training (500 steps take minutes), not in model loading.
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None:
        if any(json.loads(p.read_text() or "{}").get("step", 0) >= 1
               for p in root.glob(".*/progress.json")):
            break
        time.sleep(0.2)
    assert proc.poll() is None, "training ended before it could be interrupted"
    proc.send_signal(getattr(signal, signal_name))
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err[-2000:]
    assert "interrupted" in err
    assert set(os.listdir(root)) == before


TIMING_KEYS = {"train_seconds", "tokens_per_second", "peak_rss_mb"}


def _fresh_cache(path: Path, bench_cache: Path) -> Path:
    path.mkdir()
    (path / "models").symlink_to(bench_cache / "models")
    return path


def _manifest(cache: Path, key: str) -> dict:
    manifest = json.loads((cache / "fixtures" / key / "manifest.json").read_text())
    return {k: v for k, v in manifest.items() if k not in TIMING_KEYS}


@pytest.fixture(scope="module")
def shared_training(smollm, bench_cache, tmp_path_factory) -> dict:
    """Two `bench train` started at once on one fresh cache, for the tiny suite's story
    adapter; the cache then serves the plugin test (nothing trained twice)."""
    root = tmp_path_factory.mktemp("shared-training")
    cache = _fresh_cache(root / "cache", bench_cache)
    suite = write_story_suite(root, "shared", ["instruct-qlora"])
    procs = [_bench("train", str(suite), cache=cache) for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    return {"root": root, "cache": cache, "suite": suite, "outs": outs,
            "codes": [p.returncode for p in procs]}


def test_two_processes_sharing_a_cache_train_once(shared_training):
    """One trains, the other waits and reuses; the entry is intact and nothing is left
    half-written."""
    cache, outs = shared_training["cache"], shared_training["outs"]
    assert shared_training["codes"] == [0, 0], outs[0][1][-1500:] + outs[1][1][-1500:]
    lines = [line for out, _ in outs for line in out.splitlines()]
    assert sum("\ttrained in" in line for line in lines) == 1
    assert sum("cache hit" in line for line in lines) == 1
    entries = sorted(p.name for p in (cache / "fixtures").iterdir() if not p.name.startswith("."))
    assert len(entries) == 1
    assert not [p for p in (cache / "fixtures").iterdir() if p.is_dir() and p.name.startswith(".")]
    from bench.fixtures.adapters import load_cached

    os.environ["BENCH_CACHE"], saved = str(cache), os.environ["BENCH_CACHE"]
    try:
        assert all(load_cached(key) is not None for key in entries)
    finally:
        os.environ["BENCH_CACHE"] = saved


def test_retraining_from_scratch_gives_identical_adapters(shared_training, bench_cache):
    """Same suite, seed and libraries: a second training in another empty cache gives a
    bit-identical adapter and a manifest equal up to timings."""
    (key,) = [p.name for p in (shared_training["cache"] / "fixtures").iterdir()
              if not p.name.startswith(".")]
    fresh = _fresh_cache(shared_training["root"] / "fresh-cache", bench_cache)
    # In this process (the pytest worker's libraries, RNG and threads already in use): the
    # adapter depends on the suite and seed alone, not on what the process did before.
    done = bench_in_process("train", str(shared_training["suite"]), cwd=shared_training["root"],
                            cache=fresh)
    assert done.returncode == 0 and "\ttrained in" in done.stdout, done.stderr[-2000:]
    assert done.stdout.split("\t")[2] == key
    first = _manifest(shared_training["cache"], key)
    assert first["losses"] and first == _manifest(fresh, key)
    adapter = "adapter_model.safetensors"
    assert (shared_training["cache"] / "fixtures" / key / adapter).read_bytes() == \
        (fresh / "fixtures" / key / adapter).read_bytes()


def test_pytest_plugin_from_a_users_test_file(shared_training, pytester, tmp_path,
                                              monkeypatch):
    """A user's test file asks for the adapter (found in the cache, not trained again) and
    an evaluation, through the plugin's fixtures."""
    suite = str(write_story_suite(tmp_path, "users-suite", ["base", "instruct-qlora"]))
    monkeypatch.setenv("BENCH_CACHE", str(shared_training["cache"]))
    pytester.makepyfile(test_user=f'''
        def test_adapter_and_evaluation(bench_adapter, bench_evaluate):
            fixture = bench_adapter({suite!r}, "instruct-qlora")
            assert fixture.reused
            assert (fixture.path / "adapter_model.safetensors").is_file()
            result = bench_evaluate({suite!r}, variants=["instruct-qlora"])
            assert result.variants == ("instruct-qlora",)
            assert result.fixtures[0].key == fixture.key
            em = result.metric("story", "instruct-qlora", "exact_match")
            assert em.n > 0 and em.ci_low <= em.value <= em.ci_high
    ''')
    result = pytester.runpytest_inprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
