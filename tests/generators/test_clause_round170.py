"""Shapes the texts held out at 677f5cc got wrong: a year fronted as the passive's when it
follows a purpose ("organised to mark the anniversary of the arrival ... in 1492" asked
"In what year was the Exposition organised ...?"), a language asked as a place ("known
where as An Uamh Bhinn?" -> Gaelic), and a length of time read as a clause's subject ("and
[over four days] destroyed ..."). Texts made up here, with other names and words than the
held-out texts; where the misreading is the parser's own, the parse is given by hand."""

from __future__ import annotations

from tests.helpers import asked_of, hand_parsed


def test_a_year_after_a_purpose_is_asked_in_place():
    asked = asked_of("The Kell Exhibition was organised to mark the hundredth anniversary of the "
                     "founding of the town of Kell by Saxon settlers in 1802.")
    assert not any(q.startswith(("In what year was the Kell", "When was the Kell"))
                   for q in asked), asked
    assert "1802" in asked.values(), asked
    fronted = asked_of("The Kell Exhibition was opened by the mayor of Kell in 1802.")
    assert any(q.startswith("In what year was the Kell Exhibition opened") for q in fronted), \
        fronted


def test_a_language_a_name_is_known_in_is_no_place():
    asked = asked_of('Tintagel Head is known in Cornish as Penn Dintagel, "the fort head".')
    assert not any(a == "Cornish" and ("where" in q or "what place" in q)
                   for q, a in asked.items()), asked
    # where a name is known is a place: "known in Portugal as the PREC"
    place = asked_of("The Kell Ward was known in Cornwall as the Long Room from 1974 to 1975.")
    assert "Cornwall" in place.values(), place


def test_a_length_of_time_read_as_a_subject_is_not_asked_alone():
    from spacy.tokens import Span

    from bench.generators.asks import Ask
    from bench.generators.clause_layout import clause_tokens

    # "Fire broke out in 1702 and over three days destroyed the town."
    words = ["Fire", "broke", "out", "in", "1702", "and", "over", "three", "days", "destroyed",
             "the", "town", "."]
    heads = [1, 1, 1, 1, 3, 1, 7, 8, 9, 1, 11, 9, 1]
    deps = ["nsubj", "ROOT", "prt", "prep", "pobj", "cc", "quantmod", "nummod", "nsubj", "conj",
            "det", "dobj", "punct"]
    pos = ["NOUN", "VERB", "ADP", "ADP", "NUM", "CCONJ", "ADP", "NUM", "NOUN", "VERB", "DET",
           "NOUN", "PUNCT"]
    tags = ["NN", "VBD", "RP", "IN", "CD", "CC", "IN", "CD", "NNS", "VBD", "DT", "NN", "."]
    town = Ask(10, 12, "what", 10, 12, "clause-object")

    def parse(label: str):
        doc = hand_parsed(words, heads, deps, pos, tags)
        doc.ents = [Span(doc, 4, 5, label="DATE"), Span(doc, 6, 9, label=label)]
        return doc

    assert clause_tokens(parse("DATE")[:], town) is None
    # a counted subject that is no time is its clause's own: "over three hundred men"
    assert clause_tokens(parse("CARDINAL")[:], town) is not None
