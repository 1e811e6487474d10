"""The grading template: one versioned prompt, filled by literal replacement, and the strict
parse of its verdict.

The grades are SimpleQA's three (CORRECT / INCORRECT / NOT_ATTEMPTED), written as words
rather than SimpleQA's letters A/B/C: a word names its grade, so a judge that echoes the
prompt's vocabulary cannot be misread, and the raw verdict shown for a failed parse says
what the judge meant. The judge must put exactly one of the three words on its first line
(case and one trailing full stop aside); anything else is unparseable, counted and shown,
never guessed. A change to the wording below changes what the verdicts mean: bump
TEMPLATE_VERSION, which keys the verdict cache and identifies the judge in results.json
(`bench compare` refuses to compare verdicts of two versions).
"""

from __future__ import annotations

import re

from bench.core.types import CORRECT, INCORRECT, NOT_ATTEMPTED

TEMPLATE_VERSION = "judge-v1"

VERDICTS = {"CORRECT": CORRECT, "INCORRECT": INCORRECT, "NOT_ATTEMPTED": NOT_ATTEMPTED}

SYSTEM = ("You grade answers to questions. You compare one answer with the gold answer and "
          "reply with a single grade word.")

USER = """Grade the answer to the question against the gold answer.

Question: {question}
Gold answer: {gold}
Answer: {answer}

The grades:
CORRECT: the answer states what the gold answer states (other wording, extra detail or a \
sentence around it are fine) and contradicts none of it.
INCORRECT: the answer states something else: another thing, a fact that contradicts the \
gold answer, or a wrong fact beside it.
NOT_ATTEMPTED: the answer does not give the information: it declines ("I don't know"), \
says it cannot answer, or is off the point, without contradicting the gold answer.

Reply with exactly one word on the first line: CORRECT, INCORRECT or NOT_ATTEMPTED."""

_FIELD = re.compile(r"\{(question|gold|answer)\}")


def judge_messages(question: str, gold: tuple[str, ...], answer: str) -> list[dict[str, str]]:
    """The chat messages that ask the judge about one answer. Filled in one pass of literal
    replacement: a question or answer that contains "{answer}" stays as it is, and nothing
    from a task or a model is ever read as a template."""
    values = {"question": question, "gold": " | ".join(gold), "answer": answer}
    user = _FIELD.sub(lambda match: values[match.group(1)], USER)
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def parse_verdict(text: str) -> str | None:
    """The grade on the first line of a judge's reply, or None when it is not exactly one of
    CORRECT / INCORRECT / NOT_ATTEMPTED (whitespace, case and one trailing '.' aside)."""
    first = text.strip().split("\n", 1)[0].strip()
    if first.endswith("."):
        first = first[:-1]
    return VERDICTS.get(first.upper())
