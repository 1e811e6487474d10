"""A list of years cut up by the parser, an answer run across two pairs, a month read into
the name after it, a time phrase the parser hung on an aside, and an answer that only judges
(bench.generators.clause_misreadings, question_garbles, clause_pronouns, clause_layout,
answer_checks), from the faults the labellers of set 90 found at round 234's rules: "went on
to win how many times, in 1978 1981, ...?" (1979 dropped), "the Acqua Felice on what?" ->
"Quirinal and the Acqua Paola on the Janiculum", "May Priya wanted someone to run what?" (of
"in May Priya called me"), "won in what year?" -> 2020 (of "won in 2020, taking ..., and
again in 2021, 2024 and 2025"), and set 89's "suffered what ...?" -> a grave setback. Texts
made up here, with other names and words than the labelled texts."""

from __future__ import annotations

from tests.helpers import asked_of, problem_of


def test_a_list_of_years_keeps_every_year():
    text = ("Marta Velasquez went on to win five times, in 1961, 1963, 1964, 1966 and 1969, "
            "and remains the most recent Spanish winner.")
    asked = asked_of(text)
    assert asked, asked
    assert all("1961, 1963, 1964, 1966 and 1969" in q for q in asked), asked


def test_an_answer_is_not_run_across_two_pairs():
    text = ("The Villa Rossa is widely regarded as the finest of the hill gardens that marked "
            "the edges of the old city from the Renaissance onward, a tradition that includes "
            "the Orti Farnesiani on the Palatine and the Villa Celimontana on the Caelian.")
    asked = asked_of(text)
    assert not any(" and " in answer for answer in asked.values()), asked
    assert problem_of("The two usual routes are the East Ridge from what places?",
                      "Chile and the West Ridge from Argentina") is not None
    assert problem_of("The plane remains at what at Orly?", "Gatwick and F-ABCD") is not None
    # a name's own "of" is no second pair
    assert problem_of("A joint expedition of what began to dig at Ur?",
                      "the British Museum and the University of Pennsylvania Museum") is None


def test_a_month_is_not_read_into_the_name_after_it():
    text = ("The depot on Mill Lane had three vans and a kettle that never quite boiled. Ritu "
            "ran the place from a glass office by the loading bay, and she knew every driver's "
            "name.\n\n\"You'll want the early shift,\" Ritu said on my first morning.\n\n"
            "But in May Ritu called me into the little office again and said the depot was "
            "starting a tool library in the church hall on Bell Street. She wanted someone to "
            "run the lending side, two evenings a week.")
    asked = asked_of(text)
    assert not any("May Ritu" in q for q in asked), asked
    assert any(q.startswith("Ritu wanted someone") for q in asked), asked


def test_a_time_phrase_after_an_aside_stays_with_its_verb():
    text = ("The Norwegian Ola Brekke won in 1931, beating his old rival Tor Haug in a final "
            "sprint, and again in 1934 and 1937, while the Swede Nils Ek won in 1932.")
    asked = asked_of(text)
    assert asked.get("The Norwegian Ola Brekke won in what year and again in 1934 and 1937?") \
        == "1931", asked
    assert "The Norwegian Ola Brekke won in what year?" not in asked, asked


def test_an_answer_that_only_judges_names_nothing():
    assert problem_of("Earl Haldor won what at Ridley Ford?", "a victory",
                      "clause-object") is not None
    assert problem_of("The survey suffered what in March 1961?", "a grave setback",
                      "clause-object") is not None
    assert problem_of("Earl Haldor won what at Ridley Ford?", "the Ridley Cup",
                      "clause-object") is None
