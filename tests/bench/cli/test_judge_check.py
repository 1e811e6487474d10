"""`bench judge check --labels FILE` through the CLI against a deterministic fake server (no
model is loaded): agreement, sanity check, confusion table, --out, and clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import FakeJudge

GOLDS = [("What is a sequestrum?", "The separated dead portion of bone."),
         ("What is a keloid?", "An overgrowth of scar tissue."),
         ("What is haematuria?", "Blood in the urine.")]


def _labels(path: Path, wrong_label: bool = False) -> Path:
    rows = []
    for question, gold in GOLDS:
        for answer, label in ((gold, "correct"), ("I don't know.", "not_attempted"),
                              ("It is the spleen.", "incorrect")):
            rows.append({"question": question, "gold": [gold], "answer": answer, "label": label})
    if wrong_label:  # a person who disagrees with the (fake) judge once
        rows[2]["label"] = "correct"
    rows.append({"question": GOLDS[0][0], "gold": [GOLDS[0][1]], "answer": "bone", "label": ""})
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def _check(cwd: Path, *args):
    env = {**os.environ, "BENCH_CACHE": str(cwd / "cache"), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "bench", "judge", "check", *map(str, args)],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture()
def fake():
    judge = FakeJudge()
    yield judge
    judge.close()


def test_a_served_judge_is_checked_against_the_labels(tmp_path, fake):
    labels = _labels(tmp_path / "labels.jsonl")
    done = _check(tmp_path, "--labels", labels, "--base-url", fake.url, "--judge-model", "fake",
                  "--out", "check.json")
    assert done.returncode == 0, done.stderr
    assert "judge openai:fake (judge-v1)" in done.stdout
    assert "9 labelled answers, 3 questions, 1 row without a label left out" in done.stdout
    assert "accuracy 100.0%" in done.stdout and "Cohen's kappa 1.00" in done.stdout
    assert "sanity check: 9 of 9 pairs as expected" in done.stdout and "passed" in done.stdout
    # The floor it is read beside: these sentence-free answers are easy for the rules too.
    said = " ".join(done.stdout.split())
    assert "the rules grader (exact match, refusal detector) 100.0% [" in said
    assert "always 'correct' 33.3% (kappa 0)" in said
    written = json.loads((tmp_path / "check.json").read_text())
    assert written["judge"] == "openai:fake (judge-v1)"
    assert written["agreement"]["kappa"] == 1.0 and written["sanity"]["passed"]
    assert written["rules_agreement"]["n"] == 9 and written["rules_agreement"]["kappa"] == 1.0
    asked = fake.requests
    # 9 sanity pairs; of the 9 labelled answers only the 3 "spleen" ones are new (the gold
    # and "I don't know." answers are sanity pairs too): nothing is asked twice.
    assert asked == 12
    again = _check(tmp_path, "--labels", labels, "--base-url", fake.url, "--judge-model", "fake")
    assert again.returncode == 0 and fake.requests == asked  # the verdict cache


def test_a_disagreement_shows_in_the_figures_and_the_confusion_table(tmp_path, fake):
    done = _check(tmp_path, "--labels", _labels(tmp_path / "labels.jsonl", wrong_label=True),
                  "--base-url", fake.url, "--judge-model", "fake", "--no-cache")
    assert done.returncode == 0, done.stderr
    # 8 of 9 agree; chance agreement (4x3 + 2x3 + 3x3) / 81 = 1/3: kappa (8/9 - 1/3) / (2/3)
    assert "accuracy 88.9%" in done.stdout and "Cohen's kappa 0.83" in done.stdout
    rows = {line.split("│")[1].strip(): [cell.strip() for cell in line.split("│")[2:6]]
            for line in done.stdout.splitlines() if line.startswith("│")}
    assert rows == {"correct": ["3", "1", "0", "0"], "incorrect": ["0", "2", "0", "0"],
                    "not_attempted": ["0", "0", "3", "0"]}


def test_missing_or_bad_labels_are_one_clear_line(tmp_path, fake):
    missing = _check(tmp_path, "--labels", tmp_path / "nope.jsonl", "--base-url", fake.url,
                     "--judge-model", "fake")
    assert missing.returncode == 4 and "labels file not found" in missing.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"question": "q", "gold": ["a"], "answer": "b",
                               "label": "maybe"}) + "\n")
    done = _check(tmp_path, "--labels", bad, "--base-url", fake.url, "--judge-model", "fake")
    assert done.returncode == 4 and "bad.jsonl" in done.stderr and "maybe" in done.stderr
    assert fake.requests == 0
