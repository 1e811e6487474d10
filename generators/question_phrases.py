"""What a phrase of a parsed question is, for the checks of whether the question stands
alone (bench.generators.question_context): its wh-phrase, whether a noun is definite or
picked out by what it carries, whether a phrase only says when, whether a token places an
event (a name, a dated time), whether a "between" names one side only."""

from __future__ import annotations

import re

from bench.generators.clause_counts import YEAR_WORD
from bench.generators.kind_words import WEEKDAYS

# Nouns that, after "the", point back to a place named before ("the island").
GENERIC_REFERENTS = set(
    "island isle city town country region area state county province kingdom empire "
    "territory nation continent peninsula land site same former latter mountain wreck "
    "population club company firm team parish borough diocese manor estate".split())
# Nouns that "the" picks out without any text before: there is one of each.
UNIQUE_REFERENTS = {"world", "earth", "universe"}  # not "the moon" (of Saturn?)
WH = {"who", "whom", "whose", "what", "which", "when", "where", "how"}
# Modifiers that make "the X" a description of its own: "the siege of Bari", "the men
# who ...", "William's army" ("the two kingdoms", "the fish market on the quay" are not).
_CLAUSES = ("relcl", "acl")
_NAMING = ("prep", "compound", "appos", "poss", "pobj", "nmod")
# Entity types that place an event; a count ("three children") or an age does not.
PLACING = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART",
           "LAW", "LANGUAGE"}


def regnal_numeral(token) -> bool:
    """"Mary I", "Duke Wenceslaus I's brother", "World War I": an "I" right after a
    capitalised word is a numeral the tagger took for the pronoun."""
    return token.text == "I" and token.i > 0 and token.doc[token.i - 1].text[:1].isupper() \
        and token.doc[token.i - 1].is_alpha and token.doc[token.i - 1].text != "I"


def places(token) -> bool:
    """A name, or a date with a year, month or century ("1066", "May", "the 11th
    century"), not a count or an age, nor a weekday with no number to say which ("on the
    Sunday")."""
    # A weekday says which day only with a date ("on the Sunday": which?); a month alone,
    # labellers found, places a story's event well enough ("turned fifteen in August"). (A
    # subject or owner is a person's name: "Sunday's mother".)
    if token.lower_ in WEEKDAYS and token.dep_ not in ("nsubj", "nsubjpass", "poss", "dobj",
                                                        "appos"):
        return any(t.like_num for t in entity_of(token))
    if token.pos_ == "PROPN" or token.ent_type_ in PLACING:
        return True
    if token.ent_type_ in ("DATE", "TIME"):
        return any(c.isdigit() for c in token.text) and token.like_num or \
            token.text.lower() in ("century", "centuries") or token.pos_ == "PROPN"
    return False


def entity_of(token):
    """The named-entity span a token is in (the token alone when in none)."""
    return next((e for e in token.doc.ents if e.start <= token.i < e.end),
                token.doc[token.i:token.i + 1])


def only_time(phrase) -> bool:
    """A phrase that only says when ("during the 1920s", "in 1932", "on Monday")."""
    nouns = [t for t in phrase.subtree if t.pos_ in ("NOUN", "PROPN", "NUM")]
    return bool(nouns) and all(t.ent_type_ in ("DATE", "TIME") or _YEARS.fullmatch(t.text)
                               for t in nouns)


# a year or its decade: the tagger may not mark "the 1890s" a date
_YEARS = re.compile(rf"(?:{YEAR_WORD.pattern})s?")


def past(question) -> bool:
    return any(t.tag_ == "VBD" for t in question)


def definite(token) -> bool:
    """Whether the noun has the article "the"."""
    return any(c.dep_ == "det" and c.text.lower() == "the" for c in token.children)


def specified(token) -> bool:
    """A noun with a modifier that picks its referent out: a name, a relative clause, or a
    phrase that itself names something ("the siege of Dunhallow"); not the asked-for
    wh-phrase ("the journey to what") nor a phrase as bare as the noun ("on the quay")."""
    if token.text.lower() in UNIQUE_REFERENTS:
        return True  # "the world's busiest airport": there is one
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.pos_ == "PROPN":
        return True  # "the sailor Ronan Tallec"
    superlative = any(c.tag_ == "JJS" or c.dep_ == "amod" and any(
        m.lower_ == "most" for m in c.children) for c in token.children)
    for child in token.children:
        if any(t.text.lower() in WH for t in child.subtree):
            # "the area stretching along which coast from Ventura": the clause names a place
            # besides the asked-for one; "the city of what" asks its name; "the largest
            # city in what place" its scope. "The journey to what" names nothing else.
            asked = wh_phrase(token.doc)
            if child.dep_ in _CLAUSES and any(t.pos_ == "PROPN" and t.i not in asked
                                              for t in child.subtree):
                return True
            if child.dep_ == "prep" and (superlative or child.lower_ == "of" and any(
                    g.dep_ in ("pobj", "pcomp") and g.i in asked and g.tag_ != "NNS"
                    for g in child.children) and
                    token.lower_ in GENERIC_REFERENTS):
                return True
            continue
        if child.pos_ == "PROPN" or child.ent_type_ in PLACING or child.dep_ in _CLAUSES:
            return True
        if child.dep_ in _NAMING and (child.pos_ == "PROPN" or specified(child)):
            return True
    return False


def one_sided_between(token) -> bool:
    """Whether a token is a "between" whose object is one singular thing joined to none
    ("fought between [an alliance of Greek city-states]"): its other side was left out."""
    if token.lower_ != "between" or token.dep_ != "prep":
        return False
    side = next((c for c in token.children if c.dep_ == "pobj"), None)
    return side is not None and side.tag_ in ("NN", "NNP") and \
        not any(c.dep_ == "conj" for c in side.children)


def wh_phrase(question) -> set[int]:
    """Token indices of the wh-phrase ("what year", "how many", "how many times", "whom")."""
    skip = set()
    for token in question:
        if token.text.lower() in WH:
            skip.add(token.i)
            if token.i + 1 < len(question) and token.text.lower() in ("what", "which", "how"):
                skip.add(token.i + 1)
            # "how many times": a frequency, whose noun names nothing ("rang how many times?")
            if token.lower_ == "how" and question[token.i + 1:token.i + 3].text.lower() == \
                    "many times":
                skip.add(token.i + 2)
    return skip
