"""One fact of prose as the extractors yield it, and how its questions are written."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that need the sentence before them: a question with one makes no sense alone.
PRONOUNS = re.compile(r"\b(?:he|she|it|they|him|her|them|this|these|that|those|we|us|you|"
                      r"i|me|here|there|such|former|latter)\b", re.I)


# an abbreviation's dots at the end of an answer: "7:30 p.m.", "the U.S."
_DOTTED_END = re.compile(r"\b(?:[A-Za-z]\.){2,}$")


@dataclass(frozen=True)
class ProseFact:
    """One fact of a sentence: how it is asked (the first phrasings train, the others are
    held out), its answer, reverse questions with theirs, and where it is."""

    pattern: str
    answer: str
    phrasings: tuple[str, ...]
    reverse: tuple[tuple[str, str], ...]
    sentence: str
    start: int  # offset of the sentence in its paragraph
    subject: str  # the name the fact is about (decoy questions replace it)


def make_fact(pattern: str, answer: str, phrasings: list[str], subject: str,
              reverse: list[tuple[str, str]] = ()) -> ProseFact:
    """A fact found by `pattern` (its evidence is filled in by the extractor)."""
    return ProseFact(pattern, trimmed_answer(answer), tuple(tidy(p) for p in phrasings),
                     tuple((tidy(q), trimmed_answer(a)) for q, a in reverse), "", 0, subject)


def trimmed_answer(span: str) -> str:
    """An answer without the punctuation around it, an abbreviation's last full stop kept
    ("7:30 p.m.", not "7:30 p.m")."""
    answer = span.strip(" ,;:")
    return answer if _DOTTED_END.search(answer) else answer.rstrip(" .")


def tidy(question: str) -> str:
    """One space between words, a question mark (an imperative keeps its full stop), and a
    capital first letter."""
    question = " ".join(question.split()).replace(" ,", ",").rstrip(" ,;")
    if not question.endswith((".", "?")):
        question = question.rstrip(" .") + "?"
    return question[0].upper() + question[1:]
