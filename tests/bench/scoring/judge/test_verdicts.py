"""Verdicts are asked once, kept as they arrive in every file, and read back on resume."""

from __future__ import annotations

import pytest

from bench.scoring.judge.verdicts import JudgePair, Verdict, VerdictFile, grade_pairs


class CountingJudge:
    id = "test:counting"

    def __init__(self, reply: str = "CORRECT", fail_after: int | None = None):
        self.reply, self.fail_after, self.asked = reply, fail_after, []

    def complete(self, batch, max_new_tokens):
        if self.fail_after is not None and len(self.asked) + len(batch) > self.fail_after:
            raise KeyboardInterrupt  # killed mid-grading
        self.asked += [m[-1]["content"] for m in batch]
        return [self.reply] * len(batch)


PAIRS = [JudgePair(f"Question {n}?", (f"gold {n}",), f"answer {n}") for n in range(10)]


def test_each_distinct_pair_is_asked_once_and_written_to_every_file(tmp_path):
    run, cache = VerdictFile(tmp_path / "run.jsonl"), VerdictFile(tmp_path / "cache.jsonl",
                                                                   tmp_path / "lock")
    judge = CountingJudge()
    grading = grade_pairs(judge, PAIRS + PAIRS[:3], [run, cache], 8, chunk=4)
    assert len(judge.asked) == 10 and grading.asked == 10 and grading.reused == 0
    assert run.read() == cache.read() == grading.verdicts
    assert all(v == Verdict("correct", "CORRECT") for v in grading.verdicts.values())


def test_a_run_killed_mid_grading_asks_only_what_is_missing(tmp_path):
    run = VerdictFile(tmp_path / "run.jsonl")
    with pytest.raises(KeyboardInterrupt):
        grade_pairs(CountingJudge(fail_after=8), PAIRS, [run], 8, chunk=4)
    assert len(run.read()) == 8  # two whole chunks were kept
    (tmp_path / "run.jsonl").open("a").write('{"key": "torn')  # killed mid-line
    again, done = CountingJudge(), []
    grading = grade_pairs(again, PAIRS, [run], 8, chunk=4, progress=done.append)
    assert len(again.asked) == 2 and grading.reused == 8 and len(grading.verdicts) == 10
    assert len(run.read()) == 10
    assert sum(done) == 10  # the progress bar counts the kept verdicts too


def test_cached_verdicts_are_copied_into_a_new_run_folder_and_replies_reparsed(tmp_path):
    cache = VerdictFile(tmp_path / "cache.jsonl")
    grade_pairs(CountingJudge("Well, it depends."), PAIRS[:2], [cache], 8)
    run = VerdictFile(tmp_path / "run.jsonl")
    judge = CountingJudge()
    grading = grade_pairs(judge, PAIRS[:2], [run, cache], 8)
    assert judge.asked == [] and grading.reused == 2
    assert [v.grade for v in run.read().values()] == [None, None]  # unparseable, kept as said
    assert {v.reply for v in run.read().values()} == {"Well, it depends."}
