"""Refusal detection: did the model decline to answer (the right answer to an unanswerable)?

Patterns, not single words: a refusal says the speaker does not know, cannot answer, has
or finds no information, that the text does not say or that the thing is unknown, a
mystery or not revealed, or apologises; "unknown" counts only as the whole answer or as
"is unknown", and "not known for ..." (not famous for) is no refusal. So "There is no cure; amputation ..." and "the
unknown soldier" are answers, while "I don’t know" (curly apostrophe), "I don't have any
information about ...", "I couldn't find ..." and "I'm sorry, ..." are refusals. Checked
against hand-labelled real answers (tests/data/labelled_answers.jsonl). A suite may add
phrases of its own (`scoring.refusal_phrases`), matched as whole words.
"""

from __future__ import annotations

import re

from bench.core.text import normalize_answer

_NOT = r"(?:do not|don't|dont|does not|doesn't|doesnt|did not|didn't|didnt)"
_CANNOT = (r"(?:cannot|can not|can't|cant|could not|couldn't|couldnt|am unable to|was unable to|"
           r"am not able to|'m unable to|'m not able to|m unable to)")
_INFO = r"(?:information|info|data|details?|knowledge|records?|mention|context|evidence|facts?)"
REFUSAL_PATTERNS = tuple(re.compile(p) for p in (
    rf"\bi {_NOT} know\b",
    r"\b(?:i am|i'm|im) not (?:sure|certain|aware|familiar)\b",
    r"^(?:not sure|no idea|unsure)\b",
    rf"\bi {_CANNOT} (?:\w+ ){{0,2}}(?:answer|find|say|tell|provide|determine|help|identify|"
    r"locate|confirm|give|know|access|recall|verify)\b",
    r"\b(?:unable|not able) to (?:\w+ ){0,2}(?:answer|find|provide|determine|identify|"
    r"locate|confirm|verify)\b",
    rf"\bi {_NOT} have (?:\w+ ){{0,3}}{_INFO}\b",
    rf"\b(?:there is|there's|theres|there are|i have|i found|i can find|with) no {_INFO}\b",
    rf"\bno {_INFO} (?:is |was |are )?(?:available|given|provided|found|about|on|regarding)\b",
    r"\b(?:is|are|was|were|isn't|wasn't|aren't) not (?:mentioned|specified|given|stated|"
    r"provided|described|documented|named|revealed|disclosed)\b",
    # "not known", but not "not known for its colour" (famous) or "not known to be in X"
    r"\b(?:is|are|was|were) not known\b(?! (?:for|to|as)\b)",
    r"\b(?:is|are|was|were|remains?) (?:still )?(?:a mystery|unclear|uncertain)\b",
    r"\b(?:isn't|wasn't|aren't|weren't) (?:mentioned|specified|given|stated|provided|known|"
    r"revealed)\b",
    rf"\b(?:text|story|passage|source|document|context) {_NOT} (?:say|mention|specify|state|"
    r"provide|tell|give)\b",
    r"\bnot (?:mentioned|specified|stated|given) in\b",
    # "The answer is not in the text", not "... is not in the story's last chapter"
    r"\b(?:(?:is|are|was|were) not|isn't|wasn't|aren't|weren't) (?:in|found in|given in|"
    r"included in) the (?:text|story|passage|context|document|source)\b(?!')",
    r"^(?:unknown|not known|none|n/?a)\W*$",
    r"\b(?:is|are|was|were|remains?) unknown\b",
    r"\b(?:i am|i'm|im) sorry\b", r"^sorry\b", r"\bi apologi[sz]e\b",
    r"\bcannot be (?:determined|answered|found|identified)\b",
    r"\bno (?:such|known) (?:person|place|kingdom|character|disease|operation|sign|one|thing)\b",
    rf"\bi {_NOT} recogni[sz]e\b",
))
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def is_refusal(output: str, phrases: tuple[str, ...] = ()) -> bool:
    """True when the output declines to answer (the patterns above, or one of `phrases`)."""
    text = " ".join(output.translate(_APOSTROPHES).lower().split())
    if any(pattern.search(text) for pattern in REFUSAL_PATTERNS):
        return True
    normalised = f" {normalize_answer(text)} "
    return any(re.search(rf"\b{re.escape(normalize_answer(p))}\b", normalised)
               for p in phrases if normalize_answer(p))
