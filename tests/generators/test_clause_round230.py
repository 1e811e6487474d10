"""A hyphenated name's half kept with its hyphen, a quantifier subject tagged an adjective
and a list of names the parser hung on a verb (bench.generators.text_facts,
question_partitives and sentence_misreadings), from the faults the labellers of set 87
found at round 226's rules: "at which daro?" -> "Mohenjo-", "Several played a part in
...?", "direct what in 1674, Condé, Bouchain, ...?". Texts made up here, with other names
and words than the labelled texts."""

from __future__ import annotations

from tests.helpers import asked_of


def test_an_answer_cut_at_a_hyphen_keeps_no_half_of_a_name():
    from bench.generators.text_facts import _cut_at_hyphen

    assert _cut_at_hyphen("Tarvel-", "The largest hall at Tarvel-dun is the Long Room.")
    assert _cut_at_hyphen("-dun", "The largest hall at Tarvel-dun is the Long Room.")
    assert not _cut_at_hyphen("Tarvel-dun", "The largest hall at Tarvel-dun is the Long Room.")
    assert not _cut_at_hyphen("the Long Room", "The largest hall at Tarvel-dun is the Long "
                                               "Room.")


def test_no_question_asks_after_half_of_a_hyphenated_name():
    asked = asked_of("The oldest building at Kesh-varo is the Pillar Hall, which was built "
                     "of fired brick.")
    assert not any(a.endswith("-") or a.startswith("-") for a in asked.values()), asked


def test_a_quantifier_subject_names_nothing():
    asked = asked_of("The mills of Corvane stood idle for a long time, and several served "
                     "as barracks in the Halden War of 1812 and in the Second Corvane War.")
    assert not any("several served" in q.lower() for q in asked), asked


def test_a_list_of_names_hung_on_a_verb_is_not_asked():
    from bench.generators.hung_phrases import name_list_hung_on_a_verb
    from bench.generators.parser import english

    sentence = next(english()("Tessaly went on to lead the sieges of Varnholt in 1702, "
                              "Ostrel, Danby, Kerrow and Maddel in 1704 and 1705.").sents)
    assert name_list_hung_on_a_verb(sentence)
    plain = next(english()("Tessaly led the sieges of Varnholt, Ostrel and Danby in "
                           "1702.").sents)
    assert not name_list_hung_on_a_verb(plain)


def test_a_join_left_hanging_spoils_the_sentence():
    from bench.generators.hung_phrases import join_left_hanging
    from bench.generators.parser import english

    text = ("The Orlen Cup is kept with the rest of the regalia in the Treasury at Castle "
            "Marrow, leaving it for weddings and, in the case of the Silver Mace, for the "
            "opening of the Diet, at which the prince carries it.")
    sentence = next(english()(text).sents)
    assert join_left_hanging(sentence)
    asked = asked_of(text)
    assert not any("in the case of" in q for q in asked), asked
