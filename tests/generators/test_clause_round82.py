"""Shapes the texts held out at d54d179 got wrong: a "She" after two joined names, a verb
of a subordinate clause joined to the main verb, a list of names the parser broke up, a
second verb read as an object's conjunct, a title cut at its colon, an "its" given to a
war, and three garbles ("Whether ...", "The Society's who ...", "how many days, maybe
four?"). Texts made up here, with other names and words than the held-out texts; where
the misreading is the parser's own, the parse is given by hand."""

from __future__ import annotations

from tests.helpers import asked_of, hand_parsed, parsed


def test_a_she_after_two_joined_names_is_neither():
    joined = asked_of("In 1921 Hallam and Orrin Vexley surveyed the Marrow Fells for the county. "
                      "She received a medal from the Geographical Society in 1925 for work on "
                      "the glaciers of the fells.")
    assert not any(q.startswith(("Hallam", "Orrin")) and "medal" in q for q in joined), joined
    one = asked_of("In 1921 Edith Vexley surveyed the Marrow Fells for the county. She received "
                   "a medal from the Geographical Society in 1925 for work on the glaciers of "
                   "the fells.")
    assert "1925" in one.values() and all(q.startswith("Edith Vexley") for q in one), one


def test_a_subordinate_verb_joined_to_the_main_verb_marks_a_misparse():
    from bench.generators.join_misreadings import verb_joined_without_a_join

    # "They photographed trypsin, showing that crystals kept cold gave patterns."
    words = ["They", "photographed", "trypsin", ",", "showing", "that", "crystals", "kept",
             "cold", "gave", "patterns", "."]
    deps = ["nsubj", "ROOT", "dobj", "punct", "advcl", "mark", "nsubj", "ccomp", "oprd",
            "conj", "dobj", "punct"]
    pos = ["PRON", "VERB", "NOUN", "PUNCT", "VERB", "SCONJ", "NOUN", "VERB", "ADJ", "VERB",
           "NOUN", "PUNCT"]
    spliced = [1, 1, 1, 1, 1, 7, 7, 4, 7, 1, 9, 1]  # "gave" a second "photographed"
    assert verb_joined_without_a_join(hand_parsed(words, spliced, deps, pos)[:])
    right = [1, 1, 1, 1, 1, 7, 7, 4, 7, 7, 9, 1]  # "gave" a second "kept"
    assert not verb_joined_without_a_join(hand_parsed(words, right, deps, pos)[:])
    assert not verb_joined_without_a_join(
        parsed("Ada Wren took the photographs in 1931 and gave them to the museum.")[:])


def test_a_list_of_names_the_parser_broke_up_gives_no_first_member():
    from bench.generators.name_misreadings import list_of_names_misread

    # "The isles include Westby, Papa Orr, Talby, Wyre and North Holm."
    words = ["The", "isles", "include", "Westby", ",", "Papa", "Orr", ",", "Talby", ",", "Wyre",
             "and", "North", "Holm", "."]
    pos = ["DET", "NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT",
           "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT"]
    broken = ["det", "nsubj", "ROOT", "dobj", "punct", "compound", "appos", "punct", "npadvmod",
              "punct", "appos", "cc", "compound", "conj", "punct"]
    heads = [1, 2, 2, 2, 3, 6, 3, 6, 6, 8, 8, 10, 13, 10, 2]
    assert list_of_names_misread(hand_parsed(words, heads, broken, pos)[:]) == {3}
    joined = ["det", "nsubj", "ROOT", "dobj", "punct", "compound", "conj", "punct", "conj",
              "punct", "conj", "cc", "compound", "conj", "punct"]
    heads = [1, 2, 2, 2, 3, 6, 3, 6, 6, 8, 8, 10, 13, 10, 2]
    assert list_of_names_misread(hand_parsed(words, heads, joined, pos)[:]) == set()


def test_a_second_verb_read_as_the_objects_conjunct_is_no_object():
    from bench.generators.object_asks import misread_objects

    # "He had to climb the wall and hunt for the ball."
    words = ["He", "had", "to", "climb", "the", "wall", "and", "hunt", "for", "the", "ball", "."]
    heads = [1, 1, 3, 1, 5, 3, 5, 5, 3, 10, 8, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "cc", "conj", "prep", "det", "pobj",
            "punct"]
    pos = ["PRON", "VERB", "PART", "VERB", "DET", "NOUN", "CCONJ", "NOUN", "ADP", "DET", "NOUN",
           "PUNCT"]
    tags = ["PRP", "VBD", "TO", "VB", "DT", "NN", "CC", "NN", "IN", "DT", "NN", "."]
    assert {5, 7} <= misread_objects(hand_parsed(words, heads, deps, pos, tags)[:])
    # "... climb the wall and the gate for the ball": a noun with its own article
    words[7:7] = ["the"]
    heads = [1, 1, 3, 1, 5, 3, 5, 8, 5, 3, 11, 9, 1]
    deps[7:7] = ["det"]
    pos[7:7] = ["DET"]
    tags[7:7] = ["DT"]
    assert 5 not in misread_objects(hand_parsed(words, heads, deps, pos, tags)[:])


def test_a_title_with_a_subtitle_does_not_stand_for_its_description():
    asked = asked_of("A short biography, Edith Vexley: A Life, by the writer Tom Harle, was "
                     "published in 2004.")
    assert not any(q.startswith("Edith Vexley was published") for q in asked), asked


def test_a_war_a_question_opens_with_is_no_referent_of_its():
    from bench.generators.entity_kinds import EntityKinds
    from bench.generators.question_context import context_problem

    kinds = EntityKinds([parsed("The Second World War began in 1939. The Second World War "
                                "ended in 1945.")])
    assert "its" in context_problem(parsed("During the Second World War who took up the "
                                           "problem of its chemical structure?"), kinds)
    assert context_problem(parsed("The Second World War changed its course in which year?"),
                           kinds) is None


def test_three_garbles_of_held_out_text():
    from bench.generators.question_garbles import garbled

    answer = parsed("Ned Harle")
    assert "whether" in garbled(parsed("Whether the old miller from Selby would sell the mill "
                                       "to whom in the spring?"), answer, "clause-person")
    assert garbled(parsed("Whether or not it rained, the crew sailed where?"), answer,
                   "clause-place") is None
    assert "possessive" in garbled(parsed("The Royal Academy's who support young painters?"),
                                   answer, "clause-thing")
    assert garbled(parsed("Who took the Academy's prize in 1901?"), answer,
                   "clause-person") is None
    four = parsed("four")
    assert "guess" in garbled(parsed("The wireless was saying how many days of rain, perhaps "
                                     "five?"), four, "clause-count")
    assert garbled(parsed("The wireless was saying how many days of rain?"), four,
                   "clause-count") is None
