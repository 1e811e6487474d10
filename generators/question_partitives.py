"""Subjects that name nothing by themselves: a count, quantifier, ordinal or superlative
of a set the question does not name ("Three are what?", "The first in Chile was set up
...", "What is the largest by area?"). Part of the checks that a question stands alone
(bench.generators.question_context)."""

from __future__ import annotations

from bench.generators.question_openness import ORDINALS

# Words that stand for members of a list given before when they head a subject
# ("Three are ...", "All are in ...").
_PARTITIVES = {"all", "some", "most", "many", "several", "both", "few", "each", "either",
               "neither", "none", "others", "one", "two", "three", "four", "five", "six",
               "seven", "eight", "nine", "ten"}

# Amounts a comparative sets against one told before ("Smaller numbers", "Larger quantities")
_AMOUNTS = {"number", "numbers", "quantity", "quantities", "amount", "amounts", "share",
            "proportion", "proportions", "sums"}


def partitive_subject(question) -> str | None:
    """A subject that is a count, quantifier, ordinal or superlative of something not named
    ("Three are what?", "All are in ...", "Some fled to whom?", "Several played a part in
    ...", "The first in Chile was set up ...", "The oldest to have been excavated contains
    ...?"), unless "of" says of what."""
    for token in question:
        if token.tag_ == "JJS" and (token.dep_ in ("nsubj", "nsubjpass") or
                                    _inverted_passive_ordinal(token)) and not any(
                c.lower_ == "of" or c.dep_ == "appos" or c.dep_ == "acl" and
                question[c.left_edge.i - 1].text == "," for c in token.children) and \
                not any(c.dep_ == "attr" and c.i != token.i for c in token.head.children):
            # (its name, "Layer III", left out; not "The largest, known as L'Assunta, ...",
            # "The largest is Morskie Oko"; "When was the lowest [discovered] ...?", "In what
            # year was the tallest [climbed] ...?" are passives, no description)
            return "a superlative that names nothing"
        if token.tag_ == "JJS" and token.dep_ in ("attr", "nsubj") and \
                _superlative_of_nothing(token):
            return "a superlative that names nothing"  # "What is the largest by area?"
        if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in _AMOUNTS and \
                any(c.tag_ == "JJR" for c in token.children) and \
                not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return f"{token.text!r} of what?"  # "Smaller numbers went to Singapore ...?"
        if token.dep_ in ("nsubj", "nsubjpass") and token.text.lower() in _PARTITIVES and \
                (token.pos_ in ("NUM", "DET", "PRON", "NOUN") or _quantifier_read_apart(token)) \
                and not any(c.dep_ == "prep" for c in token.children):
            return f"{token.text!r} of what?"
        if token.text.lower() in ORDINALS and (token.dep_ != "amod" or
                                                 token.head.pos_ == "PROPN") and token.i > 0 and \
                question[token.i - 1].lower_ == "the" and token.i + 2 < len(question) and \
                question[token.i + 1].text == "," and \
                question[token.i + 2].lower_ not in ORDINALS | {"second", "third"}:
            # "The second, Cael, was ...", "In what year was the first, at Montford, ..."
            return f"'the {token.text}' of what?"
        if (token.dep_ in ("nsubj", "nsubjpass") or _inverted_passive_ordinal(token)) and \
                token.text.lower() in ORDINALS and token.pos_ == "ADJ" and \
                not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            # "The first was a series of dams ...", "The first, at Montford, was ...", "In
            # what year was the first in Chile set up ...?"
            return f"'the {token.text}' of what?"
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NUM" and \
                _finite(token.head) and token.ent_type_ != "DATE" and \
                token.nbor(1).text != "-" and not any(
                    c.dep_ == "prep" or c.lower_ == "the" for c in token.children):
            # "Several hundred were at work in ...?" (not a model's number, "The 707 went on
            # to dominate ...")
            return f"{token.text!r} of what?"
    return None


def _superlative_of_nothing(token) -> bool:
    """"What is the largest by area?" (of "Yamanaka is the largest by area"): which one is
    the largest the question asks, of a set it never names (not "the largest of the lakes",
    "the highest in Japan", "the largest ever built")."""
    scoped = any(c.dep_ in ("acl", "relcl", "advmod") or c.dep_ == "prep" and c.lower_ in
                 ("of", "in", "among", "on", "within", "across") for c in token.children)
    asked = any(c.dep_ in ("nsubj", "attr") and c.i != token.i and
                c.lower_ in ("what", "which", "who") for c in token.head.children)
    return asked and not scoped and any(c.lower_ == "the" for c in token.children)


def _finite(verb) -> bool:
    """Whether a verb is finite or has a finite helping verb."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _inverted_passive_ordinal(token) -> bool:
    """"In what year was [the first] in Chile set up ...?": the passive's subject read as the
    copula's complement, its verb as a clause on it."""
    return token.dep_ == "attr" and token.head.lemma_ == "be" and any(
        c.dep_ == "acl" and c.tag_ == "VBN" for c in token.children)


def _quantifier_read_apart(token) -> bool:
    """"Several played a part in ...": a quantifier heading the main clause's subject that the
    tagger read as an adjective or, first in the question, a name (not "how many")."""
    return (token.pos_ == "ADJ" or token.i == 0) and token.head.dep_ == "ROOT" and \
        not (token.i > 0 and token.doc[token.i - 1].lower_ in ("how", "so", "too", "as"))
