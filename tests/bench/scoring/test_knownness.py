"""The knownness probe (SliCK) on a planted case: greedy and sampled answers of the base
model whose correctness is set by hand give each category; the probe asks only the base
model, only on probed tasks, and its draws stay out of the scores."""

from __future__ import annotations

import pytest

from bench.core.types import Prediction, QAItem, Task
from bench.scoring.knownness import (
    KNOWN,
    MAYBE_KNOWN,
    UNKNOWN,
    WEAKLY_KNOWN,
    knownness,
    slick,
)


@pytest.mark.parametrize("greedy, sampled, category", [
    ([True, True], [False] * 4, KNOWN),
    ([True, False], [True] * 4, MAYBE_KNOWN),
    ([False, False], [False, True, False, False], WEAKLY_KNOWN),
    ([False, False], [False] * 4, UNKNOWN),
])
def test_slick_categories(greedy, sampled, category):
    assert slick(greedy, sampled) == category


def test_planted_answers_give_each_category():
    items = tuple(QAItem(f"q{n}", f"What is the capital of C{n}?", (f"City{n}",), "paraphrase",
                         "test") for n in range(4))
    items += (QAItem("u", "Who is Zorb?", ("I don't know",), "unanswerable", "test"),)
    task = Task("geo", "", (), items)
    # q0 right under both templates; q1 under one; q2 only in one draw; q3 never.
    right = {("q0", "plain"), ("q0", "qa-format"), ("q1", "plain"), ("q2", "plain#k2")}
    greedy, draws = [], []
    for n in range(4):
        for template in ("plain", "qa-format", "plain#k1", "plain#k2"):
            output = f"City{n}" if (f"q{n}", template) in right else "Paris"
            (draws if "#k" in template else greedy).append(
                Prediction("geo", "base", template, f"q{n}", "", output))
    greedy.append(Prediction("geo", "adapter", "plain", "q3", "", "City3"))  # not the base
    found = knownness({"geo": task}, greedy, draws, "base")
    assert found == {("geo", "q0"): KNOWN, ("geo", "q1"): MAYBE_KNOWN,
                     ("geo", "q2"): WEAKLY_KNOWN, ("geo", "q3"): UNKNOWN}


def test_probe_only_for_the_base_model_on_real_text_tasks():
    from bench.answering.evaluation import template_groups
    from bench.runs.suites import parse_suite

    suite = parse_suite({"name": "s", "templates": ["plain", "qa-format"],
                         "tasks": [{"name": "story", "generator": "story", "params": {}},
                                   {"name": "notes", "generator": "text",
                                    "params": {"path": "x.txt"}}],
                         "variants": [{"name": "mine", "extends": "instruct-qlora"}]}, "s.yaml")
    assert [v.name for v in suite.variants] == ["base", "mine"]  # the probe's base is added
    base, mine = suite.variants
    assert template_groups(suite, base, "notes") == [
        ("plain", "qa-format"), ("plain#k1",), ("plain#k2",), ("plain#k3",), ("plain#k4",)]
    assert template_groups(suite, base, "story") == [("plain", "qa-format")]
    assert template_groups(suite, mine, "notes") == [("plain", "qa-format")]
    off = parse_suite({**suite.raw, "scoring": {"knownness": False}}, "s.yaml")
    assert [v.name for v in off.variants] == ["mine"]
