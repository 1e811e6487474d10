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


def fill(template: str, subject: str, obj: str) -> str:
    article = "an" if obj[:1].lower() in "aeiou" else "a"
    text = template.format(s=subject, o=obj, a=article)
    return text[0].upper() + text[1:]


def fact_items(fact: FactRef, text: RelationText, subject: str, obj: str, *,
               rng: random.Random, kinds: set[str], train_phrasings: int,
               reverse: bool = True, held_out: bool = False) -> tuple[list[QAItem], list[QAItem]]:
    """Train items (direct phrasings) and test items (paraphrase, reverse) for one fact.

    A held-out fact trains nothing: its direct question is a test item of kind `held-out`,
    answerable only by a variant that learned the source text itself.
    """
    def item(suffix, phrasing, answer, kind, split):
        return QAItem(id=f"{fact.id}-{suffix}", question=fill(phrasing, subject, obj),
                      answers=(answer,), kind=kind, split=split, evidence=fact.evidence,
                      paraphrase_group=fact.id, span=fact.span, window=fact.window)

    train, test = [], []
    if held_out:
        if "held-out" in kinds:
            test.append(item("x", text.direct[0], obj, "held-out", "test"))
        return train, test
    for n, phrasing in enumerate(text.direct[:train_phrasings]):
        train.append(item(f"d{n}", phrasing, obj, "direct", "train"))
    if "paraphrase" in kinds:
        test.append(item("p", rng.choice(text.paraphrase), obj, "paraphrase", "test"))
    if "reverse" in kinds and reverse and text.reverse:
        test.append(item("r", rng.choice(text.reverse), subject, "reverse", "test"))
    return train, test


def refusal_item(item_id: str, question: str) -> QAItem:
    """An unanswerable test item: the gold answer is a refusal."""
    return QAItem(id=item_id, question=question, answers=(REFUSAL_ANSWER,),
                  kind="unanswerable", split="test")
