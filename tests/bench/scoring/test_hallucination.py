"""Invented-entity detection on answers with known invented names."""

import pytest

from bench.scoring.hallucination import EntityChecker

CORPUS = ("Kevra lives in Gafy. Kevra rules the kingdom of Gafy. The Orb of Tarn is owned by "
          "Kevra. Drelan works as a healer.")
CHECKER = EntityChecker(CORPUS, ("Kevra", "Gafy", "Orb of Tarn", "Drelan", "Brovik"))


def test_registry_names_in_the_source_are_not_invented():
    check = CHECKER.check("Kevra owns the Orb of Tarn.", "What does Kevra own?")
    assert check.entities == ("Kevra", "Orb of Tarn") and check.invented == ()


def test_invented_names_are_caught_and_a_sentence_start_is_not_an_entity():
    check = CHECKER.check("The ruler is Brovik. Sir Quentin Drax helps him.", "Who rules Gafy?")
    assert check.entities == ("Brovik", "Sir Quentin Drax")
    assert check.invented == ("Brovik", "Sir Quentin Drax")


def test_names_from_the_question_and_capitalised_common_words_are_fine():
    check = CHECKER.check("Zorb is a Healer. Yes.", "Who is Zorb?")
    assert check.entities == ("Zorb",) and check.invented == ()
    assert CHECKER.check("I don't know.", "Who is Zorb?").entities == ()



@pytest.mark.parametrize("answer", [
    "I'm not sure who that is.", "I\u2019m afraid I can't say.", "Certainly! It is a healer.",
    "Okay, the answer is unclear.", "Hmm, hard to tell.", "As An AI I cannot say.",
    "Sorry, I don't know. Maybe ask again.",
])
def test_ordinary_words_at_a_sentence_start_are_not_entities(answer):
    """Found in review: contractions, interjections and sentence starts were entities, so
    a refusal counted as a hallucination."""
    assert CHECKER.check(answer, "Who is Zorb?").entities == ()


def test_an_invented_name_beside_a_registry_name_is_found():
    check = CHECKER.check("Kevra Brabblewick rules.", "Who rules Gafy?")
    assert check.entities == ("Kevra", "Brabblewick") and check.invented == ("Brabblewick",)
    two = CHECKER.check("Zorb Kevra Tarnel", "Who?")
    assert two.entities == ("Zorb", "Kevra", "Tarnel")
