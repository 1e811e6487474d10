"""The proper adjective that sorts a clause's noun, asked from its parse: "a [Mediterranean]
climate" -> "what kind of climate", "the [Norman] conquest" -> "which conquest", with the
wh-phrase that replaces it (bench.generators.object_asks asks a clause's objects,
bench.generators.clause_answers its names, counts and dates)."""

from __future__ import annotations

from bench.generators.asks import MODIFIER_DEPS, Ask
from bench.generators.kind_words import (
    CREEDS,
    PEOPLE_ENDINGS,
    PERSON_ENDINGS,
    PERSON_NOUNS,
    PLACE_HEADS,
    person_noun,
)

# Words for an act that also name a thing it makes ("Hospitaller building", "Dutch painting")
_THING_OR_ACT = set("building painting drawing carving engraving etching recording crossing "
                    "landing meeting gathering setting opening holding sitting dwelling clearing "
                    "cutting".split())
# Dashes that join two names into one ("Cassini–Huygens", "Settle–Carlisle")
_DASHES = {"-", "–", "—"}


def kind_asks(sentence, misread: set[int]) -> list[Ask]:
    """A capitalised modifier that sorts a common noun, asked by the noun: "a [Mediterranean]
    climate" -> "what kind of climate", "the [Norman] conquest" -> "which conquest". Only
    a proper adjective or name (a people, a place, a style): a plain one ("a large city")
    has many right answers. The noun phrase is just article, modifier and noun, the noun no
    title before a name ("the Byzantine general Alexius"), and not in `misread`
    (misread_objects' tokens)."""
    asks = []
    doc = sentence.doc
    for noun in sentence:
        if noun.pos_ != "NOUN" or not noun.text.islower() or noun.dep_ in MODIFIER_DEPS:
            continue
        # The parser may end a sentence inside "the prince Bohemund I": the next word of
        # the document, not of the sentence, tells whether a name or a quote follows.
        # (after the noun's last conjunct: "the English clergyman and natural philosopher
        # [John Michell]" is a title before a name too)
        last = max([noun, *(c for c in noun.conjuncts if c.pos_ == "NOUN")], key=lambda t: t.i)
        following = doc[last.i + 1] if last.i + 1 < len(doc) else None
        # (a capital after it is a name however the tagger read it: "the Polynesian name
        # Rapa Nui", "Rapa" a verb)
        if following is not None and (following.pos_ == "PROPN" or following.is_quote or
                                      following.is_alpha and following.text[:1].isupper()) or \
                any(c.dep_ == "appos" for c in noun.children) or noun.text in PERSON_NOUNS \
                or noun.i in misread:
            continue  # "which king gave Rollo ...?" asks who, not what kind
        start = noun.i
        while start - 1 > sentence.start and _proper_modifier(doc[start - 1], noun):
            start -= 1
        # (nor a name joined by a dash: "the combined Cassini–[Huygens] spacecraft")
        if start == noun.i or doc[start].text in _DASHES or doc[start - 1].text in _DASHES or \
                not _one_kind(doc[start:noun.i]) or \
                any(len(t.text) == 1 and t.is_alpha for t in doc[start:noun.i]):
            continue  # "in [B] minor", "a [C] grade": a letter names, it sorts nothing
        if start - 2 >= sentence.start and doc[start - 1].lower_ == "of" and \
                doc[start - 2].lower_ in ("kind", "sort", "type"):
            continue  # "the kind of [February] morning": "the kind of which morning?"
        if _name_runs_back(doc, start, sentence.start) or _named_place(doc[start:noun.i], noun):
            continue
        article = doc[start - 1] if start - 1 >= sentence.start else None
        if noun.left_edge.i == start and noun.lower_ in _THING_OR_ACT:
            continue  # "the last phase of [Hospitaller] building": the act, and "which
            # building?" would ask for a house
        if noun.left_edge.i == start:
            wh, replaced = "which", start
        elif article is not None and noun.left_edge.i == start - 1 and article.dep_ == "det" \
                and article.text.lower() in ("a", "an", "the"):
            indefinite = article.text.lower() != "the"
            if indefinite and not all(_proper_adjective(t) for t in doc[start:noun.i]):
                continue  # "a [Brennau] bookseller" is one from Brennau, no kind of bookseller
            wh, replaced = ("what kind of" if indefinite else "which"), start - 1
            if not indefinite and noun.dep_ == "attr":
                continue  # "Apollo 11 was [the American] spaceflight that ...": "was which
                # spaceflight?" asks which one it was, not of what kind
            if not indefinite and noun.i - start == 1 and \
                    _proper_adjective(doc[start]) and doc[start].text[:1].isupper() and \
                    _one_person(noun):
                continue  # "X is [the English] alchemist who ...", "and [the Kenyan]
                # environmentalist and laureate Wangari Maathai": "which alchemist" asks who
            if indefinite and _nationality_of_person(doc[start:noun.i], noun):
                # after the last of a list: "a journalist, author and industrialist of what
                # nationality"
                # (nouns only: not "..., and [one] of the central figures")
                last = max([noun, *(c for c in noun.conjuncts if c.pos_ == "NOUN")],
                           key=lambda t: t.i)
                described = doc[noun.i:last.i + 1].text
                article = "an" if noun.text[0] in "aeiou" else "a"
                asks.append(Ask(replaced, last.i + 1, f"{article} {described} of what "
                                "nationality", start, noun.i, "clause-kind"))
                continue
        else:
            continue  # "their Frankish wives", "the large Norman army": more than a kind
        named = any(t.pos_ == "PROPN" and not start <= t.i < noun.i for t in sentence)
        if noun.dep_ in ("nsubj", "nsubjpass") and not named:
            continue  # "Which owners added a new wheel in 1870?": owners of what?
        asks.append(Ask(replaced, noun.i, wh, start, noun.i, "clause-kind"))
    return asks


def _one_person(noun) -> bool:
    """Whether a noun after "the" and a people's adjective names one person, so that
    "which" before it asks who: a complement's person noun ("X is the English alchemist"),
    else one person's trade ("the Kenyan environmentalist"; not "which soldiers", a kind of
    soldier, nor "which government" or "which badger", whatever their endings)."""
    word = noun.lower_
    if noun.dep_ == "attr":
        return person_noun(word) or word.endswith(PERSON_ENDINGS)
    return noun.tag_ == "NN" and (person_noun(word) or word.endswith(("ist", "ian")))


def _name_runs_back(doc, start: int, first: int) -> bool:
    """Whether the modifier at `start` ends a longer name across "of (the)" ("a copy in the
    Window of the [World] park": "the Window of which park?" cuts "Window of the World")."""
    if doc[start].pos_ != "PROPN":
        return False  # "Franks of the [Carolingian] dynasty": an adjective begins no name
    at = start - 1
    if at > first and doc[at].lower_ == "the":
        at -= 1
    if at <= first or doc[at].lower_ != "of":
        return False
    before = doc[at - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper()


def _named_place(modifier, noun) -> bool:
    """Whether the noun is a place that "of" names and the modifier a people's adjective
    ("the [English] county of Buckinghamshire", "the [Anglo-Saxon] kingdom of
    Northumbria"): asked, the name gives the answer away ("which county of
    Buckinghamshire?")."""
    doc, at = noun.doc, noun.i + 1
    if noun.lower_ not in PLACE_HEADS or at + 1 >= len(doc) or doc[at].lower_ != "of" or \
            not any(not t.is_punct and (t.dep_ == "amod" or _proper_adjective(t) or
                                        t.ent_type_ == "LANGUAGE") for t in modifier):
        return False  # "the [Soho] district of London": the name, and "of" where it lies
    name = doc[at + 2] if doc[at + 1].lower_ == "the" and at + 2 < len(doc) else doc[at + 1]
    return name.pos_ == "PROPN"


def _nationality_of_person(modifier, noun) -> bool:
    """"Hepworth was an [English] sculptor": what kind of sculptor has many right answers
    (modernist, abstract), the sculptor's nationality one. A person's description by the
    copula whose one modifier is a people that is no faith or party."""
    verb = noun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (the tagger reads "English" and "Dutch" as languages, "an [English] mathematician")
    return len(modifier) == 1 and modifier[0].ent_type_ in ("NORP", "LANGUAGE") and \
        modifier[0].lower_ not in CREEDS and noun.dep_ == "attr" and verb.lemma_ == "be" and \
        subject is not None and (
            subject.lower_ in PERSON_NOUNS or
            any(t.ent_type_ == "PERSON" for t in subject.subtree))


# Endings of proper adjectives ("Mediterranean", "Canadian", "Frankish", "Japanese",
# "Gothic", "Israeli", "Dutch"), which sort a noun into a kind; a place's own name ("a
# Brennau bookseller", "a Kelloran bookseller") says where from. A bare "-an" is both
# ("Norman", "Milan"): the tagger's NORP decides it.
_ADJECTIVE_ENDINGS = PEOPLE_ENDINGS + ("i", "ch", "-")


def _proper_adjective(token) -> bool:
    return token.pos_ == "ADJ" or token.ent_type_ == "NORP" or \
        token.text.lower().endswith(_ADJECTIVE_ENDINGS) or token.text == "–"


def _one_kind(span) -> bool:
    """One word, hyphen-joined words ("Anglo-Saxon") or adjectives before the last ("Old
    Norse"); not a name of several words ("a California Earthquake forecast")."""
    words = [t for t in span if t.text not in ("-", "–")]
    joined = {t.i for t in span if t.i > span.start and span.doc[t.i - 1].text in ("-", "–")}
    return all(t.pos_ == "ADJ" for t in words[:-1] if t.i + 1 not in joined and
               span.doc[t.i + 1].text not in ("-", "–"))


def _proper_modifier(token, noun) -> bool:
    """A capitalised word (or the hyphen inside "Anglo-Saxon") that modifies `noun`."""
    if token.text in ("-", "–"):
        return token.head.i == noun.i or token.head.head.i == noun.i
    return token.text[:1].isupper() and token.pos_ in ("ADJ", "PROPN") and (
        token.head.i == noun.i and token.dep_ in ("amod", "compound") or
        token.head.head.i == noun.i and token.dep_ in ("amod", "compound", "npadvmod"))
