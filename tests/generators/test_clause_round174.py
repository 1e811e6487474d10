"""Shapes the texts held out at 28b6574 got wrong: a second clause cut to its opening phrase
before a bare "when" ("..., and on the return journey, when?"), a verb whose object the text
told before ("who declined?"), a measure's adjective asked as a thing ("a siege tower
what?" -> "some nine storeys and perhaps 40 metres tall"), "related" in an answer ("related
systems": related to what?), a decade asked apart from the span it ends ("in [the late
1950s] and 1960s" asked "when and 1960s?"), and a clause opened by "until" read as the
preposition's object ("until [his knees] and the pension scheme had agreed").
Texts made up here, with other names and words than the held-out texts; where the
misreading is the parser's own, the parse is given by hand."""

from __future__ import annotations

from tests.helpers import asked_of, hand_parsed, problem_of


def test_a_second_clause_cut_to_its_opening_phrase_before_when_is_garbled():
    assert problem_of("Fog delayed the Kell ferry near Dunmore, and on the return crossing, when?",
                      "the evening of 4 May", "clause-date") is not None
    # a list of the first clause's places, the time after the last: "and into Dunmore when?"
    assert problem_of("The Kell ferry sailed past Ardlow, round Tarbet Head, and into Dunmore "
                      "when?", "the evening of 4 May", "clause-date") is None
    # a list of places after ", and" is the first clause's own
    assert problem_of("The Kell ferry called at Dunmore in the south, and at what place in the "
                      "north?", "Ardlow", "clause-place") is None


def test_a_verb_whose_object_the_text_told_before_is_not_asked_bare():
    asked = asked_of("According to the chronicler Aldred Penn, however, the Kell monks "
                     "declined, having been warned by the bishop not to build it again.")
    assert not any(q.endswith("declined?") for q in asked), asked
    assert problem_of("According to the chronicler Aldred, the Kell monks declined what?",
                      "the Kell Prize", "clause-object") is None


def test_a_measures_adjective_is_not_asked_as_a_thing():
    asked = asked_of("Osric Penn built the Kell Tower, a timber watch tower some six storeys and "
                     "perhaps 25 metres high, roofed with slate and fitted with a bell, and he "
                     "earned the name the Builder.")
    assert "some six storeys and perhaps 25 metres high" not in asked.values(), asked
    assert "the Kell Tower" in asked.values(), asked
    # a noun's measure is the noun's: "a tower 30 metres tall"
    assert problem_of("The Kell Company built what near Dunmore station?",
                      "a tower 30 metres tall", "clause-object") is None


def test_related_in_an_answer_points_back():
    assert problem_of("The Royal Navy began using what in the late 1930s?", "related systems",
                      "clause-object") is not None
    assert problem_of("The Royal Navy began using what in the late 1930s?", "radar systems",
                      "clause-object") is None


def test_a_decade_asked_apart_from_the_span_it_ends_is_garbled():
    assert problem_of("The Royal Navy began using radar when and 1940s?", "the late 1930s",
                      "clause-date") is not None


def test_a_clause_after_until_with_two_subjects_is_a_misread_sentence():
    from bench.generators.sentence_misreadings import clause_read_as_a_phrase

    # "Tom was a fitter until his back and the doctor had agreed."
    words = ["Tom", "was", "a", "fitter", "until", "his", "back", "and", "the", "doctor", "had",
             "agreed", "."]
    pos = ["PROPN", "AUX", "DET", "NOUN", "ADP", "PRON", "NOUN", "CCONJ", "DET", "NOUN", "AUX",
           "VERB", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "PRP$", "NN", "CC", "DT", "NN", "VBD", "VBN", "."]
    # the parser's reading: "his back" the object of "until", "the doctor had agreed" a
    # clause joined to the sentence's
    heads = [1, 1, 3, 1, 1, 6, 4, 6, 9, 11, 11, 1, 1]
    deps = ["nsubj", "ROOT", "det", "attr", "prep", "poss", "pobj", "cc", "det", "nsubj", "aux",
            "conj", "punct"]
    assert clause_read_as_a_phrase(hand_parsed(words, heads, deps, pos, tags)[:])
    heads = [1, 1, 3, 1, 11, 6, 11, 6, 9, 6, 11, 1, 1]
    deps = ["nsubj", "ROOT", "det", "attr", "mark", "poss", "nsubj", "cc", "det", "conj", "aux",
            "advcl", "punct"]
    pos[4] = "SCONJ"
    assert not clause_read_as_a_phrase(hand_parsed(words, heads, deps, pos, tags)[:])
