"""The person a biography is about, whom its later "he" or "she" means.

An encyclopedia article on a person opens by naming them ("Matthias Konrad Ederholm was a
Heldrian chemist ...") and then mostly says "he": "In 1853 he reported that ...". The
clause extractor resolves a "he" from the sentence before only, so most of a biography asks
nothing. Here the article's subject stands for its own pronoun (the first "he"/"she" of the
opening paragraph tells which) where nothing nearer could: the paragraph has named the
subject before, the sentence before had no other person for its subject ("His father ...",
"Varnhagen ..."), and nothing but an opening phrase without a person stands before the
pronoun. The evidence is then the paragraph from the sentence that named the subject.
"""

from __future__ import annotations

from typing import NamedTuple

from bench.generators.clause_pronouns import named_subject
from bench.generators.entity_kinds import PERSON, EntityKinds
from bench.generators.kind_words import PERSON_NOUNS, person_noun


class Topic(NamedTuple):
    """The article's person: the name a question calls them by, the name in full, the
    surname a paragraph may name them by, and the pronoun the text uses for them."""

    name: str
    full: str
    surname: str
    pronoun: str


def lead_topic(doc, kinds: EntityKinds) -> Topic | None:
    """The person an article's first sentence defines ("X was a Heldrian chemist"), with
    the surname where the text uses it alone and no other name shares it; None when the
    first sentence defines no person or the paragraph never says "he"/"she"."""
    sentences = list(doc.sents)
    if not sentences:
        return None
    first = sentences[0]
    root = first.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    named = named_subject(subject, kinds)
    if root.lower_ not in ("is", "was") or named is None or not named[1] or named[2] or \
            not any(c.dep_ == "attr" for c in root.children):
        return None
    pronoun = next((t.lower_ for s in sentences[1:] for t in s
                    if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("he", "she")), None)
    if pronoun is None:
        return None
    full = named[0]
    words = full.split()
    # "Henry VIII" is no "VIII"; "Ederholm" beside his father "Konrad Ederholm" is either
    surname = words[-1] if len(words) > 1 and words[-1].isalpha() and \
        not set(words[-1]) <= set("IVXLC") else full
    short = surname if not kinds.ambiguous(surname) and kinds.kind(surname) == PERSON else full
    return Topic(short, full, surname, pronoun)


def names_topic(sentence, topic: Topic) -> bool:
    """Whether the sentence names the article's person."""
    return any(name in sentence.text for name in (topic.name, topic.full, topic.surname))


def other_person_subject(subject, topic: Topic | None, kinds: EntityKinds) -> bool:
    """Whether a sentence's subject is a person other than the topic: another name, or a
    person noun ("His father", "the king"), whom a next "he" may mean."""
    if subject is None:
        return False
    if subject.pos_ == "NOUN" and person_noun(subject.lower_):
        return True
    named = named_subject(subject, kinds)
    return named is not None and named[1] and (topic is None or named[0] not in (
        topic.name, topic.full, topic.surname))


def stands_for_topic(subject, topic: Topic | None, kinds: EntityKinds) -> bool:
    """Whether the sentence's subject is the topic's pronoun with only an opening phrase
    that names no person before it ("In 1853 he reported ...")."""
    if topic is None or subject is None or subject.tag_ != "PRP" or \
            subject.lower_ != topic.pronoun or subject.dep_ not in ("nsubj", "nsubjpass") or \
            subject.head.i != subject.sent.root.i:
        return False
    before = subject.doc[subject.sent.start:subject.i]
    return not any(t.pos_ in ("PROPN", "PRON") and kinds.kind(t.text) == PERSON or
                   t.lower_ in PERSON_NOUNS or t.pos_ == "VERB" for t in before)
