"""Refusal detection: did the model decline to answer (the right answer to an unanswerable)?"""

from __future__ import annotations

import re

from bench.scoring.normalize import normalize_answer

DEFAULT_REFUSAL_PHRASES = (
    "i dont know", "i do not know", "i am not sure", "im not sure", "cannot answer",
    "cant answer", "unable to answer", "no information", "not mentioned", "does not say",
    "doesnt say", "not specified", "unknown", "i cannot find", "there is no",
)


def is_refusal(output: str, phrases: tuple[str, ...] = DEFAULT_REFUSAL_PHRASES) -> bool:
    """True when the normalised output contains a refusal phrase as whole words."""
    text = f" {normalize_answer(output)} "
    return any(re.search(rf"\b{re.escape(normalize_answer(phrase))}\b", text)
               for phrase in phrases if normalize_answer(phrase))
