"""The refusal and invented-entity detectors on a second set, labelled blind.

tests/data/labelled_answers_blind.jsonl holds 221 real answers drawn by
benchmarks/detector_sample.py (every task x variant x template, half of each cell
unanswerable items where there are any) from a run of tests/data/detectors-base.yaml (the
base model on a story world, the surgery manual and mill.txt, three templates) and one of
tests/data/detectors-adapters.yaml (two LoRA adapters on the story, one trained with
refusal targets, so refusals by an adapter are in the set). A helper session labelled them
from the answers, the sources and a guide alone (tests/data/detectors-label-guide.md): it
saw neither the detectors' rules nor their verdicts, and the rules were not changed after.
A hedge followed by a guess is labelled an answer, as the README's rule says.

These are the figures the README quotes; the test fails if a change to a detector moves
them, so the README is updated with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.core.refusal import is_refusal
from bench.scoring.clustered import wilson
from bench.scoring.hallucination import EntityChecker
from bench.scoring.score_run import answer_text
from tests.bench.scoring.test_labelled_detectors import _same

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def blind():
    from bench.runs.suites import load_suite
    from bench.tasks.build import build_tasks

    rows = [json.loads(line) for line in (DATA / "labelled_answers_blind.jsonl").read_text(
        encoding="utf-8").splitlines() if line]
    tasks = {(suite, name): task for suite in sorted({r["suite"] for r in rows})
             for name, task in build_tasks(load_suite(str(DATA / f"{suite}.yaml"))).items()}
    return rows, tasks


def _share(hits: int, total: int) -> str:
    low, high = wilson(hits / total, total, 1.96)
    return f"{hits}/{total} = {100 * hits / total:.1f}% [{100 * low:.1f}, {100 * high:.1f}]"


def test_the_blind_set_is_large_and_has_adapter_refusals(blind):
    rows, tasks = blind
    assert len(rows) >= 200 and {(r["suite"], r["task"]) for r in rows} == set(tasks)
    assert {r["variant"] for r in rows} == {"base", "declines", "instruct"}
    assert {r["template"] for r in rows} == {"plain", "closed-book", "qa-format"}
    adapter_refusals = sum(r["refusal"] for r in rows if r["variant"] != "base")
    assert adapter_refusals >= 10 and sum(bool(r["invented"]) for r in rows) >= 50


def test_refusal_detector_on_the_blind_set(blind):
    rows, _ = blind
    pairs = [(is_refusal(answer_text(r["answer"])), r["refusal"]) for r in rows]
    tp = sum(p and g for p, g in pairs)
    predicted, labelled = sum(p for p, _ in pairs), sum(g for _, g in pairs)
    figures = f"precision {_share(tp, predicted)}, recall {_share(tp, labelled)}"
    print("refusal detector, blind set:", figures)
    assert figures == ("precision 37/39 = 94.9% [83.1, 98.6], "
                       "recall 37/39 = 94.9% [83.1, 98.6]")


def test_invented_entity_detector_on_the_blind_set(blind):
    rows, tasks = blind
    checkers = {key: EntityChecker(t.corpus, t.entities + t.decoys) for key, t in tasks.items()}
    right = predicted_total = found = labelled_total = 0
    for row in rows:
        check = checkers[(row["suite"], row["task"])].check(answer_text(row["answer"]),
                                                            row["question"])
        predicted, labelled = list(check.invented), row["invented"]
        right += sum(any(_same(p, g) for g in labelled) for p in predicted)
        found += sum(any(_same(p, g) for p in predicted) for g in labelled)
        predicted_total += len(predicted)
        labelled_total += len(labelled)
    figures = (f"precision {_share(right, predicted_total)}, "
               f"recall {_share(found, labelled_total)}")
    print("invented-entity detector, blind set:", figures)
    assert figures == ("precision 136/160 = 85.0% [78.7, 89.7], "
                       "recall 130/131 = 99.2% [95.8, 99.9]")
