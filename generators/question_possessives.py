"""Whom a question's possessive means: "his", "her", "its" or "their" needs a referent
before it in the question itself, one that agrees with it, or the question leans on its
text ("Who patented his engine?" is asked of the engine's maker, named nowhere in it).
Each check reads the parse."""

from __future__ import annotations

from bench.generators.clause_pronouns import name_start
from bench.generators.entity_kinds import PERSON, THING, EntityKinds
from bench.generators.given_names import given_name_gender
from bench.generators.kind_words import person_noun
from bench.generators.name_genders import GENDERED_PRONOUNS


def possessive_referent(question, possessive, kinds: EntityKinds) -> bool:
    """Whether a possessive has a referent before it in the question that agrees with it:
    a named person for "his"/"her", a named thing for "its", a plural for "their", or the
    asked subject itself ("Who led his army?")."""
    word = possessive.text.lower()
    if word in ("his", "her") and _subject_of_the_other_gender(question, possessive):
        return False
    listed = _listed_apart(possessive) if word in ("his", "her") else set()
    for token in question[:possessive.i]:
        if token.i in listed:
            continue  # "Edric Pell, Aldo Vell and who all had links with his work?": whose?
        if token.text.lower() in ("who", "whom") and word in ("his", "her", "their") or \
                token.text.lower() == "what" and token.dep_ in ("nsubj", "nsubjpass") and \
                word == "its":
            return True  # "Who led his army?", "forced whom to retreat from his campaign?"
        if word == "her" and token.text[:1].isupper() and token.dep_ not in ("compound", "flat") \
                and kinds.vessel(question[token.left_edge.i:token.i + 1].text):
            return True  # "Valdora left Port Ellery on her maiden voyage"
        if token.pos_ != "PROPN" or token.dep_ in ("compound", "flat") or \
                token.dep_ == "poss" and token.head.text[:1].isupper():
            continue  # (nor the owner in a name: "the stall called Dunne's Fresh Fish")
        name = _name_before(question, token) if word == "its" else \
            question[token.left_edge.i:token.i + 1]
        kind = kinds.kind(name.text) or kinds.kind(token.text)
        if word in ("his", "her") and kind == PERSON and token.tag_ == "NNP":
            return True
        if word == "its" and kind == THING and token.tag_ == "NNP" and not (
                token.dep_ == "pobj" and token.head.lower_ in _WHEN_PREPOSITIONS) and \
                not kinds.ship_and_person(token.text):
            return True  # (not "During the Second World War who took up its structure?";
            # not "Hopper ... its programming staff", Grace Hopper's and a ship's name)
        if word == "their" and (token.tag_ == "NNPS" or kind == PERSON):
            return True
    return False


def _listed_apart(possessive) -> set[int]:
    """The names and nouns of lists the possessive is not inside: one person's "his" may be
    any of them, or someone the text named before ("Edric Pell, Aldo Vell and Brannoc Harrow
    all had links with his work"; not "Edric Pell and his wife")."""
    inside = {possessive.i} | {t.i for t in possessive.ancestors}
    listed: set[int] = set()
    for token in possessive.doc:
        group = {token.i} | {t.i for t in token.conjuncts}
        if len(group) > 1 and token.pos_ in ("PROPN", "NOUN", "PRON") and not group & inside:
            listed |= group
    # the parser may leave such a subject unjoined ("Who, Aldo Marne and ..."): names, "who",
    # commas and "and" alone before the possessive's verb are a list however it read them
    verb = next((t for t in possessive.ancestors if t.pos_ in ("VERB", "AUX")), None)
    opening = [] if verb is None else [t for t in possessive.doc[:verb.i]
                                       if t.lower_ not in ("all", "both")]
    if any(t.lower_ in ("and", "or") for t in opening) and all(
            t.pos_ in ("PROPN", "PUNCT", "CCONJ") or t.lower_ == "who" for t in opening):
        listed |= {t.i for t in opening}
    return listed


def _subject_of_the_other_gender(question, possessive) -> bool:
    """Whether the named subject of the possessive's clause is, by a given name, of the other
    gender, and no other person is named before it ("the painter William Nicholson, at
    Lutyens's request, painted her portrait": not his; whose, the question does not say; not
    "Graham helped Maureen into her coat")."""
    verb = next((t for t in possessive.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = None if verb is None else next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > possessive.i:
        return False
    own = {t.i for t in subject.subtree}
    if subject.pos_ == "NOUN":
        # "the painter [William Nicholson]": the role's name, set beside it
        subject = next((c for c in subject.children if c.dep_ == "appos"), subject)
    if subject.pos_ != "PROPN":
        return False
    name = _name_before(question, subject).text
    gender = given_name_gender(name)  # (bench.generators.given_names: why not the text's)
    # (an owner in a phrase of the verb's, "at Lutyens's request", is no one the verb acts on)
    # (nor a month or a day: "at the end of March with his form" names no one)
    others = [t for t in question[:possessive.i] if t.i not in own and t.dep_ != "poss" and (
        t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat") and
        t.ent_type_ not in ("DATE", "TIME") or
        t.pos_ == "NOUN" and person_noun(t.lower_) or t.lower_ in ("who", "whom"))]
    return gender is not None and gender != GENDERED_PRONOUNS[possessive.text.lower()] and \
        not others


def _name_before(question, token):
    """The name a proper noun ends, without the role before it ("Cyril Fox" of "The
    archaeologist Cyril Fox": the role may make the whole read as a thing's name); the whole
    phrase where no proper noun opens it ("The Royal Society")."""
    phrase = question[token.left_edge.i:token.i + 1]
    start = max(name_start(token), phrase.start)
    return question[start:token.i + 1] if phrase[0].pos_ != "PROPN" and \
        any(t.pos_ == "NOUN" for t in question[phrase.start:start]) else phrase


# Prepositions whose object says when: an event, not a thing an "its" may stand for.
_WHEN_PREPOSITIONS = {"during", "after", "before", "since", "until", "till", "throughout"}
