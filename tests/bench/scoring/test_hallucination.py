"""Invented-entity detection on answers with known invented names."""

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
