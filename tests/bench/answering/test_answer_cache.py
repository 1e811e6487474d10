"""The answer cache: keyed by everything that decides a greedy answer, safe to append to."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bench.answering.answer_cache import AnswerCache, AnswerSource

SOURCE = AnswerSource(model_fingerprint="m1", adapter_key="k1", quantization="nf4",
                      compute_dtype="bfloat16", backend="bench", max_new_tokens=24)


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path))


def test_answers_come_back_by_key_only_for_the_same_source():
    cache = AnswerCache(SOURCE)
    cache.add([("q1", "<prompt q1>", "answer 1"), ("q2", "<prompt q2>", "answer 2")])
    found = AnswerCache(SOURCE).lookup(["q1", "q3"])
    assert set(found) == {"q1"}
    assert (found["q1"].prompt, found["q1"].output) == ("<prompt q1>", "answer 1")
    for change in ({"adapter_key": None}, {"model_fingerprint": "m2"}, {"backend": "lm-eval"},
                   {"max_new_tokens": 64}, {"compute_dtype": "float32"}, {"quantization": "none"}):
        assert AnswerCache(replace(SOURCE, **change)).lookup(["q1"]) == {}, change


def test_first_answer_wins_and_a_torn_line_is_cut_before_appending():
    cache = AnswerCache(SOURCE)
    cache.add([("q1", "p", "first")])
    with open(cache.path, "a") as handle:
        handle.write('{"key": "q2", "prom')
    cache.add([("q1", "p", "second"), ("q3", "p", "third")])
    found = cache.lookup(["q1", "q2", "q3"])
    assert {k: v.output for k, v in found.items()} == {"q1": "first", "q3": "third"}
    assert cache.path.read_text().count("\n") == 3
