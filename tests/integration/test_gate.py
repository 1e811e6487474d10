"""The regression gate on real runs through the real CLI: a story world with 101 held-out
answerable items, an adapter trained twice with different seeds (retraining churn must
not fail the gate), and a 10-point regression planted into a copy of the first run's
results (the gate must fail)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys

import pytest

from bench.core.types import in_headline

pytestmark = pytest.mark.slow

SUITE = """name: gate
seed: 11
tasks:
  - name: story
    generator: story
    params: {{kingdoms: 3, people: 20, artifacts: 5, decoys: 2}}
variants:
  - name: adapter
    extends: instruct-qlora
    compute_dtype: float32
    training: {{steps: 40, batch_size: 8, learning_rate: 2.0e-3, seed: {seed}}}
templates: [plain]
metrics: [exact_match]
generation: {{max_new_tokens: 16}}
"""


def _bench(*args, cwd):
    return subprocess.run([sys.executable, "-m", "bench", *map(str, args)], cwd=cwd,
                          env=dict(os.environ), capture_output=True, text=True, timeout=1200)


@pytest.fixture(scope="module")
def runs(smollm, bench_cache, tmp_path_factory):
    work = tmp_path_factory.mktemp("gate")
    for seed in (1, 2):
        (work / f"seed{seed}.yaml").write_text(SUITE.format(seed=seed))
        done = _bench("run", f"seed{seed}.yaml", "--run-id", f"seed{seed}", cwd=work)
        assert done.returncode == 0, done.stderr[-3000:]
    return work


def test_suite_is_big_enough(runs):
    results = json.loads((runs / "runs" / "seed1" / "results.json").read_text())
    headline = {i["item_key"] for i in results["items"] if in_headline(i["kind"])}
    assert len(headline) >= 100


def test_retraining_with_another_seed_passes_the_gate(runs):
    done = _bench("compare", "runs/seed1", "runs/seed2", "--fail-on-regression", cwd=runs)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 regressions" in done.stdout


def test_a_planted_ten_point_regression_fails_the_gate(runs):
    results = json.loads((runs / "runs" / "seed1" / "results.json").read_text())
    headline = [i for i in results["items"] if in_headline(i["kind"])]
    right = sorted({i["item_key"] for i in headline if i["scores"]["exact_match"] == 1.0})
    total = len({i["item_key"] for i in headline})
    lost = set(random.Random(0).sample(right, k=-(-total // 10)))  # 10% of the items
    for item in results["items"]:
        if item["item_key"] in lost:
            item["scores"]["exact_match"] = 0.0
            item["answer"] = "planted wrong answer"
    (runs / "planted.json").write_text(json.dumps(results))
    done = _bench("compare", "runs/seed1", "planted.json", "--fail-on-regression", cwd=runs)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "bench: regression: story/adapter/all exact_match" in done.stderr
