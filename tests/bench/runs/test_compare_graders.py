"""`bench compare` on runs graded differently (the rules, or judges of another model or
template version): refused in one line, or compared on the metrics no grader decides."""

from __future__ import annotations

import pytest

from bench.core.errors import ConfigError
from bench.runs.compare import GateSettings
from tests.bench.runs.test_compare import BASE, _compare, _gated, _results, _write, compare_runs


def _graded(em: list[int], grader: str, correct: list[int]) -> dict:
    """Results whose three-way grades (and judge_correct, for a judge) come from `grader`."""
    results = _results(em)
    for item, value in zip((i for i in results["items"] if i["kind"] != "unanswerable"), correct):
        item["scores"]["correct"] = float(value)
        if grader != "rules":
            item["scores"]["judge_correct"] = float(value)
    results["grader"] = grader
    return results


JUDGE_A = "judge openai:big-judge (judge-v1)"


def test_runs_graded_by_different_judges_are_refused_in_one_line(tmp_path):
    a = _write(tmp_path, "a", _graded(BASE, JUDGE_A, BASE))
    for other in ("judge openai:big-judge (judge-v2)", "judge openai:other (judge-v1)", "rules"):
        b = _write(tmp_path, other.replace(" ", "_").replace(":", "_").replace("(", "")
                   .replace(")", ""), _graded(BASE, other, BASE))
        done = _compare(a, b, "--fail-on-regression")
        assert done.returncode == 2, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        assert f"baseline: {JUDGE_A}; candidate: {other}" in done.stderr
        assert "--skip-graded" in done.stderr


def test_skip_graded_compares_the_rest_and_the_same_judge_compares_all(tmp_path):
    a = _graded(BASE, JUDGE_A, BASE)
    worse = [0] * 20 + [1] * 10 + [0] * 10
    rows = compare_runs(a, _graded(BASE, "rules", worse), GateSettings(skip_graded=True))
    assert {r.metric for r in rows} >= {"exact_match"}
    assert not {r.metric for r in rows} & {"correct", "judge_correct"}
    with pytest.raises(ConfigError, match="--metric correct needs both graded alike"):
        compare_runs(a, _graded(BASE, "rules", BASE),
                     GateSettings(skip_graded=True, metrics=("correct",)))
    same = compare_runs(a, _graded(BASE, JUDGE_A, worse), GateSettings(metrics=("judge_correct",)))
    gated = {r.metric: r for r in _gated(same)}
    assert gated["judge_correct"].regression and gated["exact_match"].identical
