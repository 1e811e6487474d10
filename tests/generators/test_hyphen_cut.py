"""A double-barrelled name is split by the parser at its hyphen; its second half is no
answer ("Who was Irène Joliot-Curie's husband?" -> "Curie", from a new user's text). The
text is made up here, with other names than that user's."""

from __future__ import annotations

from tests.helpers import asked_of


def test_half_of_a_hyphenated_name_is_not_an_answer():
    # "Barrett" alone is a person here, so the role's half-name would pass as one
    asked = asked_of("Marta Barrett was a Scottish chemist who studied metals. Barrett was "
                     "born in Perth in 1899. Her daughter Anna Lowe-Barrett worked with her at "
                     "the institute in Leith. Anna Lowe-Barrett and her husband Tomas "
                     "Lowe-Barrett received the Harwick Medal in 1931.")
    assert "Who was Anna Lowe-Barrett's husband?" not in asked, asked
    # the sentence's other facts, and the name where it stands alone, are still asked
    assert asked["Who was born in Perth in 1899?"] == "Barrett", asked
    assert "1931" in asked.values(), asked


def test_an_answer_that_also_stands_alone_is_asked():
    from bench.generators.text_facts import _cut_at_hyphen

    assert _cut_at_hyphen("Curie", "Irène Joliot-Curie and Frédéric Joliot-Curie")
    assert not _cut_at_hyphen("Roman", "During the Roman period, a Gallo-Roman villa")
    assert not _cut_at_hyphen("1914", "the war of 1914-1918")  # a range is no name
