"""Every metric is declared once, and scoring, intervals and comparisons read the
declaration: its kind of value, its direction and the items it is scored on."""

from __future__ import annotations

import pytest

from bench.core.types import QAItem
from bench.scoring.hallucination import EntityCheck
from bench.scoring.metrics import METRICS, Answered, score_answer, scored_metrics

ANSWERABLE = QAItem("a", "Who rules Varnholt?", ("Kevra Brabble",), "paraphrase", "test")
UNANSWERABLE = QAItem("u", "Who rules Zorp?", ("I don't know",), "unanswerable", "test")


def _answered(answer: str, item: QAItem, refused: bool = False, invented=()) -> Answered:
    return Answered(answer, item, refused, EntityCheck(tuple(invented) + ("Kevra",),
                                                       tuple(invented)))


@pytest.mark.parametrize("name", METRICS.names())
def test_each_declaration_is_complete(name):
    metric = METRICS.get(name)
    assert metric.name == name and metric.label and metric.title
    assert metric.items in ("answerable", "unanswerable", "all")
    values = score_answer(_answered("Kevra Brabble", ANSWERABLE), (metric,)) | \
        score_answer(_answered("Kevra", UNANSWERABLE), (metric,))
    assert values, f"{name} scored no item"
    for value in values.values():
        assert 0.0 <= value <= 1.0
        if metric.binary:
            assert value in (0.0, 1.0)


def test_items_a_metric_applies_to():
    both = scored_metrics(("exact_match",))
    answerable = score_answer(_answered("kevra brabble", ANSWERABLE), both)
    unanswerable = score_answer(_answered("Kevra Zorp", UNANSWERABLE, invented=("Zorp",)), both)
    assert answerable["exact_match"] == 1.0 and "fabrication" not in answerable
    assert "exact_match" not in unanswerable and unanswerable["fabrication"] == 1.0
    assert unanswerable["invented_entity"] == 1.0 and answerable["invented_entity"] == 0.0


def test_always_on_metrics_come_without_being_asked():
    names = [m.name for m in scored_metrics(("f1",))]
    assert names[0] == "f1"
    assert {"refusal", "fabrication", "invented_entity", "entity_precision"} <= set(names)
    assert "exact_match" not in names


def test_direction_and_kind_are_declared():
    assert METRICS.get("fabrication").lower_is_better and METRICS.get("invented_entity").lower_is_better
    assert not METRICS.get("exact_match").lower_is_better
    assert METRICS.get("exact_match").binary and not METRICS.get("f1").binary
