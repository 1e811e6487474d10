"""Shapes the texts held out at 36356ec got wrong: "the first, at ...," as a subject, a
fronted time question ending in another noun's participle, a bare title ("The Duke") as
subject, a bare activity ("Work") or "a solution" as the answer, a name run into the asked
place, a number cut at its thousands comma, and "earlier" with nothing it is earlier than. Texts
made up here, with other names and words than the held-out texts."""

from __future__ import annotations

from tests.helpers import problem_of


def test_an_ordinal_subject_is_of_what_unless_of_says():
    assert problem_of("The second, at Hallam on the River Wear, was finished in what year in "
                      "brick?", "1801", "clause-year") == "'the second' of what?"
    assert problem_of("In what year was the first, at Hallam on the River Wear, finished in "
                      "brick?", "1801", "cloze-year") == "'the first' of what?"
    assert problem_of("The first of the Wear bridges was finished in what year in brick?",
                      "1801", "clause-year") != "'the first' of what?"


def test_a_fronted_time_question_ending_in_another_nouns_participle_is_not_asked():
    assert problem_of("In what year were Hallam's drawings used directly by Ellen Rudd for the "
                      "Skerry Light off the Mull coast, completed?", "1833", "cloze-year") == \
        "whose date? another event of the question may be meant"
    # after an aside the last participle is the subject's own
    assert problem_of("In what year was the Ouse Navigation Board, based in Selby, founded?",
                      "1862", "cloze-year") is None


def test_a_bare_title_as_subject_points_back():
    assert problem_of("The Bishop also cut the first sod when?", "May 1862", "clause-date") == \
        "'the Bishop' points back"
    assert problem_of("The Bishop of Rossmore cut the first sod when?", "May 1862",
                      "clause-date") is None


def test_a_bare_activity_or_a_solution_as_the_answer_says_nothing():
    assert problem_of("What started on the quay in the spring of 1790?", "Work",
                      "clause-thing") == "vacuous answer"
    assert problem_of("In 1902 the Ouse Navigation Board appointed a panel to find what?",
                      "a solution", "clause-object") == "vacuous answer"


def test_a_name_run_into_the_asked_place_is_garbled():
    assert problem_of("Kelling Bridge is an iron swing bridge over the Ouse in what place Sir "
                      "Peter Dawe, and the engineer Anne Hollis?", "Selby", "clause-place") == \
        "a name run into the asked place"
    assert problem_of("Kelling Bridge is an iron swing bridge over what in Leeds Sir Peter "
                      "Dawe, and the engineer Anne Hollis?", "the Ouse", "clause-thing") == \
        "a name run into the asked place"


def test_a_number_cut_at_its_thousands_comma_is_no_answer():
    from bench.generators.qa_items import Phrasings
    from bench.generators.text_facts import FoundFact, _evidence_problem

    evidence = "Each gate is a timber leaf weighing more than 2,400 tons, hung on iron pins."

    def fact(answer: str) -> FoundFact:
        return FoundFact("w", evidence, 0, evidence, Phrasings(("What is each gate?",), (),
                                                               answer), (), "", "clause-copula")

    assert _evidence_problem(fact("a timber leaf weighing more than 2")) == \
        "a number cut at its thousands comma"
    assert _evidence_problem(fact("a timber leaf weighing more than 2,400 tons")) is None


def test_earlier_with_nothing_it_is_earlier_than_points_back():
    assert problem_of("Earlier in the century Jonas Hale had built what on the Kelvin Canal?",
                      "a timber lock", "clause-object") == "'earlier' than what?"
    # a length of time says how much earlier
    assert problem_of("Three days earlier Jonas Hale had built what on the Kelvin Canal?",
                      "a timber lock", "clause-object") is None
