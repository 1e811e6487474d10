"""Shapes the texts held out at 29160ab got wrong and no rule had met: a wh-word that does
not fit what the name is (a campus, a ship, a language asked with "who"; a town one comes
to asked with "whom"), an object cut in the wrong place ("ran [the tailor's two doors]
down"), "several [hundred]" asked as a count, an answer that begins with a preposition, a
name the tagger ran past ("moved to [Kessel from Dornbirn]"), and a copula read as a
passive ("In what year was X a frigate ...?"). Texts made up here, with other names and
words than the texts that showed the faults."""

from __future__ import annotations

import pytest

from tests.helpers import asked_of, hand_parsed


def _who_for(asked: dict[str, str], name: str) -> list[str]:
    return [q for q, a in asked.items() if a == name and
            any(w in q.lower().split() or w + "?" in q.lower().split() for w in ("who", "whom"))]


@pytest.mark.parametrize("text, asked_answer, thing", [
    # a campus word makes a place
    ("In 2009 the Harlow School of Nursing was merged into Tarn University and became Campus "
     "Harlow. Campus Harlow occupies two buildings in the old town of Dunmere.",
     "the Harlow School of Nursing", "Campus Harlow"),
    # a ship's prefix makes a vessel, whatever its "she"
    ("SS Merrow was a steamer built at Leith in 1902. Merrow sailed from Leith to Bergen every "
     "week. She carried mail and passengers. In 1915 Merrow was at Bergen. Merrow was sold to "
     "a Norwegian firm in 1921.", "Merrow", "Merrow"),
    # "the language" makes a language
    ("From the 1500s onward, Danish gradually replaced Low German as the language of the court "
     "in Holvik. Danish remained the written language of Holvik until 1814.", "1814", "Danish"),
])
def test_a_campus_a_ship_and_a_language_are_no_persons(text, asked_answer, thing):
    asked = asked_of(text)
    assert asked_answer in asked.values(), asked
    assert not _who_for(asked, thing), asked


def test_a_ship_s_her_voyage_is_its_own():
    asked = asked_of("HMS Corvell was a frigate of the Royal Navy launched at Deptford in 1794. "
                     "Corvell left Plymouth on her first voyage on 3 May 1795 under Captain "
                     "John Harte with 240 men.")
    assert any("her first voyage" in q and a == "240" for q, a in asked.items()), asked


def test_where_one_comes_to_is_a_place():
    from bench.generators.entity_kinds import THING, mention_cues

    # "Tom had come to Harlby from Derby." with Harlby's mention as the tagger gave it
    words = ["Tom", "had", "come", "to", "Harlby", "from", "Derby", "."]
    heads = [2, 2, 2, 2, 3, 2, 5, 2]
    deps = ["nsubj", "aux", "ROOT", "prep", "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, pos)
    assert (THING, 2) in mention_cues(doc[4:5], None)
    assert (THING, 2) in mention_cues(doc[6:7], None)


def test_several_hundred_is_no_count():
    asked = asked_of("Tarn University granted several hundred degrees in 1990.")
    assert any(a == "1990" for a in asked.values()), asked
    assert "hundred" not in asked.values(), asked


def test_a_distance_is_not_taken_into_the_object():
    asked = asked_of("Ida Brenner had kept the baker's three doors down for forty years in "
                     "Welby.")
    assert any(a == "Ida Brenner" for a in asked.values()), asked
    assert not any("three doors" in a for a in asked.values()), asked


def test_an_answer_that_begins_with_a_preposition_is_not_asked():
    from bench.generators.entity_kinds import EntityKinds
    from bench.generators.parser import english
    from bench.generators.question_checks import question_problem

    nlp = english()
    question = nlp("Kessa bicycles range from small frames for children what and racing "
                   "bikes made in Italy?")
    problem = question_problem(question, nlp("to heavy touring models"), "clause-object",
                               EntityKinds([question]))
    assert problem is not None and "preposition" in problem
    # the same answer without its preposition is asked
    assert question_problem(question, nlp("heavy touring models"), "clause-object",
                            EntityKinds([question])) is None


def test_a_name_the_tagger_ran_past_is_not_asked():
    asked = asked_of("Anna Varga had moved to Kessel from Dornbirn because her brother worked "
                     "in Linz. Anna Varga left Kessel in 1931.")
    assert any(a == "Anna Varga" for a in asked.values()), asked
    assert "Kessel from Dornbirn" not in asked.values(), asked


def test_a_copula_is_no_passive():
    asked = asked_of("HMS Corvell was a frigate of the Royal Navy launched at Deptford in 1794.")
    years = [q for q, a in asked.items() if a == "1794"]
    assert years and not any(q.startswith(("In what year was", "When was")) for q in years), \
        asked
