"""Held-out splits: no test QA pair is ever a train pair, and the overlap that remains is counted."""

from __future__ import annotations

import random
from dataclasses import replace

from bench.core.text import normalize_answer
from bench.core.types import TRAINED, UNANSWERABLE, QAItem, Task, in_headline


def pair_key(item: QAItem) -> tuple[str, str]:
    return normalize_answer(item.question), normalize_answer(item.answers[0] if item.answers else "")


def split_items(items: list[QAItem], test_fraction: float, seed: int) -> tuple[list, list]:
    """Random train/test split that keeps every paraphrase group on one side."""
    groups: dict[str, list[QAItem]] = {}
    for item in items:
        groups.setdefault(item.paraphrase_group or item.id, []).append(item)
    names = sorted(groups)
    random.Random(seed).shuffle(names)
    cut = round(len(names) * test_fraction)
    test_names = set(names[:cut])
    train = [replace(i, split="train") for n in sorted(groups) if n not in test_names
             for i in groups[n]]
    test = [replace(i, split="test") for n in sorted(groups) if n in test_names
            for i in groups[n]]
    return train, test


def drop_trained_pairs(task: Task) -> tuple[Task, int]:
    """The task without test items whose (question, answer) pair is also a train pair."""
    trained = {pair_key(item) for item in task.train}
    kept = tuple(item for item in task.test if pair_key(item) not in trained)
    return replace(task, test=kept), len(task.test) - len(kept)


def split_stats(task: Task) -> dict[str, int]:
    """Sizes, and how many test items share a question or an answer with a train item."""
    train_questions = {normalize_answer(i.question) for i in task.train}
    train_answers = {normalize_answer(a) for i in task.train for a in i.answers}
    answerable = [i for i in task.test if in_headline(i.kind)]
    return {
        "train": len(task.train),
        "test": len(task.test),
        "test_question_in_train": sum(normalize_answer(i.question) in train_questions
                                      for i in task.test),
        "test_answer_in_train": sum(any(normalize_answer(a) in train_answers for a in i.answers)
                                    for i in answerable),
    }



def add_trained_questions(task: Task, count: int, seed: int) -> Task:
    """The task with a sample of its train questions asked verbatim as test items of kind
    `trained`: memorisation, reported beside transfer and never pooled into the held-out
    headline (an adapter that learned nothing shows 0 there too)."""
    # Only the first train phrasing of each fact: every variant trains it, also one that
    # keeps fewer phrasings per fact (`paraphrases: k` keeps the first k), so a `trained`
    # item is trained for every variant.
    firsts, seen = [], set()
    for item in task.train:
        group = item.paraphrase_group or item.id
        if item.kind != UNANSWERABLE and group not in seen:
            seen.add(group)
            firsts.append(item)
    picks = sorted(random.Random(seed).sample(range(len(firsts)), min(count, len(firsts))))
    asked = tuple(replace(firsts[i], id=f"{firsts[i].id}-asked", kind=TRAINED,
                          split="test") for i in picks)
    return replace(task, test=task.test + asked)
