"""`bench run --backend lm-eval` and `accelerate launch` through the real CLI, on the tiny
suite's story task with an fp32 LoRA adapter trained here."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.suites import (
    SMALL_STORY,
    bench_cli,
    bench_in_process,
    read_results,
    stable,
    write_story_suite,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def work(smollm, bench_cache, tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("backends")


# A small story task, asked under a template with a system prompt and one without,
# by an fp32 LoRA adapter (the base model goes through lm-eval's CLI in test_cli_tasks). (QLoRA variants compute in bf16, where answers
# can change with batch composition in either backend; fp32 greedy answers must not.)
BACKEND_EXTRA = """templates: [plain, closed-book]
metrics: [exact_match, f1, rougeL]
generation: {max_new_tokens: 12, batch_size: 16}
"""


def test_lm_eval_backend_gives_the_engines_answers(work, bench_cache):
    """`--backend lm-eval` runs the exported task through lm_eval.simple_evaluate on the same
    model and adapter: same prompts, same greedy answers, same scores as the bench engine."""
    write_story_suite(work, "backends", ["instruct-lora"], BACKEND_EXTRA, SMALL_STORY)
    runs = {}
    for backend in ("bench", "lm-eval"):
        # lm-eval's run in a process of its own: its libraries' noise is checked held.
        run = bench_cli if backend == "lm-eval" else bench_in_process
        done = run("run", "backends.yaml", "--backend", backend, "--run-id",
                   f"backend-{backend}", cwd=work, cache=bench_cache)
        assert done.returncode == 0, done.stderr[-3000:]
        assert "fatal" not in done.stderr and "it/s" not in done.stderr  # lm-eval's noise held
        lines = (work / "runs" / f"backend-{backend}" / "predictions.jsonl").read_text()
        runs[backend] = {(p["variant"], p["template"], p["item_id"]): p
                         for p in map(json.loads, lines.splitlines())}
    items = read_results(work, "backend-bench")["tasks"]["story"]["test"]
    assert len(runs["bench"]) == 2 * items and runs["bench"].keys() == runs["lm-eval"].keys()
    for key, ours in runs["bench"].items():
        theirs = runs["lm-eval"][key]
        assert (theirs["prompt"], theirs["output"]) == (ours["prompt"], ours["output"]), key
    assert any("<|im_start|>system\nYou answer questions" in p["prompt"]
               for p in runs["lm-eval"].values())
    results = {b: read_results(work, f"backend-{b}") for b in runs}
    assert results["bench"]["metrics"] == results["lm-eval"]["metrics"]
    assert results["lm-eval"]["suite"]["config"]["generation"]["backend"] == "lm-eval"
    assert results["lm-eval"]["fixtures"][0]["reused"] is True


def test_two_processes_under_accelerate_give_one_process_results(work, bench_cache):
    """`accelerate launch` with 2 CPU processes: each answers half the questions, process 0
    gathers them; predictions.jsonl is byte-identical to one process's and results.json
    equal up to timings. (Runs after the backend test, which trained its fp32 adapter.)"""
    assert (work / "runs" / "backend-bench" / "results.json").exists()
    accelerate = shutil.which("accelerate", path=str(Path(sys.executable).parent))
    env = {**os.environ, "BENCH_CACHE": str(bench_cache)}
    proc = subprocess.run(
        [accelerate, "launch", "--multi_gpu", "--num_processes", "2", "--num_machines", "1",
         "--mixed_precision", "no", "--dynamo_backend", "no", "--main_process_port", "29517",
         "-m", "bench", "run", "backends.yaml", "--backend", "bench", "--run-id", "two-procs",
         "--no-answer-cache"],
        cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "(2 processes)" in " ".join(proc.stderr.split())  # Rich wraps at 80 columns
    assert proc.stdout.count("results:") == 1  # one report, from process 0
    one, two = work / "runs" / "backend-bench", work / "runs" / "two-procs"
    assert sorted(p.name for p in two.iterdir()) == ["config.json", "predictions.jsonl",
                                                      "results.json", "tasks"]
    assert (two / "predictions.jsonl").read_bytes() == (one / "predictions.jsonl").read_bytes()
    assert stable(read_results(work, "two-procs")) == stable(read_results(work, "backend-bench"))


