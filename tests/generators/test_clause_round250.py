"""A "his" in a phrase joined to one that names another man, a name cut before its number, a
year asked beside another year, and "a date" as an answer (bench.generators.clause_roles,
blank_neighbours, time_garbles, answer_checks), from the faults the labellers of set 93
found at round 246's rules: "Who was Vesalius's son?" -> Philip II (of "physician to the
Holy Roman Emperor Charles V and to his son Philip II"), "carries what 101 and California
State Route 1 ...?" -> U.S. Route, "their only child was born in 1545 in what year?" ->
1544, "has led many scholars to favour what in October?" -> a date. Texts made up here, with
other names and words than the labelled texts."""

from __future__ import annotations

from tests.helpers import asked_of, problem_of


def test_a_his_joined_to_another_mans_phrase_is_not_the_subjects():
    text = ("Johann Brandt was a German physician born in Lübeck in 1514. Brandt studied at "
            "Padua, where he taught anatomy for six years. Brandt later served as physician "
            "to the Elector Joachim II and to his son John George, and he died on the island "
            "of Rügen while returning from a pilgrimage to Rome.")
    asked = asked_of(text)
    assert "Who was Brandt's son?" not in asked, asked
    assert asked.get("Johann Brandt was a German physician born where in 1514?") == "Lübeck"


def test_a_name_is_not_cut_before_its_number():
    assert problem_of("The Narrows Bridge links the Kitsap Peninsula to Gig Harbor and carries "
                      "what 16 across the strait?", "State Route", "clause-object") is not None
    assert problem_of("The Narrows Bridge links the Kitsap Peninsula to Gig Harbor and carries "
                      "what across the strait?", "State Route 16", "clause-object") is None


def test_a_year_is_not_asked_beside_another_year():
    assert problem_of("Matthias Roth married Clara Fehr, and Anna Roth was born in 1563 in what "
                      "year?", "1561", "clause-year") is not None
    assert problem_of("Matthias Roth married Clara Fehr in what year, and Anna Roth was born in "
                      "1563?", "1561", "clause-year") is None
    # a number's last digits are no year: "more than 90,000", a pulsar's "J1141-6545"
    assert problem_of("Visitor numbers at Harlow Abbey rose from fewer than 20,000 a year to "
                      "more than 90,000 in what year?", "2009", "clause-year") is None
    assert problem_of("The Harlow telescope found the double pulsar PSR J1141-6545 in what "
                      "year?", "2000", "clause-year") is None


def test_a_date_alone_names_nothing():
    assert problem_of("A wax tablet found at Stabiae in 2011 has led many scholars to favour "
                      "what in November?", "a date", "clause-object") is not None
