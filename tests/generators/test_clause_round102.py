"""Shapes the texts held out at 33cc98f got wrong: the text's own "what" beside the asked
"who", a name left beside the blank it is the apposition of, "the date" named in the
sentence before as the answer, and a "when" at the end after a verb of a clause inside the
sentence. Texts made up here, with other names and words than the held-out texts."""

from __future__ import annotations

from tests.helpers import problem_of


def test_the_texts_own_what_beside_the_asked_who_is_garbled():
    assert problem_of("Dana saw what who must have been like at thirty, running a shop or a "
                      "farm?", "Maureen", "clause-person") == \
        "a wh-word of the text beside the asked one"
    # a relative "who" after the asked thing is the sentence's own
    assert problem_of("Ivo Marsh was a reporter for what who saw the flood at Selby?",
                      "the Yorkshire Post", "clause-thing") != \
        "a wh-word of the text beside the asked one"


def test_a_name_beside_the_blank_it_apposes_gives_the_blank_away():
    assert problem_of("In 1891 Holst took on what, Isobel Harrison?", "a new violin pupil",
                      "clause-object") == "a name set beside the blank"
    # a list of names after the asked one is no apposition
    assert problem_of("Harlan was left at the camp with whom, Tom Avery and Jed Marsh, to wait "
                      "for a month?", "Will Patton", "clause-person") != \
        "a name set beside the blank"


def test_the_date_named_before_is_no_answer():
    assert problem_of("In May 2019 the Selby town council proclaimed what?",
                      "the date Founders' Day", "clause-object") == "'the date' named before"


def test_a_when_after_a_verb_of_a_clause_inside_asks_either_date():
    assert problem_of("Mira Holt and Sam Dyer climbed the Hallam clock tower and painted a "
                      "slogan, an act that drew crowds and cost a large sum to remove when?",
                      "4 May 1968", "clause-date") == \
        "whose date? the last verb before 'when' is another event's"
    assert problem_of("Grey seals on the Farne Islands generally begin breeding when?",
                      "around five years of age", "clause-date") is None
