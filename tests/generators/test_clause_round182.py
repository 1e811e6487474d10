"""Shapes the texts held out at 7ab67a4 got wrong: how often read as an object ("Graham
visits what?" -> "four times a year"), whom an object was given to read into it ("presented
what?" -> "the petition to the House of Commons"), and a subject parted from its verb by a
lone comma ("Proposed Roger, seconded whom?", of minutes' "..., proposed Roger, seconded
Steve"). Sentences made up here, with other names and words than the held-out texts."""

from __future__ import annotations

from tests.helpers import asked_of, problem_of

_TIMES = "a count of times is no object"


def test_how_often_is_no_object():
    assert problem_of("The inspector from Leith visited what, each time in a new van?",
                      "three times a year", "clause-object") == _TIMES
    assert problem_of("Aunt Jean visited what, always on a Sunday?", "twice a month",
                      "clause-object") == _TIMES
    assert problem_of("The inspector from Leith visited what, each time in a new van?",
                      "the depot at Kelso", "clause-object") is None


def test_whom_an_object_was_given_to_is_no_part_of_it():
    # the parser hangs the "to" on "the petition", so the object ran on to the House
    asked = asked_of("On 9 March 1922 Agnes Hardie presented the petition to the House of "
                     "Lords.")
    assert "the petition to the House of Lords" not in asked.values(), asked
    assert asked.get("On 9 March 1922 Agnes Hardie presented the petition to what?") == \
        "the House of Lords", asked
    asked = asked_of("On 9 March 1922 Agnes Hardie presented a paper to the Royal Society of "
                     "Edinburgh.")
    assert asked.get("On 9 March 1922 Agnes Hardie presented what to the Royal Society of "
                     "Edinburgh?") == "a paper", asked


_COMMA = "a subject parted from its verb by a comma"


def test_a_subject_parted_from_its_verb_by_a_lone_comma_is_garbled():
    assert problem_of("Moved Alice, carried whom?", "Brian", "clause-person") == _COMMA
    # a comma that a later one pairs sets off an aside
    assert problem_of("Alice, elected in 1990, carried whom?", "Brian",
                      "clause-person") != _COMMA
    # a subject with a phrase of its own may be an aside whose opening comma was dropped
    assert problem_of("Alice home from college in Leeds, carried whom?", "Brian",
                      "clause-person") != _COMMA
    assert problem_of("Alice carried whom?", "Brian", "clause-person") != _COMMA
