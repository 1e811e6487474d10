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
from bench.core.types import RESULTS_SCHEMA_VERSION, split_draw
from tests.integration.suites import bench_in_process, read_results, stable, write_story_suite

pytestmark = pytest.mark.slow


def _bench(*args, cwd, env_cache, **env):
    started = time.perf_counter()
    proc = bench_in_process(*args, cwd=cwd, cache=env_cache, **env)
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
    # Two adapters missing: trained side by side, one process each (the tests' default,
    # BENCH_TRAIN_WORKERS=1, would train them one after the other).
    first, cold = _bench("run", "tiny", "--runs-dir", "runs", "--run-id", "first",
                         cwd=work, env_cache=cache, BENCH_TRAIN_WORKERS="2")
    assert first.returncode == 0, first.stderr[-3000:]
    second, warm = _bench("run", "tiny", "--runs-dir", "runs", "--run-id", "second",
                          cwd=work, env_cache=cache)
    assert second.returncode == 0, second.stderr[-3000:]
    return {"work": work, "cache": cache, "first": first, "second": second, "cold": cold, "warm": warm,
            "weights_before": before, "weights_after": file_sha256(base_weights)}


def _results(runs, run_id):
    return read_results(runs["work"], run_id)


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
    scored = [p for p in map(json.loads, predictions.splitlines())
              if not split_draw(p["template"])[1]]
    assert len(scored) == 2 * 2 * test_items  # 2 variants x 2 templates (not the probe's draws)
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
    for needle in ("EM", "RL", "paraphrase", "held-out", "three-way grades", "unanswerable items",
                   "by train/test overlap", "prompt sensitivity", "example answers"):
        assert needle in out, needle
    assert max(len(line) for line in out.splitlines()) <= 80


def test_adapter_trained_then_reused(two_runs):
    first, second = _results(two_runs, "first"), _results(two_runs, "second")
    assert [f["reused"] for f in first["fixtures"]] == [False, False]
    assert "training 2 adapters, 2 at a time" in " ".join(two_runs["first"].stderr.split())
    assert [f["reused"] for f in second["fixtures"]] == [True, True]
    assert [f["key"] for f in first["fixtures"]] == [f["key"] for f in second["fixtures"]]
    assert "reusing adapter instruct-qlora" in two_runs["second"].stderr
    assert "trained adapter" not in two_runs["second"].stderr


def test_same_suite_gives_identical_tasks_and_results(two_runs):
    """The second run (same suite, seed, adapters) writes byte-identical task files and the
    same results.json up to timings, its run id and whether adapters were reused."""
    runs = two_runs["work"] / "runs"
    tasks = sorted(p.name for p in (runs / "first" / "tasks").iterdir())
    assert tasks == ["story.json", "surgery.json"]
    for name in tasks:
        assert (runs / "first" / "tasks" / name).read_bytes() == \
            (runs / "second" / "tasks" / name).read_bytes()

    assert stable(_results(two_runs, "first")) == stable(_results(two_runs, "second"))


def test_answer_cache_answers_a_warm_run(two_runs):
    """The warm run finds every answer in the answer cache the cold run wrote: same
    predictions, same results, nothing generated."""
    first, second = (_results(two_runs, r) for r in ("first", "second"))
    runs = two_runs["work"] / "runs"
    # Every prediction: scored items and the knownness probe's draws.
    total = len((runs / "first" / "predictions.jsonl").read_text().splitlines())
    assert total > len(first["items"])
    assert first["answers"] == {"generated": total, "from_cache": 0, "kept": 0}
    assert second["answers"] == {"generated": 0, "from_cache": total, "kept": 0}
    done = two_runs["second"]
    assert "answers from the answer cache" in done.stderr and "answer story" not in done.stderr
    assert f"(answers and sampled draws: {total} from the answer cache)" in \
        " ".join(done.stdout.split())
    assert f"(answers and sampled draws: {total} generated)" in \
        " ".join(two_runs["first"].stdout.split())
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
    its results equal the uninterrupted run's (the tiny suite's story task and base model,
    whose rows in the first run are the same questions, answers and scores)."""
    import signal

    work, runs = two_runs["work"], two_runs["work"] / "resume-runs"
    suite = write_story_suite(work, "killed", ["base"], "templates: [plain, qa-format]\n"
                              "generation: {max_new_tokens: 12, batch_size: 16}\n")
    env = {**os.environ, "BENCH_CACHE": str(two_runs["cache"])}
    args = [sys.executable, "-m", "bench", "run", str(suite), "--runs-dir", str(runs),
            "--no-answer-cache"]
    kept = 0
    for signal_name, code in (("SIGTERM", 130), ("SIGKILL", -9)):
        log = work / f"{signal_name}.log"
        with open(log, "w") as stderr:
            proc = subprocess.Popen(args, cwd=work, env=env, stdout=subprocess.DEVNULL,
                                    stderr=stderr)
        deadline = time.time() + 300
        while time.time() < deadline:
            found = list(runs.glob("*/predictions.jsonl"))
            if found and found[0].read_text().count("\n") >= kept + 2:
                break
            time.sleep(0.1)
        proc.send_signal(getattr(signal, signal_name))
        assert proc.wait(timeout=120) == code, signal_name
        (run_dir,) = list(runs.iterdir())
        # Remembered, so that `bench run --resume` answers the rest afresh too.
        assert json.loads((run_dir / "config.json").read_text())["reuse_answers"] is False
        if code == 130:  # the bench's own handler says how to go on
            assert f"can be resumed: bench run --resume {run_dir}" in log.read_text()
        assert not (run_dir / "results.json").exists()
        now = (run_dir / "predictions.jsonl").read_text().count("\n")
        assert now >= kept  # the second run kept the first one's answers
        kept = now
    # Run again without --no-answer-cache: the run keeps the setting it was started with.
    assert args[-1] == "--no-answer-cache"
    again, _ = _bench(*args[3:-1], cwd=work, env_cache=two_runs["cache"])  # no signal to take
    assert again.returncode == 0, again.stderr[-2000:]
    assert f"resuming unfinished run {run_dir.name}" in again.stderr
    assert "resuming with --no-answer-cache, as the run was started" in again.stderr
    assert [p.name for p in runs.iterdir()] == [run_dir.name]
    lines = (run_dir / "predictions.jsonl").read_text().splitlines()
    keys = [tuple(json.loads(line)[k] for k in ("task", "variant", "template", "item_id"))
            for line in lines if line.strip().endswith("}")]
    assert len(keys) == len(set(keys)) and len(keys) >= kept  # nothing answered twice
    resumed = json.loads((run_dir / "results.json").read_text())
    assert resumed["answers"]["from_cache"] == 0  # the first run's answers are cached
    uninterrupted = _results(two_runs, "first")
    story_base = lambda rows: sorted(  # noqa: E731
        (r for r in rows if (r["task"], r["variant"]) == ("story", "base")),
        key=lambda r: json.dumps(r, sort_keys=True))
    assert story_base(resumed["metrics"]) and \
        story_base(resumed["metrics"]) == story_base(uninterrupted["metrics"])
    assert story_base(resumed["items"]) == story_base(uninterrupted["items"])


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
