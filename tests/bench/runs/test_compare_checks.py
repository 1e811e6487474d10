"""bench.runs.compare_checks through compare_runs and the CLI: a baseline task or variant the
candidate lacks is an error, and settings that change answers are named when they differ."""

from __future__ import annotations

import json

import pytest

from bench.core.errors import ConfigError
from bench.runs.compare import GateSettings
from bench.runs.result import RunResult
from tests.bench.runs.test_compare import BASE, _compare, _results, _write, compare_runs


def test_a_baseline_variant_or_task_the_candidate_lacks_is_an_error_not_a_pass(tmp_path):
    a = _results(BASE, tasks=("story", "surgery"))
    renamed = _results(BASE, tasks=("story", "surgery"), variant="v2")
    with pytest.raises(ConfigError, match=r"variant 'v' of the baseline is not in the candidate "
                                          r"run \(it has: v2\); pair it with --pair v:NAME"):
        compare_runs(a, {**renamed, "items": renamed["items"] + a["items"][:0]})
    fewer = _results([0] * 40, tasks=("surgery",))
    with pytest.raises(ConfigError, match=r"task 'story' \(variant v\) of the baseline is not "
                                          r"in the candidate run; --allow-different-items"):
        compare_runs(a, fewer)
    shared = compare_runs(a, fewer, GateSettings(allow_different_items=True))
    assert {r.task for r in shared} == {"surgery"}
    done = _compare(_write(tmp_path, "a", a), _write(tmp_path, "b", fewer), "--fail-on-regression")
    assert done.returncode == 2 and "task 'story'" in done.stderr


def test_settings_that_change_answers_are_named_when_they_differ(tmp_path):
    from bench.runs.compare_checks import setting_differences

    a, b = _results(BASE), _results(BASE)
    b["suite"] = {"name": "s", "config": {"generation": {"max_new_tokens": 4}}}
    b["metrics"] = [{"task": "story", "variant": "v", "template": "qa-format",
                     "subset": "answerable", "metric": "exact_match", "value": 0.5,
                     "ci_low": 0.4, "ci_high": 0.6, "n": 40, "clusters": 40}]
    b["model"] = {"name": "m", "fingerprint": "other"}
    a["environment"] = {"libraries": {"torch": "2.13.0"}, "hardware": "x"}
    b["environment"] = {"libraries": {"torch": "2.14.1"}, "hardware": "x"}
    lines = setting_differences(RunResult.from_dict(a), RunResult.from_dict(b), [("v", "v")])
    assert lines == ["model: baseline m (no fingerprint), candidate m (other)",
                     "templates: baseline none, candidate qa-format",
                     "suite generation: baseline unset, candidate {'max_new_tokens': 4}",
                     "torch: baseline 2.13.0, candidate 2.14.1"]
    assert setting_differences(RunResult.from_dict(a), RunResult.from_dict(a), [("v", "v")]) == []
    done = _compare(_write(tmp_path, "a", a), _write(tmp_path, "b", b), "-f", "json")
    assert done.returncode == 0 and "bench: note: the runs differ in torch: baseline 2.13.0, " \
        "candidate 2.14.1" in done.stderr
    assert json.loads(done.stdout)["differences"] == lines
