"""Shapes the texts held out at 952f384 got wrong: a nationality asked as "what kind of" a
list of callings, a person's description asked with "what", and a month read into the name
after it. Texts made up here, with other names and words than the held-out texts."""

from __future__ import annotations

from tests.helpers import asked_of, problem_of


def test_a_nationality_before_a_list_of_callings_is_asked_after_the_list():
    asked = asked_of("Ingrid Marta Solberg was a Norwegian journalist, author and industrialist "
                     "who founded a paper mill in Drammen.")
    assert not any("what kind of" in q for q in asked), asked
    assert asked.get("Ingrid Marta Solberg was a journalist, author and industrialist of what "
                     "nationality who founded a paper mill in Drammen?") == "Norwegian", asked


def test_a_persons_description_is_not_asked_with_what():
    assert problem_of("What is the first person to swim the Minch twice?", "Minch Cup",
                      "appositive-name") == "'what' for a person's description"
    assert problem_of("What is the longest bridge in Norway?", "the Halsa Bridge",
                      "appositive-name") is None


def test_a_month_read_into_the_name_after_it_makes_no_question():
    assert problem_of("June Edwin Carrow was a fellow of what?", "Magdalen College",
                      "clause-thing") == "a month read into a name"
    assert problem_of("Edwin Carrow was a junior fellow of what?", "Magdalen College",
                      "clause-thing") is None
