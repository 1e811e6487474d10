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


def _parsed(reading: str):
    """A hand-given parse, one "word head dep pos" line per token (the parser's misreading
    is its own: another wording may not repeat it)."""
    words, heads, deps, pos = zip(*(line.split() for line in reading.strip().splitlines()))
    return hand_parsed(list(words), [int(h) for h in heads], list(deps), list(pos))


def _with_entity(doc, start: int, end: int, label: str):
    from spacy.tokens import Span

    doc.ents = [Span(doc, start, end, label=label)]
    return doc


def test_a_description_after_by_the_poet_is_not_his_though_the_tagger_calls_him_a_body():
    from bench.generators.clause_misreadings import misapposed

    reading = """
        It 1 nsubj PRON
        is 1 ROOT AUX
        the 3 det DET
        subject 1 attr NOUN
        of 3 prep ADP
        a 6 det DET
        poem 4 pobj NOUN
        by 6 prep ADP
        the 11 det DET
        poet 11 compound NOUN
        Yann 11 compound PROPN
        Kerlaz 7 pobj PROPN
        , 11 punct PUNCT
        an 14 det DET
        epic 11 appos NOUN
        about 14 prep ADP
        smugglers 15 pobj NOUN
        . 1 punct PUNCT"""
    poet = _with_entity(_parsed(reading), 10, 12, "ORG")
    assert misapposed(poet[14])
    # "by the Kessel Yann Kerlaz": a body, no poet
    body = _with_entity(_parsed(reading.replace("poet 11 compound NOUN",
                                                "Kessel 11 compound PROPN")), 9, 12, "ORG")
    assert not misapposed(body[14])


def _bridge(complement_read_as_subject: bool):
    misread = """
        The 1 det DET
        bridge 2 nsubj NOUN
        was 2 ROOT AUX
        for 2 prep ADP
        a 5 det DET
        time 3 pobj NOUN
        the 8 det DET
        only 8 amod ADJ
        crossing 14 nsubj NOUN
        ; 14 punct PUNCT
        from 14 prep ADP
        1520 10 pobj NUM
        to 10 prep ADP
        Karsby 12 pobj PROPN
        was 2 conj AUX
        the 16 det DET
        seat 14 attr NOUN
        . 14 punct PUNCT"""
    # "was ... the only crossing; from 1520 to ... Karsby was the seat"
    read = misread.replace("crossing 14 nsubj", "crossing 2 attr").replace(
        "Karsby 12 pobj", "Karsby 14 nsubj")
    return next(_parsed(misread if complement_read_as_subject else read).sents)


def test_a_joined_clauses_subject_before_its_join_is_a_misreading():
    from bench.generators.join_misreadings import subject_before_its_join

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
    from bench.generators.name_misreadings import one_name_read_as_a_list
    from bench.generators.clauses import _keeps_names_whole

    sentence = next(_parsed("""
        The 1 det DET
        library 2 nsubj NOUN
        receives 2 ROOT VERB
        money 2 dobj NOUN
        from 2 prep ADP
        the 6 det DET
        Department 4 pobj PROPN
        of 6 prep ADP
        Health 7 pobj PROPN
        , 8 punct PUNCT
        Sport 8 conj PROPN
        and 10 cc CCONJ
        Culture 10 conj PROPN
        . 2 punct PUNCT""").sents)
    assert one_name_read_as_a_list(sentence) == [set(range(7, 13))]
    names = one_name_read_as_a_list(sentence)
    for part in ((8, 9), (10, 13), (12, 13)):  # Health; Sport and Culture; Culture
        assert not _keeps_names_whole(set(range(*part)), set(), names), part
    assert _keeps_names_whole(set(range(5, 13)), set(), names)  # the Department of ... Culture


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
