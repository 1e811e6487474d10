"""Text normalisation shared by task building (deduplication, splits) and scoring.

SQuAD v1.1: lowercase, drop punctuation and the articles a/an/the, collapse whitespace.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCTUATION = set(string.punctuation)


def normalize_answer(text: str) -> str:
    """Lowercase, drop punctuation and the articles a/an/the, collapse whitespace."""
    text = text.lower()
    text = "".join(ch for ch in text if ch not in _PUNCTUATION)
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


def counted(n: int, noun: str) -> str:
    """'1 row', '2 rows': a count with its noun, for messages."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


@lru_cache(maxsize=2)
def rouge_scorer(stemmer: bool = True):
    """rouge-score's scorer (Porter stemming on for answer metrics, as is usual)."""
    # rouge-score pulls in nltk (~2 s), so it is imported on first use only.
    from rouge_score import rouge_scorer as module

    return module.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=stemmer)


def answer_contained(prediction: str, gold: str) -> float:
    """1.0 when the normalised gold answer occurs, as whole tokens, in the normalised output."""
    gold_norm = normalize_answer(gold)
    if not gold_norm:
        return 0.0
    return float(f" {gold_norm} " in f" {normalize_answer(prediction)} ")
