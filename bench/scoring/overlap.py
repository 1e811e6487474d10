"""Train/test overlap per test item (Lewis et al. 2021; GPT-3/lm-eval n-gram decontamination).

Against what a task's adapters train on (its train QA items and its corpus), each test item
gets: question overlap (a train question that is a near-duplicate), answer overlap (one of
its gold answers is a train answer), and n-gram contamination (an n-gram of question + a
gold answer occurs in the training text; a sequence shorter than n, whole). Buckets: question+answer, question-only, answer-only, none.
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
    """All n-grams of a sequence of at least n tokens (none for a shorter one)."""
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def item_texts(item) -> list[list[str]]:
    """The normalised token sequences an item is checked as: question + each gold alias."""
    answers = item.answers if item.kind != "unanswerable" else ()
    texts = [f"{item.question} {answer}" for answer in answers] or [item.question]
    return [normalize_answer(text).split() for text in texts]


class OverlapIndex:
    """The training side of one task, indexed once, asked about many test items.

    n-gram contamination: a test sequence of at least n tokens is contaminated when one of
    its n-grams occurs in the training text; a shorter one (most QA items are shorter than
    8 tokens) when it occurs there whole. Whole short sequences are looked up in an index of
    the training text's k-grams for just the lengths and first tokens the test items have
    (`short`), so a million-word corpus stays cheap."""

    def __init__(self, task: Task, settings: OverlapSettings = OverlapSettings(),
                 short: list[list[str]] = ()):
        self.settings = settings
        self.questions = [set(normalize_answer(i.question).split()) for i in task.train]
        self.answers = {normalize_answer(a) for i in task.train for a in i.answers}
        self.by_token: dict[str, list[int]] = {}
        for index, tokens in enumerate(self.questions):
            for token in tokens:
                self.by_token.setdefault(token, []).append(index)
        training_text = [task.corpus] + [f"{i.question} {' '.join(i.answers)}" for i in task.train]
        firsts: dict[int, set[str]] = {}
        for tokens in short:
            if 0 < len(tokens) < settings.ngram:
                firsts.setdefault(len(tokens), set()).add(tokens[0])
        # Hashes, not tuples: a million-word corpus stays a few tens of MB.
        self.text_ngrams: set[int] = set()
        self.short_grams: set[int] = set()
        any_first = set().union(*firsts.values())
        for text in training_text:
            tokens = normalize_answer(text).split()
            self.text_ngrams.update(map(hash, ngrams(tokens, settings.ngram)))
            for i in (i for i, token in enumerate(tokens) if token in any_first):
                for length, starts in firsts.items():
                    if tokens[i] in starts and i + length <= len(tokens):
                        self.short_grams.add(hash(tuple(tokens[i:i + length])))

    def question_overlap(self, question: str) -> bool:
        tokens = set(normalize_answer(question).split())
        candidates = {i for token in tokens for i in self.by_token.get(token, ())}
        return any(jaccard(tokens, self.questions[i]) >= self.settings.question_threshold
                   for i in candidates)

    def contaminated(self, tokens: list[str]) -> bool:
        """Whether the training text holds an n-gram of `tokens` (or all of a short one)."""
        if len(tokens) < self.settings.ngram:
            return bool(tokens) and hash(tuple(tokens)) in self.short_grams
        return any(hash(g) in self.text_ngrams for g in ngrams(tokens, self.settings.ngram))

    def item(self, item) -> ItemOverlap:
        question = self.question_overlap(item.question)
        answer = (item.kind != "unanswerable" and
                  any(normalize_answer(a) in self.answers for a in item.answers))
        ngram = any(self.contaminated(tokens) for tokens in item_texts(item))
        bucket = ("question+answer" if question and answer else "question-only" if question
                  else "answer-only" if answer else "none")
        return ItemOverlap(item.id, question, answer, ngram, bucket)


def task_overlap(task: Task, settings: OverlapSettings = OverlapSettings()) -> dict[str, ItemOverlap]:
    """Overlap of every test item of `task`, by item id."""
    index = OverlapIndex(task, settings, [t for item in task.test for t in item_texts(item)])
    return {item.id: index.item(item) for item in task.test}
