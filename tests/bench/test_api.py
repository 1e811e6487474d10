"""The Python entry points refuse arguments of the wrong shape before any work, in the
bench's own one-line errors."""

from __future__ import annotations

import pytest

import bench
from bench.core.errors import ConfigError


def test_adapters_must_be_a_mapping_and_a_variant_must_train(tmp_path):
    with pytest.raises(ConfigError, match=r"adapters: expected a mapping of variant name to "
                                          r"PEFT folder"):
        bench.evaluate("tiny", tmp_path / "run", adapters=["out/adapter"])
    assert not (tmp_path / "run").exists()
    with pytest.raises(ConfigError, match=r"variant 'base' trains no adapter \(method 'none'\)"):
        bench.adapter("tiny", "base")
    with pytest.raises(ConfigError, match=r"variant: expected one variant's name, got list"):
        bench.adapter("tiny", ["instruct-qlora"])


def test_one_variant_name_is_a_name_not_its_letters(tmp_path):
    # "bsae" is checked as one name (with a did-you-mean), not as the variants b, s, a, e
    with pytest.raises(ConfigError, match=r"^variants 'bsae': not in suite tiny \(did you mean "
                                          r"'base'\?\)"):
        bench.evaluate("tiny", tmp_path / "run", variants="bsae")


def test_compare_gates_from_python_on_folders_files_or_results(tmp_path):
    import json

    from bench.runs.result import RunResult
    from tests.bench.runs.test_compare import BASE, _results

    for name, em in (("a", BASE), ("b", [0] * 40)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "results.json").write_text(json.dumps(_results(em)))
    rows = bench.compare(tmp_path / "a", str(tmp_path / "b" / "results.json"))
    gated = [r for r in rows if r.gated]
    assert len(gated) == 1 and gated[0].regression and gated[0].metric == "exact_match"
    same = bench.compare(RunResult.read(tmp_path / "a"), tmp_path / "a",
                         pairs=[("v", "v")], metrics=("invented_entity",))
    assert sum(r.gated for r in same) == 2 and not any(r.regression for r in same)
    # Errors name compare()'s arguments, not bench compare's flags.
    with pytest.raises(ConfigError, match="^metrics 'exact_mach': unknown metric"):
        bench.compare(tmp_path / "a", tmp_path / "b", metrics=("exact_mach",))
    with pytest.raises(ConfigError, match=r"^pairs=\[\('v', 'w'\)\]: no variant 'w' in the "
                                          r"candidate"):
        bench.compare(tmp_path / "a", tmp_path / "b", pairs=[("v", "w")])
    with pytest.raises(ConfigError, match="^min_delta 5: expected a fraction"):
        bench.compare(tmp_path / "a", tmp_path / "b", min_delta=5)
    from dataclasses import replace

    empty = replace(RunResult.read(tmp_path / "b"), items=())  # the baseline's variant missing
    with pytest.raises(ConfigError, match=r"pair it with pairs=\[\('v', 'NAME'\)\], or "
                                          r"allow_different_items=True to compare only"):
        bench.compare(tmp_path / "a", empty)
    with pytest.raises(ConfigError, match=r"\(pair differently named variants with "
                                          r"pairs=\[\('A', 'B'\)\]\)$"):
        bench.compare(tmp_path / "a", empty, allow_different_items=True)
    judged = replace(RunResult.read(tmp_path / "b"), grader="judge x")
    with pytest.raises(ConfigError, match=r"or pass skip_graded=True to compare the other"):
        bench.compare(tmp_path / "a", judged)
    assert any(r.gated for r in bench.compare(tmp_path / "a", judged, skip_graded=True))
