"""Agreement with people: Cohen's kappa, accuracy, clustered intervals, the labels file."""

from __future__ import annotations

import json
import math

import pytest

from bench.core.errors import DataError
from bench.scoring.judge.agreement import (
    agreement,
    cohen_kappa,
    labelled_only,
    read_labels,
)
from bench.scoring.judge.verdicts import Verdict


def test_kappa_matches_a_hand_computed_value():
    # 2x2 table [[20, 5], [10, 15]]: p_o = 0.7, p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5 -> 0.4
    labels = ["a"] * 25 + ["b"] * 25
    verdicts = ["a"] * 20 + ["b"] * 5 + ["a"] * 10 + ["b"] * 15
    assert cohen_kappa(labels, verdicts) == pytest.approx(0.4)
    assert cohen_kappa(labels, labels) == 1.0
    assert math.isnan(cohen_kappa(["a"] * 3, ["a"] * 3))  # chance agreement is 1


def test_sklearn_agrees_where_installed():
    metrics = pytest.importorskip("sklearn.metrics")
    labels = ["correct", "incorrect", "not_attempted", "correct", "incorrect"] * 7
    verdicts = ["correct", "correct", "not_attempted", "incorrect", "incorrect"] * 7
    assert cohen_kappa(labels, verdicts) == pytest.approx(metrics.cohen_kappa_score(labels, verdicts))


def _write(tmp_path, rows) -> object:
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _row(q: int, answer: str, label: str) -> dict:
    return {"question": f"Q{q}?", "gold": [f"gold {q}"], "answer": answer, "label": label}


def test_agreement_on_clustered_answers(tmp_path):
    rows = [_row(q, f"answer {q}.{k}", "correct" if k else "incorrect")
            for q in range(20) for k in range(3)] + [_row(99, "x", "")]
    read = read_labels(_write(tmp_path, rows))
    labelled = labelled_only(read, "labels.jsonl")
    assert len(read) == 61 and len(labelled) == 60
    # The judge says correct to everything: right on 40 of 60, never on an incorrect one.
    verdicts = {r.pair.key: Verdict("correct", "CORRECT") for r in labelled}
    verdicts[labelled[1].pair.key] = Verdict(None, "dunno")
    found = agreement(labelled, verdicts, "labels.jsonl", seed=1)
    assert found.n == 60 and found.clusters == 20 and found.unparseable == 1
    assert found.accuracy == pytest.approx(39 / 60)
    assert found.accuracy_low < found.accuracy < found.accuracy_high
    assert found.kappa_low <= found.kappa <= found.kappa_high
    assert found.confusion["incorrect"]["correct"] == 20
    assert found.confusion["correct"]["unparseable"] == 1
    again = agreement(labelled, verdicts, "labels.jsonl", seed=1)
    assert (again.kappa_low, again.kappa_high) == (found.kappa_low, found.kappa_high)


def test_a_perfect_judge_has_kappa_one_and_a_clustered_interval(tmp_path):
    rows = [_row(q, "a", ["correct", "incorrect", "not_attempted"][q % 3]) for q in range(30)]
    labelled = labelled_only(read_labels(_write(tmp_path, rows)), "f")
    verdicts = {r.pair.key: Verdict(r.label, r.label.upper()) for r in labelled}
    found = agreement(labelled, verdicts, "f")
    assert found.kappa == 1.0 and found.accuracy == 1.0 and found.accuracy_low < 1.0


@pytest.mark.parametrize("line, message", [
    ("{not json", "line 1: not valid JSON"),
    ('{"question": "Q?", "gold": "one", "answer": "a", "label": ""}', r"gold \(a list"),
    ('{"question": "Q?", "gold": ["g"], "answer": "a", "label": "right"}',
     "label 'right': expected one of correct, incorrect, not_attempted"),
])
def test_bad_rows_are_one_line_naming_file_and_line(tmp_path, line, message):
    path = tmp_path / "labels.jsonl"
    path.write_text(line + "\n")
    with pytest.raises(DataError, match=message) as error:
        read_labels(path)
    assert str(path) in error.value.message and "\n" not in error.value.message


def test_a_file_waiting_for_its_labeller_says_so(tmp_path):
    path = _write(tmp_path, [_row(1, "a", ""), _row(2, "b", "")])
    with pytest.raises(DataError, match="no labelled rows yet \\(2 rows with an empty label\\)"):
        labelled_only(read_labels(path), path)
    with pytest.raises(DataError, match="labels file not found"):
        read_labels(tmp_path / "missing.jsonl")
