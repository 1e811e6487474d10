"""A run's judge against a deterministic fake server: sanity first, then every answer, then
the labels; refused in one line when it fails the sanity pairs; nothing asked twice."""

from __future__ import annotations

import json

import pytest

from bench.config.settings import JudgeSettings
from bench.core.types import CORRECT, INCORRECT, Prediction, QAItem, Task
from bench.scoring.judge.run import judge_run, run_pairs
from bench.scoring.judge.verdicts import RUN_VERDICTS
from tests.helpers import FakeJudge

ITEMS = tuple(QAItem(f"i{n}", f"What is organ {n}?", (f"The organ is number {n}.",), "imported",
                     "test") for n in range(4))
TASK = Task("manual", "", (), ITEMS + (QAItem("u", "Who is Zorp?", ("I don't know",),
                                              "unanswerable", "test"),))
PREDICTIONS = [Prediction("manual", "base", "plain", "i0", "", "I think the organ is number 0."),
               Prediction("manual", "base", "plain", "i1", "", "The organ is number 7."),
               Prediction("manual", "base", "qa-format", "i1", "", "The organ is number 7."),
               Prediction("manual", "base", "plain", "i2", "", ""),  # empty: rules
               Prediction("manual", "base", "plain", "u", "", "Zorp is a king."),  # rules
               Prediction("manual", "base", "plain#s1", "i0", "", "sampled"),  # not graded
               Prediction("manual", "base", "plain#k1", "i0", "", "probed")]  # knownness draw


@pytest.fixture()
def judge():
    fake = FakeJudge()
    yield fake
    fake.close()


def _settings(fake: FakeJudge, **changes) -> JudgeSettings:
    return JudgeSettings(backend="openai", model="fake", base_url=fake.url, **changes)


def test_only_greedy_answers_to_answerable_items_are_judged():
    pairs = run_pairs({"manual": TASK}, PREDICTIONS)
    assert [p.answer for p in pairs] == ["I think the organ is number 0.",
                                         "The organ is number 7.", "The organ is number 7."]


def test_a_sane_judge_grades_every_answer_once(judge, tmp_path):
    outcome = judge_run({"manual": TASK}, PREDICTIONS, _settings(judge), tmp_path,
                        use_cache=False)
    info = outcome.info
    assert info.reported and info.sanity.passed and info.sanity.total == 9
    assert info.graded == 2 and info.asked == 11 and judge.requests == 11  # 9 sanity + 2
    assert sorted(outcome.grades.values()) == [CORRECT, INCORRECT]
    assert info.identity == "openai:fake (judge-v1)" and info.note == ""
    assert len((tmp_path / RUN_VERDICTS).read_text().splitlines()) == 11
    again = judge_run({"manual": TASK}, PREDICTIONS, _settings(judge), tmp_path, use_cache=False)
    assert judge.requests == 11 and again.info.asked == 0 and again.info.reused == 11
    assert again.grades == outcome.grades


def test_a_judge_failing_the_sanity_pairs_is_refused_in_one_line(tmp_path):
    fake = FakeJudge("yes-man")
    try:
        outcome = judge_run({"manual": TASK}, PREDICTIONS, _settings(fake), tmp_path,
                            use_cache=False)
    finally:
        fake.close()
    info = outcome.info
    assert not info.reported and outcome.grades == {} and fake.requests == 9
    assert info.sanity.correct == 3 and info.sanity.total == 9  # only the gold answers
    assert "\n" not in info.note and "3 of 9 sanity pairs" in info.note
    assert "its metrics are not reported" in info.note
    assert {f.expected for f in info.sanity.failures} == {"incorrect", "not_attempted"}


def test_unparseable_replies_fail_the_check_and_are_shown(tmp_path):
    fake = FakeJudge("garbage")
    try:
        outcome = judge_run({"manual": TASK}, PREDICTIONS, _settings(fake, min_sanity=0.0),
                            tmp_path, use_cache=False)
    finally:
        fake.close()
    info = outcome.info
    # min_sanity 0 is the user's choice, but no answer got a readable verdict: the graded
    # rest would be nothing (or a biased part), so the judge's metrics are not reported.
    assert info.sanity.correct == 0 and not info.reported and outcome.grades == {}
    assert info.unparseable == 2 and info.unparseable_replies == ("Well, it depends.",)
    assert "left 2 of the 2 answers it graded without a readable verdict" in info.note
    fake = FakeJudge("garbage")
    try:  # with max_unparseable 1 the user takes them as they are, every grade None
        kept = judge_run({"manual": TASK}, PREDICTIONS,
                         _settings(fake, min_sanity=0.0, max_unparseable=1.0), tmp_path,
                         use_cache=False)
    finally:
        fake.close()
    assert kept.info.reported and set(kept.grades.values()) == {None}


def test_labels_give_the_agreement_and_the_cache_serves_the_next_run(judge, tmp_path,
                                                                      monkeypatch):
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path / "cache"))
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(
        {"question": f"What is organ {n}?", "gold": [f"The organ is number {n}."],
         "answer": f"Organ {n} is number {n if n % 2 else n + 1}.",
         "label": "correct" if n % 2 else "incorrect"}) + "\n" for n in range(6)))
    settings = _settings(judge, labels=str(labels))
    first = judge_run({"manual": TASK}, PREDICTIONS, settings, tmp_path / "a")
    found = first.info.agreement
    assert found is not None and found.n == 6 and found.labels == str(labels)
    asked = judge.requests
    second = judge_run({"manual": TASK}, PREDICTIONS, settings, tmp_path / "b")
    assert judge.requests == asked and second.info.asked == 0  # the verdict cache
    assert second.info.agreement == found
