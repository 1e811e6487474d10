"""`bench compare`: items paired by content, paired tests with Holm's correction, and the
CI gate's exit code, through the real CLI where the exit code is the point."""

import json
import subprocess
import sys

import pytest

from bench.core.errors import ConfigError
from bench.runs.compare import GateSettings
from bench.runs.compare import compare_runs as compare_results
from bench.runs.result import RunResult


def compare_runs(a: dict, b: dict, gate: GateSettings = GateSettings()):
    return compare_results(RunResult.from_dict(a), RunResult.from_dict(b), gate)


def _item(n: int, scores: dict, kind: str = "paraphrase", variant: str = "v",
          key_prefix: str = "k") -> dict:
    return {"task": "story", "variant": variant, "template": "plain", "item_id": f"i{n}",
            "item_key": f"{key_prefix}{n}", "kind": kind, "scores": scores, "bucket": "none"}


def _results(em: list[int], invented: list[int] | None = None, version: int = 3,
             f1: list[float] | None = None, variant: str = "v", key_prefix: str = "k") -> dict:
    items = []
    for n, value in enumerate(em):
        scores = {"exact_match": float(value),
                  "invented_entity": float((invented or [0] * len(em))[n])}
        if f1 is not None:
            scores["f1"] = f1[n]
        items.append(_item(n, scores, variant=variant, key_prefix=key_prefix))
    items.append(_item(999, {"refusal": 1.0}, "unanswerable", variant, key_prefix))
    return {"schema_version": version, "run_id": "r", "items": items, "metrics": [],
            "suite": {"name": "s", "config": {}}, "model": {"name": "m"}}


def _write(tmp_path, name, results):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "results.json").write_text(json.dumps(results))
    return folder


def _compare(*args):
    return subprocess.run([sys.executable, "-m", "bench", "compare", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


BASE = [1] * 30 + [0] * 10


def test_planted_regression_fails_the_gate_and_an_identical_rerun_passes(tmp_path):
    worse = [0] * 20 + [1] * 10 + [0] * 10
    a, b = _write(tmp_path, "a", _results(BASE)), _write(tmp_path, "b", _results(worse))
    gated = _compare(a, b, "--fail-on-regression")
    assert gated.returncode == 1, gated.stdout + gated.stderr
    assert "exact_match 75.0 -> 25.0" in gated.stderr
    assert _compare(a, b).returncode == 0  # without the flag it only reports
    # A results.json file works on either side, as a baseline kept in a repository.
    same = _compare(a / "results.json", _write(tmp_path, "c", _results(BASE)),
                    "--fail-on-regression")
    assert same.returncode == 0 and "0 regressions" in same.stdout


def test_noise_passes_the_gate(tmp_path):
    noisy = [0, 0] + [1] * 28 + [1, 1] + [0] * 8  # two items lost, two gained
    a, b = _write(tmp_path, "a", _results(BASE)), _write(tmp_path, "b", _results(noisy))
    gated = _compare(a, b, "--fail-on-regression")
    assert gated.returncode == 0, gated.stdout + gated.stderr
    assert "0 regressions" in gated.stdout


def test_single_worse_item_and_four_tiny_f1_losses_do_not_fail():
    one = compare_runs(_results([1], f1=[0.9]), _results([1], f1=[0.2]))
    assert not any(d.regression for d in one)
    f1_a = [0.5] * 100
    f1_b = [0.49] * 4 + [0.5] * 96
    deltas = compare_runs(_results([1] * 100, f1=f1_a), _results([1] * 100, f1=f1_b))
    f1 = next(d for d in deltas if d.metric == "f1")
    assert f1.test == "sign-flip" and f1.p_value == pytest.approx(0.125) and not f1.regression


def test_holm_correction_keeps_a_borderline_change_from_failing():
    # EM drops on 7 of 40 items (McNemar p = 0.0156): significant alone, not among 3 gated.
    worse = [0] * 7 + [1] * 23 + [0] * 10
    alone = compare_runs(_results(BASE), _results(worse), GateSettings(metrics=("exact_match",)))
    em = next(d for d in alone if d.metric == "exact_match")
    assert em.p_value == pytest.approx(2 / 2 ** 7) and em.regression
    many = compare_runs(_results(BASE), _results(worse), GateSettings(alpha=0.04))
    em = next(d for d in many if d.metric == "exact_match")
    assert em.p_holm == pytest.approx(3 * em.p_value) and not em.regression


def test_lower_is_better_metrics_and_thresholds():
    a = _results(BASE, invented=[0] * 40)
    b = _results(BASE, invented=[1] * 20 + [0] * 20)
    deltas = {d.metric: d for d in compare_runs(a, b)}
    assert deltas["invented_entity"].regression and deltas["invented_entity"].delta == 0.5
    assert not deltas["exact_match"].p_value < 0.05 and deltas["refusal"].n == 1
    relaxed = {d.metric: d for d in compare_runs(a, b, GateSettings(min_delta=0.6))}
    assert not relaxed["invented_entity"].regression
    only_em = {d.metric: d for d in compare_runs(a, b, GateSettings(metrics=("exact_match",)))}
    assert not only_em["invented_entity"].regression and only_em["invented_entity"].worse


def test_ungated_worsening_is_flagged_not_shown_as_good(tmp_path):
    a = _write(tmp_path, "a", _results(BASE, invented=[0] * 40))
    b = _write(tmp_path, "b", _results(BASE, invented=[1] * 20 + [0] * 20))
    done = _compare(a, b, "--metric", "exact_match", "--fail-on-regression")
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stdout.splitlines() if "invented_entity" in line)
    assert "worse (not gated)" in line and "better" not in line


def test_items_are_paired_by_content_not_position():
    # Same ids, other questions (another seed): refused unless told, then nothing pairs.
    a, b = _results(BASE), _results(BASE, key_prefix="other")
    with pytest.raises(ConfigError, match="different test items"):
        compare_runs(a, b)
    with pytest.raises(ConfigError, match="nothing to compare"):
        compare_runs(a, b, GateSettings(allow_different_items=True))
    # The same items in another order still pair up item by item.
    shuffled = _results(BASE)
    shuffled["items"] = list(reversed(shuffled["items"]))
    assert all(d.delta == 0 for d in compare_runs(a, shuffled))


def test_pair_compares_differently_named_variants(tmp_path):
    a = _write(tmp_path, "a", _results(BASE, variant="base"))
    b = _write(tmp_path, "b", _results([0] * 30 + [0] * 10, variant="mine"))
    assert _compare(a, b, "--fail-on-regression").returncode == 2  # no shared variant name
    done = _compare(a, b, "--pair", "base:mine", "--fail-on-regression")
    assert done.returncode == 1 and "story/base -> mine/plain" in done.stderr
    typo = _compare(a, b, "--pair", "base:mien")
    assert typo.returncode == 2 and "did you mean 'mine'" in typo.stderr


@pytest.mark.parametrize("args, message", [
    (["--metric", "exact_mach"], "--metric 'exact_mach': unknown metric (did you mean 'exact_match'?)"),
    (["--pair", "base"], "expected BASELINE_VARIANT:CANDIDATE_VARIANT"),
])
def test_bad_gate_options_are_one_line_errors(tmp_path, args, message):
    a, b = _write(tmp_path, "a", _results(BASE)), _write(tmp_path, "b", _results(BASE))
    done = _compare(a, b, *args)
    assert done.returncode == 2 and message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_other_schema_version_is_a_clear_error(tmp_path):
    a = _write(tmp_path, "a", _results(BASE, version=1))
    b = _write(tmp_path, "b", _results(BASE))
    done = _compare(a, b)
    assert done.returncode == 4
    assert done.stderr.strip().endswith("(rerun the suite to upgrade)")
    assert "schema_version 1" in done.stderr and "Traceback" not in done.stderr
