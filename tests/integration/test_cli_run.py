"""`bench run` end to end through the real CLI, the real SmolLM2 model and real QLoRA steps."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from bench.storage import file_sha256

pytestmark = pytest.mark.slow


def _bench(*args, cwd, env_cache):
    env = {**os.environ, "BENCH_CACHE": str(env_cache)}
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "bench", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=900)
    return proc, time.perf_counter() - started


@pytest.fixture(scope="module")
def two_runs(smollm, bench_cache, tmp_path_factory):
    """Run the tiny suite twice: cold (trains) and warm (reuses the adapter)."""
    from pathlib import Path

    base_weights = Path(smollm.path) / "model.safetensors"
    before = file_sha256(base_weights)
    work = tmp_path_factory.mktemp("work")
    first, cold = _bench("run", "tiny", "--runs-dir", "runs", "--run-id", "first",
                         cwd=work, env_cache=bench_cache)
    assert first.returncode == 0, first.stderr[-3000:]
    second, warm = _bench("run", "tiny", "--runs-dir", "runs", "--run-id", "second",
                          cwd=work, env_cache=bench_cache)
    assert second.returncode == 0, second.stderr[-3000:]
    return {"work": work, "first": first, "second": second, "cold": cold, "warm": warm,
            "weights_before": before, "weights_after": file_sha256(base_weights)}


def _results(runs, run_id):
    return json.loads((runs["work"] / "runs" / run_id / "results.json").read_text())


def test_results_json_has_scores_for_both_variants(two_runs):
    results = _results(two_runs, "first")
    assert results["schema_version"] == 1
    assert results["model"]["name"] == "smollm2-135m-instruct"
    assert set(results["timings"]) >= {"fixtures", "evaluation", "total"}
    rows = {(m["variant"], m["metric"]) for m in results["metrics"]}
    for variant in ("base", "instruct-qlora"):
        for metric in ("exact_match", "f1", "rougeL"):
            assert (variant, metric) in rows
    for entry in results["metrics"]:
        assert 0.0 <= entry["ci_low"] <= entry["value"] <= entry["ci_high"] <= 1.0
    predictions = (two_runs["work"] / "runs" / "first" / "predictions.jsonl").read_text()
    test_items = results["tasks"]["story"]["test"]
    assert len(predictions.splitlines()) == 2 * test_items


def test_terminal_report_is_printed(two_runs):
    out = two_runs["first"].stdout
    assert "instruct-qlora" in out and "base" in out
    assert "EM" in out and "RougeL" in out and "paraphrase" in out


def test_adapter_trained_then_reused(two_runs):
    first, second = _results(two_runs, "first"), _results(two_runs, "second")
    assert [f["reused"] for f in first["fixtures"]] == [False]
    assert [f["reused"] for f in second["fixtures"]] == [True]
    assert first["fixtures"][0]["key"] == second["fixtures"][0]["key"]
    assert "reusing adapter instruct-qlora" in two_runs["second"].stderr
    assert second["timings"]["fixtures"] < 1.0
    assert two_runs["warm"] < two_runs["cold"]


def test_lora_weights_trained_and_base_untouched(two_runs, bench_cache):
    from safetensors.torch import load_file

    key = _results(two_runs, "first")["fixtures"][0]["key"]
    tensors = load_file(str(bench_cache / "fixtures" / key / "adapter_model.safetensors"))
    assert tensors and all("lora_" in name for name in tensors)
    lora_b = [t for name, t in tensors.items() if "lora_B" in name]
    assert lora_b and all(t.abs().sum() > 0 for t in lora_b)  # B starts at zero in LoRA
    assert two_runs["weights_before"] == two_runs["weights_after"]


def test_bad_suite_is_one_line_error(tmp_path, bench_cache):
    bad = tmp_path / "bad.yaml"
    bad.write_text("tasks:\n  - generator: stroy\n")
    proc, _ = _bench("run", str(bad), cwd=tmp_path, env_cache=bench_cache)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert "did you mean 'story'" in proc.stderr
