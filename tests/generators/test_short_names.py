"""Short forms a text introduces for a name (bench.generators.short_names), alone and as
the facts the extractor asks; and the other shapes of the same change: a population, a
sentence that opens with "However,", a count before a name's words ("two Major League
Soccer teams"). Texts made up here."""

from __future__ import annotations

import pytest

from bench.generators.short_names import acronyms, short_forms
from tests.helpers import asked_of


def test_an_acronym_stands_for_the_words_its_letters_begin():
    assert acronyms("The Velmora Harbour Board (VHB) met in 1311.") == [
        ("VHB", "Velmora Harbour Board")]
    # words such as "of" may be left out or spelled; a plural's "s" is no letter
    assert acronyms("The Office of Salt Trade (OST) and the Guild of Coopers (GoC) met.") == [
        ("OST", "Office of Salt Trade"), ("GoC", "Guild of Coopers")]
    # a capital that only opens the sentence is no name's
    assert acronyms("Central trading houses (CTHs) line the quay.") == [
        ("CTHs", "central trading houses")]
    assert acronyms("Velmora Harbour Board (VHB) ships sail.") == [("VHB", "Velmora Harbour Board")]


@pytest.mark.parametrize("sentence", [
    "The Pico Act (1859) was passed.",  # a year
    "The wound was closed by the method of Kocher (Kocher) in 1880.",  # a name
    "Ships from the Salt Guild (VHB) sailed north.",  # letters that spell no words before
    "He sailed to Lune, Harbour (LH) being closed.",  # no name reaches past a comma
])
def test_no_acronym_where_the_letters_do_not_spell_the_name(sentence):
    assert acronyms(sentence) == []


def test_a_short_name_is_spelled_from_the_name():
    assert short_forms("Southern Ardale, often abbreviated SoArd, is a region.") == [
        ("Southern Ardale", "SoArd")]
    # the name keeps its "the", past the adjectives before it
    assert short_forms("The annual Transmarran Sail Race, or Transmar, starts at Lune.") == [
        ("the Transmarran Sail Race", "Transmar")]


@pytest.mark.parametrize("sentence", [
    "Brannoc Tull, or Brannoc, was a captain.",  # one of the name's words: no short form
    "He sailed to Velmora, or Lune, in 1240.",  # another place
    "They fought at the Battle of Greywatch, or Greywatch, in 1230.",
])
def test_no_short_name_where_it_is_another_name(sentence):
    assert short_forms(sentence) == []


TEXT = (
    "The Velmora Harbour Board (VHB) was founded in 1311. Southern Ardale, often abbreviated "
    "SoArd, is a region of the kingdom of Marran. As of the 1901 census, Velmora Harbour had a "
    "population of 22,680. With a population of 4,512, Lune is the smallest town in Ardale. "
    "The town of Kelloran had a population of 3,100 at the 1901 census. However, the Salt "
    "Guild was dissolved by Queen Ysolde in 1402. In 1410, there were two Salt Guild halls in "
    "Lune. In 1420, Lune was given to Kelloran, with a second Salt Guild hall built in 1425.\n\nThe Normans sailed to Kelloran in the following year. Brannoc Tull was exiled "
    "following the war of 1230.")


@pytest.fixture(scope="module")
def asked():
    return asked_of(TEXT)


def test_short_forms_are_asked(asked):
    assert asked["What is the abbreviation for Velmora Harbour Board?"] == "VHB"
    # not the other way: out of its text an acronym can stand for many things
    assert not any("stand for" in q for q in asked)
    assert asked["What is Southern Ardale abbreviated as?"] == "SoArd"


def test_a_population_is_asked_with_what_narrows_it(asked):
    assert asked["As of the 1901 census, Velmora Harbour had what population?"] == "22,680"
    # without a year a population has no one right answer: not asked
    assert "4,512" not in asked.values()
    # a year that modifies a noun is not asked in place ("at the what year census?")
    assert not any("what year census" in q for q in asked)


def test_an_opening_however_is_left_out(asked):
    assert asked["The Salt Guild was dissolved by Queen Ysolde in what year?"] == "1402"
    assert not any(q.lower().startswith("however") for q in asked)


def test_a_count_before_a_names_words_is_asked(asked):
    assert asked["In 1410, there were how many Salt Guild halls in Lune?"] == "two"


def test_a_second_one_points_back(asked):
    # "a second Salt Guild hall": second after which first?
    assert "1425" not in asked.values()
    assert not any("a second" in q for q in asked)


def test_following_places_an_event_but_the_following_year_points_back(asked):
    assert asked["Brannoc Tull was exiled following the war of what year?"] == "1230"
    assert not any("the following year" in q for q in asked)
