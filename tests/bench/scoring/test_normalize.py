"""SQuAD v1.1 normalisation, exact match and token F1 on hand-worked cases."""

import pytest

from bench.scoring.metrics import score_item
from bench.scoring.normalize import answer_contained, exact_match, normalize_answer, token_f1


@pytest.mark.parametrize("raw, expected", [
    ("The  Quick, brown fox!", "quick brown fox"),
    ("an apple a day", "apple day"),
    ("Theatre", "theatre"),            # 'the' only as a whole word
    ("  U.S.A.  ", "usa"),
    ("", ""),
])
def test_normalize_answer(raw, expected):
    assert normalize_answer(raw) == expected


def test_exact_match_ignores_case_punctuation_and_articles():
    assert exact_match("the Kevra.", "Kevra") == 1.0
    assert exact_match("Kevra castle", "Kevra") == 0.0


def test_token_f1_hand_worked():
    # pred {red, fox, jumps}, gold {red, fox}: P = 2/3, R = 1, F1 = 0.8
    assert token_f1("red fox jumps", "the red fox") == pytest.approx(0.8)
    # repeated tokens count once each side: common = min counts = x:1 + y:1 = 2
    assert token_f1("x x y", "x y") == pytest.approx(0.8)
    assert token_f1("blue", "red") == 0.0
    # Both normalise to nothing: SQuAD v1.1 scores 0 (v2.0 would give 1 for "no answer").
    assert token_f1("the", "a") == 0.0


def test_answer_contained_needs_whole_tokens():
    assert answer_contained("It is ruled by Kredy, I think.", "Kredy") == 1.0
    assert answer_contained("Kredyson", "Kredy") == 0.0


def test_score_item_takes_max_over_aliases():
    scores = score_item("Paris", ("London", "paris"), ["exact_match", "f1"])
    assert scores == {"exact_match": 1.0, "f1": 1.0}


def test_rouge_l_matches_rouge_score():
    from rouge_score import rouge_scorer

    expected = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True).score(
        "the blade of dramu", "Krethum keeps the Blade of Dramu")["rougeL"].fmeasure
    got = score_item("Krethum keeps the Blade of Dramu", ("the blade of dramu",), ["rougeL"])
    assert got["rougeL"] == pytest.approx(expected)
    assert 0 < got["rougeL"] < 1


def test_a_rouge_of_nothing_shared_is_a_float_as_every_score_is():
    """rouge-score gives the int 0 when nothing is shared: results.json mixed 0 and 0.0."""
    got = score_item("Kevra", ("Tydian",), ["rouge1", "rouge2", "rougeL"])
    assert all(type(value) is float and value == 0 for value in got.values())
