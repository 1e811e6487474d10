"""Shapes the texts held out at cc36e1b got wrong: a sentence the parser ended inside a
name ("... inscribed on the UNESCO | World Heritage List ..."), a preposition joined to the
main verb though its first conjunct sits inside a relative clause ("published a revised
assessment and to a broader absence of ...?"), a one-word name asked without its epithet
("Edward, the Black Prince": "who burned ...?" -> Edward), "examples" of something told
before, and "a similar type" (similar to what?). Texts made up here, with other names and
words than the held-out texts."""

from __future__ import annotations

from tests.helpers import asked_of, hand_parsed, problem_of


def test_a_sentence_ended_inside_a_name_is_misread():
    from bench.generators.sentence_misreadings import ended_inside_a_sentence

    # "the Bastion was inscribed on the UNESCO | World Heritage List in 1991 ."
    words = ["the", "Bastion", "was", "inscribed", "on", "the", "UNESCO", "World", "Heritage",
             "List", "in", "1991", "."]
    heads = [1, 3, 3, 3, 3, 6, 4, 9, 9, 9, 9, 10, 9]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "compound",
            "compound", "ROOT", "prep", "pobj", "punct"]
    pos = ["DET", "PROPN", "AUX", "VERB", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PROPN",
           "ADP", "NUM", "PUNCT"]
    doc = hand_parsed(words, heads, deps, pos)
    first, second = list(doc.sents)
    assert first[-1].text == "UNESCO" and ended_inside_a_sentence(first)
    # (and since round 186 the fragment after the cut is misread too)
    assert ended_inside_a_sentence(second)


def test_a_preposition_whose_first_conjunct_is_in_a_relative_clause_is_misread():
    from bench.generators.sentence_misreadings import preposition_joined_to_a_participle

    # "The Board published a report, which gave weight to faults, and [to] a lack of care."
    words = ["The", "Board", "published", "a", "report", ",", "which", "gave", "weight", "to",
             "faults", ",", "and", "to", "a", "lack", "of", "care", "."]
    heads = [1, 2, 2, 4, 2, 4, 7, 4, 7, 7, 9, 2, 2, 2, 15, 13, 15, 16, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "relcl", "dobj", "prep",
            "pobj", "punct", "cc", "conj", "det", "pobj", "prep", "pobj", "punct"]
    pos = ["DET", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB", "NOUN", "ADP",
           "NOUN", "PUNCT", "CCONJ", "ADP", "DET", "NOUN", "ADP", "NOUN", "PUNCT"]
    assert preposition_joined_to_a_participle(hand_parsed(words, heads, deps, pos)[:])
    # "laid a cable from Brest to Kerry, and on to Cork": the first "to" is the verb's own
    words = ["They", "laid", "a", "cable", "from", "Brest", "to", "Kerry", ",", "and", "on",
             "to", "Cork", "."]
    heads = [1, 1, 3, 1, 1, 4, 1, 6, 1, 1, 11, 1, 11, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct", "cc",
            "advmod", "conj", "pobj", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT", "CCONJ",
           "ADV", "ADP", "PROPN", "PUNCT"]
    assert not preposition_joined_to_a_participle(hand_parsed(words, heads, deps, pos)[:])


def test_a_one_word_name_is_not_asked_without_its_epithet():
    asked = asked_of("During the Wars of the Roses, Richard, the Red Duke, burned the Market "
                     "Cross in May 1461 in the course of his raid across Kent, but made no "
                     "attempt on the castle.")
    assert "Richard" not in asked.values()


def test_examples_and_a_similar_one_point_back():
    assert problem_of("Norway acquired examples from what place in the 1990s?",
                      "Finland") == "'examples' of what?"
    assert problem_of("The Dutch Navy operated what?", "a similar type",
                      "clause-object") == "answer points back"
    # "similar to" says to what; counted units are no examples of a kind told before
    assert problem_of("By 1910 Kellbrook was selling how many units a year?", "30,000",
                      "clause-count") != "'units' of what?"
    assert problem_of("In 1930 Dawes built what?", "a lorry similar to the Albion",
                      "clause-object") != "answer points back"
