"""What answering tells the user: a bar's count says which of it is sampled draws."""

from __future__ import annotations

from bench.answering.evaluation import _draws_note
from bench.core.types import AnswerJob


def _jobs(*templates):
    return [AnswerJob("t", "base", template, f"q{n}", "[]") for n, template in enumerate(templates)]


def test_a_bar_says_how_much_of_it_is_probe_or_consistency_draws():
    assert _draws_note(_jobs("plain", "closed-book")) == ""  # only answers: the bar is plain
    assert _draws_note(_jobs("plain", "plain#k1", "plain#k2")) == \
        ": 1 answer + 2 knownness-probe draws"
    assert _draws_note(_jobs("plain", "plain#s1", "plain#k1", "plain#k2")) == \
        ": 1 answer + 1 consistency draw + 2 knownness-probe draws"
    assert _draws_note(_jobs("plain#k1", "plain#k1")) == ": 2 knownness-probe draws"
