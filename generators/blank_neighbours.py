"""Answers cut where the words beside the blank show it: an answer run across two pairs of a
thing and its place, a name cut before the number that ends it, a bare question word set
off by commas before "and" (bench.generators.question_garbles runs these among its garble
checks)."""

from __future__ import annotations

import re


def cut_beside_the_blank(text: str, said: str) -> str | None:
    """Why the question `text` with the answer `said` cuts a phrase at the blank, or None."""
    if _pair_split(text, said):
        return "an answer run across two pairs"  # "the Felice on what?" -> "Quirinal and the
        # Paola on the Janiculum"
    if _NUMBER_AFTER_THE_BLANK.search(text) and said.split()[-1][:1].isupper():
        return "a name cut before its number"  # "carries what 101?" -> "U.S. Route"
    if _BARE_WH_ASIDE.search(text):
        return "a bare question word set off before 'and'"  # "in central Kentucky, where,
        # and the longest known cave system ...?": the blank reads as a list's member
    return None


# a question word alone between commas, a list going on after it ("by ear, what, and was")
_BARE_WH_ASIDE = re.compile(r", (?:where|when|what|who|whom), (?:and|or) ")


# the blank straight before a number, the answer a name ("U.S. Route [101]", "Apollo [11]")
_NUMBER_AFTER_THE_BLANK = re.compile(r"\bwhat \d")


# a place's preposition before the wh-phrase ("on what", "from what places")
_PLACE_PREPOSITION_BEFORE_WH = re.compile(
    r"\b(in|on|at|from|to|into|near|under|over|by|with) (?:what|whom|which [a-z]+)"
    r"(?: places?)?\b", re.I)


def _pair_split(text: str, said: str) -> bool:
    """An answer that joins the ends of two pairs, each a thing and its place ("the Felice on
    the Quirinal and the Paola on the Janiculum" asked "the Felice on what?" -> "Quirinal and
    the Paola on the Janiculum", or "remains at what at Orly?" -> "Heathrow and F-BVFF"): the
    preposition before the blank comes again after the answer's "and", or right after the
    blank ("of", a name's own word, may: "the British Museum and the University of ...")."""
    if " and " not in said:
        return False
    second = said.split(" and ", 1)[1]
    for match in _PLACE_PREPOSITION_BEFORE_WH.finditer(text):
        word = match.group(1).lower()
        if re.search(rf"\b{word}\b", second, re.I) or \
                text[match.end():].lstrip(" ,").lower().startswith(word + " "):
            return True
    return False
