"""Shapes the texts held out at 50ac161 got wrong: a second "and to ..." the parser hung on
a relative clause's verb, so the first place was asked as if it were the only one ("exported
to what place?" -> Taiwan, of "to Taiwan, where ..., and to India"), a place "on" a named
place asked as a person ("near the Giant's Cave on whom?"), the place of a range's first
end asked as the verb's ("from Shinagawa where to Nagoya?") and a bare noun's "between"
taken into the object ("moved what?" -> "penicillin between solvent and water"). Texts made
up here, with other names and words than the held-out texts."""

from __future__ import annotations

from tests.helpers import asked_of


def test_a_second_to_phrase_after_a_relative_clause_keeps_the_first_unasked():
    asked = asked_of("Velden loom technology has been exported to Belgium, where the Ghent "
                     "Weaving Company opened in March 1921 using 40 steam looms, and to "
                     "Portugal, where the Porto mill is under repair.")
    assert not any("Portugal" in q or a in ("Belgium", "Portugal") for q, a in asked.items())
    # both "to"s inside the relative clause are no misreading
    asked = asked_of("In 1877 Dunmore returned to the Ferris to collect the papers of the two "
                     "brothers, which were sent to Hobart and then to Sydney.")
    assert "Dunmore" in asked.values()


def test_a_name_on_a_named_place_is_no_person():
    asked = asked_of("Morrow's most daring plan had called for a span of 310 feet from a "
                     "point near the Hermit's Grotto on Ashton Down.")
    assert not any(q.endswith("on whom?") for q in asked)
    assert "310" in asked.values()  # the rest of the sentence is still asked


def test_the_place_of_a_ranges_first_end_is_not_asked_where():
    asked = asked_of("The Velden line is a narrow-gauge railway being built by the Ostrava "
                     "Company from Liberec in Bohemia to Görlitz, mostly along the river.")
    assert not any(" where " in q or q.endswith("where?") for q in asked)


def test_a_bare_nouns_between_phrase_is_not_taken_into_the_object():
    asked = asked_of("Ada Pell built a small pump, including a valve that shifted brine "
                     "between tank and kettle, and she kept the pump for years.")
    assert not any("between" in a for a in asked.values())
    # a relation's "between" stays, and so does an object's with its article
    asked = asked_of("A special Works Court was established to settle disputes between "
                     "millers and carters over who should bear the cost of repairs, and it "
                     "heard well over a thousand cases.")
    assert "the cost of repairs" in asked.values()
    asked = asked_of("In 1820 the Lessing family built a toll road between Carford and "
                     "Wenby.")
    assert "a toll road between Carford and Wenby" in asked.values()
