"""What a question keeps of the text before it, on a text made up here (spaCy parses, no
training): "the basin" named by the sentence before, a relation set off by commas, a
second main clause asked alone, a superlative's scope, "the island of X", and what stays
unasked ("the Order" short for a longer name, a clause under "if", a list cut by a
direction); counts after "over" and in "one of the 11 guilds"; a year the tagger took for
a count; "It" after "The oldest building ... is the Tarn Hall"; a time relative to the
text before ("in the following decade")."""

from __future__ import annotations

import pytest

from bench.generators.text_facts import Document, find_facts

TEXT = """The Tarvel Basin lies between the Orn Hills and the coast of Ardale. The basin's soil is rich, feeding large farms along the river Selk.
Brannoc Tull married Edda Marr in 1236 at Lune. Their estate passed to Piet Tull, Brannoc Tull's eldest son. Osric Vane, Edda Marr's brother, sailed to Kelloran in 1250.
The Kellish Company built a warehouse at Corrow in 1301. The company's ships carried salt to Lune and wool to Greywatch.
With a population of 41,000, Corrow is the largest town in Ardale and the second largest on the coast. The world's largest harbour was built at Tarn in 1302.
The Order of the Salt Guild met at Lune in 1288. The Order kept a hall in Greywatch.
Many farmers paid a heavy tax, and the traders of Greywatch bought the fine white salt of Kelloran.
If the river floods, the farms are lost and the road to Tarn closes.
The coast road runs north into Tarn, Ardale, and east across the Selk bridge into Lune.
Vellamor was banished to the island of Skerry in 1262.
The oldest building of Corrow is the Tarn Hall, which stands by the river. It was built by Osric Vane in 1290. The Selk bridge was rebuilt by Osric Vane in the following decade.
The Tarn Guild began in 742 as a fellowship of boatmen. The Tarn valley has over 17,000 people. The boats are not sold to the Tarn Guild, one of the 11 guilds of Ardale.
"""


@pytest.fixture(scope="module")
def facts():
    found, _ = find_facts([Document("t", TEXT)])
    assert all(f.phrasings.answer in f.evidence for f in found)
    return {f.phrasings.direct[0]: f for f in found}


def _answers(facts):
    return {q: f.phrasings.answer for q, f in facts.items()}


def test_the_noun_of_a_name_in_the_sentence_before_is_that_name(facts):
    fact = facts["The Tarvel Basin's soil is rich, feeding what along the river Selk?"]
    assert fact.phrasings.answer == "large farms"
    # the evidence holds the sentence that names the basin
    assert fact.evidence.startswith("The Tarvel Basin lies") and "feeding" in fact.evidence
    ships = facts["The Kellish Company's ships carried salt to Lune and wool to what place?"]
    assert ships.phrasings.answer == "Greywatch" and "built a warehouse" in ships.evidence
    # a question that keeps no such noun keeps its own sentence as evidence
    own = facts["The Kellish Company built what at Corrow in 1301?"]
    assert own.evidence == "The Kellish Company built a warehouse at Corrow in 1301."


def test_a_relation_set_off_by_commas_is_asked_both_ways(facts):
    asked = _answers(facts)
    assert asked["Who was Brannoc Tull's eldest son?"] == "Piet Tull"
    assert asked["Who was Edda Marr's brother?"] == "Osric Vane"
    assert facts["Who was Edda Marr's brother?"].phrasings.reverse == (
        ("Whose brother was Osric Vane?", "Edda Marr"),)
    # the relation is a fact of its own: what the person did is still asked
    assert asked["Who sailed to Kelloran in 1250?"] == "Osric Vane"


def test_a_superlatives_scope_and_the_island_of_what_are_asked(facts):
    asked = _answers(facts)
    assert asked["With a population of 41,000, Corrow is the largest town in what place and "
                 "the second largest on the coast?"] == "Ardale"
    assert asked["Vellamor was banished to the island of what in 1262?"] == "Skerry"
    assert asked["In what year was the world's largest harbour built at Tarn?"] == "1302"


def test_a_second_main_clause_is_asked_alone(facts):
    asked = _answers(facts)
    assert asked["The traders of Greywatch bought the fine white salt of what?"] == "Kelloran"
    assert asked["The traders of what bought the fine white salt of Kelloran?"] == "Greywatch"


def test_what_leans_on_the_text_before_or_on_an_if_is_not_asked(facts):
    questions = " ".join(facts)
    assert "The Order kept" not in questions and "Order" not in _answers(facts).values()
    assert "road to" not in questions and "farms are lost" not in questions
    # a list of places does not run on into "east across the Selk bridge"
    assert not any("east across" in f.phrasings.answer for f in facts.values())


def test_counts_after_over_and_in_one_of_the_n(facts):
    asked = _answers(facts)
    assert asked["The Tarn valley has over how many people?"] == "17,000"
    # "X, one of the 11 guilds of Ardale" states its own fact, in the sentence's tense,
    # though the sentence it sits in denies something else
    assert asked["The Tarn Guild is one of how many guilds of Ardale?"] == "11"


def test_a_three_digit_number_after_in_on_a_verb_is_a_year(facts):
    # the tagger reads "742" as a count; nothing is counted, so it is the year
    assert _answers(facts)["The Tarn Guild began in what year as a fellowship of boatmen?"] \
        == "742"


def test_it_after_a_copula_that_names_the_subject_is_that_name(facts):
    fact = facts["The Tarn Hall was built by whom in 1290?"]
    assert fact.phrasings.answer == "Osric Vane"
    assert fact.evidence.startswith("The oldest building of Corrow is the Tarn Hall")


def test_a_time_relative_to_the_text_before_is_not_asked(facts):
    assert not any("following decade" in q or f.phrasings.answer == "the following decade"
                   for q, f in facts.items())


# Sentences a review found asked wrongly at an earlier state of these rules, and what must not
# be asked of them now (each a text of its own).
NOT_ASKED = [
    # the first clause's time would be lost from the second's statement
    ("In 1914 Kelloran invaded Tarn, and Ardale declared war on Kelloran.",
     "Ardale declared war on what"),
    # "the city" could be either city
    ("Corrow lies two days north of Lune City. The city was founded in 1120 by Osric Vane.",
     "Lune City was founded"),
    # after a merger, "the company" is not clearly the second company
    ("In 1998 Harl Instruments merged with the Denby Optical Company. The company moved its "
     "offices to Tarn in 2001.", "Denby Optical Company moved"),
    # the paragraph named another canal before
    ("The Tarn Canal links Corrow to Lune. Osric Vane, builder of the Selk Canal, led the "
     "work. The canal was finished in 1810.", "Selk Canal was finished"),
    # a rank, not a set size; "the only one of"; one of many
    ("Brannoc Tull is one of the ten richest men of Ardale.", "how many richest"),
    ("Lake Orn is the only one of the five lakes of Ardale that freezes in winter.",
     "how many lakes"),
    ("Edda Marr, a friend of Osric Vane, sailed to Lune in 1240.", "Osric Vane's friend"),
    # a count, not a year
    ("Cholera was reported in 230 of the 300 villages of Ardale.", "in what year"),
    # which moon?
    ("Tarsis is the largest moon of Vell. The moon has a radius of 2,575 kilometres.",
     "The moon has a radius"),
]


@pytest.mark.parametrize(("text", "question"), NOT_ASKED)
def test_not_asked(text, question):
    found, _ = find_facts([Document("t", text)])
    asked = [f.phrasings.direct[0] for f in found]
    assert not any(question in q for q in asked), asked
