"""Short forms a text introduces for a name: an acronym in brackets ("the United States
Geological Survey (USGS)": What is the abbreviation for United States Geological Survey?
-- not "What does USGS stand for?": out of its text an acronym stands for many things) and a short name set off by commas
("Southern California, often abbreviated SoCal,", "the Transpacific Yacht Race, or
Transpac,": What is the Transpacific Yacht Race abbreviated as?).

A short form is taken only when its letters are the name's: an acronym spells the
initials of the words before its bracket (words such as "of" and "the" may be left out),
and a short name's letters appear in the name in order from its first letter. So "the
Pico Act (1859)" or "Paris, or Provence," are no short forms."""

from __future__ import annotations

import re

# The patterns of the facts made here; their questions are fixed forms ("What is the
# abbreviation for {s}?") around the text's own name, so only the answer is checked.
SHORT_FORM_PATTERNS = ("acronym", "short-form")
# Words an acronym may leave out ("Department of Defense": DoD or DD).
_SKIPPABLE = {"of", "the", "and", "for", "in", "on", "to", "at", "de", "du", "des", "la", "le",
              "a", "an", "&"}
MAX_NAME_WORDS = 10
_ACRONYM = re.compile(r"\((?P<s>[A-Z][A-Za-z&]{1,9})\)")
_WORD = r"[A-Z][\w'’.-]*"
_SHORT = re.compile(rf"(?P<name>(?:{_WORD} ){{0,7}}{_WORD}), (?:(?:often|commonly|also|usually|"
                    rf"sometimes) )?(?P<how>abbreviated(?: as| to)?|shortened to|or) "
                    rf"(?P<s>{_WORD}(?: {_WORD}){{0,2}}),")


def acronyms(sentence: str) -> list[tuple[str, str]]:
    """(acronym, the words it stands for) for each bracketed acronym of the sentence."""
    found = []
    for match in _ACRONYM.finditer(sentence):
        acronym = match.group("s")
        letters = acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym
        if sum(c.isupper() for c in letters) < 2:
            continue  # "(Kocher)", "(Ms)": a name or a word, not an acronym
        before = sentence[:match.start()].split()
        words = before[-MAX_NAME_WORDS:]
        words = words[_after_punctuation(words):]
        start = _expansion_start(words, letters.lower())
        if start is None or len(words) - start < 2:
            continue
        name = " ".join(words[start:])
        if len(words) - start == len(before) and any(w.islower() for w in words[start + 1:]
                                                     if w not in _SKIPPABLE):
            name = name[0].lower() + name[1:]  # "Central business districts (CBD) ..."
        found.append((acronym, name))
    return found


def short_forms(sentence: str) -> list[tuple[str, str]]:
    """(name, its short form) for each "Name, [often] abbreviated Short," or "Name, or
    Short," whose short form is spelled from the name's letters; the name keeps a "the"
    written before it."""
    found = []
    for match in _SHORT.finditer(sentence):
        short = match.group("s")
        words = match.group("name").split()
        start = next((i for i in range(len(words) - 1, -1, -1)
                      if words[i][0].lower() == short[0].lower() and
                      _spelled_from(short, " ".join(words[i:]))), None)
        if start is None:
            continue
        name = " ".join(words[start:])
        if len(short) >= len(name) or short.lower() in name.lower().split():
            continue  # "the Battle of Hastings, or Hastings,": no short form
        # "The annual Transpacific Yacht Race": the name keeps its article
        before = sentence[:match.start("name")].split()[-2:] + words[:start]
        if "the" in (w.lower() for w in before[-2:]) and all(
                w.islower() or w.lower() == "the" for w in before[-2:]):
            name = "the " + name
        found.append((name, short))
    return found


def _after_punctuation(words: list[str]) -> int:
    """Where the words after the last one that ends a phrase (a comma, colon) start: a
    bracket's name does not reach past them."""
    ends = [i for i, w in enumerate(words) if w[-1] in ",;:.!?\"”)" or w[0] in "(\"“"]
    return ends[-1] + 1 if ends else 0


def _expansion_start(words: list[str], letters: str) -> int | None:
    """The latest word from which the words spell `letters` by their initials (a word such
    as "of" may also be left out, but does not open the name), or None."""
    for start in range(len(words) - 1, -1, -1):
        if words[start][0].lower() == letters[0] and words[start].lower() not in _SKIPPABLE \
                and _spells(words[start + 1:], letters[1:]):
            return start
    return None


def _spells(words: list[str], letters: str) -> bool:
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if letters and word[0].lower() == letters[0] and _spells(rest, letters[1:]):
        return True
    return word.lower() in _SKIPPABLE and _spells(rest, letters)


def _spelled_from(short: str, name: str) -> bool:
    """Whether the short form's letters appear in the name in order."""
    rest = iter(name.lower())
    return all(c in rest for c in short.lower() if c.isalnum())
