"""Every metric is declared once, and scoring, intervals and comparisons read the
declaration: its kind of value, its direction and the items it is scored on."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bench.core.types import CORRECT, INCORRECT, NOT_ATTEMPTED, UNPARSEABLE, QAItem
from bench.scoring.hallucination import NOT_APPLICABLE, EntityCheck
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
    judged = replace(_answered("Kevra Brabble", ANSWERABLE), verdict=CORRECT)
    values = score_answer(_answered("Kevra Brabble", ANSWERABLE), (metric,)) | \
        score_answer(_answered("Kevra", UNANSWERABLE), (metric,)) | \
        score_answer(judged, (metric,))
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


GRADED = ("correct", "not_attempted", "hallucination", "judge_correct")


def test_a_judge_verdict_decides_the_graded_metrics_and_nothing_else():
    """Exact match says wrong, the judge says right: the three-way grades follow the judge,
    exact match stays exact match; judge_correct exists only where a judge graded."""
    sentence = _answered("The ruler of Varnholt is Kevra Brabble, the old queen.", ANSWERABLE)
    metrics = scored_metrics(("exact_match",))
    rules = score_answer(sentence, metrics)
    judged = score_answer(replace(sentence, verdict=CORRECT), metrics)
    assert rules["correct"] == 0.0 and rules["hallucination"] == 1.0 and "judge_correct" not in rules
    assert judged["correct"] == 1.0 and judged["hallucination"] == 0.0
    assert judged["judge_correct"] == 1.0 and judged["exact_match"] == rules["exact_match"] == 0.0
    declined = score_answer(replace(sentence, verdict=NOT_ATTEMPTED), metrics)
    assert declined["not_attempted"] == 1.0 and "hallucination" not in declined
    assert score_answer(replace(sentence, verdict=INCORRECT), metrics)["judge_correct"] == 0.0
    assert {n for n in METRICS.names() if METRICS.get(n).graded} == set(GRADED)


def test_an_unparseable_verdict_is_left_out_never_guessed():
    values = score_answer(replace(_answered("Kevra Brabble", ANSWERABLE), verdict=UNPARSEABLE),
                          scored_metrics(("exact_match",)))
    assert values["exact_match"] == 1.0  # the answer metrics stand
    assert not set(GRADED) & set(values)


def test_entity_measures_do_not_apply_without_source_text():
    answered = Answered("Kevra Brabble", ANSWERABLE, False, NOT_APPLICABLE)
    values = score_answer(answered, scored_metrics(("exact_match",)))
    assert "invented_entity" not in values and "entity_precision" not in values
    assert values["exact_match"] == 1.0
