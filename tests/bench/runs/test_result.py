"""RunResult: results.json as typed values, written and read back unchanged, and refused in
one line when it is another schema or a field is missing or mistyped."""

from __future__ import annotations

import json

import pytest

from bench.core.errors import DataError
from bench.core.types import RESULTS_SCHEMA_VERSION, ItemScore, MetricRow
from bench.runs.result import RunResult
from tests.reports.sample_run import sample_results


def test_written_result_reads_back_equal_and_typed(tmp_path):
    result = sample_results()
    result.write(tmp_path)
    back = RunResult.read(tmp_path)
    assert back == result
    assert isinstance(back.metrics[0], MetricRow) and isinstance(back.items[0], ItemScore)
    assert back.examples[0].gold == result.examples[0].gold  # tuples stay tuples
    em = back.metric("story", "base", "exact_match")
    assert em is not None and em.template == "all" and em.subset == "answerable"
    assert back.metric("story", "base", "exact_match", template="plain").template == "plain"
    assert back.metric("story", "nobody", "exact_match") is None
    assert back.variants == ("base", "instruct-qlora-source-tag")


def test_other_schema_is_refused_in_one_line(tmp_path):
    data = sample_results().to_dict()
    data["schema_version"] = RESULTS_SCHEMA_VERSION - 1
    path = tmp_path / "results.json"
    path.write_text(json.dumps(data))
    with pytest.raises(DataError) as error:
        RunResult.read(path)
    assert str(path) in error.value.message and "rerun the suite" in error.value.message
    assert "\n" not in error.value.message


@pytest.mark.parametrize("change, field", [
    (lambda d: d.pop("run_id"), "missing field 'run_id'"),
    (lambda d: d["metrics"][0].update(value="high"), ".metrics[0].value: expected float"),
    (lambda d: d["items"][3].update(scores=[1, 2]), ".items[3].scores: expected an object"),
])
def test_a_broken_field_is_named(tmp_path, change, field):
    data = sample_results().to_dict()
    change(data)
    with pytest.raises(DataError, match=field.replace("[", r"\[").replace("]", r"\]")):
        RunResult.from_dict(data, "x/results.json")


def test_require_names_what_the_run_does_not_have():
    result = sample_results()
    row = result.metric("story", "base", "exact_match")
    assert row is not None and result.require("story", "base", "exact_match") == row
    assert result.metric("stroy", "base", "exact_match") is None
    with pytest.raises(DataError, match=r"no task 'stroy' \(did you mean 'story'\?\)"):
        result.require("stroy", "base", "exact_match")
    with pytest.raises(DataError, match=r"no metric 'exact_mach' \(did you mean 'exact_match'\?\)"):
        result.require("story", "base", "exact_mach")
