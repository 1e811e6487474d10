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


def test_an_article_about_a_thing_has_no_person_for_he():
    asked = asked_of("The Kelloran Bridge is an iron bridge over the Tull. In 1862 it was "
                     "opened by Osric Vell. He later moved to Velmora in 1870.")
    assert not any("moved to" in q for q in asked)


def test_a_birthplace_is_nobody_s_son_and_a_list_after_it_is_left_out():
    asked = asked_of(BIOGRAPHY)
    assert "Tull" not in {a for q, a in asked.items() if "son" in q}
    assert not any("his wife" in q for q in asked)



PLACE = (
    "Kestrel Island is a small rocky island in the Varrow Firth. The island was bought by "
    "the Varrow Harbour Trust in 1874. It was given a lighthouse by Edric Pell in 1881.\n\n"
    "In 1902 the island was bought by the Marran Shipping Company.\n\n"
    "Sheep graze on Kestrel Island. Kestrel Island lies north of Gannet Island. The island "
    "was bought by the Tull Estate Company in 1931.\n\n"
    "Boats sail from Kestrel Island to the Isle of Sorn. The island was bought by the Sorn "
    "Crofters Society in 1950.\n\n"
    "Ships pass Kestrel Island daily. The small island was bought by the Velmora Bird "
    "Trust in 1962."
)


def test_a_thing_s_defining_noun_stands_for_it_where_its_paragraph_named_it():
    asked = asked_of(PLACE)
    assert asked["Kestrel Island was bought by what in 1874?"] == "the Varrow Harbour Trust"
    # the next "It" follows the island, as it would its name
    assert asked["Kestrel Island was given a lighthouse by whom in 1881?"] == "Edric Pell"


def test_not_without_its_name_nor_where_another_may_be_meant():
    answers = set(asked_of(PLACE).values())
    # a paragraph that never names it: its evidence could not say which island
    assert "the Marran Shipping Company" not in answers
    # another island named in the paragraph, another place in the sentence before
    assert "the Tull Estate Company" not in answers
    assert "the Sorn Crofters Society" not in answers
    # "the small island" is not the bare noun its first sentence defined it by
    assert "the Velmora Bird Trust" not in answers


def test_a_name_with_the_keeps_its_article():
    asked = asked_of("The Vessery is a walled garden in Tull. In 1870 the garden was given "
                     "to the city of Tull by Maren Vale.")
    assert asked["In 1870 the Vessery was given to the city of Tull by whom?"] == "Maren Vale"


def test_a_title_line_does_not_hide_the_article_s_subject():
    # the first paragraph after the title lines defines the person, not the title itself
    asked = asked_of("Osric Vell\n\nEarly life\n\n" + BIOGRAPHY)
    assert asked["Osric Vell entered the Velmora Academy to study mathematics in what "
                 "year?"] == "1851"
    titled_place = asked_of("Kestrel Island\n\n" + PLACE)
    assert titled_place["Kestrel Island was bought by what in 1874?"] == \
        "the Varrow Harbour Trust"
