"""The validity study end to end on a tiny run (tests/data/validity-tiny.yaml: one world,
the base model and two trained variants of two one-step replicates): the page has every
section, one verdict per pre-declared contrast in the study's words, the power and runtime
tables of the real suites, and the sampling property table. The direction of any effect is
not checked: one training step shows none."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT / "benchmarks"))

SECTIONS = ["Design", "Pre-declared contrasts", "Power analysis (before the run)",
            "Runtime estimate (cold, 2 cores)", "Results",
            "8. Sampling consistency (a property, not an effect)"]
LABELS = r"(reproduced|contradicted|not reproduced|underpowered|not testable by this design)"


def test_plan_page_claims_no_result():
    from validity_report import CONTRASTS, render

    text = render()
    assert re.findall(r"^## (.+)$", text, flags=re.M) == SECTIONS
    assert "has not been made yet" in text and "Not run yet." in text
    assert "\nVerdicts:\n" not in text
    for contrast in CONTRASTS:
        assert f"| {contrast.name} |" in text
    assert re.search(r"Total: about \*\*\d+ minutes\*\*", text)


def test_tiny_validity_run_renders_every_section_with_verdicts(smollm, bench_cache, tmp_path,
                                                               monkeypatch):
    from validity_report import CONTRASTS, render

    from bench.api import evaluate

    # One training at a time: four one-step trainings cost less than starting workers.
    monkeypatch.setenv("BENCH_TRAIN_WORKERS", "1")
    result = evaluate(str(PROJECT / "tests" / "data" / "validity-tiny.yaml"), tmp_path / "run")
    text = render([result], draws=300)
    assert re.findall(r"^## (.+)$", text, flags=re.M) == SECTIONS
    assert "has not been made yet" not in text
    assert re.search(r"^In all: .*Wall time, cold: `run` \d+ min\.$", text, flags=re.M)
    verdicts = re.findall(r"^- (\S+) \(.*\): \*\*" + LABELS + r"\*\*$", text, flags=re.M)
    assert [name for name, _ in verdicts] == [c.name for c in CONTRASTS]
    results = text.split("## Results")[1].split("## 8.")[0]
    for contrast in CONTRASTS:
        assert re.search(rf"^\| {contrast.name} \|.*\*\*{LABELS}\*\*", results, flags=re.M)
    # The story contrasts found the tiny world and its replicates (or said what is missing);
    # the world-facts ones have no task in this run.
    found = dict(verdicts)
    assert found["unknown-share-accuracy"] == "not testable by this design"
    assert found["mixed-training"] == "not testable by this design"
    # At least one story contrast was estimated on the one world and two replicate pairs.
    assert re.search(r"\| 1 / 2 / \d+ \| \*\*", results)
    sampled = {(r.variant, r.samples) for r in result.consistency}
    assert sampled == {("instruct-r1", 2)}
    assert "| story-a | instruct-r1 | closed-book | 2 |" in text
    # Where the run's time went, from its own timings, and the note on how it was run.
    assert re.search(r"^\| `run` \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \|$",
                     results, flags=re.M)
    assert "alone on the machine" in render([result], draws=50, note="alone on the machine")
