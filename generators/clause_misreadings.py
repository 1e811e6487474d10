"""Signs that the parser misread a sentence, where a clause question would come out wrong
or garbled: a verb given to a subject across another clause's noun, a possessive's noun
joined to a place, a relative word without its verb, a sentence begun at "Op." (the clause
extractor, bench.generators.clauses, asks nothing there)."""

from __future__ import annotations

from bench.generators.asks import Ask
from bench.generators.clause_counts import catalogue_number


def misparsed_subject(subject) -> bool:
    """Whether the parser gave the verb a subject from before another clause's noun that
    stands right before the verb ("Samuel Kellbrook, ..., oversaw production, while Walter
    managed sales and Dunmore handled the finances": "handled" is Dunmore's, not Samuel
    Kellbrook's). A noun right before a finite verb that is not in its subject is the sign."""
    verb = subject.head
    if verb.i < subject.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    before = verb.i - 1
    doc = subject.doc
    while before > subject.i and doc[before].head.i == verb.i and \
            doc[before].dep_ in ("aux", "auxpass", "neg", "advmod"):
        before -= 1
    word = doc[before]
    # coordinated subjects may each be the verb's ("Universal, ... and Sony also run")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return word.pos_ in ("NOUN", "PROPN") and not any(
        s.left_edge.i <= word.i <= s.right_edge.i for s in subjects)


def kin_of_a_place(possessive) -> bool:
    """"born in Whitby, Yorkshire, ..., and his wife Eliza": a possessive's noun joined to a
    place (the parser's misreading of a list), which reads as a garbled question."""
    noun = possessive.head
    first = noun.head if noun.dep_ == "conj" else None
    return first is not None and first.dep_ == "pobj" and \
        first.head.lower_ in ("in", "at", "near", "into")


def relative_without_verb(keep, ask: Ask) -> bool:
    """Whether the question would keep a relative word ("who", "whose", "which") without
    its clause's verb ("... and whose admission to his laboratory?": the verb, "had
    championed", was in a dropped aside)."""
    kept = {t.i for t in keep}
    for token in keep:
        if token.tag_ not in ("WP", "WP$", "WDT") or ask.start <= token.i < ask.end:
            continue
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i not in kept or ask.start <= verb.i < ask.end:
            return True
        # "whose" owns an argument of that verb, not a phrase joined to another one ("a
        # doctorate in chemistry and whose admission": the parser's misreading)
        if token.tag_ == "WP$" and token.head.dep_ == "conj":
            return True
    return False


def cut_at_abbreviation(sentence) -> bool:
    """Whether the parser began a sentence with the number of "Op." or "No." ("... the Op. |
    1 sonatas and the Tobias oratorio have been recorded.")."""
    return sentence[0].like_num and sentence.start > 0 and catalogue_number(sentence[0])
