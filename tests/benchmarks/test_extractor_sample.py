"""The extractor's hand-checked sample is what the extractor builds now: every item that
`benchmarks/extractor_report.py --sample` writes at this commit has a label from each of
the two labellers (`extractor_precision.LABELLERS`), so docs/generators.md's precision is
this code's.

Building the whole sample takes minutes on two cores, so the items are recorded in
`tests/data/extractor-check/sample-manifest.json` with a fingerprint of everything that
builds them (benchmarks/sample_manifest.py): when the fingerprint is this checkout's, the
recorded items are this code's, and a few texts are rebuilt to check them; when it is not
(the extractor changed), the whole sample is rebuilt here."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # the extractor over some texts, or all of them

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT / "benchmarks"))


def _recorded() -> dict:
    import sample_manifest

    return json.loads(sample_manifest.MANIFEST.read_text(encoding="utf-8"))


def _sample_items(tmp_path: Path) -> dict[str, list[str]]:
    """Text -> item hashes of this code's sample: recorded, or rebuilt when the fingerprint
    says the extractor (or its texts, model or libraries) changed since."""
    import extractor_report
    import sample_manifest

    recorded = _recorded()
    if recorded["fingerprint"] == sample_manifest.fingerprint():
        return recorded["items"]
    extractor_report.write_sample(tmp_path, jobs=min(2, os.cpu_count() or 1))
    return sample_manifest.items_by_text(tmp_path)


def test_every_item_of_the_sample_is_labelled_by_both_labellers(tmp_path):
    import extractor_precision
    import sample_manifest

    items = _sample_items(tmp_path)
    assert len(items) == 885 and sum(map(len, items.values())) >= 28950
    for folders in extractor_precision.LABELLERS:
        labelled = {sample_manifest.item_hash(key) for key in extractor_precision.labeller(folders)}
        missing = [(text, item) for text, hashes in items.items() for item in hashes
                   if item not in labelled]
        assert not missing, (folders, missing[:20])


def test_the_recorded_items_are_what_the_extractor_builds_now(tmp_path):
    """A few texts rebuilt on every run: the manifest's items for them are the code's."""
    import extractor_report
    import sample_manifest

    recorded = _recorded()["items"]
    texts = sorted(p for p in extractor_report.TEXTS.glob("*.txt") if p.stem in recorded)
    for path in (texts[0], texts[len(texts) // 2], texts[-1]):
        extractor_report._write_text_sample(tmp_path, path)
    built = sample_manifest.items_by_text(tmp_path)
    assert len(built) == 3 and built == {text: recorded[text] for text in built}
