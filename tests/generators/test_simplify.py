"""Statements from a sentence's asides (bench.generators.simplify), on sentences made up
here and parsed by the bench's spaCy model: a name's comma-set relative clause, participle
and description each state something of their own, as does a comma-set time or reason
clause about a name; lists, restrictive clauses, asides inside asides and clauses that
state no event ("if", "before he could") do not."""

from __future__ import annotations

import pytest

from bench.generators.text_facts import Document, find_facts


def said(text: str) -> list[str]:
    from bench.generators.parser import english
    from bench.generators.simplify import statements

    return [s for sentence in english()(text).sents for s in statements(sentence)]


def test_a_relative_clause_about_a_name_is_a_statement():
    assert said("The Abbey of Kelloran, which was founded in 1120 by monks from Tarvel, "
                "burned down in 1480.") == [
        "The Abbey of Kelloran was founded in 1120 by monks from Tarvel."]


def test_a_description_takes_the_sentence_tense_and_the_name_number():
    assert said("Port Ellan, a town on the river Lune, holds a fair every spring.") == [
        "Port Ellan is a town on the river Lune."]
    assert said("Port Ellan, a town on the river Lune, held a fair every spring.") == [
        "Port Ellan was a town on the river Lune."]


@pytest.mark.parametrize("sentence", [
    # restrictive: it picks the hill out and states nothing by itself
    "The hill that overlooks Ardmoor is steep.",
    # a list read as a name and its description
    "They fought the Pechenegs, the Bulgars, and the Cumans.",
    # whose clause? the company's or Mara Velt's
    ("The largest employer is Tarn Foods, a company founded in 1981 by Mara Velt, which makes "
     "canned fish."),
    # no name: what "the road" is needs the text before
    "The road, which runs along the coast, is narrow.",
    # "which" of an event: the parser ties it to the nearest name
    "Brannoc defeated Sarhild at Greywatch, which made Brannoc king of Dunmarrow.",
    # the end of a longer name is no name
    "The king found the Lantern of Osk, a lamp of pale glass made in 1204.",
    # a condition states nothing, nor does a clause with a modal or a negation
    "If Brannoc had crossed the river in 1130, the war would have ended.",
    "Before Brannoc could cross the river, the bridge fell.",
    # "before" and "until" clauses need not have happened; "as though" never did
    "Piet Arvan died in 1899, before Marra Tollen opened the inn at Dunmore.",
    "Marra Tollen treated the guests coldly, as though Piet Arvan owned the inn.",
    # inside what someone feared: no event of the text
    "Marra Tollen feared that, when Piet Arvan returned from Carrow, the inn would close.",
    # cut at its first comma, the clause would lose members of a list
    "When Osric Vell sold the old mill to Piet Arvan, Jon Mayne and Ana Arvan in 1880, the "
    "town grew.",
    "Because Brannoc did not cross the river in 1130, the war went on.",
    # no name for a subject: what "the bridge" is needs the text before
    "When the bridge fell in 1130, Brannoc wept.",
    # "where" is no time or reason
    "Where Brannoc crossed the river, a town grew.",
])
def test_no_statement(sentence):
    assert said(sentence) == []


def test_a_time_or_reason_clause_about_a_name_states_its_event():
    assert said("When Brannoc of Ardmoor crossed the river in 1130, at the head of "
                "his army, the town surrendered.") == [
        "Brannoc of Ardmoor crossed the river in 1130."]  # ends at its first comma
    assert said("The town surrendered after Brannoc had crossed the river at Kelloran.") == []
    assert said("The town surrendered, because Brannoc had crossed the river at Kelloran.") == [
        "Brannoc had crossed the river at Kelloran."]


def test_an_aside_is_asked_with_the_whole_sentence_as_evidence():
    text = ("Brannoc rebuilt the bridge at Ardmoor. The Abbey of Kelloran, which was founded "
            "in 1120 by monks from Tarvel, burned down in 1480.")
    found, _ = find_facts([Document("t", text)])
    asked = {f.phrasings.direct[0]: f for f in found}
    fact = asked["The Abbey of Kelloran was founded in what year by monks from Tarvel?"]
    assert fact.phrasings.answer == "1120"
    assert fact.evidence.startswith("The Abbey of Kelloran, which") and fact.evidence.endswith(
        "in 1480.")
    assert all(f.phrasings.answer in f.evidence for f in found)


def test_a_speakers_asides_give_nothing():
    text = ('"I know that Robert Vane, who conquered Ardale in 1059, was a traitor," the '
            'monk said to the abbot of Kelloran.')
    found, _ = find_facts([Document("t", text)])
    assert not [f for f in found if f.phrasings.answer in ("Ardale", "1059", "Robert Vane")]
