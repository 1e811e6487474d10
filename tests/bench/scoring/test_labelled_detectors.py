"""The refusal and invented-entity detectors against answers labelled by hand.

tests/data/labelled_answers.jsonl holds 360 real answers: 240 sampled from a run of
tests/data/labelling.yaml (base model and QLoRA adapter; the story world, the surgery
manual and the two texts written for the tests; plain, closed-book and qa-format
templates; 10 per task x variant x template) and 120 sampled from a run of
tests/data/labelling-unanswerable.yaml (the base model on many unanswerable questions, as
it rarely refuses). Each was labelled by hand by reading it against its task's source
text: does it decline to answer, which named entities does it name (people, places,
organisations, works, peoples and languages; not titles, eras or acronyms of technology),
and which of those occur neither in the source nor in the question (`invented`, found by
searching the source for each labelled name). An entity the detector finds counts as
right when it and a labelled one contain each other as whole words ("Feywild" and
"Kingdom of Feywild"): boundaries are not the point, names are. The tasks are rebuilt
here (deterministic) to give the detectors the source; each row keeps the question the
run asked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.core.refusal import is_refusal
from bench.scoring.hallucination import EntityChecker
from bench.scoring.score_run import answer_text

DATA = Path(__file__).resolve().parents[2] / "data"
PROJECT = DATA.parents[1]


@pytest.fixture(scope="module")
def labelled():
    """The labelled rows, and (suite, task) -> the rebuilt task."""
    from bench.runs.suites import load_suite
    from bench.tasks.build import build_tasks

    rows = [json.loads(line) for line in
            (DATA / "labelled_answers.jsonl").read_text(encoding="utf-8").splitlines() if line]
    tasks = {(suite, name): task for suite in sorted({r["suite"] for r in rows})
             for name, task in build_tasks(load_suite(str(DATA / f"{suite}.yaml"))).items()}
    return rows, tasks


def _same(a: str, b: str) -> bool:
    """One name contains the other as whole words (lowercase)."""
    a, b = (f" {x.lower().replace('-', ' ')} " for x in (a, b))
    return a in b or b in a


def _rates(pairs: list[tuple[bool, bool]]) -> tuple[float, float, int]:
    """(precision, recall, positives) of predicted vs labelled booleans."""
    tp = sum(p and g for p, g in pairs)
    fp = sum(p and not g for p, g in pairs)
    fn = sum(g and not p for p, g in pairs)
    return tp / max(1, tp + fp), tp / max(1, tp + fn), tp + fn


def test_the_labelled_set_is_large_and_varied(labelled):
    rows, tasks = labelled
    assert len(rows) >= 200
    assert {(r["suite"], r["task"]) for r in rows} == set(tasks)
    assert {r["task"] for r in rows} == {"story", "surgery", "envoy", "wiki"}
    assert {r["variant"] for r in rows} == {"base", "instruct-qlora"}
    assert {r["template"] for r in rows} == {"plain", "closed-book", "qa-format"}
    assert sum(r["refusal"] for r in rows) >= 10 and sum(bool(r["invented"]) for r in rows) >= 50


def test_refusal_detector_precision_and_recall(labelled):
    rows, _ = labelled
    precision, recall, positives = _rates([(is_refusal(answer_text(r["answer"])), r["refusal"])
                                           for r in rows])
    print(f"refusal detector: precision {precision:.3f}, recall {recall:.3f} "
          f"({positives} refusals in {len(rows)} answers)")
    assert precision >= 0.95 and recall >= 0.90


def test_invented_entity_detector_precision_and_recall(labelled):
    rows, tasks = labelled
    checkers = {key: EntityChecker(t.corpus, t.entities + t.decoys) for key, t in tasks.items()}
    right = predicted_total = found = gold_total = 0
    misses = []
    for row in rows:
        key = (row["suite"], row["task"])
        # The question as the run asked it: item ids follow the generator's version.
        check = checkers[key].check(answer_text(row["answer"]), row["question"])
        predicted, gold = list(check.invented), row["invented"]
        right += sum(any(_same(p, g) for g in gold) for p in predicted)
        found += sum(any(_same(p, g) for p in predicted) for g in gold)
        predicted_total += len(predicted)
        gold_total += len(gold)
        if sorted(map(str.lower, predicted)) != sorted(map(str.lower, gold)):
            misses.append((row["answer"][:60], predicted, gold))
    precision, recall = right / max(1, predicted_total), found / max(1, gold_total)
    print(f"invented-entity detector: precision {precision:.3f}, recall {recall:.3f} "
          f"({gold_total} invented entities in {len(rows)} answers)")
    for miss in misses:
        print("  differs:", miss)
    assert precision >= 0.95 and recall >= 0.90
