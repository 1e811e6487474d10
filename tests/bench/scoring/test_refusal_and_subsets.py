"""Refusal detection and the answerable / per-kind subsets of the aggregates."""

import pytest

from bench.core.refusal import is_refusal
from bench.core.types import Prediction, QAItem, Task
from bench.scoring.aggregate import aggregate
from bench.scoring.score_run import score_predictions


def _rows(scores, metrics=("exact_match",)):
    return {(r.task, r.variant, r.template, r.subset, r.metric): r
            for r in aggregate(scores, metrics)}


@pytest.mark.parametrize("output, refused", [
    ("I don't know.", True),
    ("Sorry, I do not know who that is.", True),
    ("The text does not say.", True),
    ("Unknown", True),
    ("Kevra", False),
    ("The knowledgeable Kredy", False),  # 'know' inside a word is not a refusal
    # Found in review: each was scored the wrong way before.
    ("I don\u2019t know", True),  # curly apostrophe
    ("I don't have any information about Brovik.", True),
    ("I couldn't find anything about that person.", True),
    ("I'm sorry, but I can't help with that.", True),
    ("There is no cure; amputation is the only remedy.", False),
    ("the unknown soldier", False),
    # A real answer of the base model to a user's question (a blind user's run): the
    # refusal follows the question echoed.
    ("Wo wohnt Jürgen Müller?\n\nThe answer is not in the text.", True),
    ("The ring is not in the story's last chapter.", False),
])
def test_is_refusal(output, refused):
    assert is_refusal(output) is refused


def test_subsets_split_answerable_kinds_and_unanswerable():
    items = (QAItem("p1", "Q1?", ("Kevra",), "paraphrase", "test"),
             QAItem("p2", "Q2?", ("Tydian",), "paraphrase", "test"),
             QAItem("r1", "Q3?", ("Kredy",), "reverse", "test"),
             QAItem("u1", "Q4?", ("I don't know",), "unanswerable", "test"))
    task = Task(name="t", corpus="", train=(), test=items)
    outputs = {"p1": "Kevra", "p2": "Kevra", "r1": "Kredy", "u1": "I don't know"}
    predictions = [Prediction("t", "v", "plain", i, "", o) for i, o in outputs.items()]
    scores = score_predictions({"t": task}, predictions, ("exact_match",))
    result = _rows(scores)
    em = lambda subset: result[("t", "v", "plain", subset, "exact_match")].value  # noqa: E731
    assert em("answerable") == pytest.approx(2 / 3)
    assert em("paraphrase") == 0.5 and em("reverse") == 1.0
    assert ("t", "v", "plain", "unanswerable", "exact_match") not in result
    assert result[("t", "v", "plain", "unanswerable", "refusal")].value == 1.0
    assert result[("t", "v", "plain", "answerable", "refusal")].value == 0.0
    assert result[("t", "v", "plain", "answerable", "exact_match")].n == 3
    # Three-way grades: p2 is attempted and wrong, the refusal is not attempted.
    assert result[("t", "v", "plain", "answerable", "correct")].value == pytest.approx(2 / 3)
    assert result[("t", "v", "plain", "answerable", "hallucination")].value == pytest.approx(1 / 3)
    assert result[("t", "v", "plain", "unanswerable", "not_attempted")].value == 1.0
    assert ("t", "v", "plain", "unanswerable", "hallucination") not in result  # nothing attempted


def test_suite_phrases_add_to_the_detector():
    assert is_refusal("Honestly? No clue.", ("no clue",))
    assert not is_refusal("Honestly? No clue.")
    assert is_refusal("I don't know.", ("no clue",))  # the detector's own patterns stay


def test_fabrication_pooled_templates_and_overlap_buckets():
    task = Task(name="t", corpus="Kevra lives in Gafy.",
                train=(QAItem("d", "Where does Kevra live?", ("Gafy",), "direct", "train"),),
                test=(QAItem("p", "Where is the home of Kevra?", ("Gafy",), "paraphrase", "test"),
                      QAItem("u", "Who is Zorb?", ("I don't know",), "unanswerable", "test")))
    predictions = [Prediction("t", "v", "plain", "p", "", "Gafy"),
                   Prediction("t", "v", "qa", "p", "", "Brovik"),
                   Prediction("t", "v", "plain", "u", "", "Zorb is a Brovik knight."),
                   Prediction("t", "v", "qa", "u", "", "I don't know")]
    scores = score_predictions({"t": task}, predictions, ("exact_match",))
    by = {(s.template, s.item_id): s for s in scores}
    assert by[("plain", "u")].scores["fabrication"] == 1.0
    assert by[("plain", "u")].scores["invented_entity"] == 1.0  # Brovik; Zorb is in the question
    assert by[("qa", "p")].scores["entity_precision"] == 0.0
    assert by[("plain", "p")].bucket == "answer-only"
    assert [by[k].grade for k in (("plain", "p"), ("qa", "p"), ("plain", "u"), ("qa", "u"))] == [
        "correct", "incorrect", "incorrect", "not_attempted"]
    assert by[("plain", "u")].scores["hallucination"] == 1.0  # a fabrication is incorrect
    assert by[("plain", "p")].question == "Where is the home of Kevra?"
    result = _rows(scores)
    assert result[("t", "v", "all", "answerable", "exact_match")].value == 0.5
    assert result[("t", "v", "all", "unanswerable", "fabrication")].value == 0.5
    assert result[("t", "v", "plain", "overlap:answer-only", "exact_match")].value == 1.0
