"""The judge end to end, through the real CLI: a QA file of sentence answers (no source
text), the base model answering, the embedded SmolLM2 served by a real `transformers serve`
as the judge; killed with SIGKILL mid-grading, the same command resumes, asks only the
verdicts it lacks, and reports.

Kept tiny on purpose (one short run: 2 questions, one template, 12 new tokens, nothing
trained, no knownness probe): the judge's rules (sanity refusal, unparseable replies,
agreement, cache, compare refusing another grader, `bench judge check`) are tested with a
deterministic fake server in tests/bench/."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.suites import bench_in_process

pytestmark = pytest.mark.slow

QA_FILE = Path(__file__).resolve().parents[1] / "data" / "judge-labels" / "surgery-sentences.jsonl"
QUESTIONS = 2
SANITY = 6  # 2 items x (gold: CORRECT, the other item's gold: INCORRECT, "I don't know.")


def _suite(root: Path, base_url: str, model: str) -> Path:
    (root / "qa.jsonl").write_text(
        "".join(QA_FILE.read_text(encoding="utf-8").splitlines(keepends=True)[:QUESTIONS]))
    path = root / "judged.yaml"
    # min_sanity 0: the 135M judge is graded whatever its sanity result (the mechanics are
    # what is tested here); concurrency 1 so the answers' chunk is in flight for a while.
    path.write_text(f"""name: judged
seed: 5
tasks:
  - name: manual
    generator: qa-file
    params: {{path: qa.jsonl, test_fraction: 1.0}}
    trained: 0
variants: [base]
templates: [plain]
metrics: [exact_match, f1]
generation: {{max_new_tokens: 12}}
scoring:
  knownness: off
  judge: {{backend: openai, base_url: '{base_url}', model: '{model}', concurrency: 1,
           min_sanity: 0.0, max_unparseable: 1.0}}
""")
    return path


def _lines(path: Path) -> int:
    return path.read_text().count("\n") if path.exists() else 0


def test_a_served_judge_killed_mid_grading_resumes_and_reports(tmp_path, served):
    base_url, model_dir = served
    args = [sys.executable, "-m", "bench", "run", str(_suite(tmp_path, base_url, model_dir)),
            "--run-id", "judged"]
    run = tmp_path / "runs" / "judged"
    verdicts = run / "verdicts.jsonl"
    proc = subprocess.Popen(args, cwd=tmp_path, env=dict(os.environ),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    # The sanity pairs come first (chunks of 4 and 2); kill while the answers' chunk is asked.
    while time.time() < deadline and proc.poll() is None and _lines(verdicts) < SANITY:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    kept = _lines(verdicts)
    assert SANITY <= kept < SANITY + QUESTIONS, "the kill did not land while grading answers"
    assert _lines(run / "predictions.jsonl") == QUESTIONS
    assert not (run / "results.json").exists()

    # The resumed run and the report take no signal: in this process (no second import).
    again = bench_in_process(*args[3:], cwd=tmp_path, COLUMNS="1000")
    assert again.returncode == 0, again.stderr[-3000:]
    results = json.loads((run / "results.json").read_text())
    judge = results["judge"]
    keys = [json.loads(line)["key"] for line in verdicts.read_text().splitlines()]
    assert len(keys) == len(set(keys)) == SANITY + QUESTIONS  # nothing asked or kept twice
    assert judge["reused"] == kept and judge["asked"] == SANITY + QUESTIONS - kept
    # resumed from the folder: every answer kept, none generated or taken from the cache
    assert results["answers"] == {"generated": 0, "from_cache": 0, "kept": QUESTIONS}
    assert f"resuming {run.name}: {QUESTIONS} answers kept from before" in again.stderr
    assert judge["graded"] == QUESTIONS and judge["reported"]
    assert results["grader"] == f"judge openai:{model_dir} (judge-v1)"
    # Each answer carries the judge's grade; an unparseable reply is shown, never guessed,
    # and leaves the answer out of the graded metrics.
    grades = [item["grade"] for item in results["items"]]
    assert len(grades) == QUESTIONS and judge["unparseable"] == grades.count("unparseable")
    for item in results["items"]:
        assert ("judge_correct" in item["scores"]) == (item["grade"] != "unparseable")
    rows = {m["metric"] for m in results["metrics"] if m["subset"] == "answerable"}
    assert "exact_match" in rows
    assert ("judge_correct" in rows) == (judge["unparseable"] < QUESTIONS)
    assert not rows & {"invented_entity", "entity_precision"}  # a QA file has no source text
    assert [n["task"] for n in results["not_applicable"]] == ["manual"]
    assert f"graded by judge openai:{model_dir} (judge-v1)" in again.stdout

    report = bench_in_process("report", "runs/judged", "-f", "md", cwd=tmp_path)
    assert report.returncode == 0, report.stderr
    assert "judge sanity check:" in report.stdout and "n/a" in report.stdout
    assert report.stdout.count("has no source text") == 1
    sanity = judge["sanity"]
    print(f"SmolLM2-135M served as a judge: sanity {sanity['correct']}/{sanity['total']}, "
          f"{judge['unparseable']} of {judge['graded']} verdicts unparseable "
          f"{judge['unparseable_replies']}")
