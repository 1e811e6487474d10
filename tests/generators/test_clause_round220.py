"""Answers and subjects that do not say which (bench.generators.question_checks and
question_context), from the faults of held-out set 83 (rounds 218 and 219): a surname that
several people of the text share, a common noun that ends one of the text's names ("Trust"
for "the Vindolanda Trust"), "a selection" of nothing named. Texts made up here, with other
names and words than the labelled texts."""

from __future__ import annotations

from tests.helpers import asked_of


def test_a_surname_several_people_share_is_no_answer():
    asked = asked_of(
        "Osric Harrow dug the first trenches at Kelloran in 1931. His son Aldo Harrow "
        "directed the digs from 1959, and Edric Harrow, Aldo's son, from 1986.\n\n"
        "Harrow identified the fort's north gate and the stone barracks of the Tull "
        "garrison.")
    assert "Harrow" not in asked.values(), asked


def test_a_common_noun_that_ends_a_name_is_no_answer():
    asked = asked_of(
        "The Kelloran Trust was founded in 1970 to run the excavations at Kelloran. In the "
        "early 1970s the Trust built a full-size copy of a stretch of the Tull wall in "
        "stone.")
    assert "Trust" not in asked.values(), asked


def test_a_selection_of_nothing_named_is_not_asked():
    answers = set(asked_of(
        "The Kelloran tablets were found at the Tull fort between 1973 and 1975. Most are "
        "kept at the Velmora Museum in Marran. A selection has been lent back to the Tull "
        "Museum since 2011.").values())
    assert "the Tull Museum" not in answers and "Tull Museum" not in answers, answers
