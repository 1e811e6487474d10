"""Shapes the texts held out at 9feda07 got wrong: one question asked of two sentences with
two answers ("Colin lost two pounds." and, weeks on, "Colin had lost three pounds."), a
clock time cut at its dot ("The 09.how many falls on ...?"), an absolute phrase's person
read as a verb's object ("Graham waited, watching them come, Kayleigh walking backwards"
asked "Graham waited who walking backwards ...?"), a speaker's command given without quotes
("Des said take the lot, love" asked "Des said take what?"), a noun after a relative clause
read as the main verb ("Norsk Hydro, which entered into cooperation with the German
chemical [combine] IG Farben" asked "... with which chemical?"), and a year after a
participle's clause fronted as the passive's ("explained by an overestimate ..., corrected
using data from the Voyager 2 flyby in 1989" asked "In what year were the irregularities
explained ...?"). Texts made up here, with other names and words than the held-out texts;
where the misreading is the parser's own, the parse is given by hand."""

from __future__ import annotations

from tests.helpers import asked_of, hand_parsed, problem_of


def test_one_question_with_two_answers_in_the_text_is_not_asked():
    asked = asked_of("Brenda Tully joined the walking group in March. Brenda Tully lost four "
                     "pounds. The hall was cold in April. Brenda Tully had lost six pounds.")
    assert not {"four", "six"} & set(asked.values()), asked
    assert "Brenda Tully" in asked.values(), asked  # the rest of the text is still asked
    once = asked_of("Brenda Tully joined the walking group in March. Brenda Tully lost four "
                    "pounds.")
    assert "four" in once.values(), once


def test_a_clock_time_cut_at_its_dot_is_garbled():
    assert problem_of("The 11.how many leaves Dunmore on Sundays?", "20",
                      "clause-count") is not None
    assert problem_of("The 11.20 leaves Dunmore on how many days?", "six",
                      "clause-count") is None


def test_an_absolute_phrases_person_is_not_asked_as_an_object():
    assert problem_of("Tom Varley waited who walking backwards in front of the hearse?",
                      "Ruth Pell", "clause-person") == \
        "a person of an absolute phrase read as an object"
    # "with" marks the absolute phrase: "with who advising on the structures"
    assert problem_of("Tom Varley remained engineer, with who advising on the structures?",
                      "Ruth Pell", "clause-person") != \
        "a person of an absolute phrase read as an object"


def test_a_speakers_command_without_quotes_is_no_fact():
    from bench.generators.clause_text import unquoted_speech

    assert unquoted_speech("The vicar asked if they could keep one of the chairs, and Tom "
                           "Varley said take the lot, love, and they did.")
    assert not unquoted_speech("The vicar asked about the chairs, and Tom Varley said that "
                               "they could take the lot.")


def test_a_noun_after_a_relative_clause_read_as_the_main_verb_is_a_misread_sentence():
    from bench.generators.join_misreadings import noun_read_as_the_main_verb

    # "Kell Mills, which joined the Dutch textile combine Van Hout, changed its looms."
    words = ["Kell", "Mills", ",", "which", "joined", "the", "Dutch", "textile", "combine",
             "Van", "Hout", ",", "changed", "its", "looms", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "DET", "ADJ", "NOUN", "VERB", "PROPN",
           "PROPN", "PUNCT", "VERB", "PRON", "NOUN", "PUNCT"]
    tags = ["NNP", "NNP", ",", "WDT", "VBD", "DT", "JJ", "NN", "VB", "NNP", "NNP", ",", "VBD",
            "PRP$", "NNS", "."]
    # the parser's reading: "combine" the root, "Kell Mills" its subject, "changed" joined
    heads = [1, 8, 1, 4, 1, 7, 7, 4, 8, 10, 8, 8, 8, 14, 12, 8]
    deps = ["compound", "nsubj", "punct", "nsubj", "relcl", "det", "amod", "dobj", "ROOT",
            "compound", "dobj", "punct", "conj", "poss", "dobj", "punct"]
    assert noun_read_as_the_main_verb(hand_parsed(words, heads, deps, pos, tags)[:])
    # "combine" read as the noun it is, "changed" the root: nothing misread
    heads = [1, 12, 1, 4, 1, 8, 8, 8, 4, 10, 8, 12, 12, 14, 12, 12]
    deps = ["compound", "nsubj", "punct", "nsubj", "relcl", "det", "amod", "compound", "dobj",
            "compound", "appos", "punct", "ROOT", "poss", "dobj", "punct"]
    pos[8], tags[8] = "NOUN", "NN"
    assert not noun_read_as_the_main_verb(hand_parsed(words, heads, deps, pos, tags)[:])


def test_a_year_after_a_participles_clause_is_asked_in_place():
    asked = asked_of("The Kell delays were eventually explained by a fault in the signal box, "
                     "confirmed using records from the Board of Trade inquiry in 1911.")
    assert not any(q.startswith(("In what year were the Kell delays", "When were the Kell"))
                   for q in asked), asked
