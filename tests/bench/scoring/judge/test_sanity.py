"""Sanity pairs are built from the task and decide whether a judge's metrics are shown."""

from __future__ import annotations

from bench.core.types import CORRECT, INCORRECT, NOT_ATTEMPTED, QAItem, Task
from bench.scoring.judge.sanity import DECLINE, FALLBACK_DECOY, check_sanity, sanity_pairs
from bench.scoring.judge.verdicts import Verdict


def _task(answers: list[str], name: str = "t") -> Task:
    items = tuple(QAItem(f"i{n}", f"Question {n}?", (a,), "imported", "test")
                  for n, a in enumerate(answers))
    unanswerable = QAItem("u", "Who is Zorp?", ("I don't know",), "unanswerable", "test")
    return Task(name, "", (), items + (unanswerable,))


def test_pairs_per_item_gold_decoy_and_decline():
    pairs = sanity_pairs({"t": _task(["The liver.", "The spleen.", "the liver", "Bone."])})
    assert len(pairs) == 9  # three items, three pairs each
    by_question: dict = {}
    for pair, expected in pairs:
        by_question.setdefault(pair.question, {})[expected] = pair.answer
    for question, answers in by_question.items():
        assert answers[CORRECT] in ("The liver.", "The spleen.", "the liver", "Bone.")
        assert answers[NOT_ATTEMPTED] == DECLINE
        # The decoy is another item's answer, never one equal to this item's gold.
        assert answers[INCORRECT].lower().strip(".") != answers[CORRECT].lower().strip(".")
    assert "Who is Zorp?" not in by_question
    assert pairs == sanity_pairs({"t": _task(["The liver.", "The spleen.", "the liver", "Bone."])})


def test_the_decoy_comes_from_the_items_own_task():
    """A story's name as the wrong answer to a surgery question is too easy to reject."""
    story = _task(["Kredy", "Varnholt"], name="story")
    surgery = _task(["Ten days.", "The radial artery."], name="surgery")
    pairs = sanity_pairs({"story": story, "surgery": surgery})
    by_task = [(p.answer, e) for p, e in pairs if e == INCORRECT]
    assert [a for a, _ in by_task] == ["Varnholt", "Kredy", "The radial artery.", "Ten days."]
    # A task of one item borrows another task's answer before the fallback.
    lone = sanity_pairs({"story": story, "one": _task(["The liver."], name="one")})
    assert [p.answer for p, e in lone if e == INCORRECT][-1] == "Kredy"


def test_a_one_item_task_gets_the_fallback_decoy():
    pairs = sanity_pairs({"t": _task(["The liver."])})
    assert [p.answer for p, e in pairs if e == INCORRECT] == [FALLBACK_DECOY]


def test_the_threshold_decides_and_failures_say_what_the_judge_said():
    pairs = sanity_pairs({"t": _task(["A.", "B.", "C."])})
    right = {p.key: Verdict(e, e.upper()) for p, e in pairs}
    assert check_sanity(pairs, right, 1.0).passed
    wrong_key = pairs[1][0].key
    one_off = {**right, wrong_key: Verdict(None, "Hmm")}
    result = check_sanity(pairs, one_off, 0.9)
    assert result.correct == 8 and result.total == 9 and not result.passed  # 8/9 < 0.9
    assert result.failures[0].got == "unparseable: Hmm" and result.failures[0].expected == INCORRECT
    assert check_sanity(pairs, one_off, 0.85).passed
    assert not check_sanity([], {}, 0.0).passed  # nothing checked, nothing trusted
