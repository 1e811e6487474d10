"""Shapes the texts held out at d85aaaa got wrong: a length of time of two units asked with
"when", "played a part" asked as a thing played, a role ("as director") taken into the
object, a sentence the parser ended inside a name ("Q0957+561"), and a fronted time
question over a clause with a subject of its own. Texts made up here, with other names and
words than the held-out texts."""

from __future__ import annotations

from tests.helpers import asked_of, parsed


def test_a_length_of_time_of_two_units_is_not_asked_with_when():
    asked = asked_of("Ruth Calder, on the second phone, was at four minutes and twelve "
                     "seconds, and the screen above her desk had turned amber.")
    assert "four minutes and twelve seconds" not in asked.values(), asked


def test_played_a_part_is_no_thing_played():
    asked = asked_of("Kessel Observatory has played a significant part in the study of comets "
                     "and meteors since 1921.")
    assert "a significant part" not in asked.values(), asked


def test_a_role_after_the_object_stays_in_the_question():
    asked = asked_of("Mrs Ada Fenwick, a widow who owned the Harrow Wood estate, had developed "
                     "an interest in geology as a young woman and had travelled in Norway.")
    assert asked.get("Mrs Ada Fenwick had developed what as a young woman and had travelled "
                     "in Norway?") == "an interest in geology", asked
    assert "an interest in geology as a young woman" not in asked.values(), asked


def test_a_sentence_cut_inside_a_name_asks_nothing_of_it():
    from bench.generators.qa_items import Phrasings
    from bench.generators.text_facts import FoundFact, _evidence_problem

    paragraph = "In 1979 Elin Kask identified the twin quasar Q1208+101, a rare lens."
    cut = paragraph.index("+")
    fact = FoundFact("w", paragraph, 0, paragraph[:cut],
                     Phrasings(("Elin Kask identified the twin what?",), (), "quasar Q1208"),
                     (), "", "clause-object")
    assert _evidence_problem(fact) == "a sentence cut inside a word"
    whole = FoundFact("w", paragraph, 0, paragraph,
                      Phrasings(("In 1979 who identified ...?",), (), "Elin Kask"),
                      (), "", "clause-person")
    assert _evidence_problem(whole) is None


def test_a_fronted_time_question_over_a_clause_with_its_own_subject_is_not_asked():
    from bench.generators.entity_kinds import EntityKinds
    from bench.generators.question_checks import question_problem

    kinds = EntityKinds({})
    clause = question_problem(parsed("In what year was the order to build the barque given "
                                     "shortly after Queen Maud came to the throne?"),
                              parsed("1509"), "cloze-year", kinds)
    assert clause == "whose date? another event of the question may be meant"
    # a "When" that opens a clause is no fronted time question
    assert question_problem(parsed("When the elder Corvin died in what year, his will gave "
                                   "Anna Leth the paper?"), parsed("1905"), "clause-year",
                            kinds) != clause
