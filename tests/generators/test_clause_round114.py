"""Shapes the texts held out at a2e8f0a got wrong: a relative clause cut at the pattern's
length limit mid-phrase, a preposition cut from its object by an aside, a possessive's
"'s" left after the asked owner, and "its" read as a ship's where the ship is named after
the person the sentence is about. Texts made up here, with other names and words than the
held-out texts."""

from __future__ import annotations

from tests.helpers import asked_of, parsed, problem_of


def test_a_relative_clause_is_not_cut_at_a_length_limit():
    text = ("Everyone had their order. Martin Lobb, who had worked at Crane Freight in Dewsbury "
            "for thirty-one years and kept a photograph of his two daughters beside his "
            "keyboard, had ham on rye.")
    words = set(text.replace(",", " ").replace(".", " ").split())
    for question in asked_of(text):
        assert question.rstrip("?").split()[-1] in words - {"beside"}


def test_a_preposition_cut_from_its_object_is_garbled():
    assert problem_of("The Ashford Madonna hangs in what and has been copied by, among others?",
                      "the Walker Gallery") == "a preposition cut from its object"


def test_a_possessive_left_after_the_asked_owner_is_garbled():
    assert problem_of("Tom Reese obtained a patent for a lock closely resembling what 's?",
                      "Holloway") == "a possessive without its noun"


def test_its_is_not_a_ship_named_after_the_person():
    from bench.generators.clauses import parse
    from bench.generators.question_checks import question_problem

    kinds = parse(["Edith Marlow was an American mathematician. She was born in Albany in "
                   "1911. Edith Marlow studied at Cornell. In 1998 the Navy launched the "
                   "destroyer USS Marlow. USS Marlow was commissioned in 1999, and Marlow "
                   "served in the Pacific until 2019."]).kinds
    question = parsed("Marlow became the third member of its programming staff, after whom?")
    assert question_problem(question, parsed("Ruth Dale"), "clause-person", kinds) == \
        "possessive 'its' without its referent"
