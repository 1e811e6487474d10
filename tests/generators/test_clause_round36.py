"""Shapes the held-out texts of rounds 34/35 got wrong, and the review's vague questions:
a verb given to a subject before another clause's name, whose "his"/"her" it is, a
person's description set beside a place, an indefinite assortment as an object, what a
perception verb's object is seen doing, who was somewhere, and what someone "also" did.
Texts made up here, with other names and words than the texts that showed the faults."""

from __future__ import annotations

import pytest

from tests.helpers import asked_of, hand_parsed


def test_a_verb_is_not_given_to_a_subject_across_another_clause():
    from bench.generators.clause_misreadings import misparsed_subject

    # "Edric Pell, ..., oversaw shipping, while Berrit kept accounts and Cael handled the
    # contracts" read with "oversaw" a noun and "handled" the sentence's verb
    words = ["Edric", "Pell", ",", "oversaw", "shipping", ",", "while", "Berrit", "kept",
             "accounts", "and", "Cael", "handled", "the", "contracts", "."]
    heads = [1, 12, 1, 4, 1, 1, 8, 8, 12, 8, 9, 9, 12, 14, 12, 12]
    deps = ["compound", "nsubj", "punct", "compound", "appos", "punct", "mark", "nsubj",
            "advcl", "dobj", "cc", "conj", "ROOT", "det", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "NOUN", "NOUN", "PUNCT", "SCONJ", "PROPN", "VERB",
           "NOUN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    misread = hand_parsed(words, heads, deps, pos)
    assert misparsed_subject(misread[1])
    # the same words read right: each verb has its own subject
    heads = [1, 3, 1, 3, 3, 3, 8, 8, 3, 8, 8, 12, 8, 14, 12, 3]
    deps = ["compound", "nsubj", "punct", "ROOT", "dobj", "punct", "mark", "nsubj", "advcl",
            "dobj", "cc", "nsubj", "conj", "det", "dobj", "punct"]
    pos[3] = "VERB"
    read = hand_parsed(words, heads, deps, pos)
    assert not misparsed_subject(read[1]) and not misparsed_subject(read[11])


def test_coordinated_subjects_are_each_the_verb_s():
    asked = asked_of("Harrow Mills, Tull Brothers, and Vane Cloth also run large dye works "
                     "in Kelloran.")
    assert any(a == "Vane Cloth" for a in asked.values())


@pytest.mark.parametrize("text, question, answer, not_owner", [
    # "her" joined to another named person: that person's
    ("Maren Tull visited Ysolde Harrow and her husband Edric Pell at Kelloran.",
     "Who was Ysolde Harrow's husband?", "Edric Pell", "Maren Tull"),
    # "his" in a clause with a subject of its own: that subject's
    ("In 1402 Duke Bastor died, and Lord Corvin placed his nephew Aldo Quen on the throne.",
     "Who was Lord Corvin's nephew?", "Aldo Quen", "Duke Bastor"),
    # household and working roles are relations too
    ("Sir Aldo Quen's private secretary Miss Ysolde Harrow had left the house at noon.",
     "Who was Sir Aldo Quen's private secretary?", "Miss Ysolde Harrow", None),
    ("Lord Corvin, stepfather of Edric Pell, changed sides at the battle of Kelloran.",
     "Who was Edric Pell's stepfather?", "Lord Corvin", None),
])
def test_a_relation_goes_to_the_owner_the_parse_gives(text, question, answer, not_owner):
    asked = asked_of(text)
    assert asked[question] == answer
    assert not_owner is None or not any(q.startswith(f"Who was {not_owner}'s") for q in asked)


def test_his_after_another_man_of_the_same_name_is_not_the_subject_s():
    asked = asked_of("Quen was born in Kelloran, Marran, the third of six children of Aldo "
                     "Quen, a miller of the eastern valley, and his wife Ysolde, née Harrow.")
    assert "Who was Quen's wife?" not in asked
    assert not any("his wife" in q for q in asked)  # "born in Kelloran, Marran and his wife"
    assert "Marran" not in asked.values() or not any(
        q.startswith("What is the third of six children") for q in asked)


def test_an_indefinite_assortment_is_not_asked_as_an_object():
    asked = asked_of("The Velmora marshes and their channels shelter a remarkable variety of "
                     "birds. The Velmora ferry carries a large number of pilgrims.")
    assert not any(a.startswith(("a remarkable variety", "a large number")) for a in
                   asked.values())


def test_what_is_seen_doing_something_is_not_a_perception_verb_s_object():
    asked = asked_of("Tobrand ran down to the quay just in time to see the ice on the "
                     "Kelloran break apart and drift away to the sea.")
    # the parser reads "the ice on the Kelloran break apart" as one object
    assert not any("break" in a for a in asked.values())
    assert not any("on which break" in q for q in asked)


def test_who_was_somewhere_is_not_asked():
    asked = asked_of("Edric Pell was in the back room of a crowded tavern near the Kelloran "
                     "docks, and Maren Tull waited outside.")
    assert not any(q.lower().startswith(("who was in", "what was in")) for q in asked)


def test_what_someone_also_did_is_not_asked_but_who_also_did_it_is():
    asked = asked_of("Edric Pell won the Harrow Medal in 1904. Maren Pell also won a silver "
                     "medal.")
    assert not any(q.endswith("also won what?") for q in asked)
    asked = asked_of("Edric Pell won the Harrow Medal in 1904. Maren Pell also won the Vane "
                     "Prize for poetry.")
    assert asked["Who also won the Vane Prize for poetry?"] == "Maren Pell"


def test_a_wreck_a_mountain_and_the_population_point_back():
    asked = asked_of("The next morning Captain Osric Vell sent four divers to search the "
                     "wreck. Over 200 climbers have died on the mountain since the 1950s. "
                     "Around 12 percent of the population of Marran lived abroad in 1990, "
                     "and around 9 percent of the population lived abroad in 2000.")
    assert not any("the wreck" in q or "the mountain" in q for q in asked)
    assert not any(q.endswith("of the population lived abroad in 2000?") for q in asked)


def test_the_year_that_dates_a_named_thing_is_asked_after_it():
    asked = asked_of("As of the 1921 Marran Census, Kelloran had a population of 48,210. "
                     "The 1906 Velmora fire destroyed most of the harbour district of "
                     "Kelloran.")
    # the opening phrase moves to the end, its comma left behind
    assert asked["Kelloran had a population of 48,210 as of the Marran Census of what "
                 "year?"] == "1921"
    assert asked["The Velmora fire of what year destroyed most of the harbour district of "
                 "Kelloran?"] == "1906"
    assert not any("what year Marran" in q or "what year Velmora" in q for q in asked)


def test_no_year_is_asked_of_a_phrase_with_two_dates():
    asked = asked_of("The 1990 and 2000 Marran censuses counted the fishermen of Kelloran.")
    assert not any(q.endswith("of what year?") or " of what year " in q for q in asked)


def test_a_rival_or_successor_may_be_a_thing():
    asked = asked_of("The line's most important rival, the Kelloran Railway, was opened in "
                     "1833.")
    assert asked["The Kelloran Railway was opened in what year?"] == "1833"


# Shapes from the texts written after round 36's first rules (tests/data/texts: scientist,
# club, village, company), labelled in rounds 36/37 and fixed before the held-out six.

def test_a_place_s_description_after_a_name_of_the_place_is_not_the_name_s():
    asked = asked_of("Osric Vell taught chemistry at the Royal Academy of Kelloran, the Marran "
                     "capital.")
    assert "the Royal Academy of Kelloran" not in {a for q, a in asked.items()
                                                   if "capital" in q}
    assert not any("which capital" in q for q in asked)
    asked = asked_of("Southern Marran is also home to the Port of Kelloran, the Sunder Sea's "
                     "busiest commercial port; the adjacent Port of Velmora, its second busiest "
                     "container port; and the Port of Tull.")
    # a port said to be a port
    assert asked["What is the Sunder Sea's busiest commercial port?"] == "the Port of Kelloran"


def test_a_participle_after_a_noun_s_preposition_is_not_the_name_s():
    asked = asked_of("The feud with Harrow Rovers, known as the Valley Derby, dates back to "
                     "the 1890s.")
    assert not any("known as" in q for q in asked)
    assert "the Valley Derby" not in asked.values()


def test_a_place_s_name_before_a_noun_is_no_kind():
    asked = asked_of("In 1849 Edric Pell married Maren Tull, the daughter of a Kelloran "
                     "bookseller. Marran has a Mediterranean climate with dry summers.")
    assert not any("kind of bookseller" in q for q in asked)
    assert asked["Marran has what kind of climate with dry summers?"] == "Mediterranean"


def test_a_count_relative_to_one_told_before_is_not_asked():
    assert not any("more years" in q for q in asked_of("Aldo Quen lived three more years."))


def test_a_relative_word_keeps_its_verb():
    asked = asked_of("Among his students were Johan Pirk, who succeeded him at Kastrow; and "
                     "Maren Tull, who in 1879 became the first woman in Marran to receive a "
                     "doctorate in law and whose admission to his chambers, against the "
                     "objections of the judges, Osric Vell had championed.")
    assert not any("whose" in q for q in asked)
    assert "Johan Pirk" not in {a for q, a in asked.items() if "1879" in q}


def test_a_clause_without_its_verb_and_one_with_there_are_left_out():
    asked = asked_of("Aldo Quen died in 1974, and Maren in 1981, and there were Quens then "
                     "only in the churchyard at Kelloran.")
    assert asked["Aldo Quen died in what year?"] == "1974"
    assert not any("and Maren in" in q or "there were" in q.lower() for q in asked)


def test_an_office_of_nothing_and_the_club_point_back():
    asked = asked_of("Edric Pell served as president from 1941 until 1968. Osric Vell served "
                     "as president of the Marran Salt Company from 1969 until 1980. The club "
                     "moved to Stannary Park in 1904.")
    assert not any(q.endswith("until 1968?") or "1941" in q for q in asked)
    assert asked["Who served as president of the Marran Salt Company from 1969 until 1980?"] \
        == "Osric Vell"
    assert not any("the club" in q.lower() for q in asked)


# Shapes from the six texts held out at 749a2d8 (orchard, legend, heist, composer, town,
# ship), after their labels.

def test_a_catalogue_number_is_no_count_and_starts_no_sentence():
    asked = asked_of("His twelve trio sonatas, published as Op. 2 by the Velmora firm of "
                     "Harrow & Sohn in 1751, were widely copied. Since the 1980s his masses, "
                     "the Op. 3 sonatas and the Kelloran oratorio have been recorded.")
    assert not any(a in ("2", "3") for a in asked.values())
    assert not any(q.startswith(("3 sonatas", "2 ")) for q in asked)


def test_no_wh_word_right_after_when():
    asked = asked_of("And when nine years had passed, Maren Tull kissed her father and went "
                     "north to Kelloran.")
    assert not any("when how many" in q.lower() or "when what" in q.lower() for q in asked)


@pytest.mark.parametrize("text, vague", [
    ("Gwen Harrow said as much to Ruth Tull one morning at the Lantern Inn in Kelloran.",
     "as much"),
    ("Commodore Edric Pell took command in 1940.", "took command"),
    ("At the 2021 census the parish had a population of 6,412.", "the parish"),
])
def test_what_points_back_is_not_asked(text, vague):
    assert not any(vague in q for q in asked_of(text))
