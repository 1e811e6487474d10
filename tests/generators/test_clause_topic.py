"""A biography's "he"/"she" stands for the person its first sentence defines, where nothing
nearer could (bench.generators.clause_topic). Texts made up here."""

from __future__ import annotations

from tests.helpers import asked_of

BIOGRAPHY = (
    "Osric Vell was a Marran engineer whose bridges changed the trade of the Kelloran "
    "valley. He trained at the Velmora Academy.\n\n"
    "Vell was born in Tull, the second son of Aldo Vell, a miller, and his wife Maren. "
    "In 1851 he entered the Velmora Academy to study mathematics. His teacher, Brannoc "
    "Harrow, admired the young man's drawings. He built the first iron bridge at Kelloran "
    "in 1862.\n\n"
    "In 1870 he moved to Velmora.\n\n"
    "Vell designed the Tull aqueduct in 1874. His daughter Ysolde kept his papers. She "
    "gave them to the Velmora Academy in 1901."
)


def test_he_after_a_fronted_phrase_is_the_biography_s_person():
    asked = asked_of(BIOGRAPHY)
    # the paragraph named him ("Vell was born ..."), and the sentence before says nothing
    # of another man: his surname is not his father's alone, so the full name is asked
    assert asked["Osric Vell entered the Velmora Academy to study mathematics in what "
                 "year?"] == "1851"
    assert asked["In 1851 Osric Vell entered what to study mathematics?"] == \
        "the Velmora Academy"


def test_not_after_another_person_nor_where_the_paragraph_never_named_him():
    asked = asked_of(BIOGRAPHY)
    # "His teacher, Brannoc Harrow, admired ... . He built ...": the teacher may be meant
    assert not any(q.startswith("Osric Vell built") for q in asked)
    # a paragraph that never names him: its evidence could not say who "he" is
    assert not any("moved to" in q and "1870" in q for q in asked)
    # "She" is not the person of a biography that says "he"
    assert not any(q.startswith("Osric Vell gave") for q in asked)


def test_an_article_about_no_person_has_no_topic():
    asked = asked_of("The Kelloran Bridge is an iron bridge over the Tull. In 1862 it was "
                     "opened by Osric Vell. He later moved to Velmora in 1870.")
    assert not any("moved to" in q for q in asked)


def test_a_birthplace_is_nobody_s_son_and_a_list_after_it_is_left_out():
    asked = asked_of(BIOGRAPHY)
    assert "Tull" not in {a for q, a in asked.items() if "son" in q}
    assert not any("his wife" in q for q in asked)
