"""Shapes the texts held out at d90db10 got wrong: a year of a "whose" clause fronted as
the main verb's ("developed by Paul C. Fisher, whose AG7 pen was patented in 1965" asked
"In what year was the ballpoint developed ...?"), a decade cut from the span it opens ("in
[the late 1980s] and early 1990s" asked "when and early 1990s?"), and a verb's object read
as the next clause's subject ("was used to detain [German ... nationals], and the Coast
Guard operated ..." asked "was used to detain during what?"). Texts made up here, with
other names and words than the held-out texts; where the misreading is the parser's own,
the parse is given by hand."""

from __future__ import annotations

from tests.helpers import asked_of, hand_parsed, problem_of


def test_a_year_of_a_whose_clause_is_not_fronted_as_the_main_verbs():
    asked = asked_of("The Kell lamp was designed by the Swedish engineer Lars Tornqvist, whose "
                     "first lamp was patented in 1921.")
    assert not any(q.startswith(("In what year was the Kell lamp", "When was the Kell lamp"))
                   for q in asked), asked
    fronted = asked_of("The Kell lamp was designed by the Swedish engineer Lars Tornqvist in "
                       "1921.")
    assert any(q.startswith("In what year was the Kell lamp designed") for q in fronted), \
        fronted


def test_a_decade_cut_from_the_span_it_opens_is_garbled():
    assert problem_of("The Kell Quartet toured Germany when and early 1970s?",
                      "the late 1960s", "clause-date") is not None
    # two years, or two decades, each a time of its own: readers pass them
    assert problem_of("The Kell Quartet toured Germany in what year and 1971?", "1970",
                      "clause-year") is None


def test_an_object_read_as_the_next_clauses_subject_spoils_the_sentence():
    from bench.generators.join_misreadings import object_read_as_a_subject

    # "During the war the depot was used to store French lorries seized from smugglers, and
    # the county police kept a radio room."
    words = ["During", "the", "war", "the", "depot", "was", "used", "to", "store", "French",
             "lorries", "seized", "from", "smugglers", ",", "and", "the", "police", "kept", "a",
             "radio", "room", "."]
    pos = ["ADP", "DET", "NOUN", "DET", "NOUN", "AUX", "VERB", "PART", "VERB", "ADJ", "NOUN",
           "VERB", "ADP", "NOUN", "PUNCT", "CCONJ", "DET", "NOUN", "VERB", "DET", "NOUN", "NOUN",
           "PUNCT"]
    tags = ["IN", "DT", "NN", "DT", "NN", "VBD", "VBN", "TO", "VB", "JJ", "NNS", "VBN", "IN",
            "NNS", ",", "CC", "DT", "NNS", "VBD", "DT", "NN", "NN", "."]
    # the parser's reading: "lorries" the subject of "kept", "police" joined to it
    misread_heads = [6, 2, 0, 4, 6, 6, 6, 8, 6, 10, 18, 10, 11, 12, 10, 10, 17, 10, 6, 21, 21,
                     18, 18]
    misread_deps = ["prep", "det", "pobj", "det", "nsubjpass", "auxpass", "ROOT", "aux", "xcomp",
                    "amod", "nsubj", "acl", "prep", "pobj", "punct", "cc", "det", "conj", "conj",
                    "det", "compound", "dobj", "punct"]
    assert object_read_as_a_subject(hand_parsed(words, misread_heads, misread_deps, pos, tags)[:])
    heads = [6, 2, 0, 4, 6, 6, 6, 8, 6, 10, 8, 10, 11, 12, 6, 6, 17, 18, 6, 21, 21, 18, 18]
    deps = ["prep", "det", "pobj", "det", "nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "amod",
            "dobj", "acl", "prep", "pobj", "punct", "cc", "det", "nsubj", "conj", "det",
            "compound", "dobj", "punct"]
    assert not object_read_as_a_subject(hand_parsed(words, heads, deps, pos, tags)[:])
