"""Shapes the texts held out at ec6b441 got wrong: a "her" whose clause's subject is a man
by his given name, with no one else named it could be ("the painter William Nicholson, at
Lutyens's request, painted her portrait ...": whose?), and a noun's "-ing" participle read
as a clause of its own, leaving the verb after it without a subject ("made what to
Chartres in 1912, inspired an annual ... pilgrimage?"). Texts made up here, with other
names and words than the held-out texts."""

from __future__ import annotations

from tests.helpers import asked_of, hand_parsed


def test_her_is_not_a_mans_whose_clause_it_is():
    asked = asked_of("Edith Marsh designed the garden at Holt Farm in 1925. In 1931 the "
                     "sculptor George Harland, at Edith Marsh's request, carved her bust at "
                     "Holt Farm, now in the Leeds City Art Gallery.")
    assert not any("her bust" in question for question in asked)
    # one named beside him may be hers
    asked = asked_of("Mary Dunn sang at the Corn Exchange. In 1952 Arthur Pike helped Mary "
                     "Dunn into her coat at the Corn Exchange after the concert.")
    assert asked.get("In 1952 Arthur Pike helped whom into her coat at the Corn Exchange "
                     "after the concert?") == "Mary Dunn"


def test_a_participle_read_as_a_clause_spoils_the_sentence():
    from bench.generators.sentence_misreadings import misread_sentence

    words = "Crome walked to Cromer in 1808 , and his sketches of the cliffs glowing in the " \
        "light inspired a school .".split()
    tags = ["NNP", "VBD", "IN", "NNP", "IN", "CD", ",", "CC", "PRP$", "NNS", "IN", "DT", "NNS",
            "VBG", "IN", "DT", "NN", "VBD", "DT", "NN", "."]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "ADP", "NUM", "PUNCT", "CCONJ", "PRON", "NOUN",
           "ADP", "DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    # the parser's misreading: "sketches ... glowing" a clause, "inspired" with no subject
    heads = [1, 1, 1, 2, 1, 4, 1, 1, 9, 13, 9, 12, 10, 1, 13, 16, 14, 1, 19, 17, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct", "cc", "poss", "nsubj",
            "prep", "det", "pobj", "conj", "prep", "det", "pobj", "conj", "det", "dobj", "punct"]
    assert misread_sentence(hand_parsed(words, heads, deps, pos, tags)[:])
    # read right: the sketches inspired, "glowing" the cliffs'
    heads = [1, 1, 1, 2, 1, 4, 1, 1, 9, 17, 9, 12, 10, 12, 13, 16, 14, 1, 19, 17, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct", "cc", "poss", "nsubj",
            "prep", "det", "pobj", "acl", "prep", "det", "pobj", "conj", "det", "dobj", "punct"]
    assert not misread_sentence(hand_parsed(words, heads, deps, pos, tags)[:])


def test_given_names_say_a_gender_only_where_they_are_one_genders():
    from bench.generators.given_names import given_name_gender

    assert given_name_gender("William Nicholson") == "he"
    assert given_name_gender("Gertrude Jekyll") == "she"
    assert given_name_gender("Robin Day") is None  # given to both
    assert given_name_gender("Lutyens") is None
