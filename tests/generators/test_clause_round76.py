"""Shapes the texts held out at 2d8f819 got wrong: a boat called "she" given to its
skipper, a place read as an object ("broke what?" -> free north of X), a name apposed to
the place after "outside", a thing's possessor made the owner of "his son", a relative
clause read as an apposition, and the next clause's subject joined to the verb before.
Texts made up here, with other names and words than the held-out texts."""

from __future__ import annotations

from tests.helpers import asked_of, hand_parsed, parsed

_SKIPPER = ("Morag Lennie had been skipper of her for nine years, and owner for four. She was a "
            "fourteen-metre creel boat, built in Macduff in 1994, painted green with a red "
            "wheelhouse, and she fished out of Ullapool.")


def test_a_boat_called_she_is_not_its_skipper():
    asked = asked_of(_SKIPPER)
    assert not any(q.startswith("Morag Lennie was a") for q in asked), asked


def test_a_she_that_is_a_boat_is_not_given_the_skipper_by_the_pronoun_rule():
    from bench.generators.clause_pronouns import Antecedent, resolve_pronoun
    from bench.generators.entity_kinds import EntityKinds

    previous = Antecedent("Morag Lennie", True, False, 0, frozenset())
    boat = parsed("She was a fourteen-metre trawler.")
    woman = parsed("She was a fisherwoman from Macduff.")
    kinds = EntityKinds([])
    assert resolve_pronoun(boat[0], previous, kinds) == ""
    assert resolve_pronoun(woman[0], previous, kinds) == "Morag Lennie"


def test_a_place_after_the_verb_is_not_asked_as_its_object():
    from bench.generators.entity_kinds import EntityKinds
    from bench.generators.question_checks import question_problem

    kinds = EntityKinds([])
    question = parsed("The Hekla broke what and sailed home to Tromsø?")
    assert "no object" in question_problem(question, parsed("loose south of Jan Mayen"),
                                           "clause-object", kinds)
    assert question_problem(question, parsed("the ice of the fjord"), "clause-object",
                            kinds) is None


def test_a_name_after_a_place_after_outside_is_not_its_apposition():
    asked = asked_of("The murals, which Olsen painted on the walls of his farmhouse outside "
                     "Toledo, the Casa Verde, in the 1890s, were moved to Madrid in 1921.")
    assert "What is the Casa Verde?" not in asked, asked


def test_a_things_possessor_does_not_own_his_son():
    asked = asked_of("Among the latter is the Elector's Treasure, a collection of crystal bowls "
                     "and gilded objects that belonged to Maximilian, Elector of Bavaria, and "
                     "passed to his son Charles Albert, the first Wittelsbach emperor.")
    assert "Who is Treasure's son?" not in asked, asked
    assert asked.get("Who is the first Wittelsbach emperor?") == "Charles Albert", asked


def test_a_relative_clause_read_as_an_apposition_marks_a_misparse():
    from bench.generators.sentence_misreadings import relative_read_as_apposition

    # "succeeded by Ivo, whose steward, Karl, ran the estate.": the parser's misreading
    words = ["Otto", "was", "succeeded", "by", "Ivo", ",", "whose", "steward", ",", "Karl",
             ",", "ran", "the", "estate", "."]
    pos = ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "PROPN",
           "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "VBN", "IN", "NNP", ",", "WP$", "NN", ",", "NNP", ",", "VBD", "DT",
            "NN", "."]
    heads = [2, 2, 2, 2, 3, 4, 7, 4, 2, 2, 2, 2, 13, 11, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct", "poss", "appos",
            "punct", "npadvmod", "punct", "conj", "det", "dobj", "punct"]
    misread = hand_parsed(words, heads, deps, pos, tags)
    assert relative_read_as_apposition(misread[:])
    # read right: "whose steward" the subject of "ran", a relative clause on "Ivo"
    heads = [2, 2, 2, 2, 3, 4, 7, 11, 9, 7, 7, 4, 13, 11, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct", "poss", "nsubj",
            "punct", "appos", "punct", "relcl", "det", "dobj", "punct"]
    assert not relative_read_as_apposition(hand_parsed(words, heads, deps, pos, tags)[:])


def test_the_next_clauses_subject_joined_to_the_verb_before_marks_a_misparse():
    from bench.generators.join_misreadings import subject_list_joined_to_a_verb

    # "Lambs were bought in Hawes and kept on Crag Farm, and nets, lamps and dogs were used."
    words = ["Lambs", "were", "bought", "in", "Hawes", "and", "kept", "on", "Crag", "Farm",
             ",", "and", "nets", ",", "lamps", "and", "dogs", "were", "used", "."]
    pos = ["NOUN", "AUX", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "ADP", "PROPN", "PROPN",
           "PUNCT", "CCONJ", "NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN", "AUX", "VERB", "PUNCT"]
    heads = [2, 2, 2, 2, 3, 2, 2, 6, 9, 7, 6, 6, 6, 12, 18, 14, 14, 18, 2, 18]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "cc", "conj", "prep", "compound",
            "pobj", "punct", "cc", "conj", "punct", "nsubjpass", "cc", "conj", "auxpass",
            "conj", "punct"]
    assert subject_list_joined_to_a_verb(hand_parsed(words, heads, deps, pos)[:])
    # gapping: "received the Hale Medal in 1924 and the Orme Prize in 1925" is no misreading
    gapped = parsed("She received the Hale Medal in 1924 and the Orme Prize in 1925.")
    assert not subject_list_joined_to_a_verb(gapped[:])
