"""Refusal detection: did the model decline to answer (the right answer to an unanswerable)?"""

from __future__ import annotations

import re

from bench.config.settings import DEFAULT_REFUSAL_PHRASES
from bench.core.text import normalize_answer


def is_refusal(output: str, phrases: tuple[str, ...] = DEFAULT_REFUSAL_PHRASES) -> bool:
    """True when the normalised output contains a refusal phrase as whole words."""
    text = f" {normalize_answer(output)} "
    return any(re.search(rf"\b{re.escape(normalize_answer(phrase))}\b", text)
               for phrase in phrases if normalize_answer(phrase))
