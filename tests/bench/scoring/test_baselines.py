"""Chance baselines on a planted task whose answers are counted by hand."""

from __future__ import annotations

import pytest

from bench.core.types import QAItem, Task
from bench.scoring.baselines import (
    MAJORITY,
    TYPE_MATCHED,
    baseline_rows,
    baseline_scores,
    chance_warning,
    headline_chance,
    question_shape,
)


def _item(i, q, a, kind="paraphrase", split="test", relation=""):
    return QAItem(f"x{i}", q, (a,), kind, split, relation=relation, paraphrase_group=f"f{i}")


TRAIN = (  # lives_in: Gafy x3, Brovik x1; a "who" relation: two rulers
    _item(1, "Where does A live?", "Gafy", "direct", "train", "lives_in"),
    _item(2, "Where does B live?", "Gafy", "direct", "train", "lives_in"),
    _item(3, "Where does C live?", "Gafy", "direct", "train", "lives_in"),
    _item(4, "Where does D live?", "Brovik", "direct", "train", "lives_in"),
    _item(5, "Who rules Gafy?", "Kevra", "direct", "train", "rules"),
    _item(6, "Who rules Brovik?", "Tydian", "direct", "train", "rules"),
)
TEST = (
    _item(7, "In which kingdom is E's home?", "Gafy", relation="lives_in"),
    _item(8, "In which kingdom is F's home?", "Brovik", relation="lives_in"),
    _item(9, "Who is the ruler that G serves?", "Tydian", relation="serves"),  # no train: shape
    _item(10, "Who is Zorb?", "I don't know", "unanswerable"),
)
TASK = Task("t", "", TRAIN, TEST)


def test_majority_and_type_matched_guessing_by_hand():
    scores = baseline_scores(TASK)
    assert scores["x7"] == {MAJORITY: 1.0, TYPE_MATCHED: 0.75}  # Gafy is 3 of 4 lives_in answers
    assert scores["x8"] == {MAJORITY: 0.0, TYPE_MATCHED: 0.25}
    # No train "serves": the "who" questions' answers (Kevra, Tydian), majority the first.
    assert scores["x9"] == {MAJORITY: 0.0, TYPE_MATCHED: 0.5}
    assert "x10" not in scores  # unanswerable items have no chance baseline


def test_rows_per_subset_with_intervals():
    rows = {(r.subset, r.guesser): r for r in baseline_rows(
        {"t": TASK}, {"t": {i.id: "answer-only" for i in TEST}})}
    headline = rows[("answerable", TYPE_MATCHED)]
    assert headline.value == pytest.approx((0.75 + 0.25 + 0.5) / 3) and headline.n == 3
    assert headline.ci_low < headline.value < headline.ci_high
    assert rows[("paraphrase", MAJORITY)].value == pytest.approx(1 / 3)
    assert ("overlap:answer-only", MAJORITY) in rows and ("unanswerable", MAJORITY) not in rows


def test_no_train_answers_no_baseline():
    assert baseline_scores(Task("t", "", (), TEST)) == {}


@pytest.mark.parametrize("question, shape", [
    ("How many steps lead up?", "how many"), ("Whom does Kevra serve?", "who"),
    ("In which year did it fall?", "which"), ("Name the river.", "other")])
def test_question_shape(question, shape):
    assert question_shape(question) == shape


def test_headline_chance_is_the_stronger_guesser_and_warns_only_when_high():
    # Majority 1/3 (x7 only) against type-matched (0.75 + 0.25 + 0.5) / 3 = 0.5.
    assert headline_chance(TASK) == pytest.approx(0.5)
    assert chance_warning(TASK) is None  # 50% is not above the line
    easy = Task("easy", "", TRAIN, TEST[:1])  # only E's home: majority guesses Gafy, right
    assert headline_chance(easy) == 1.0
    assert "easy" in chance_warning(easy) and "100.0%" in chance_warning(easy)
    assert headline_chance(Task("t", "", (), TEST)) is None and \
        chance_warning(Task("t", "", (), TEST)) is None
