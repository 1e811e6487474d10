"""QA items from one fact: trained phrasings, held-out paraphrases, reverse questions.

Shared by every generator that works from (subject, relation, object) facts, so the
story world and real text build their splits the same way.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.core.types import QAItem

REFUSAL_ANSWER = "I don't know"


@dataclass(frozen=True)
class RelationText:
    """How a relation is stated in prose and asked about; {s} subject, {o} object, {a} a/an."""

    prose: tuple[str, ...]
    direct: tuple[str, ...]
    paraphrase: tuple[str, ...]
    reverse: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactRef:
    """Where a fact came from, copied into every item asked about it."""

    id: str
    evidence: str
    span: tuple[int, int] | None = None
    window: str = ""
    relation: str = ""  # the answer's type, for the chance baselines ("lives_in")


def fill(template: str, subject: str, obj: str) -> str:
    article = "an" if obj[:1].lower() in "aeiou" else "a"
    text = template.format(s=subject, o=obj, a=article)
    return text[0].upper() + text[1:]


def fact_items(fact: FactRef, text: RelationText, subject: str, obj: str, *,
               rng: random.Random, kinds: set[str], train_phrasings: int,
               reverse: bool = True, held_out: bool = False) -> tuple[list[QAItem], list[QAItem]]:
    """Train items (direct phrasings) and test items (paraphrase, reverse) for one fact
    stated by a relation's templates."""
    phrasings = Phrasings(direct=tuple(fill(p, subject, obj) for p in text.direct),
                          paraphrase=tuple(fill(p, subject, obj) for p in text.paraphrase),
                          answer=obj,
                          reverse=tuple((fill(p, subject, obj), subject) for p in text.reverse)
                          if reverse else ())
    return phrased_items(fact, phrasings, rng=rng, kinds=kinds, train_phrasings=train_phrasings,
                         held_out=held_out)


@dataclass(frozen=True)
class Phrasings:
    """The questions one fact is asked by: direct ones (the first train), held-out
    paraphrases, and reverse questions with their own answers."""

    direct: tuple[str, ...]
    paraphrase: tuple[str, ...]
    answer: str
    reverse: tuple[tuple[str, str], ...] = ()


def phrased_items(fact: FactRef, phrasings: Phrasings, *, rng: random.Random, kinds: set[str],
                  train_phrasings: int, held_out: bool = False,
                  ) -> tuple[list[QAItem], list[QAItem]]:
    """Train items (the first `train_phrasings` direct questions) and test items (one
    paraphrase, one reverse question) for one fact; all share the fact's paraphrase group.

    A held-out fact trains nothing: its direct question is a test item of kind `held-out`,
    answerable only by a variant that learned the source text itself.
    """
    def item(suffix, question, answer, kind, split):
        relation = f"{fact.relation}:reverse" if kind == "reverse" and fact.relation else \
            fact.relation
        return QAItem(id=f"{fact.id}-{suffix}", question=question, answers=(answer,), kind=kind,
                      split=split, evidence=fact.evidence, paraphrase_group=fact.id,
                      span=fact.span, window=fact.window, relation=relation)

    train, test = [], []
    if held_out:
        if "held-out" in kinds:
            test.append(item("x", phrasings.direct[0], phrasings.answer, "held-out", "test"))
        return train, test
    for n, question in enumerate(phrasings.direct[:train_phrasings]):
        train.append(item(f"d{n}", question, phrasings.answer, "direct", "train"))
    if "paraphrase" in kinds and phrasings.paraphrase:
        test.append(item("p", rng.choice(phrasings.paraphrase), phrasings.answer, "paraphrase",
                         "test"))
    if "reverse" in kinds and phrasings.reverse:
        question, answer = rng.choice(phrasings.reverse)
        test.append(item("r", question, answer, "reverse", "test"))
    return train, test


def refusal_item(item_id: str, question: str) -> QAItem:
    """An unanswerable test item: the gold answer is a refusal."""
    return QAItem(id=item_id, question=question, answers=(REFUSAL_ANSWER,),
                  kind="unanswerable", split="test")
