"""Where a name asked by the clause extractor (bench.generators.clause_answers) starts and
ends: the role before a person's name that goes with it ("the Byzantine general [Alexius
Komnenos]"), whether the tagger's span is a whole name, a person's "of Normandy", and the
article before a name replaced with it."""

from __future__ import annotations

import re

from bench.generators.asks import Ask
from bench.generators.entity_kinds import PERSON
from bench.generators.kind_words import NAME_PARTICLES, PERSON_NOUNS
from bench.generators.name_misreadings import EPITHETS

# Prepositions no place's or body's name holds (not "of", "for", "upon", "on", "in": "the
# Institute for Advanced Study", "Newcastle upon Tyne", "Christ in Glory")
_NO_NAME_PREPOSITIONS = {"under", "with", "by", "from", "after", "before", "during", "since",
                         "until", "against", "without", "through"}
# Last words of a body's name ("the Government Code and Cypher School")
_BODY_HEADS = set("school college society company institute institution museum office "
                  "department council board bank hospital library university academy trust "
                  "association club agency commission committee service corporation railway "
                  "foundation laboratory works guild union federation league".split())
# A lower-case particle, then a capital: the name goes on past the tagger's span (Gaelic
# "a'", "an", "na", "nan", "nam" as well as "de", "van", "von" ...; "t-" and "h-" before a
# Gaelic capital).
_PARTICLE_GOES_ON = re.compile(
    r" (?:%s) (?:[a-z]-)?[A-Z]" % "|".join(
        re.escape(p) for p in sorted(NAME_PARTICLES | {"a'", "an", "na", "nan", "nam"})))


def title_start(ent, kind: str | None) -> int | None:
    """Where the role before a person's name starts ("the Byzantine general [Alexius
    Komnenos]", "his nephew [Tancred]"): the noun phrase of the name, opened by a person
    noun with only an article, possessive or adjectives before it, the name an object (a
    subject so introduced is more often a misparse); None when there is none."""
    doc = ent.doc
    role = doc[ent.start - 1] if ent.start > ent.sent.start else None
    # The parser reads the name as the phrase's head or as the role noun's apposition.
    phrase_head = ent.root.head if ent.root.dep_ == "appos" else ent.root
    if kind != PERSON or role is None or phrase_head.dep_ not in ("pobj", "dobj") or \
            role.pos_ not in ("NOUN", "ADJ") or \
            role.text.lower() not in PERSON_NOUNS or not (role.head.i == ent.root.i or
                                                         ent.root.head.i == role.i):
        return None
    start = role.i
    while start > ent.sent.start and doc[start - 1].dep_ in ("det", "amod", "poss", "compound",
                                                             "punct", "case") and \
            doc[start - 1].head.i in (role.i, ent.root.i, start) and \
            doc[start - 1].text not in (",", "(", ")"):
        start -= 1
    left_edges = [role.left_edge.i, *(c.left_edge.i for c in ent.root.children if c.i < ent.start)]
    if doc[start].dep_ == "case" or start > min(left_edges):
        return None  # "the king's guard [Brannoc]": "the king's whom?"
    return start


def whole_name(ent, end: int, titled: bool = False) -> bool:
    """Whether the entity's span is a whole name: no name word right before or after it
    ("King [Harold II]", "[Richard] I"), no preposition or article at its edges ("the King
    of"), and not the "of Y" of a longer name ("Duke William II of [Normandy]")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[end] if end < len(doc) else None
    if after is not None and ent.label_ == "CARDINAL" and after.dep_ == "compound" and \
            ent.root.dep_ == "nummod" and ent.root.head in after.ancestors:
        after = None  # "[two] Major League Soccer teams": the name words are the noun's
    if before is not None and before.pos_ == "PROPN" or after is not None and after.pos_ == "PROPN":
        return False
    if end - 1 != ent.root.i and doc[end - 1].head.i >= end and after is not None and \
            after.lower_ in ("and", "&"):
        return False  # "[the Alfred Wegener Institute for Polar] and Marine Research": goes on
    if ent.label_ == "PERSON" and after is not None and after.lower_ in ("and", "&") and \
            end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and \
            doc[end - 1].dep_ == "pobj" and doc[end - 1].head.lower_ == "of" and \
            doc[end - 1].head.i >= ent.start:
        return False  # "[Whitney Warren of Warren] and Wetmore": the firm is "A and B"
    if before is not None and before.dep_ == "prep" and not any(
            c.dep_ in ("pobj", "pcomp") for c in before.children):
        return False  # "During [the First World War Meitner] served": the parser ran two together
    if before is not None and before.pos_ == "NOUN" and before.i >= ent.sent.start and \
            not titled:
        return False  # "the widow [Rosalind Mayne]": "the widow whom?" is no question
    if before is not None and before.i > ent.sent.start and before.text[:1].isupper() or \
            after is not None and after.text[:1].isupper() and after.i > ent.sent.start:
        return False  # "the novelist Per [Gwenaël]": a name word the tagger left out
    if end + 1 < len(doc) and doc[end].text in ("of", "for") and doc[end + 1].text[:1].isupper():
        return False  # "the army of [Queen Ysolde] of Marran", "[the X Institute] for Polar ..."
    if doc[end - 1].pos_ == "PROPN" and \
            _PARTICLE_GOES_ON.match(doc[end - 1:end + 5].text, len(doc[end - 1].text)):
        return False  # "[Allt] a' Mhuilinn", "[Lochan Meall] an t-Suidhe", "[Coire] na Ciste"
    if ent[0].pos_ in ("ADP", "CCONJ") and ent[0].dep_ != "quantmod" or \
            doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT"):
        return False  # but "[over 17.5 million] people": the count is asked after "over"
    if not titled and any(c.i < ent.start and c.dep_ in ("amod", "det", "nummod", "compound",
                                                         "poss") and
                          c.text.lower() != "the" for c in ent.root.children):
        return False  # "Many [Normans]": the modifier would be left without its noun
    if any(t.pos_ == "ADP" and t.lower_ != "of" and (
            not ent.start <= t.head.i < ent.end or
            any(c.dep_ == "pobj" and c.i >= end for c in t.children)) for t in ent):
        # a phrase the tagger ran into the name, its head or its noun outside: "moved to
        # [Kessel from Dornbirn]", "at [Sudbrook on the Welsh] shore" (not "[the Vale of
        # White Horse] district": a name's own "of")
        return False
    if _one_body_named(doc, ent.start, end):
        return False  # "[the Government Code] and Cypher School": one body's name, not two
    if ent.label_ != "WORK_OF_ART" and any(t.lower_ in _NO_NAME_PREPOSITIONS and t.i > 0 and
                                           doc[t.i - 1].pos_ == "PROPN" for t in ent):
        return False  # "[Princeton University under Church]": a phrase run into the name (not
        # a campaign's "Inspired by Iceland")
    if ent.label_ not in ("PERSON", "WORK_OF_ART") and any(
            t.lower_ == "the" and t.i > ent.start and doc[t.i - 1].text[:1].isupper() and
            t.i + 1 < ent.end and doc[t.i + 1].text not in EPITHETS for t in ent):
        return False  # "In [the English Civil War the Mount] was held": two names run together
    if ent.label_ == "ORG" and " of " in ent.text and after is not None and \
            after.text == "," and any(c.dep_ == "appos" and c.ent_type_ == "GPE" and c.i > end
                                      for c in ent.root.children):
        return False  # "[the University of California], Los Angeles": the campus is the name's
    # not the end of a longer name: "Duke William II of [Normandy]", "the Association for
    # [Computing Machinery]" (not "designed by Robert Adam for [Bowood House]")
    head = ent.root.head
    return not (ent.root.dep_ == "pobj" and head.head.pos_ == "PROPN" and (
        head.text == "of" or head.text == "for" and head.head.lower_ in _BODY_HEADS))


def _one_body_named(doc, start: int, end: int) -> bool:
    """Whether the span from `start` to `end` is one side of "the A and B Body": a capital
    run opened by "the", a bare "and", and a capital run that ends in a body's noun; one
    name, which a question would split."""
    def run_end(i: int, step: int) -> int:  # the last capital of the run from i on
        while 0 <= i + step < len(doc) and doc[i + step].pos_ == "PROPN" and \
                doc[i + step].text[:1].isupper():
            i += step
        return i
    if end + 1 < len(doc) and doc[end].lower_ == "and":  # the first side
        last = run_end(end, 1)
        opened = doc[start].lower_ == "the" or start > 0 and doc[start - 1].lower_ == "the"
        return opened and last > end and doc[last].lower_ in _BODY_HEADS
    if start > 1 and doc[start - 1].lower_ == "and":  # the second side
        first = run_end(start - 1, -1)
        return first < start - 1 and first > 0 and doc[first - 1].lower_ == "the" and \
            doc[start].text[:1].isupper() and doc[end - 1].lower_ in _BODY_HEADS
    return False


def name_of_place(ent, end: int) -> int:
    """A person's name goes on through "of Normandy" ("Duke William II of Normandy")."""
    doc = ent.doc
    if end + 1 < len(doc) and doc[end].text == "of" and doc[end + 1].pos_ == "PROPN":
        end += 2
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
    return end


def with_article(ask: Ask, ent) -> Ask:
    """The ask with the article before the name replaced too ("the Normans" -> "who")."""
    before = ent.doc[ask.start - 1] if ask.start > 0 else None
    if ask.start == ent.start and before is not None and before.dep_ == "det" and \
            before.text.lower() == "the" and before.head.i in range(ent.start, ent.end):
        return Ask(ask.start - 1, ask.end, ask.wh, ask.answer_start, ask.answer_end, ask.pattern)
    return ask
