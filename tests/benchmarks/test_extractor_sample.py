"""The extractor's hand-checked sample is what the extractor builds now: rounds 8 and 9's
labels (tests/data/extractor-check/) are of the items `benchmarks/extractor_report.py
--sample` writes at this commit, so docs/generators.md's precision is this code's."""

from __future__ import annotations

import json
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT / "benchmarks"))
LABELLED = PROJECT / "tests" / "data" / "extractor-check"


def _rows(folder: Path) -> dict[str, list[tuple[str, str, str, str]]]:
    return {path.stem: [(r["item"], r["question"], r["answer"], r["evidence"])
                        for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())]
            for path in sorted(folder.glob("*.jsonl"))}


def test_the_labelled_sample_regenerates_from_this_extractor(tmp_path, monkeypatch):
    import extractor_report

    monkeypatch.setattr(sys, "argv", ["extractor_report.py", "--sample", str(tmp_path)])
    extractor_report.main()
    built = _rows(tmp_path)
    assert len(built) == 6
    for round_ in ("round8", "round9"):
        assert _rows(LABELLED / round_) == built, round_
