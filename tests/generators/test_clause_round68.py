"""Shapes the texts held out at 2ca3e7f got wrong: a currency sign left before "how much",
a person read as a compound of the thing lent ("lent Harrison money"), a key's letter
asked as a kind ("in which minor?"), an event or matter told of before ("the
conversation", "the voyage"), "said so", "the necessary Act", "took what?" with only a
time beside it, a phrase after a joined clause hung on the verb before it, a range of two
codes read apart, a noun phrase after an asked object that joins nothing, a list split
between question and answer, and a name kept in part. Texts made up here, with other
names and words than the held-out texts."""

from __future__ import annotations

from tests.helpers import asked_of, hand_parsed, parsed


def test_a_currency_sign_goes_into_the_answer():
    asked = asked_of("In 1802 Ruth Okafor was awarded £4,200 by the Royal Society.")
    assert "£4,200" in asked.values(), asked
    assert not any("£how" in q for q in asked), asked


def test_the_one_given_to_is_no_compound_of_the_thing_given():
    asked = asked_of("Hale was moved by the letter and sent Okonkwo money, without delay.")
    assert not {"Okonkwo money", "Okonkwo"} & set(asked.values()), asked


def test_a_keys_letter_is_not_asked_as_a_kind():
    asked = asked_of("The String Quartet in F minor, dedicated to Joseph Joachim, who gave "
                     "the first performance in Vienna in May 1871, was warmly received.")
    assert "F" not in asked.values(), asked


def test_an_event_told_of_before_is_not_asked_bare():
    from bench.generators.entity_kinds import EntityKinds
    from bench.generators.question_context import context_problem

    kinds = EntityKinds([])
    assert context_problem(parsed("Who had overheard the argument in June?"), kinds)
    assert context_problem(parsed("The clock's error over the voyage was how many seconds?"),
                           kinds)
    assert context_problem(parsed("Who had overheard the argument about the Calder lease?"),
                           kinds) is None  # the phrase says which


def test_said_so_points_back_but_not_after_its_own_clause():
    from bench.generators.entity_kinds import EntityKinds
    from bench.generators.question_context import context_problem

    kinds = EntityKinds([])
    said = "Mrs Haldane said so only once, in May, at the vestry meeting of what?"
    assert "so" in (context_problem(parsed(said), kinds) or "")
    own = "Owen Brisk led what and had done so for eleven years?"
    assert context_problem(parsed(own), kinds) is None


def test_the_necessary_act_points_back():
    asked = asked_of("The necessary Royal Charter was granted to the college in 1871.")
    assert not any("necessary" in q for q in asked), asked


def test_took_what_with_only_a_time_beside_it_is_too_open():
    asked = asked_of("During the 1890s Dafydd Corrigan took a keen interest in photography.")
    assert "a keen interest in photography" not in asked.values(), asked


def test_a_phrase_after_a_joined_clause_is_not_hung_on_the_verb_before_it():
    from bench.generators.join_misreadings import modifier_after_its_join

    words = ["The", "park", "is", "run", "by", "the", "Trust", ",", "and", "900", "people",
             "live", "there", ",", "in", "villages", "."]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "punct", "cc",
            "nummod", "nsubj", "conj", "advmod", "punct", "prep", "pobj", "punct"]
    pos = ["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "PROPN", "PUNCT", "CCONJ", "NUM",
           "NOUN", "VERB", "ADV", "PUNCT", "ADP", "NOUN", "PUNCT"]
    heads = [1, 3, 3, 3, 3, 6, 4, 3, 3, 10, 11, 3, 11, 11, 3, 14, 3]
    misread = hand_parsed(words, heads, deps, pos)  # "in villages" hung on "is run"
    heads[14] = 11
    read = hand_parsed(words, heads, deps, pos)
    assert modifier_after_its_join(misread[:]) and not modifier_after_its_join(read[:])


def test_a_range_of_two_codes_read_apart_asks_nothing():
    from bench.generators.sentence_misreadings import range_read_apart

    words = ["Pugh", "undertook", "the", "rebuilding", "of", "K2", "to", "K6", "."]
    apart = hand_parsed(words, [1, 1, 3, 1, 3, 4, 1, 6, 1],
                        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj",
                         "punct"],
                        ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN",
                         "PUNCT"])
    together = hand_parsed(words, [1, 1, 3, 1, 3, 4, 5, 6, 1],
                           ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj",
                            "punct"],
                           ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN",
                            "PUNCT"])
    assert range_read_apart(apart[:]) and not range_read_apart(together[:])


def test_a_noun_phrase_straight_after_an_asked_object_is_garbled():
    from bench.generators.question_garbles import _phrase_after_asked_object

    garbled = ("In 1921 Pell spent long summers at Corran, a stone cottage near Arnside in "
               "what place the Reed Cutter, the Salt Marsh and the Ferryman's Son?")
    fine = "Following a vote in what year the Welsh Assembly was opened in 1999?"
    assert _phrase_after_asked_object(parsed(garbled))
    assert not _phrase_after_asked_object(parsed(fine))


def test_a_list_is_not_split_between_question_and_answer():
    from bench.generators.entity_kinds import EntityKinds
    from bench.generators.question_checks import question_problem

    kinds = EntityKinds([])
    question = parsed("Buses run between Kendal and Penrith, calling at what, Hackthorpe, "
                      "Lowther and Clifton?")
    assert "list" in question_problem(question, parsed("Orton, Tebay, Greenholme"),
                                      "clause-thing", kinds)
    whole = parsed("Buses run between Kendal and Penrith, calling at what places?")
    assert "list" not in (question_problem(whole, parsed("Orton, Tebay and Shap"),
                                           "clause-thing", kinds) or "")


def test_a_name_is_not_kept_in_part():
    from bench.generators.clause_misreadings import name_cut

    doc = parsed("The Friends of the Arden Valley Line keep a large membership.")
    line = next(e for e in doc.ents if "Line" in e.text)
    part = [t for t in doc if t.i not in range(line.start, line.end - 2)]
    assert name_cut(part) and not name_cut(list(doc))



def test_a_laws_title_is_one_name_with_its_small_words():
    # (round 70) "under the National Parks and Access to what?" cut the Act's title
    from bench.generators.name_misreadings import titles_with_inner_words

    sentence = next(parsed("The reserve was created in 1962 under the Wild Birds and Access "
                           "to the Fens Act 1954.").sents)
    titles = [" ".join(sentence.doc[i].text for i in sorted(t))
              for t in titles_with_inner_words(sentence)]
    assert titles == ["Wild Birds and Access to the Fens Act 1954"], titles
