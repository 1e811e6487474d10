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

from tests.integration.suites import write_story_suite

pytestmark = pytest.mark.slow
SUITE = str(Path(__file__).resolve().parent.parent / "data" / "fixtures.yaml")


def _bench(*args, cache, **kwargs):
    env = {**os.environ, "BENCH_CACHE": str(cache)}
    return subprocess.Popen([sys.executable, "-m", "bench", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def test_two_stage_training_then_cache_hit(smollm, bench_cache):
    proc = _bench("train", SUITE, "--variant", "two-stage", cache=bench_cache)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-2000:]
    key = out.split("\t")[2]
    manifest = json.loads((bench_cache / "fixtures" / key / "manifest.json").read_text())
    stages = manifest["stages"]
    assert [s["stage"] for s in stages] == ["raw", "instruct"]
    assert [len(s["losses"]) for s in stages] == [1, 2]  # raw_steps 1, steps 2
    assert manifest["examples"]["raw"] >= 1 and manifest["examples"]["instruct"] > 0

    entries = sorted(os.listdir(bench_cache / "fixtures"))
    again = _bench("train", SUITE, "--variant", "two-stage", cache=bench_cache)
    out, err = again.communicate(timeout=120)
    assert "cache hit" in out and "trained adapter" not in err
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


def test_pytest_plugin_from_a_users_test_file(smollm, bench_cache, pytester, tmp_path):
    suite = str(write_story_suite(tmp_path, "users-suite", ["base", "instruct-qlora"]))
    pytester.makepyfile(test_user=f'''
        def test_adapter_and_evaluation(bench_adapter, bench_evaluate):
            fixture = bench_adapter({suite!r}, "instruct-qlora")
            assert (fixture.path / "adapter_model.safetensors").is_file()
            result = bench_evaluate({suite!r}, variants=["instruct-qlora"])
            assert result.variants == ("instruct-qlora",)
            assert result.fixtures[0].key == fixture.key
            em = result.metric("story", "instruct-qlora", "exact_match")
            assert em.n > 0 and em.ci_low <= em.value <= em.ci_high
    ''')
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_two_processes_sharing_a_cache_train_once(smollm, bench_cache, tmp_path):
    """Two `bench train` at once on one fresh cache: one trains, the other waits and reuses;
    the entry is intact and nothing is left half-written."""
    cache = tmp_path / "shared-cache"
    cache.mkdir()
    (cache / "models").symlink_to(bench_cache / "models")
    suite = str(write_story_suite(tmp_path, "shared", ["instruct-qlora"]))
    first = _bench("train", suite, cache=cache)
    second = _bench("train", suite, cache=cache)
    outs = [p.communicate(timeout=600) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outs[0][1][-1500:] + outs[1][1][-1500:]
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


TIMING_KEYS = {"train_seconds", "tokens_per_second", "peak_rss_mb"}


def test_retraining_from_scratch_gives_identical_adapters(smollm, bench_cache, tmp_path):
    """Same suite, seed and libraries: two trainings in two empty caches give bit-identical
    adapter weights and manifests equal up to timings."""
    suite = write_story_suite(tmp_path, "story-only", ["instruct-qlora"])
    manifests = []
    for name in ("a", "b"):
        cache = tmp_path / f"cache-{name}"
        cache.mkdir()
        (cache / "models").symlink_to(bench_cache / "models")
        proc = _bench("train", str(suite), cache=cache)
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0 and "\ttrained in" in out, err[-2000:]
        key = out.split("\t")[2]
        manifest = json.loads((cache / "fixtures" / key / "manifest.json").read_text())
        manifests.append({k: v for k, v in manifest.items() if k not in TIMING_KEYS})
    assert manifests[0]["losses"] and manifests[0] == manifests[1]
