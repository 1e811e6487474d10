"""The extractor's hand-checked sample is what the extractor builds now: every item that
`benchmarks/extractor_report.py --sample` writes at this commit has a label from each of
the two labellers (`extractor_precision.LABELLERS`), so docs/generators.md's precision is
this code's."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # the extractor over every text: a minute or more

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT / "benchmarks"))


def test_every_item_of_the_sample_is_labelled_by_both_labellers(tmp_path):
    import extractor_precision
    import extractor_report

    # the texts built in a process per core: each text's sample depends on it alone
    extractor_report.write_sample(tmp_path, jobs=min(2, os.cpu_count() or 1))
    rows = extractor_precision._rows(tmp_path)
    assert len({r["text"] for r in rows}) == 656 and len(rows) >= 22000
    for folders in extractor_precision.LABELLERS:
        labels = extractor_precision.labeller(folders)
        missing = [r["item"] for r in rows if extractor_precision._key(r) not in labels]
        assert not missing, (folders, missing)
