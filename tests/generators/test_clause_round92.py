"""Shapes the texts held out at f178a06 got wrong: a question in the text (a quiz's) or a
speaker's words without quotes asked as the text's facts, a word cut from its prefix
("-examined"), a year read into a place's name, the owner inside a shop's name taken for a
"her", and a fronted time question over an apposition with its own participle. Texts made
up here, with other names and words than the held-out texts."""

from __future__ import annotations

from tests.helpers import asked_of, parsed, problem_of


def test_a_question_or_unquoted_speech_in_the_text_states_no_fact():
    from bench.generators.clause_text import unquoted_speech

    assert unquoted_speech("Which Leeds-born bowler took ten wickets in 1952?")
    assert unquoted_speech("Harold Birkett, said Doreen, born in Armley, in 1921.")
    # narration that reports a reason is the text's own
    assert not unquoted_speech("He had stayed after his wife died because, he said, he had "
                               "got used to the hills.")
    quiz = asked_of("The fourth round was about Leeds. Which Leeds-born bowler took ten "
                    "wickets against Surrey in 1952? Harold Birkett, said Doreen Akroyd, "
                    "born in Armley, in 1921.")
    assert not any(a in ("1952", "1921", "Armley", "Doreen Akroyd", "Harold Birkett")
                   for a in quiz.values()), quiz


def test_a_word_cut_from_its_prefix_is_garbled():
    assert problem_of("Interest in Calloway revived when -examined the letters of miners?",
                      "the 1990s", "clause-date") == "a word cut from its prefix"


def test_a_year_is_no_part_of_a_places_name():
    question = "The rivalry of the Harlow and Crane lines culminated in the Dash to what place?"
    assert problem_of(question, "the South of 1904") == "a year read into a place's name"
    assert problem_of(question, "the South") is None


def test_the_owner_inside_a_name_is_no_referent_of_her():
    from bench.generators.entity_kinds import PERSON, EntityKinds
    from bench.generators.question_checks import question_problem

    kinds = EntityKinds([parsed("Edwin Pell baked bread in Hull for forty years. Edwin Pell "
                                "said that his ovens were older than he was.")])
    assert kinds.kind("Pell") == PERSON
    question = parsed("In what year was the shop called Pell's Fine Bread, in gold letters on "
                      "a board her uncle had painted?")
    assert question_problem(question, parsed("1968"), "cloze-year", kinds) == \
        "possessive 'her' without its referent"


def test_a_fronted_time_question_over_an_apposition_with_its_own_event_is_not_asked():
    aside = problem_of("In what year was the bridge contract awarded to Harlow Steel, the "
                       "foundry founded in Leeds by Amos Harlow?", "1875", "cloze-year")
    assert aside == "whose date? another event of the question may be meant"
    assert problem_of("In what year was the bridge contract awarded to Harlow Steel?", "1925",
                      "cloze-year") != aside
