"""Shapes the texts held out at 311ac63 got wrong: a section heading on its own line read
into the sentence below it ("Aftermath Napoleon returned to Paris ..."), a relative "where"
and a name read as a clause with no verb ("reached what was shot dead?"), a noun of the
object read as a second verb in "-ing" ("ordered what and sheathing ...?"), a reply in
dialogue ("Yes, there'd been how many pounds ...?") and a loch asked as a person ("leads to
whom?" -> Loch Oich). Texts made up here, with other names and words than the held-out
texts."""

from __future__ import annotations

from tests.helpers import asked_of, problem_of


def test_a_heading_on_its_own_line_is_not_read_into_the_next_sentence():
    asked = asked_of("Early years\nHarriet Vane was born in Leeds in 1871 and trained as a "
                     "nurse at St Thomas' Hospital.")
    assert asked and not any("Early years" in q or "Early years" in a
                             for q, a in asked.items())
    assert "1871" in asked.values()  # the sentence itself is still asked


def test_indented_or_capital_lines_are_no_heading():
    from bench.generators.paragraphs import _without_heading

    contents = "CHAPTER II\n    CONDITIONS WHICH INTERFERE WITH REPAIR"
    assert _without_heading(contents) == contents
    title = "THE FULL LICENCE\nPlease read this before you share the work."
    assert _without_heading(title) == title
    wrapped = "The mill was built on the\nRiver Calder in 1820."  # a wrapped first line
    assert _without_heading(wrapped) == wrapped


def test_where_and_a_name_without_a_verb_is_a_misread_sentence():
    asked = asked_of("The four Saxon battalions advanced in unusually dense columns and "
                     "reached the ridge, where Sir Edward Lorne, commanding the 3rd Brigade, "
                     "was shot dead.")
    assert not any("where" in a for a in asked.values())


def test_a_noun_read_as_a_second_verb_in_ing_is_a_misread_sentence():
    asked = asked_of("In 1702 Bishop Anselm ordered the removal of the old copper gutters "
                     "and guttering from the roof of the chapel.")
    assert not any("what and guttering" in q for q in asked)


def test_a_reply_in_dialogue_is_not_asked():
    assert problem_of("Yes, there'd been how many pounds in March, for the rent?",
                      "three hundred", "clause-count") == "a reply in dialogue"


def test_a_loch_is_no_person():
    asked = asked_of("The Strome cutting between Loch Carron and Loch Duich was dug through "
                     "soft peat.")
    assert not any("whom" in q for q in asked)
    assert "Strome" in asked.values()
