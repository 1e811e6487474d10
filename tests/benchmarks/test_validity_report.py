"""The validity study end to end on a tiny version of its suite: every variant trains a
step, samples are drawn, and the report has all eight tables with intervals and verdicts
(the direction of any effect is not checked: one training step shows none)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
PROJECT = Path(__file__).resolve().parents[2]


def test_tiny_validity_run_writes_every_table(smollm, bench_cache, tmp_path):
    import sys

    from bench.api import evaluate

    sys.path.insert(0, str(PROJECT / "benchmarks"))
    from validity_report import render

    results = evaluate(str(PROJECT / "tests" / "data" / "validity-tiny.yaml"), tmp_path / "run")
    text = render(results, "runs/x")
    sections = re.findall(r"^## (\d)\. ", text, flags=re.M)
    assert sections == [str(n) for n in range(1, 9)]
    for section in text.split("\n## ")[1:]:
        assert re.search(r"\d+\.\d \[\d+\.\d, \d+\.\d\] \(n=\d+\)", section), section[:200]
        assert re.search(r"Verdict: \*\*(reproduced|not reproduced|inconclusive[^*]*)\*\*",
                         section)
    # Sampling: 2 seeded draws for base and instruct only; the report's table has both.
    sampled = {(r.variant, r.samples) for r in results.consistency}
    assert sampled == {("base", 2), ("instruct", 2)}
    templates = {line.split('"template": "')[1].split('"')[0] for line in
                 (tmp_path / "run" / "predictions.jsonl").read_text().splitlines()}
    assert templates == {"plain", "closed-book", "plain#s1", "plain#s2"}
