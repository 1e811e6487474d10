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


def test_answers_taken_from_the_cache_say_which_are_probe_draws():
    """A warm run printed "surgery / base: 8 answers from the answer cache" four times for
    what were knownness-probe draws."""
    from types import SimpleNamespace

    from bench.answering.answer_cache import CachedAnswer
    from bench.answering.evaluation import _take_cached

    jobs = _jobs("plain#k1", "plain#k2", "plain#k3")
    cache = SimpleNamespace(lookup=lambda keys: {k: CachedAnswer("p", "o") for k in keys})
    store = SimpleNamespace(append_predictions=lambda predictions: list(predictions))
    said = []
    reporter = SimpleNamespace(message=said.append)
    left = _take_cached(jobs, cache, store, reporter, {"from_cache": 0})
    assert left == [] and said == ["t / base: 3 knownness-probe draws from the answer cache"]
    _take_cached(_jobs("plain"), cache, store, reporter, {"from_cache": 0})
    assert said[-1] == "t / base: 1 answer from the answer cache"
