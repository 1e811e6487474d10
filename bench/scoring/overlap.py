"""Train/test overlap per test item (Lewis et al. 2021; GPT-3/lm-eval n-gram decontamination).

Against what a task's adapters train on (its train QA items and its corpus), each test item
gets: question overlap (a train question that is a near-duplicate), answer overlap (its
gold answer is a train answer), and n-gram contamination (an n-gram of question + answer
occurs in the training text). Buckets: question+answer, question-only, answer-only, none.
The same buckets apply to every variant of a task, so variants are compared on equal items.
"""

from __future__ import annotations

from dataclasses import dataclass

from bench.config.settings import OverlapSettings
from bench.core.text import normalize_answer
from bench.core.types import Task

BUCKETS = ("question+answer", "question-only", "answer-only", "none")


@dataclass(frozen=True)
class ItemOverlap:
    item_id: str
    question: bool
    answer: bool
    ngram: bool
    bucket: str


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def ngrams(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    """All n-grams; a sequence shorter than n counts as one n-gram of itself."""
    if len(tokens) < n:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


class OverlapIndex:
    """The training side of one task, indexed once, asked about many test items."""

    def __init__(self, task: Task, settings: OverlapSettings = OverlapSettings()):
        self.settings = settings
        self.questions = [set(normalize_answer(i.question).split()) for i in task.train]
        self.answers = {normalize_answer(a) for i in task.train for a in i.answers}
        self.by_token: dict[str, list[int]] = {}
        for index, tokens in enumerate(self.questions):
            for token in tokens:
                self.by_token.setdefault(token, []).append(index)
        training_text = [task.corpus] + [f"{i.question} {' '.join(i.answers)}" for i in task.train]
        # Hashes, not tuples: a million-word corpus stays a few tens of MB.
        self.text_ngrams: set[int] = set()
        for text in training_text:
            self.text_ngrams.update(map(hash, ngrams(normalize_answer(text).split(), settings.ngram)))

    def question_overlap(self, question: str) -> bool:
        tokens = set(normalize_answer(question).split())
        candidates = {i for token in tokens for i in self.by_token.get(token, ())}
        return any(jaccard(tokens, self.questions[i]) >= self.settings.question_threshold
                   for i in candidates)

    def item(self, item) -> ItemOverlap:
        question = self.question_overlap(item.question)
        answer = (item.kind != "unanswerable" and
                  any(normalize_answer(a) in self.answers for a in item.answers))
        text = normalize_answer(f"{item.question} {item.answers[0] if item.answers else ''}")
        ngram = any(hash(g) in self.text_ngrams for g in ngrams(text.split(), self.settings.ngram))
        bucket = ("question+answer" if question and answer else "question-only" if question
                  else "answer-only" if answer else "none")
        return ItemOverlap(item.id, question, answer, ngram, bucket)


def task_overlap(task: Task, settings: OverlapSettings = OverlapSettings()) -> dict[str, ItemOverlap]:
    """Overlap of every test item of `task`, by item id."""
    index = OverlapIndex(task, settings)
    return {item.id: index.item(item) for item in task.test}
