"""benchmarks/judge_labels.py's mechanics on a hand-made run: one row per distinct answer,
unanswerable and empty answers left out, a seeded sample, no label filled in."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from bench.scoring.judge.results import LabelAgreement
from tests.reports.sample_run import judged_results

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from judge_labels import answer_rows, figures_row, sample_rows  # noqa: E402


def test_one_unlabelled_row_per_distinct_answer():
    result = judged_results()
    items = list(result.items)
    again = [replace(item, variant="mine", template="qa-format") for item in items]
    items[0] = replace(items[0], answer="")
    items[1] = replace(items[1], kind="unanswerable")
    rows = answer_rows(replace(result, items=tuple(items + again)))
    answers = [row["answer"] for row in rows]
    assert len(answers) == len(set(answers)) == 6  # the copies of items 0 and 1 stay
    assert rows[0]["variant"] == "base" and rows[-1]["variant"] == "mine"
    assert {row["label"] for row in rows} == {""}
    assert set(rows[0]) == {"id", "task", "variant", "template", "kind", "question", "gold",
                            "answer", "label"}


def test_the_sample_is_seeded_and_keeps_the_run_order():
    rows = [{"n": n} for n in range(50)]
    first, second = sample_rows(rows, 20, 25), sample_rows(rows, 20, 25)
    assert first == second and len(first) == 20
    assert [r["n"] for r in first] == sorted(r["n"] for r in first)
    assert sample_rows(rows, 20, 26) != first and sample_rows(rows, 80, 25) == rows


def test_the_figures_row():
    found = LabelAgreement("a.jsonl", 240, 60, 0.9, 0.85, 0.94, 0.8, 0.72, 0.87, 2)
    assert figures_row("big", found) == "| big | 240 | 90.0 [85.0, 94.0] | 0.80 [0.72, 0.87] | 2 |"
