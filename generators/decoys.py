"""Unanswerable questions: invented names that occur nowhere in the text, asked as the
text's own facts are asked (or, where it has none about a name, as the manual's are)."""

from __future__ import annotations

import random

from bench.core.types import QAItem
from bench.generators.names import NameMaker
from bench.generators.qa_items import refusal_item
from bench.generators.text_facts import FoundFact

DECOY_QUESTIONS = ("What is {d}'s disease?", "What is the {d} operation used for?",
                   "What is {d}'s sign?", "Who was {d}?")


GENERIC_DECOY_QUESTIONS = ("Who is {d}?", "What is known about {d}?", "Where is {d}?",
                           "What did {d} do?")


def decoy_items(decoys: tuple[str, ...], found: list[FoundFact] = (),
                fallback: tuple[str, ...] = DECOY_QUESTIONS) -> list[QAItem]:
    """Unanswerable questions about invented names (gold: a refusal), asked as the text's
    own facts are ("Whose daughter is Sarhild?" -> "Whose daughter is Morild?"); where the
    text has no fact about a name, in the manual's style ("What is Morild's disease?")."""
    own = sorted({f.phrasings.direct[0].replace(f.subject, "{d}") for f in found
                  if f.subject and f.subject in f.phrasings.direct[0]})
    questions = tuple(own) or fallback
    return [refusal_item(f"u{n:03d}-decoy", questions[n % len(questions)].replace("{d}", decoy))
            for n, decoy in enumerate(decoys)]


def invented_decoys(corpus: str, count: int, rng: random.Random) -> tuple[str, ...]:
    """Invented names that occur nowhere in the corpus."""
    names, lowered, decoys = NameMaker(rng), corpus.lower(), []
    while len(decoys) < count:
        name = names.make()
        if name.lower() not in lowered:
            decoys.append(name)
    return tuple(decoys)
