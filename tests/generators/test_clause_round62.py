"""Shapes the texts held out at b81af7e still got wrong after round 58: a description the
parser hung on the object of "by" that the tagger does not call a person ("by the poet X,
an epic ..."), a clause whose complement the parser gave to the next clause as its subject
("was for a time [the only bridge ...]; from 1309 ..."), a "his sister" given to a name the
"his" is not, one name with an "and" in it asked in parts ("Wilmot and Crampton Bay", "the
Ministry of Education, Culture and Science"), "also ... at what?", a count of nothing named
("Annual rainfall averages how many millimetres?") and a place voted a person by a
description hung on it ("from Tjøme, a man who ..."). Texts made up here, with other names
and words than the held-out texts."""

from __future__ import annotations

from tests.helpers import asked_of, hand_parsed


def _with_entity(doc, start: int, end: int, label: str):
    from spacy.tokens import Span

    doc.ents = [Span(doc, start, end, label=label)]
    return doc


def test_a_description_after_by_the_poet_is_not_his_though_the_tagger_calls_him_a_body():
    from bench.generators.clause_misreadings import misapposed

    words = ["It", "is", "the", "subject", "of", "a", "poem", "by", "the", "poet", "Yann",
             "Kerlaz", ",", "an", "epic", "about", "smugglers", "."]
    heads = [1, 1, 3, 1, 3, 6, 4, 6, 11, 11, 11, 7, 11, 14, 11, 14, 15, 1]
    deps = ["nsubj", "ROOT", "det", "attr", "prep", "det", "pobj", "prep", "det", "compound",
            "compound", "pobj", "punct", "det", "appos", "prep", "pobj", "punct"]
    pos = ["PRON", "AUX", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PROPN",
           "PROPN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "PUNCT"]
    poet = _with_entity(hand_parsed(words, heads, deps, pos), 10, 12, "ORG")
    assert misapposed(poet[14])
    words[9], pos[9] = "Kessel", "PROPN"  # "by the Kessel Yann Kerlaz": a body, no poet
    body = _with_entity(hand_parsed(words, heads, deps, pos), 9, 12, "ORG")
    assert not misapposed(body[14])


def _bridge(complement_read_as_subject: bool):
    words = ["The", "bridge", "was", "for", "a", "time", "the", "only", "crossing", ";", "from",
             "1520", "to", "Karsby", "was", "the", "seat", "."]
    heads = [1, 2, 2, 2, 5, 3, 8, 8, 14, 14, 14, 10, 10, 12, 2, 16, 14, 14]
    deps = ["det", "nsubj", "ROOT", "prep", "det", "pobj", "det", "amod", "nsubj", "punct",
            "prep", "pobj", "prep", "pobj", "conj", "det", "attr", "punct"]
    pos = ["DET", "NOUN", "AUX", "ADP", "DET", "NOUN", "DET", "ADJ", "NOUN", "PUNCT", "ADP",
           "NUM", "ADP", "PROPN", "AUX", "DET", "NOUN", "PUNCT"]
    if not complement_read_as_subject:  # "was ... the only crossing; from 1520 Karsby was"
        heads[8], deps[8] = 2, "attr"
        heads[13], deps[13] = 14, "nsubj"
        heads[10] = 14
    return list(hand_parsed(words, heads, deps, pos).sents)[0]


def test_a_joined_clauses_subject_before_its_join_is_a_misreading():
    from bench.generators.clause_misreadings import subject_before_its_join

    assert subject_before_its_join(_bridge(complement_read_as_subject=True))
    assert not subject_before_its_join(_bridge(complement_read_as_subject=False))


def test_his_sister_is_not_the_last_named_mans_when_his_is_another():
    asked = asked_of("His first instrument was the cello, which he studied from 1890 under "
                     "the town organist Pekka Salo, and his early pieces were trios written "
                     "for his sister Aino and his brother Kaarlo.")
    assert not any("Salo's" in q or "Aino's" in q for q in asked), asked


def test_her_father_beside_her_name_is_still_hers():
    asked = asked_of("In 1838 the society gave silver medals to Mary Holt and her father "
                     "James, keeper of the Skerry Light, for the rescue of nine sailors.")
    assert asked.get("Who was Mary Holt's father?") == "James", asked


def test_one_place_name_with_and_is_not_asked_in_parts():
    asked = asked_of("After several years of searches, the wreck of Karluk was found on 4 May "
                     "2010 in about 9 metres of water in Tolley and Barrow Bay, west of the "
                     "Hale Peninsula.")
    assert "9" in asked.values(), asked
    assert not {"Tolley", "Barrow Bay", "Tolley and Barrow Bay"} & set(asked.values()), asked


def test_a_bodys_name_with_and_is_asked_whole_not_in_parts():
    from bench.generators.clause_misreadings import one_name_read_as_a_list
    from bench.generators.clauses import clause_asks
    from bench.generators.entity_kinds import EntityKinds

    words = ["The", "library", "receives", "money", "from", "the", "Department", "of",
             "Health", ",", "Sport", "and", "Culture", "."]
    heads = [1, 2, 2, 2, 2, 6, 4, 6, 7, 8, 8, 10, 10, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "pobj", "punct",
            "conj", "cc", "conj", "punct"]
    pos = ["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PUNCT",
           "PROPN", "CCONJ", "PROPN", "PUNCT"]
    sentence = list(hand_parsed(words, heads, deps, pos).sents)[0]
    assert one_name_read_as_a_list(sentence) == [set(range(7, 13))]
    kinds = EntityKinds([sentence.doc])
    answers = {(a.answer_start, a.answer_end) for a in clause_asks(sentence, kinds)}
    assert not {(8, 9), (10, 13), (12, 13)} & answers, answers


def test_a_list_of_places_is_still_asked_by_its_members():
    asked = asked_of("In 1850 Nils Berg sailed to Sicily and Malta.")
    assert "Malta" in asked.values(), asked


def test_also_at_what_is_not_asked_but_also_in_what_year_is():
    asked = asked_of("Aino Salo also took lessons at the Vaasa Music School. Aino Salo also "
                     "founded the Vaasa Quartet in 1901.")
    assert "the Vaasa Music School" not in asked.values(), asked
    assert "1901" in asked.values(), asked


def test_a_count_of_nothing_named_is_not_asked():
    assert "820" not in asked_of("Annual rainfall averages roughly 820 millimetres, and light "
                                 "frosts occur in most years.").values()
    assert "820" in asked_of("Annual rainfall at Kiruna averages roughly 820 millimetres, and "
                             "light frosts occur in most years.").values()


def test_a_place_is_not_voted_a_person_by_a_description_hung_on_it():
    asked = asked_of("Nils Vik was the gunner and master of Kos 9, forty-eight years old, from "
                     "Nøtterøy, a man who had fired his first harpoon before Anders Lie was "
                     "born and who was said to have taken more than a thousand whales.")
    assert not any("from whom" in q for q in asked), asked
