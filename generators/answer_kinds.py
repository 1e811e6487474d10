"""What kind of answer a text is, from its words alone: a count ("twelve", "more than
150,000"), a time ("1 May 1191", "the spring") or a name (a capital first, after an
article). bench.generators.question_checks holds a question's asked type against these."""

from __future__ import annotations

import re

from bench.generators.kind_words import TIME_WORDS

_NUMBER_WORDS = set(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion dozen a an and half score".split())

# a number in digits with the qualifier a population's answer keeps ("more than 150,000")
_QUALIFIED_NUMBER = re.compile(
    r"(?:(?:about|some|over|nearly|almost|around|roughly|approximately|under|more than|"
    r"fewer than|less than|at least|at most|up to|just over|just under|well over) )?"
    r"[\d,.]+(?: million| billion| thousand)?")


def is_count(text: str) -> bool:
    """A number in digits or words ("212", "twelve", "a hundred and twelve"), perhaps
    qualified ("more than 150,000")."""
    words = re.findall(r"[\w,.-]+", text.lower())
    return bool(words) and (bool(re.fullmatch(_QUALIFIED_NUMBER, text.lower()))
                            or all(w.strip(",.") in _NUMBER_WORDS or "-" in w and all(
                                p in _NUMBER_WORDS for p in w.split("-")) for w in words)
                            and any(w.strip(",.") not in ("a", "an", "and") for w in words))


def is_time(text: str) -> bool:
    """A date, year or span of time ("1066", "1 May 1191", "the first half of the 10th
    century", "the spring"); not an age ("the age of 67": when he was how old)."""
    lowered = text.lower()
    if re.match(r"(?:the )?age of\b", lowered):
        return False
    return bool(re.search(r"\d", lowered)) or any(
        w in TIME_WORDS for w in re.findall(r"[a-z]+", lowered))


def is_name(text: str) -> bool:
    """An answer that is a name (a capital first, after an article)."""
    words = text.split()
    if words and words[0].lower() in ("the", "a", "an") and len(words) > 1:
        words = words[1:]
    return bool(words) and words[0][:1].isupper()
