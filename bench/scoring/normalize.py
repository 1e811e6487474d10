"""SQuAD v1.1 answer normalisation and the token-level metrics built on it."""

from __future__ import annotations

from collections import Counter

from bench.core.text import answer_contained, normalize_answer

__all__ = ["normalize_answer", "exact_match", "token_f1", "answer_contained"]


def exact_match(prediction: str, gold: str) -> float:
    return float(normalize_answer(prediction) == normalize_answer(gold))


def token_f1(prediction: str, gold: str) -> float:
    """Bag-of-tokens F1 between normalised prediction and gold (SQuAD v1.1)."""
    pred_tokens = normalize_answer(prediction).split()
    gold_tokens = normalize_answer(gold).split()
    if not pred_tokens or not gold_tokens:
        return 0.0  # SQuAD v1.1: nothing in common (v2.0 would score two empties 1.0)
    common = Counter(pred_tokens) & Counter(gold_tokens)
    same = sum(common.values())
    if same == 0:
        return 0.0
    precision = same / len(pred_tokens)
    recall = same / len(gold_tokens)
    return 2 * precision * recall / (precision + recall)
