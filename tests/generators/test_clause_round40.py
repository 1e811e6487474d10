"""Shapes the held-out texts of rounds 38/39 got wrong: a conjunct clause's own "and" lost
and its own conjunct kept ("demolished rebuilt", "build what, there is ..."), what follows a
gapped conjunct ("in 1866, in 1881"), a sentence cut at "Mr.", "also ... what?" and
"instead", a bare "the first", the short form of an "X of Y" name, an age asked by "when", a
time or a cut phrase read as an object, and a weekday that places nothing. Texts made up
here, with other names and words than the texts that showed the faults."""

from __future__ import annotations

import pytest

from tests.helpers import asked_of, hand_parsed


def test_a_conjunct_clause_keeps_its_own_and():
    asked = asked_of("The west tower of Pellin Abbey was rebuilt in 1790, and the nave of "
                     "Pellin Abbey, first roofed in 1204, was stripped and reroofed in 1884.")
    assert any("was stripped and reroofed in what year" in q and a == "1884"
               for q, a in asked.items()), asked


def test_a_conjunct_s_own_independent_clause_is_left_out():
    asked = asked_of("Mining at Corve has declined steadily since the 1970s, but the Corve "
                     "Foundry on Mill Lane still casts bells, church fittings and iron railings, "
                     "and there is a small museum of the trade.")
    objects = [q for q, a in asked.items() if a == "bells, church fittings and iron railings"]
    assert objects and not any("museum" in q for q in objects), asked


def test_what_follows_a_gapped_conjunct_is_its_own():
    from bench.generators.asks import Ask
    from bench.generators.clause_layout import clause_tokens

    # "Edda Morl received the Grey Medal in 1902, and an honorary degree in 1911." with
    # "in 1911" hung on the verb, as the parser does once an aside is taken out
    words = ["Edda", "Morl", "received", "the", "Grey", "Medal", "in", "1902", ",", "and",
             "an", "honorary", "degree", "in", "1911", "."]
    heads = [1, 2, 2, 5, 5, 2, 2, 6, 2, 2, 12, 12, 2, 2, 13, 2]
    deps = ["compound", "nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj", "punct",
            "cc", "det", "amod", "conj", "prep", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "DET", "PROPN", "PROPN", "ADP", "NUM", "PUNCT", "CCONJ",
           "DET", "ADJ", "NOUN", "ADP", "NUM", "PUNCT"]
    sentence = list(hand_parsed(words, heads, deps, pos).sents)[0]
    kept = clause_tokens(sentence, Ask(7, 8, "what year", 7, 8, "clause-year"))
    assert [t.text for t in kept] == ["Edda", "Morl", "received", "the", "Grey", "Medal", "in",
                                      "1902", "."]
    assert clause_tokens(sentence, Ask(14, 15, "what year", 14, 15, "clause-year")) is None


def test_a_title_s_full_stop_ends_no_sentence():
    from bench.generators.windows import sentences

    text = ("The evidence was given by Nell Farris, a quiet girl who spoke so low that the "
            "coroner, Mr. Silas Brandt, asked her twice to repeat it. She did. The letter "
            "was signed by J. R. Haldane. Few survive 134° F. Boiling kills them all.")
    assert [text[a:b] for a, b in sentences(text)] == [
        "The evidence was given by Nell Farris, a quiet girl who spoke so low that the "
        "coroner, Mr. Silas Brandt, asked her twice to repeat it.", "She did.",
        "The letter was signed by J. R. Haldane.", "Few survive 134° F.",
        "Boiling kills them all."]
    asked = asked_of(text)
    assert not any(q.endswith("Mr?") for q in asked), asked


@pytest.mark.parametrize("text, word", [
    # one more of what the text told before, whatever the answer
    ("Corin Vale designed the Tull Bridge in 1931. Corin Vale also designed the Harrow "
     "Viaduct over the river Senn.", "also designed what"),
    # instead of what?
    ("In 1850 Ada Morl enrolled instead at the Pellin School of Art in Tarrow.", "instead"),
])
def test_what_points_to_an_alternative_or_addition_is_not_asked(text, word):
    asked = asked_of(text)
    assert not any(word in q for q in asked), asked


def test_instead_of_a_named_thing_is_asked():  # it says instead of what
    asked = asked_of("In 1850 Ada Morl enrolled at the Pellin School of Art instead of the "
                     "Tarrow Academy.")
    assert any("instead of the Tarrow Academy" in q for q in asked), asked


def test_a_bare_ordinal_subject_is_not_asked():
    asked = asked_of("Corin Vale built many works in the north of Tarrow. The first was a "
                     "chain of weirs built for the Tarrow Water Board, a public body created "
                     "in 1938 to supply water to the mill towns of the valley.")
    assert not any(q.lower().startswith(("the first", "according to the text, the first"))
                   for q in asked), asked


def test_the_short_form_of_an_x_of_y_name_is_no_answer():
    asked = asked_of("Corin Vale was president of the Royal Tarrow Institution of Surveyors "
                     "from 1950 to 1955. In 1956 Corin Vale resigned from the Institution in "
                     "protest. The Institution has awarded a Vale Prize since 1970.")
    assert not any(a == "Institution" or "the Institution" in q for q, a in asked.items()), \
        asked


def test_an_age_is_not_asked_by_when():
    asked = asked_of("Corin Vale died at his home in Tull on 4 May 1960 at the age of 81 and "
                     "was buried in Senn churchyard.")
    assert not any("age" in a for a in asked.values()), asked


@pytest.mark.parametrize("text, misread", [
    ("Ada Morl painted very little and was seen most mornings on the beach at Tull in the "
     "rain.", "mornings"),
    ("Corin Vale left school at fifteen and studied part-time at the Tull Institute while "
     "working as a clerk.", "part-time"),
])
def test_a_time_read_as_an_object_is_not_asked(text, misread):
    asked = asked_of(text)
    assert not any(misread in a for a in asked.values()), asked


def test_an_object_a_noun_continues_is_not_asked():
    from bench.generators.object_asks import misread_objects

    # "Some writers have proposed a link with the sea goddess Marrow." read with the object
    # cut after "sea" and "goddess Marrow" hung on the verb
    words = ["Some", "writers", "have", "proposed", "a", "link", "with", "the", "sea",
             "goddess", "Marrow", "."]
    heads = [1, 3, 3, 3, 5, 3, 5, 8, 6, 3, 9, 3]
    deps = ["det", "nsubj", "aux", "ROOT", "det", "dobj", "prep", "det", "pobj", "npadvmod",
            "appos", "punct"]
    pos = ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PROPN",
           "PROPN", "PUNCT"]
    sentence = list(hand_parsed(words, heads, deps, pos).sents)[0]
    assert {4, 5, 6, 7, 8} <= misread_objects(sentence)


def test_a_weekday_without_a_date_places_nothing():
    asked = asked_of("Thomas Pell went to the infirmary on the Sunday.")
    assert not any(a == "Thomas Pell" for a in asked.values()), asked
    dated = asked_of("Thomas Pell went to the infirmary on Sunday 4 May 1890.")
    assert any(a == "Thomas Pell" for a in dated.values()), dated
