"""Shapes the texts held out at d359a45 got wrong: a name joined by "&" asked in part, a
fronted time question over two events or over a participle deep in a phrase, "the local
member" asked to be identified, a name the parser ran into the subject after it, and a
passive's "by" agent read into the asked complement. Texts made up here, with other names
and words than the held-out texts."""

from __future__ import annotations

from tests.helpers import asked_of, parsed, problem_of


def test_a_name_joined_by_an_ampersand_is_not_asked_in_part():
    from bench.generators.qa_items import Phrasings
    from bench.generators.text_facts import FoundFact, _evidence_problem

    evidence = "Since 2015 the dock has been run by the Harbour & Estuary Trust, known in " \
               "Scotland as Urras nan Docaichean."

    def fact(question: str, answer: str, reverse=()) -> FoundFact:
        return FoundFact("w", evidence, 0, evidence, Phrasings((question,), (), answer, reverse),
                         (), "", "clause-thing")

    assert _evidence_problem(fact("What is known in Scotland as Urras nan Docaichean?",
                                  "Estuary Trust")) == "a name joined by '&' asked in part"
    assert _evidence_problem(fact("Estuary Trust is known where as Urras nan Docaichean?",
                                  "Scotland")) == "a name joined by '&' asked in part"
    assert _evidence_problem(fact("What is known in Scotland as Urras nan Docaichean?",
                                  "the Harbour & Estuary Trust")) is None


def test_a_fronted_time_question_over_two_events_is_not_asked():
    asked = asked_of("The Lennock Railway was opened in 1871 and extended to the harbour at "
                     "Port Carrick in 1890.")
    assert "In what year was the Lennock Railway opened and extended to the harbour at Port " \
           "Carrick in 1890?" not in asked, asked
    # the same date asked where it stands
    assert asked.get("The Lennock Railway was opened in what year and extended to the harbour "
                     "at Port Carrick in 1890?") == "1871", asked
    # one purpose of two verbs is one event
    assert problem_of("In what year was the Brenlow Trust established to survey and restore the "
                      "mill?", "1981", "cloze-year") is None


def test_a_fronted_time_question_over_a_participle_deep_in_a_phrase_is_not_asked():
    asked = asked_of("Several schemes were considered, including rope-hauled inclines and "
                     "hydraulic lifts of the type built at Fontinettes in France in 1888.")
    assert "1888" not in asked.values(), asked


def test_the_local_member_is_not_asked_to_be_identified():
    asked = asked_of("The scheme was backed by Thomas Ardley of Brynmor Hall, who was the "
                     "local member of Parliament.")
    assert "Who was the local member of Parliament?" not in asked, asked
    assert problem_of("Thomas Ardley of Brynmor Hall was the local member of what?", "Parliament",
                      "clause-thing") is None


def test_a_name_run_into_the_subject_after_it_is_no_answer():
    assert problem_of("At what descended through a flight of six locks to join the Teviot "
                      "Navigation?", "Kelso the Tweed Canal", "clause-thing") == \
        "a name run into the noun phrase after it"
    from bench.generators.question_garbles import garbled

    # an epithet is part of the name
    assert garbled(parsed("Who was crowned at Aachen in 800?"), parsed("Charles the Great"),
                   "clause-person") is None


def test_a_passive_agent_stays_in_the_question():
    asked = asked_of("Kettle Moss Woman's hair was dyed a bright red by the bog water, and her "
                     "cloak had rotted away.")
    assert asked.get("Kettle Moss Woman's hair was dyed what by the bog water?") == \
        "a bright red", asked
