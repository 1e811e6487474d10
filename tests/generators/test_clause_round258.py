"""A number before an article counts nothing, an answer cut after a full stop, an owner made
the subject, a verb left hanging after the aside the parser ended it with, a name the
tagger read as a verb, and "the post" (bench.generators.prose_cloze, answer_checks,
question_context, clause_misreadings, phrase_asks), from the faults the labellers of set 95
found at round 254's rules: "By how many the grass of the recreation ground ... had
turned to a brown paste?" -> nine, "introduced the Remington Nowhat?" -> ". 2", "Keith's
was in English and went on for how many minutes?", "Groves and Oppenheimer led a group of
journalists to Ground Zero had declined to modest levels when?", "Which name Rapa Nui
appears to have come into use only in the 1860s?" -> Polynesian, "Who held the post until
1968?". Texts made up here, with other names and words than the labelled texts."""

from __future__ import annotations

from tests.helpers import asked_of, hand_parsed_tokens


def test_a_number_before_an_article_is_no_count():
    asked = asked_of("By ten the moss of the old lawn at Wharton had turned to a grey slush "
                     "between the stalls, and the tea tent was closing.")
    assert not any("how many" in q for q in asked), asked


def test_an_answer_is_not_cut_after_a_full_stop():
    asked = asked_of("In 1891 Hammond introduced the Hammond No. 2, which added a curved "
                     "keyboard that let the typist see the line.")
    assert not any(a.startswith((".", ",")) for a in asked.values()), asked


def test_an_owner_is_not_asked_as_the_subject():
    asked = asked_of("The first speech was Derek's, in French, and went on for seven minutes. "
                     "Maria's was in Welsh and went on for twelve minutes.")
    assert not any(q.startswith("Maria's was") for q in asked), asked


def test_a_verb_is_not_left_hanging_after_a_cut_aside():
    for text in ("In October 1951, Marsh and Fenwick led a group of reporters to Maralinga, "
                 "partly to counter claims from Adelaide about cattle deaths by demonstrating "
                 "that residual contamination at the range had fallen to harmless levels.",
                 "In June 1962, Carver and Dunmore led a party of councillors to Camp Nine, "
                 "partly to counter stories from Leeds about poisoned wells by demonstrating "
                 "that residual pollution at the camp had declined to modest levels."):
        asked = asked_of(text)
        assert not any(" had fallen" in q or " had declined" in q for q in asked), asked


def test_a_capital_after_the_noun_is_a_name_however_tagged():
    from bench.generators.phrase_asks import kind_asks

    # "The Hawaiian name Tapu Roa was first recorded": the tagger read "Tapu" as a verb
    doc = hand_parsed_tokens("The/2/det/DET/DT Hawaiian/2/amod/ADJ/JJ name/3/nsubj/NOUN/NN "
                             "Tapu/3/ROOT/VERB/VBD Roa/3/dobj/PROPN/NNP "
                             "was/7/auxpass/AUX/VBD first/7/advmod/ADV/RB "
                             "recorded/3/conj/VERB/VBN ./3/punct/PUNCT/.")
    assert kind_asks(doc[:], set()) == []
    doc = hand_parsed_tokens("The/2/det/DET/DT Hawaiian/2/amod/ADJ/JJ name/3/nsubj/NOUN/NN "
                             "was/3/ROOT/AUX/VBD first/5/advmod/ADV/RB "
                             "recorded/3/acl/VERB/VBN in/5/prep/ADP/IN Hilo/6/pobj/PROPN/NNP "
                             "./3/punct/PUNCT/.")
    assert [a.wh for a in kind_asks(doc[:], set())] == ["which"]


def test_the_post_points_back():
    asked = asked_of("When Carver left for Leeds in 1951, he was succeeded as head of chemistry "
                     "by Alan Brice, who held the post until 1972 and who built the first mass "
                     "spectrometer at the station.")
    assert not any("the post" in q for q in asked), asked
