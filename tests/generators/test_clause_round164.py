"""Shapes the texts held out at 871e5e7 got wrong: a kin noun hung on a place's second name
("born at Charlton, Hertfordshire, the son of ..." asked as Hertfordshire's son), a number
read as punctuation, a question left on "and", and a person's nationality asked as "which
environmentalist". Texts made up here, with other names and
words than the held-out texts; where the misreading is the parser's own, the parse is
given by hand."""

from __future__ import annotations

from tests.helpers import hand_parsed, parsed, problem_of


def test_a_kin_noun_after_a_places_second_name_is_no_relation_of_the_place():
    from bench.generators.clause_roles import _relations

    # "Tom Hale was born in 1840 at Ware, Hertfordshire, the son of Ned Hale, a miller."
    words = ["Tom", "Hale", "was", "born", "in", "1840", "at", "Ware", ",", "Hertfordshire",
             ",", "the", "son", "of", "Ned", "Hale", ",", "a", "miller", "."]
    heads = [1, 3, 3, 3, 3, 4, 3, 6, 7, 7, 9, 12, 9, 12, 15, 13, 15, 18, 15, 3]
    deps = ["compound", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj",
            "punct", "appos", "punct", "det", "appos", "prep", "compound", "pobj", "punct",
            "det", "appos", "punct"]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "ADP", "NUM", "ADP", "PROPN", "PUNCT", "PROPN",
           "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, pos)
    assert not any(holder.text == "Hertfordshire" for holder, _ in _relations(doc[:]))
    # a person's second name is still the person's: "Ada Pell, Lady Morden, the wife of ..."
    words[7:10] = ["Ada", ",", "Pell"]
    deps[6:8] = ["nsubj", "npadvmod"]
    doc = hand_parsed(words, [1, 3, 3, 3, 3, 4, 3, 3, 7, 7, 9, 12, 9, 12, 15, 13, 15, 18,
                              15, 3], deps, pos)
    assert any(holder.text == "Pell" for holder, _ in _relations(doc[:]))


def test_a_number_read_as_punctuation_asks_nothing_of_the_sentence():
    from bench.generators.sentence_misreadings import misread_sentence

    # "A crater and the asteroid 7102 Halvard bear his name."
    words = ["A", "crater", "and", "the", "asteroid", "7102", "Halvard", "bear", "his", "name",
             "."]
    heads = [1, 7, 1, 4, 1, 1, 7, 7, 9, 7, 7]
    deps = ["det", "nsubj", "cc", "det", "conj", "punct", "nsubj", "ROOT", "poss", "dobj",
            "punct"]
    pos = ["DET", "NOUN", "CCONJ", "DET", "NOUN", "NUM", "PROPN", "VERB", "PRON", "NOUN",
           "PUNCT"]
    tags = ["DT", "NN", "CC", "DT", "NN", "CD", "NNP", "VBP", "PRP$", "NN", "."]
    assert misread_sentence(hand_parsed(words, heads, deps, pos, tags)[:])
    heads[5], deps[5], heads[6], deps[6] = 6, "nummod", 4, "appos"
    assert not misread_sentence(hand_parsed(words, heads, deps, pos, tags)[:])


def test_a_question_left_on_and_is_garbled():
    assert problem_of("According to the text, what is the trader Ole Berg bought rights to "
                      "the method and?", "Norway") is not None
    assert problem_of("The trader Ole Berg bought rights to what?", "the method",
                      "clause-object") is None


def test_a_persons_nationality_is_not_asked_as_which_person():
    from bench.generators.phrase_asks import kind_asks

    # "The guests included the Ghanaian environmentalist and laureate Ama Boateng."
    words = ["The", "guests", "included", "the", "Ghanaian", "environmentalist", "and",
             "laureate", "Ama", "Boateng", "."]
    heads = [1, 2, 2, 5, 5, 2, 5, 9, 9, 5, 2]
    deps = ["det", "nsubj", "ROOT", "det", "amod", "dobj", "cc", "compound", "compound",
            "conj", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "CCONJ", "NOUN", "PROPN", "PROPN",
           "PUNCT"]
    tags = ["DT", "NNS", "VBD", "DT", "JJ", "NN", "CC", "NN", "NNP", "NNP", "."]
    assert kind_asks(hand_parsed(words, heads, deps, pos, tags)[:], set()) == []
    # a thing's kind is still asked: "the Flemish tapestry" -> "which tapestry"
    thing = parsed("The museum bought the Flemish tapestry in 1921.")
    assert [a.wh for a in kind_asks(thing[:], set())] == ["which"]
