"""An amount asked as a thing, a direction asked as a thing, and a "from ... to" split at its
"to" (bench.generators.answer_checks, question_garbles), from the faults the labellers of
set 92 found at round 242's rules: "..., improving, eating what, oxygen off since
Tuesday?" -> "a bit", "shingle continues to accumulate what?" -> "further south", "The
Purbeck beds record what to lagoonal and freshwater conditions?" -> "a shift from marine".
Texts made up here, with other names and words than the labelled texts."""

from __future__ import annotations

from tests.helpers import asked_of, problem_of


def test_an_amount_phrase_is_no_thing():
    text = ("Bed three was Mr Okafor, admitted from home in Crookes with a fall, improving, "
            "eating a bit, walking with a frame since Monday.")
    assert not any(answer == "a bit" for answer in asked_of(text).values())
    assert problem_of("Mr Okafor, admitted from home in Crookes with a fall, was eating what "
                      "since Monday?", "a lot", "clause-object") is not None


def test_a_direction_is_no_thing():
    assert problem_of("The eastern dunes of Brancaster Spit have been shrinking in recent "
                      "years, while sand continues to accumulate what?", "further west",
                      "clause-object") is not None
    assert problem_of("The eastern dunes of Brancaster Spit have been shrinking in recent "
                      "years, while sand continues to accumulate where?", "further west",
                      "clause-place") is None


def test_a_from_to_phrase_is_not_split_at_its_to():
    text = "The Wealden beds record a shift from brackish to fully freshwater conditions."
    asked = asked_of(text)
    assert not any(answer.endswith("from brackish") for answer in asked.values()), asked
    assert "Which beds record a shift from brackish to fully freshwater conditions?" in asked
    assert problem_of("The Wealden beds record what to fully freshwater conditions?",
                      "a shift from brackish", "clause-object") is not None
