"""The person a biography is about, whom its later "he" or "she" means.

An encyclopedia article on a person opens by naming them ("Matthias Konrad Ederholm was a
Heldrian chemist ...") and then mostly says "he": "In 1853 he reported that ...". The
clause extractor resolves a "he" from the sentence before only, so most of a biography asks
nothing. Here the article's subject stands for its own pronoun (the first "he"/"she" of the
opening paragraph tells which) where nothing nearer could: the paragraph has named the
subject before, no sentence from the last that named the subject on had another person
for its subject ("His father ...", "Varnhagen ..."; not a name of the other gender), nothing
but an opening phrase without a person stands before the pronoun. The evidence is then the
paragraph from the sentence that named the subject. The subject's name is the first
sentence's, without honours' letters after it ("OM FRS").

An article on a place or a thing opens the same way ("Alcatraz Island is a small rocky
island in ...") and then calls it by that noun: "The island was listed ... in 1976". Such a
"the island" subject stands for the article's subject on the same terms, where the paragraph
has told of no other island, named or not ("the village's island"); a next sentence's "It"
then follows it as after any named subject.
"""

from __future__ import annotations

from typing import NamedTuple

from bench.generators.clause_pronouns import (
    name_start,
    named_after,
    named_subject,
    without_article,
)
from bench.generators.entity_kinds import PERSON, THING, EntityKinds
from bench.generators.given_names import given_name_gender
from bench.generators.kind_words import PERSON_NOUNS, person_noun


class Topic(NamedTuple):
    """The article's person or thing: the name a question calls it by, the name in full,
    the surname a paragraph may name a person by, the pronoun the text uses for a person,
    and for a thing the noun its first sentence calls it ("island"; "" for a person) and
    the parser's entity label of its name there ("LOC"; "" for none)."""

    name: str
    full: str
    surname: str
    pronoun: str
    noun: str = ""
    label: str = ""


def paragraph_topics(docs, documents: list[int], kinds: EntityKinds) -> list[Topic | None]:
    """Each parsed paragraph's topic: its document's (`documents` gives each paragraph's
    document by index), read from the document's first paragraph after any title lines."""
    topics: list[Topic | None] = []
    topic, opening = None, True
    for index, doc in enumerate(docs):
        if index == 0 or documents[index] != documents[index - 1]:
            topic, opening = None, True
        if opening and not _heading(doc):
            topic, opening = lead_topic(doc, kinds), False
        topics.append(topic)
    return topics


def _heading(doc) -> bool:
    """Whether a parsed paragraph is a title line ("Alcatraz Island", "Early life"): short,
    without a sentence's closing stop, or without a verb. (Not paragraphs' test of a
    title's shape, which wants a capital first: "1755 Lisbon earthquake" and "de Havilland
    Comet" are titles too.)"""
    text = doc.text.strip()
    return not any(t.pos_ in ("VERB", "AUX") for t in doc) or \
        len(doc) <= 15 and not text.endswith((".", "!", "?", '"', "\u201d"))


def lead_topic(doc, kinds: EntityKinds) -> Topic | None:
    """The person an article's first sentence defines ("X was a Heldrian chemist"), with
    the surname where the text uses it alone and no other name shares it, or the thing it
    defines by a singular noun ("X is a small rocky island"); None when the first sentence
    defines neither or a person's paragraph never says "he"/"she"."""
    sentences = list(doc.sents)
    if not sentences:
        return None
    first = sentences[0]
    root = first.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    named = named_subject(subject, kinds)
    attribute = next((c for c in root.children if c.dep_ == "attr"), None)
    if root.lower_ not in ("is", "was") or named is None or named[2] or attribute is None:
        return None
    if not named[1]:
        return _thing_topic(named[0], subject.ent_type_, attribute, kinds)
    pronoun = next((t.lower_ for s in sentences[1:] for t in s
                    if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("he", "she")), None)
    if pronoun is None:
        return None
    words = _without_post_nominals(named[0].split())
    full = " ".join(words)
    # "Henry VIII" is no "VIII"; "Ederholm" beside his father "Konrad Ederholm" is either
    surname = words[-1] if len(words) > 1 and words[-1].isalpha() and \
        not _regnal(words[-1]) else full
    short = surname if not kinds.ambiguous(surname) and kinds.kind(surname) == PERSON else full
    return Topic(short, full, surname, pronoun)


def _without_post_nominals(words: list[str]) -> list[str]:
    """A person's name without the honours' letters after it ("Dorothy Hodgkin OM FRS" ->
    "Dorothy Hodgkin"): upper-case words of two to five letters after the name, but not a
    regnal number ("Henry VIII")."""
    while len(words) > 1 and words[-1].isalpha() and words[-1].isupper() and \
            2 <= len(words[-1]) <= 5 and not _regnal(words[-1]):
        words = words[:-1]
    return words


def _regnal(word: str) -> bool:
    """A Roman number after a name ("VIII" of "Henry VIII")."""
    return set(word) <= set("IVXLC")


def _thing_topic(name: str, label: str, attribute, kinds: EntityKinds) -> Topic | None:
    """A thing's topic from its defining noun: a singular common noun with "a", "an" or
    "the" ("is [a] small rocky [island]"; not "is one of ...", "is [Spain]'s oldest ..."),
    for a name the whole text makes a thing's."""
    article = [c for c in attribute.children if c.dep_ == "det"]
    if attribute.tag_ != "NN" or attribute.ent_type_ or kinds.kind(name) != THING or \
            kinds.ambiguous(name) or len(article) != 1 or \
            article[0].lower_ not in ("a", "an", "the"):
        return None
    # "The Alhambra": a question says "the Alhambra" mid-sentence
    bare = without_article(name)
    return Topic(bare, name, bare, "it", attribute.lower_, label)


def names_topic(sentence, topic: Topic) -> bool:
    """Whether the sentence names the article's person or thing."""
    return any(name in sentence.text for name in (topic.name, topic.full, topic.surname))


def other_person_subject(subject, topic: Topic | None, kinds: EntityKinds) -> bool:
    """Whether a sentence's subject is a person other than the topic: another name, or a
    person noun ("His father", "the king"), whom a next "he" may mean; not a name the text
    gives the other gender ("Margaret ran the works. In 1769 he ...")."""
    if subject is None:
        return False
    if subject.pos_ == "NOUN" and person_noun(subject.lower_):
        return True
    named = named_subject(subject, kinds)
    return named is not None and named[1] and (topic is None or named[0] not in (
        topic.name, topic.full, topic.surname)) and \
        (kinds.gender(named[0]) or given_name_gender(named[0])) in (
            None, topic.pronoun if topic else None)


def stands_for_topic(subject, topic: Topic | None, kinds: EntityKinds) -> bool:
    """Whether the sentence's subject is the topic's pronoun, or a thing's "the N", with
    only an opening phrase that names no person before it ("In 1853 he reported ...", "In
    1976 the island was listed ..."); a "the island" not where another may be meant
    (_rival_thing)."""
    if topic is None or subject is None or subject.dep_ not in ("nsubj", "nsubjpass") or \
            subject.head.i != subject.sent.root.i:
        return False
    if topic.noun:
        children = list(subject.children)
        if subject.pos_ != "NOUN" or subject.lower_ != topic.noun or len(children) != 1 or \
                children[0].lower_ != "the" or children[0].i != subject.i - 1 or \
                _rival_thing(subject, topic):
            return False
    elif subject.tag_ != "PRP" or subject.lower_ != topic.pronoun or \
            named_after(subject, topic.surname or topic.name):
        return False  # (not "he offered Paxton the position" of Paxton)
    before = subject.doc[subject.sent.start:subject.left_edge.i]
    return not any(t.pos_ in ("PROPN", "PRON") and kinds.kind(t.text) == PERSON or
                   t.lower_ in PERSON_NOUNS or t.pos_ == "VERB" for t in before)


def topic_words(subject, topic: Topic) -> dict[int, str]:
    """The words that put the topic's name in place of a subject stands_for_topic passed:
    {the pronoun: the name}, or for "the island" {the article: "", the noun: the name}
    ("the" is kept before a name that has it: "the complex" -> "the Alhambra")."""
    if not topic.noun or topic.full != topic.name:
        return {subject.i: topic.name}
    return {subject.i - 1: "", subject.i: topic.name}


# the labels of names a thing's "the island" may mean where its own name has none
_THING_LABELS = {"GPE", "LOC", "FAC", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT"}


def _rival_thing(subject, topic: Topic) -> bool:
    """Whether "the island" may mean another: the paragraph so far names another island
    ("... Gannet Island ... The island") or tells of an unnamed one (_unnamed_other), or the
    sentence before (or this one before its subject) another name of the topic's kind
    ("Kestrel Island lies north of the Isle of Sorn. The island ..."): the parser's label of
    the topic's name, any thing's where it gave the topic's name none."""
    doc, start = subject.doc, subject.sent.start
    first = doc[start - 1].sent.start if start > 0 else start
    labels = {topic.label} if topic.label else _THING_LABELS
    own = (_bare(topic.full), topic.name.lower())
    return any(t.pos_ == "PROPN" and t.lower_ == topic.noun and t.dep_ not in ("compound",)
               and _bare(doc[name_start(t):t.i + 1].text) not in own or _unnamed_other(t, topic)
               for t in doc[:subject.i]) or \
        any(e.label_ in labels and _bare(e.text) not in own for e in doc[first:subject.i].ents)


def _unnamed_other(token, topic: Topic) -> bool:
    """Whether a noun tells of another thing of the topic's kind without a name: someone's
    ("the church's tower") or a new one ("a tower", "another tower"), but not the noun its
    defining sentence calls it by ("Varrow Tower is a stone tower")."""
    if token.pos_ != "NOUN" or token.lower_ != topic.noun or token.dep_ == "attr" and \
            names_topic(token.sent, topic):
        return False
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("a", "an", "another")
               for c in token.children)


def _bare(name: str) -> str:
    return without_article(name).lower()
