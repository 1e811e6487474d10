"""Checks every extracted question must pass, from its parse, whatever rule wrote it.

A closed-book question is read without its text, so it must be a whole question (a finite
verb, not a fragment), point to nothing it does not name (no "he", "this", "the island"),
say something (not "Who was furious?"), ask a yes-able thing (no negation: "Edric was not
what?") and ask for the answer's type: "who" for a person, "what" for a thing, "when" for a
time, "how many" for a count. A vacuous answer ("a man", "the whole island") fails too.
Each check holds for any text; none knows a text's words.
"""

from __future__ import annotations

import re

from bench.generators.entity_kinds import PERSON, THING, EntityKinds

PERSON_PATTERNS = {"clause-person", "clause-role", "cloze-agent", "who-clause", "title", "role"}
THING_PATTERNS = {"clause-thing"}
PLACE_PATTERNS = {"clause-place"}
TIME_PATTERNS = {"clause-year", "clause-date", "cloze-year"}
COUNT_PATTERNS = {"clause-count", "cloze-count"}
# Patterns that ask a sentence back with one constituent replaced: they must keep enough of
# it to pick one fact out.
CLOZE_PATTERNS = ("clause-", "cloze-", "who-clause")
MIN_CONTENT_WORDS = 3

_NUMBER_WORDS = set(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion dozen a an and half score".split())
_MONTHS = set("january february march april may june july august september october november "
              "december".split())
_TIME_WORDS = set(
    "century centuries year years decade decades day days week weeks month months morning "
    "evening night spring summer autumn fall winter dawn dusk noon midnight age era period "
    "reign today yesterday hour hours minute minutes season".split()) | _MONTHS
# Nouns that name nothing by themselves: an answer made only of them says nothing ("a man"),
# and "the island" in a question points back to a place named before.
GENERIC_NOUNS = set(
    "man men woman women boy boys girl girls person people child children thing things one "
    "ones place places fellow lady gentleman someone something".split())
GENERIC_REFERENTS = set(
    "island isle city town country region area state county province kingdom empire "
    "territory nation continent peninsula land site same former latter".split())
_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest", "left", "right"}
_REFLEXIVE = {"himself", "herself", "itself", "themselves", "oneself"}
_DEMONSTRATIVES = {"this", "these", "those", "that"}
_WH = {"who", "whom", "whose", "what", "which", "when", "where", "how"}


def question_problem(question, answer, pattern: str, kinds: EntityKinds) -> str | None:
    """Why a question (its parse) with its answer (the answer's parse) is not asked, or
    None when it passes."""
    if not _finite(question):
        return "no finite verb"
    if any(t.dep_ == "neg" or t.text.lower() == "never" for t in question):
        return "negation"
    problem = _unresolved(question, kinds) or _vacuous(answer)
    if problem:
        return problem
    if pattern.startswith(CLOZE_PATTERNS) and pattern not in ("clause-copula", "clause-role") and \
            _content_words(question) < MIN_CONTENT_WORDS:
        return "too little to pick one fact out"
    if pattern == "cloze-subject" and len(question) > 1 and question[1].pos_ not in (
            "VERB", "AUX", "ADV", "PART"):
        return "not a subject question"  # "What adventurers founded ...?" -> "Norman"
    return _type_mismatch(question, answer, pattern, kinds)


def _finite(question) -> bool:
    """A finite verb, or a verb the tagger read as a participle that heads the question
    with a subject ("Dissension ... coerced whom ...?"), or an imperative ("Name ...")."""
    if question[0].text.lower() in ("name", "describe"):
        return True
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.dep_ == "ROOT" and t.pos_ in (
        "VERB", "AUX") and t.tag_ in ("VBN", "VB") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in question)


def _unresolved(question, kinds: EntityKinds) -> str | None:
    """A pronoun, possessive or demonstrative whose referent the question does not hold."""
    for token in question:
        word = token.text.lower()
        if token.tag_ == "PRP" and word not in _REFLEXIVE and token.dep_ != "expl":
            return f"pronoun {token.text!r}"
        if token.dep_ == "det" and word in _DEMONSTRATIVES:
            return f"demonstrative {token.text!r}"
        if word in ("there", "here") and token.dep_ == "advmod":
            return f"{token.text!r} points back"
        if token.tag_ == "PRP$" and not _antecedent(question, token, kinds):
            return f"possessive {token.text!r} without its referent"
        if word in _DIRECTIONS and token.head.text.lower() == "to" and not any(
                c.dep_ == "prep" for c in token.children):
            return f"'to the {token.text}' of what?"
        if token.pos_ in ("NOUN", "ADJ") and word in GENERIC_REFERENTS and any(
                c.dep_ == "det" and c.text.lower() == "the" for c in token.children) and not any(
                c.dep_ in ("prep", "compound", "relcl", "acl", "appos") or c.pos_ == "PROPN"
                for c in token.children):
            return f"'the {token.text}' points back"
    return None


def _antecedent(question, possessive, kinds: EntityKinds) -> bool:
    """Whether a possessive has a referent before it in the question that agrees with it:
    a named person for "his"/"her", a named thing for "its", a plural for "their", or the
    asked subject itself ("Who led his army?")."""
    word = possessive.text.lower()
    for token in question[:possessive.i]:
        if token.text.lower() in ("who", "whom") and word in ("his", "her", "their") or \
                token.text.lower() == "what" and token.dep_ in ("nsubj", "nsubjpass") and \
                word == "its":
            return True  # "Who led his army?", "forced whom to retreat from his campaign?"
        if token.pos_ != "PROPN" or token.dep_ in ("compound", "flat"):
            continue
        kind = kinds.kind(question[token.left_edge.i:token.i + 1].text) or kinds.kind(token.text)
        if word in ("his", "her") and kind == PERSON and token.tag_ == "NNP":
            return True
        if word == "its" and kind == THING and token.tag_ == "NNP":
            return True
        if word == "their" and (token.tag_ == "NNPS" or kind == PERSON):
            return True
    return False


def _vacuous(answer) -> str | None:
    """An answer that names nothing: generic nouns only ("an old man", "the whole island"),
    one that points back itself ("that city", "his men"), or one that opens with a
    sentence's adverb ("Initially the Normans": the subject was read with it)."""
    if len(answer) > 1 and answer[0].pos_ == "ADV" and answer[0].text[:1].isupper():
        return "answer opens with an adverb"
    if any(t.tag_ in ("PRP", "PRP$") or t.dep_ == "det" and t.text.lower() in _DEMONSTRATIVES
           for t in answer):
        return "answer points back"
    nouns = [t for t in answer if t.pos_ in ("NOUN", "PROPN", "NUM", "PRON")]
    if nouns and all(t.pos_ == "NOUN" and t.text.lower() in GENERIC_NOUNS | GENERIC_REFERENTS
                     for t in nouns) and not any(t.dep_ == "prep" for t in answer):
        return "vacuous answer"
    return None


def _content_words(question) -> int:
    """Words that carry content, less the wh-phrase ("what year", "how many")."""
    skip = set()
    for token in question:
        if token.text.lower() in _WH:
            skip.add(token.i)
            if token.i + 1 < len(question) and token.text.lower() in ("what", "which", "how"):
                skip.add(token.i + 1)  # "what year", "which place", "how many"
    return sum(t.pos_ in ("NOUN", "PROPN", "NUM", "VERB", "ADJ") and t.i not in skip and
               t.text.lower() not in ("text", "according")
               for t in question)


def asked_type(question: str, pattern: str) -> str | None:
    """What a question asks for: person, thing, place, time, count, amount or (a
    description: "what" of a noun phrase) None."""
    lowered = question.lower()
    if pattern in ("clause-object", "clause-copula"):
        return None
    if pattern in COUNT_PATTERNS or "how many" in lowered:
        return "count"
    if "how much" in lowered:
        return "amount"
    if pattern in TIME_PATTERNS or re.search(r"(?:^when|\b(?:what|which) (?:year|decade|"
                                             r"century))\b", lowered):
        return "time"
    if pattern in PERSON_PATTERNS:
        return "person"
    if pattern in PLACE_PATTERNS:
        return "place"
    if pattern in THING_PATTERNS:
        return "thing"
    first = lowered.split()[0] if lowered.split() else ""
    if first in ("who", "whom", "whose") or lowered.startswith(("which person", "name the person")):
        return "person"
    if first == "where":
        return "place"
    if first in ("what", "which"):
        return "thing"
    return None


_DESCRIBED = re.compile(r"^(?P<wh>Who|What) (?:is|was|are|were) (?P<name>[^?]+)\?$")


def _type_mismatch(question, answer, pattern: str, kinds: EntityKinds) -> str | None:
    described = _DESCRIBED.match(question.text)
    if described and _is_name(described.group("name")):
        # "Who is Dunmarrow?" -> "a country of ...": the name asked about must fit the word.
        kind = kinds.kind(described.group("name"))
        wh = described.group("wh").lower()
        if wh == "who" and kind == THING or wh == "what" and kind == PERSON:
            return f"{wh!r} is {described.group('name')!r}"
    asked = asked_type(question.text, pattern)
    text = answer.text
    if asked == "count" and not is_count(text):
        return "count question, answer no number"
    if asked == "amount" and not re.search(r"\d", text) and not is_count(text):
        return "amount question, answer no amount"
    if asked == "time" and not is_time(text):
        return "time question, answer no time"
    if asked in ("person", "thing", "place") and _is_name(text):
        kind = kinds.kind(text)
        parts = re.split(r",\s*(?:and |or )?|\s+(?:and|or)\s+", text)
        if len(parts) > 1:  # "Denmark, Iceland and Norway": each part
            found = {kinds.kind(p) for p in parts if p.strip()}
            kind = found.pop() if len(found) == 1 else None
        if asked == "person" and kind != PERSON and (kind == THING or pattern.startswith(
                "clause-")):
            return f"'who' for {text!r}, no person"
        if asked in ("thing", "place") and kind == PERSON:
            return f"'what' or 'where' for {text!r}, a person"
    return None


def is_count(text: str) -> bool:
    """A number in digits or words ("212", "twelve", "a hundred and twelve")."""
    words = re.findall(r"[\w,.-]+", text.lower())
    return bool(words) and (bool(re.fullmatch(r"(?:about |some |over |nearly |almost )?"
                                              r"[\d,.]+(?: million| billion| thousand)?", text.lower()))
                            or all(w.strip(",.") in _NUMBER_WORDS or "-" in w and all(
                                p in _NUMBER_WORDS for p in w.split("-")) for w in words)
                            and any(w.strip(",.") not in ("a", "an", "and") for w in words))


def is_time(text: str) -> bool:
    """A date, year or span of time ("1066", "1 May 1191", "the first half of the 10th
    century", "the spring")."""
    lowered = text.lower()
    return bool(re.search(r"\d", lowered)) or any(
        w in _TIME_WORDS for w in re.findall(r"[a-z]+", lowered))


def _is_name(text: str) -> bool:
    """An answer that is a name (a capital first, after an article)."""
    words = text.split()
    if words and words[0].lower() in ("the", "a", "an") and len(words) > 1:
        words = words[1:]
    return bool(words) and words[0][:1].isupper()
