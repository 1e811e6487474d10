"""`bench run` end to end through the real CLI, the real SmolLM2 model and real QLoRA steps."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.core.storage import file_sha256
from bench.core.types import RESULTS_SCHEMA_VERSION
from tests.integration.suites import write_story_suite

pytestmark = pytest.mark.slow


def _bench(*args, cwd, env_cache):
    env = {**os.environ, "BENCH_CACHE": str(env_cache)}
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "bench", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=900)
    return proc, time.perf_counter() - started


@pytest.fixture(scope="module")
def two_runs(smollm, bench_cache, tmp_path_factory):
    """Run the tiny suite twice: cold (trains, answers) and warm (reuses the adapters and
    the answers; answering afresh is checked against the cold run by the resume test)."""

    base_weights = Path(smollm.path) / "model.safetensors"
    before = file_sha256(base_weights)
    work = tmp_path_factory.mktemp("work")
    # Its own fixture cache (the converted model shared), so "cold" means cold here
    # whichever other tests trained tiny adapters first.
    cache = tmp_path_factory.mktemp("run-cache")
    (cache / "models").symlink_to(bench_cache / "models")
    first, cold = _bench("run", "tiny", "--runs-dir", "runs", "--run-id", "first",
                         cwd=work, env_cache=cache)
    assert first.returncode == 0, first.stderr[-3000:]
    second, warm = _bench("run", "tiny", "--runs-dir", "runs", "--run-id", "second",
                          cwd=work, env_cache=cache)
    assert second.returncode == 0, second.stderr[-3000:]
    return {"work": work, "cache": cache, "first": first, "second": second, "cold": cold, "warm": warm,
            "weights_before": before, "weights_after": file_sha256(base_weights)}


def _results(runs, run_id):
    return json.loads((runs["work"] / "runs" / run_id / "results.json").read_text())


def test_results_json_has_scores_for_both_variants(two_runs):
    results = _results(two_runs, "first")
    assert results["schema_version"] == RESULTS_SCHEMA_VERSION
    assert results["model"]["name"] == "smollm2-135m-instruct"
    assert set(results["timings"]) >= {"fixtures", "evaluation", "total"}
    rows = {(m["variant"], m["metric"]) for m in results["metrics"]}
    for variant in ("base", "instruct-qlora"):
        for metric in ("exact_match", "f1", "rougeL"):
            assert (variant, metric) in rows
    for entry in results["metrics"]:
        assert 0.0 <= entry["ci_low"] <= entry["value"] <= entry["ci_high"] <= 1.0
    predictions = (two_runs["work"] / "runs" / "first" / "predictions.jsonl").read_text()
    test_items = sum(task["test"] for task in results["tasks"].values())
    assert len(predictions.splitlines()) == 2 * 2 * test_items  # 2 variants x 2 templates
    assert set(results["overlap"]) == {"story", "surgery"}
    assert {s["metric"] for s in results["sensitivity"]} >= {"exact_match", "invented_entity"}
    assert {(a["task"], a["variant"]) for a in results["agreement"]} == {
        (t, v) for t in ("story", "surgery") for v in ("base", "instruct-qlora")}
    subsets = {m["subset"] for m in results["metrics"]}
    assert {"answerable", "unanswerable", "paraphrase", "overlap:answer-only"} <= subsets
    assert {m["template"] for m in results["metrics"]} == {"plain", "qa-format", "all"}


def test_terminal_report_is_printed(two_runs):
    out = two_runs["first"].stdout
    assert "instruct-qlora" in out and "base" in out
    for needle in ("EM", "RL", "paraphrase", "held-out", "hallucination and refusal",
                   "by train/test overlap", "prompt sensitivity", "example answers"):
        assert needle in out, needle
    assert max(len(line) for line in out.splitlines()) <= 80


def test_adapter_trained_then_reused(two_runs):
    first, second = _results(two_runs, "first"), _results(two_runs, "second")
    assert [f["reused"] for f in first["fixtures"]] == [False, False]
    assert [f["reused"] for f in second["fixtures"]] == [True, True]
    assert [f["key"] for f in first["fixtures"]] == [f["key"] for f in second["fixtures"]]
    assert "reusing adapter instruct-qlora" in two_runs["second"].stderr
    assert "trained adapter" not in two_runs["second"].stderr


def _stable(results: dict) -> dict:
    """results.json without what may change between equal runs: timings, the run id and
    whether adapters were trained or reused."""
    kept = {k: v for k, v in results.items() if k not in {"timings", "run_id", "answers"}}
    kept["fixtures"] = [{k: v for k, v in f.items() if k != "reused"} for f in results["fixtures"]]
    return kept


def test_same_suite_gives_identical_tasks_and_results(two_runs):
    """The second run (same suite, seed, adapters) writes byte-identical task files and the
    same results.json up to timings, its run id and whether adapters were reused."""
    runs = two_runs["work"] / "runs"
    tasks = sorted(p.name for p in (runs / "first" / "tasks").iterdir())
    assert tasks == ["story.json", "surgery.json"]
    for name in tasks:
        assert (runs / "first" / "tasks" / name).read_bytes() == \
            (runs / "second" / "tasks" / name).read_bytes()

    assert _stable(_results(two_runs, "first")) == _stable(_results(two_runs, "second"))


def test_answer_cache_answers_a_warm_run(two_runs):
    """The warm run finds every answer in the answer cache the cold run wrote: same
    predictions, same results, nothing generated."""
    first, second = (_results(two_runs, r) for r in ("first", "second"))
    total = len(first["items"])
    assert first["answers"] == {"generated": total, "from_cache": 0}
    assert second["answers"] == {"generated": 0, "from_cache": total}
    done = two_runs["second"]
    assert "answers from the answer cache" in done.stderr and "answer story" not in done.stderr
    assert f"({total} answers from the answer cache)" in " ".join(done.stdout.split())
    runs = two_runs["work"] / "runs"
    assert (runs / "second" / "predictions.jsonl").read_bytes() == \
        (runs / "first" / "predictions.jsonl").read_bytes()


def test_lora_weights_trained_and_base_untouched(two_runs):
    from safetensors.torch import load_file

    key = _results(two_runs, "first")["fixtures"][0]["key"]
    tensors = load_file(str(two_runs["cache"] / "fixtures" / key / "adapter_model.safetensors"))
    assert tensors and all("lora_" in name for name in tensors)
    lora_b = [t for name, t in tensors.items() if "lora_B" in name]
    assert lora_b and all(t.abs().sum() > 0 for t in lora_b)  # B starts at zero in LoRA
    assert two_runs["weights_before"] == two_runs["weights_after"]


def test_report_and_compare_on_real_runs(two_runs):
    work, bench_cache = two_runs["work"], two_runs["cache"]
    for fmt in ("md", "json"):
        done, _ = _bench("report", "runs/first", "-f", fmt, cwd=work, env_cache=bench_cache)
        assert done.returncode == 0, done.stderr
    assert "## Prompt sensitivity (EM)" in _bench("report", "runs/first", cwd=work,
                                                  env_cache=bench_cache)[0].stdout
    html, _ = _bench("report", "runs/first", "-f", "html", cwd=work, env_cache=bench_cache)
    assert html.returncode == 0 and (work / "runs/first/report.html").stat().st_size > 10_000
    # The same answers: no regression.
    same, _ = _bench("compare", "runs/first", "runs/second", "--fail-on-regression",
                     cwd=work, env_cache=bench_cache)
    assert same.returncode == 0, same.stdout + same.stderr
    assert "0 regressions" in same.stdout
    assert "worse" not in same.stdout and "better" not in same.stdout


def test_bad_suite_is_one_line_error(tmp_path, bench_cache):
    bad = tmp_path / "bad.yaml"
    bad.write_text("tasks:\n  - generator: stroy\n")
    proc, _ = _bench("run", str(bad), cwd=tmp_path, env_cache=bench_cache)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert "did you mean 'story'" in proc.stderr


def test_killed_twice_then_same_command_resumes_to_the_same_results(two_runs):
    """Killed mid-evaluation by SIGTERM (the bench's handler), then again by SIGKILL (no
    clean-up at all), the same command finishes the run without redoing predictions, and
    its results equal the uninterrupted run's."""
    import signal

    work, runs = two_runs["work"], two_runs["work"] / "resume-runs"
    env = {**os.environ, "BENCH_CACHE": str(two_runs["cache"])}
    args = [sys.executable, "-m", "bench", "run", "tiny", "--runs-dir", str(runs),
            "--no-answer-cache"]
    kept = 0
    for signal_name, code in (("SIGTERM", 130), ("SIGKILL", -9)):
        proc = subprocess.Popen(args, cwd=work, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        deadline = time.time() + 300
        while time.time() < deadline:
            found = list(runs.glob("*/predictions.jsonl"))
            if found and found[0].read_text().count("\n") >= kept + 2:
                break
            time.sleep(0.1)
        proc.send_signal(getattr(signal, signal_name))
        assert proc.wait(timeout=120) == code, signal_name
        (run_dir,) = list(runs.iterdir())
        assert not (run_dir / "results.json").exists()
        now = (run_dir / "predictions.jsonl").read_text().count("\n")
        assert now >= kept  # the second run kept the first one's answers
        kept = now
    again = subprocess.run(args, cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr[-2000:]
    assert f"resuming unfinished run {run_dir.name}" in again.stderr
    assert [p.name for p in runs.iterdir()] == [run_dir.name]
    lines = (run_dir / "predictions.jsonl").read_text().splitlines()
    keys = [tuple(json.loads(line)[k] for k in ("task", "variant", "template", "item_id"))
            for line in lines if line.strip().endswith("}")]
    assert len(keys) == len(set(keys)) and len(keys) >= kept  # nothing answered twice
    resumed = json.loads((run_dir / "results.json").read_text())
    uninterrupted = _results(two_runs, "first")
    assert resumed["metrics"] == uninterrupted["metrics"]
    order = lambda items: sorted(items, key=lambda i: (i["task"], i["variant"], i["template"],  # noqa: E731
                                                       i["item_id"]))
    assert order(resumed["items"]) == order(uninterrupted["items"])


def test_resume_names_a_run_folder_and_finishes_it(two_runs):
    """--resume RUN_DIR finishes a copied, half-done run with its saved suite."""
    import shutil

    work = two_runs["work"]
    half = work / "half-runs" / "copy"
    shutil.copytree(work / "runs" / "first", half)
    (half / "results.json").unlink()
    lines = (half / "predictions.jsonl").read_text().splitlines(keepends=True)
    (half / "predictions.jsonl").write_text("".join(lines[: len(lines) // 2]) + '{"task": "sto')
    done, _ = _bench("run", "--resume", str(half), cwd=work, env_cache=two_runs["cache"])
    assert done.returncode == 0, done.stderr[-2000:]
    resumed = json.loads((half / "results.json").read_text())
    assert resumed["metrics"] == _results(two_runs, "first")["metrics"]


# The tiny suite's story task, asked under a template with a system prompt and one without,
# by an fp32 LoRA adapter (the base model goes through lm-eval's CLI in test_cli_tasks). (QLoRA variants compute in bf16, where answers
# can change with batch composition in either backend; fp32 greedy answers must not.)
BACKEND_EXTRA = """templates: [plain, closed-book]
metrics: [exact_match, f1, rougeL]
generation: {max_new_tokens: 12, batch_size: 16}
"""


def test_lm_eval_backend_gives_the_engines_answers(two_runs):
    """`--backend lm-eval` runs the exported task through lm_eval.simple_evaluate on the same
    model and adapter: same prompts, same greedy answers, same scores as the bench engine."""
    work, cache = two_runs["work"], two_runs["cache"]
    write_story_suite(work, "backends", ["instruct-lora"], BACKEND_EXTRA)
    runs = {}
    for backend in ("bench", "lm-eval"):
        done, _ = _bench("run", "backends.yaml", "--backend", backend, "--run-id",
                         f"backend-{backend}", cwd=work, env_cache=cache)
        assert done.returncode == 0, done.stderr[-3000:]
        assert "fatal" not in done.stderr and "it/s" not in done.stderr  # lm-eval's noise held
        lines = (work / "runs" / f"backend-{backend}" / "predictions.jsonl").read_text()
        runs[backend] = {(p["variant"], p["template"], p["item_id"]): p
                         for p in map(json.loads, lines.splitlines())}
    items = _results(two_runs, "backend-bench")["tasks"]["story"]["test"]
    assert len(runs["bench"]) == 2 * items and runs["bench"].keys() == runs["lm-eval"].keys()
    for key, ours in runs["bench"].items():
        theirs = runs["lm-eval"][key]
        assert (theirs["prompt"], theirs["output"]) == (ours["prompt"], ours["output"]), key
    assert any("<|im_start|>system\nYou answer questions" in p["prompt"]
               for p in runs["lm-eval"].values())
    results = {b: _results(two_runs, f"backend-{b}") for b in runs}
    assert results["bench"]["metrics"] == results["lm-eval"]["metrics"]
    assert results["lm-eval"]["suite"]["config"]["generation"]["backend"] == "lm-eval"
    assert results["lm-eval"]["fixtures"][0]["reused"] is True


def test_two_processes_under_accelerate_give_one_process_results(two_runs):
    """`accelerate launch` with 2 CPU processes: each answers half the questions, process 0
    gathers them; predictions.jsonl is byte-identical to one process's and results.json
    equal up to timings. (Runs after the backend test, which trained its fp32 adapter.)"""
    import shutil

    work, cache = two_runs["work"], two_runs["cache"]
    assert (work / "runs" / "backend-bench" / "results.json").exists()
    accelerate = shutil.which("accelerate", path=str(Path(sys.executable).parent))
    env = {**os.environ, "BENCH_CACHE": str(cache)}
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
    assert _stable(_results(two_runs, "two-procs")) == _stable(_results(two_runs, "backend-bench"))


def test_your_own_text_replaces_the_suites_tasks(two_runs):
    """`bench run SUITE --text FILE`: one task built from the text, trained and answered
    with the suite's variants and templates, every question kind asked."""
    text = Path(__file__).resolve().parents[1] / "data" / "texts" / "lighthouse.txt"
    proc, _ = _bench("run", "tiny", "--text", str(text), "--name", "keeper", "--run-id",
                     "own-text", cwd=two_runs["work"], env_cache=two_runs["cache"])
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = _results(two_runs, "own-text")
    assert list(results["tasks"]) == ["keeper"]
    assert results["tasks"]["keeper"]["source"] == str(text)
    assert [(f["task"], f["variant"], f["reused"]) for f in results["fixtures"]] == [
        ("keeper", "instruct-qlora", False)]
    items = results["items"]
    assert {i["kind"] for i in items} == {"trained", "paraphrase", "reverse", "held-out",
                                          "unanswerable"}
    assert {(i["variant"], i["template"]) for i in items} == {
        (v, t) for v in ("base", "instruct-qlora") for t in ("plain", "qa-format")}
    assert "keeper" in proc.stdout
