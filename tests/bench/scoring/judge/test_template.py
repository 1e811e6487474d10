"""The grading template: filled literally, versioned, and its verdict parsed strictly."""

from __future__ import annotations

import pytest

from bench.core.types import CORRECT, INCORRECT, NOT_ATTEMPTED
from bench.scoring.judge.template import TEMPLATE_VERSION, judge_messages, parse_verdict


@pytest.mark.parametrize("reply, grade", [
    ("CORRECT", CORRECT),
    ("INCORRECT\nThe answer names another organ.", INCORRECT),
    ("  not_attempted.  \n", NOT_ATTEMPTED),
    ("Correct", CORRECT),
])
def test_a_grade_word_alone_on_the_first_line_is_read(reply, grade):
    assert parse_verdict(reply) == grade


@pytest.mark.parametrize("reply", [
    "", "The answer is CORRECT", "CORRECT, mostly", "A", "**CORRECT**", "NOT ATTEMPTED",
    "I think\nCORRECT", "correct.."])
def test_anything_else_is_unparseable_never_guessed(reply):
    assert parse_verdict(reply) is None


def test_fields_are_filled_literally_in_one_pass():
    """A question that holds a placeholder or format syntax stays as it is: nothing from a
    task or a model is read as a template."""
    messages = judge_messages("What is {answer}? {0.__class__}", ("a {gold} b", "c"),
                              "It is {question}.")
    user = messages[-1]["content"]
    assert "Question: What is {answer}? {0.__class__}\n" in user
    assert "Gold answer: a {gold} b | c\n" in user
    assert "Answer: It is {question}.\n" in user
    assert messages[0]["role"] == "system" and "{" not in messages[0]["content"]
    assert TEMPLATE_VERSION.startswith("judge-v")
