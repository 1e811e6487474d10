"""`bench compare`: deltas with paired tests, and the CI gate's exit code."""

import json
import subprocess
import sys

from bench.runs.compare import GateSettings, compare_runs


def _results(em: list[int], invented: list[int] | None = None, version: int = 2) -> dict:
    items = []
    for n, value in enumerate(em):
        scores = {"exact_match": float(value), "refusal": 0.0,
                  "invented_entity": float((invented or [0] * len(em))[n])}
        items.append({"task": "story", "variant": "v", "template": "plain", "item_id": f"i{n}",
                      "kind": "paraphrase", "scores": scores, "bucket": "none"})
    items.append({"task": "story", "variant": "v", "template": "plain", "item_id": "u0",
                  "kind": "unanswerable", "scores": {"refusal": 1.0}, "bucket": "none"})
    return {"schema_version": version, "run_id": "r", "items": items, "metrics": []}


def _write(tmp_path, name, results):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "results.json").write_text(json.dumps(results))
    return folder


def _compare(*args):
    return subprocess.run([sys.executable, "-m", "bench", "compare", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


BASE = [1] * 30 + [0] * 10


def test_planted_regression_fails_the_gate(tmp_path):
    worse = [0] * 20 + [1] * 10 + [0] * 10
    a, b = _write(tmp_path, "a", _results(BASE)), _write(tmp_path, "b", _results(worse))
    gated = _compare(a, b, "--fail-on-regression")
    assert gated.returncode == 1, gated.stdout + gated.stderr
    assert "exact_match 75.0 -> 25.0" in gated.stderr
    assert _compare(a, b).returncode == 0  # without the flag it only reports


def test_noise_passes_the_gate(tmp_path):
    noisy = [0, 0] + [1] * 28 + [1, 1] + [0] * 8  # two items lost, two gained
    a, b = _write(tmp_path, "a", _results(BASE)), _write(tmp_path, "b", _results(noisy))
    gated = _compare(a, b, "--fail-on-regression")
    assert gated.returncode == 0, gated.stdout + gated.stderr
    assert "0 regressions" in gated.stdout


def test_lower_is_better_metrics_and_thresholds():
    a = _results(BASE, invented=[0] * 40)
    b = _results(BASE, invented=[1] * 20 + [0] * 20)
    deltas = {d.metric: d for d in compare_runs(a, b)}
    assert deltas["invented_entity"].regression and deltas["invented_entity"].delta == 0.5
    assert not deltas["exact_match"].significant and deltas["refusal"].n == 1
    relaxed = {d.metric: d for d in compare_runs(a, b, GateSettings(min_delta=0.6))}
    assert not relaxed["invented_entity"].regression
    only_em = {d.metric: d for d in compare_runs(a, b, GateSettings(metrics=("exact_match",)))}
    assert not only_em["invented_entity"].regression


def test_other_schema_version_is_a_clear_error(tmp_path):
    a = _write(tmp_path, "a", _results(BASE, version=1))
    b = _write(tmp_path, "b", _results(BASE))
    done = _compare(a, b)
    assert done.returncode == 4
    assert done.stderr.strip().endswith("(rerun the suite to upgrade)")
    assert "schema_version 1" in done.stderr and "Traceback" not in done.stderr
