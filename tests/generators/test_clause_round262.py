"""A phrase that points back ("anything of the kind"), "half a million", a bare question
word set off before "and", a reason after a "which" aside, a year asked of the first of two
verbs, and a "who" after a list of people (bench.generators.question_context, clause_counts,
prose_cloze, blank_neighbours, clause_layout, prose), from the faults the labellers of set 96
found at round 258's rules: "Nobody, in how many years, had asked Len Doyle for anything of the
kind?", "receives around half how many visitors a year?" -> a million, "a limestone cave
system in central Kentucky, where, and the longest known cave system ...?", "came at eight
on the Monday because who had been told nine ...?" (the reason was the surprise's), "In
what year was New Zealand at first administered as part of ... New South Wales and became
a separate Crown colony?" -> 1841, "Who is said to have recited from Hamlet ...?" -> Ralph
Waldo Emerson (of "visitors such as the writer Ralph Waldo Emerson, the singer Jenny Lind
and the actor Edwin Booth, who is said to have recited"). Texts made up here, with other
names and words than the labelled texts."""

from __future__ import annotations

from tests.helpers import asked_of


def test_anything_of_the_kind_points_back():
    asked = asked_of("Nobody, in thirty years, had asked Fred Mellor for anything of the kind.")
    assert not any("of the kind" in q for q in asked), asked


def test_half_a_million_is_not_asked_as_a_count():
    asked = asked_of("Wookey Hole Caves receive around half a million visitors a year.")
    assert not any("half how many" in q for q in asked), asked


def test_a_bare_question_word_is_not_set_off_before_and():
    asked = asked_of("Wookey Hole is a limestone cave system in northern Somerset, in the "
                     "Mendip Hills, and the deepest known cave system in Britain, with more "
                     "than 90 metres of flooded passages.")
    assert not any(", where, and" in q for q in asked), asked
    assert any(a == "Britain" for a in asked.values()), asked


def test_a_reason_after_a_which_aside_stays_with_it():
    asked = asked_of("The lorry from Hollins came at six on the Friday, which was the first "
                     "surprise, because Jean Marsh had been told ten and had planned to have "
                     "the urn on and the tables laid out in the hall before anyone arrived.")
    assert not any("Friday because" in q for q in asked), asked


def test_a_year_is_not_asked_of_the_first_of_two_verbs():
    asked = asked_of("Tasmania was at first administered as part of the colony of New South "
                     "Wales and became a separate colony in 1825.")
    assert not any(q.startswith(("In what year was", "When was")) for q in asked), asked
    assert "1825" in asked.values(), asked


def test_a_who_after_a_list_of_people_is_the_last_ones():
    asked = asked_of("By the late nineteenth century the gorge had become one of the "
                     "best-known sights in Wales, attracting visitors such as the painter John "
                     "Sell Cotman, the poet Felicia Hemans and the actor Henry Irving, who is "
                     "said to have recited from Macbeth in the cavern now called Irving's Hall.")
    assert "John Sell Cotman" not in asked.values(), asked
