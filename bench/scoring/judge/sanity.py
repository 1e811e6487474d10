"""Sanity pairs: a check of the judge on answers whose grade is known, built from the task.

For a few answerable test items of each task: the gold answer itself (must be CORRECT),
another item's gold answer (INCORRECT) and "I don't know" (NOT_ATTEMPTED). A judge that
gets these wrong cannot be trusted on real answers, so below `min_sanity` its metrics are
not reported. Items are picked by content key, so the same tasks give the same pairs.
"""

from __future__ import annotations

from bench.core.types import CORRECT, INCORRECT, NOT_ATTEMPTED, UNANSWERABLE, QAItem, Task
from bench.scoring.judge.results import SanityCase, SanityResult
from bench.scoring.judge.verdicts import JudgePair, Verdict
from bench.scoring.normalize import normalize_answer

ITEMS_PER_TASK = 3
MAX_ITEMS = 12
DECLINE = "I don't know."
# Where no other item has a different answer (a one-item task): a decoy about nothing.
FALLBACK_DECOY = "It is a small blue fish that lives in the northern sea."


def _candidates(task: Task) -> list[QAItem]:
    items = [i for i in task.test if i.kind != UNANSWERABLE and any(a.strip() for a in i.answers)]
    return sorted(items, key=lambda i: i.content_key)


def _decoy(item: QAItem, pool: list[QAItem]) -> str:
    """The first other item's gold answer that shares no normalised form with this one's."""
    own = {normalize_answer(a) for a in item.answers}
    for other in pool:
        if other is not item and not own & {normalize_answer(a) for a in other.answers}:
            return other.answers[0]
    return FALLBACK_DECOY


def sanity_pairs(tasks: dict[str, Task], per_task: int = ITEMS_PER_TASK,
                 limit: int = MAX_ITEMS) -> list[tuple[JudgePair, str]]:
    """(pair, expected grade) for up to `per_task` items of each task, `limit` in all."""
    candidates = {name: _candidates(task) for name, task in tasks.items()}
    # The decoy is another answer of the same task (a wrong answer of the right kind);
    # another task's only where this one has none: that is far easier to reject.
    pools = {name: items + [i for other, rest in candidates.items() if other != name
                            for i in rest] for name, items in candidates.items()}
    chosen = [(name, item) for name, items in candidates.items()
              for item in items[:per_task]][:limit]
    pairs = []
    for name, item in chosen:
        gold = tuple(item.answers)
        pairs += [(JudgePair(item.question, gold, gold[0]), CORRECT),
                  (JudgePair(item.question, gold, _decoy(item, pools[name])), INCORRECT),
                  (JudgePair(item.question, gold, DECLINE), NOT_ATTEMPTED)]
    return pairs


def check_sanity(pairs: list[tuple[JudgePair, str]], verdicts: dict[str, Verdict],
                 threshold: float) -> SanityResult:
    """How many sanity pairs the judge graded as expected, and whether that is enough."""
    failures = []
    for pair, expected in pairs:
        verdict = verdicts[pair.key]
        if verdict.grade != expected:
            got = verdict.grade or f"unparseable: {verdict.reply[:80]}"
            failures.append(SanityCase(pair.question, pair.answer, expected, got))
    correct = len(pairs) - len(failures)
    passed = bool(pairs) and correct / len(pairs) >= threshold
    return SanityResult(correct, len(pairs), threshold, passed, tuple(failures))
