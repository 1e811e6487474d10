"""Pieces of a phrase the parser hung on a sentence's main verb: the sentence's own clause
questions would keep one piece without the rest, though its asides' questions stand whole
(bench.generators.clauses asks no question of the sentence's own clauses where one is
found). Each is a shape seen in held-out text and the sign it leaves in the parse."""

from __future__ import annotations


def hung_on_the_main_verb(sentence) -> bool:
    """Whether the parser hung a piece of a phrase on the sentence's verb that the sentence's
    own questions would keep without the rest: the clause extractor asks those questions of
    such a sentence, not its asides' ("..., and to Henry De la Beche, who had grown up in
    [Lyme Regis]" stands whole)."""
    return name_list_hung_on_a_verb(sentence) or join_left_hanging(sentence) or \
        preposition_joined_to_a_verb(sentence)


def name_list_hung_on_a_verb(sentence) -> bool:
    """Whether the parser hung a list of names on a verb as an adverbial, after a comma
    ("to direct the sieges of Besançon in 1674, [Condé], Bouchain, Valenciennes and Cambrai
    in 1676": a list of sieges whose rest the parser could not join to its first, so "direct
    what in 1674, Condé, ...?" -> "the sieges of Besançon")."""
    doc = sentence.doc
    return any(t.dep_ == "npadvmod" and t.pos_ == "PROPN" and t.i > 0 and
               doc[t.i - 1].text == "," and
               any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in t.children)
               for t in sentence)


def join_left_hanging(sentence) -> bool:
    """Whether the parser left an "and" or "or" with nothing joined to it, an aside after it
    and the next phrase hung on the main verb the participle hangs on ("..., leaving it for
    coronations [and], in the case of the Imperial State Crown, for the State Opening of
    Parliament": the second half hung on the main verb, so dropping the participle's clause
    asks "displayed ... in the case of the Imperial State Crown, for what?")."""
    doc = sentence.doc
    for verb in sentence:
        if not _participle_clause(verb) or verb.head.dep_ != "ROOT" or \
                any(c.dep_ == "conj" for c in verb.children):
            continue
        for join in verb.children:
            if join.dep_ == "cc" and join.i + 2 < sentence.end and doc[join.i + 1].text == ",":
                phrase = doc[join.i + 2]
                while phrase.dep_ in ("prep", "pobj") and phrase.head.i != verb.head.i:
                    phrase = phrase.head
                if phrase.dep_ == "prep" and phrase.head.i == verb.head.i:
                    return True  # (not "..., giving diners a view of ... and, on clear days,
                    # the spray of Niagara Falls": a clause of its own the question drops)
    return False


def preposition_joined_to_a_verb(sentence) -> bool:
    """Whether the parser joined a preposition's phrase to a verb past the verb's participle
    clause (", drawing on the firm's earlier designs for the Reynolds Building ..., [and for]
    the Carew Tower": the second "for" belongs to "designs", so dropping the participle's
    clause asks "produced the basic drawings in about two weeks and for what?"; not "...,
    using the most sophisticated military equipment of the time, but to no avail")."""
    doc = sentence.doc
    return any(t.dep_ == "conj" and t.pos_ == "ADP" and t.head.pos_ in ("VERB", "AUX") and
               doc[t.i - 1].lower_ in ("and", "or") and
               any(_participle_clause(c) and t.head.i < c.i < t.i for c in t.head.children)
               for t in sentence)


def _participle_clause(token) -> bool:
    """Whether a token heads a participle's clause hung on a verb (", leaving it for ...")."""
    return token.dep_ == "advcl" and token.tag_ == "VBG"
