"""Shapes the texts held out at e3f9436 got wrong: a latitude asked as a time ("established
One Ton Depot when, ...?" -> 79°29′S), "one" standing alone as a subject ("One in the bus
shelter ... tipped on its side ...?"), an object's list that goes on after a comma where
the parser hung the rest on the subject ("raised what?" -> "concerns about the loss of
farmland and homes", the disruption and the scale left out), a person's relation set
after a list of places the parser joined ("near Devonport, Plymouth, the elder son of John
Edward Scott" asked "Name John Edward Scott's elder son." -> Plymouth), an adjective after
an object that says what the act left it ("shouldering [the door] open into the rain"),
and where a verb of inscribing puts its object ("inscribed [the Argentine park] on the
World Heritage List"); and two of set 64's (held out at 03ee65b): a distance read as an
object ("walked what?" -> "the metre and a half") and a pen asked as a place ("wrote his
mobile where?" -> biro). Texts made up here, with other names and words than the held-out
texts; where the misreading is the parser's own, the parse is given by hand."""

from __future__ import annotations

from tests.helpers import asked_of, hand_parsed, problem_of

_PLACE = "A sledge party under Ernest Lyle laid Camp Two when, about 20 miles north of Cape Dunlop?"


def test_a_latitude_is_not_asked_as_a_time():
    assert problem_of(_PLACE, "68°12′S", "clause-date") == "a measure read as a time"
    assert problem_of(_PLACE, "the spring of 1908", "clause-date") is None


def test_one_alone_as_a_subject_points_back():
    assert problem_of("One in the car park behind Bexley library lay on the grass with what "
                      "kind of can in the basket?", "Tango", "clause-kind") == "'one' of what?"
    assert problem_of("One of the trolleys in the car park behind Bexley library lay on the "
                      "grass with what kind of can in the basket?", "Tango", "clause-kind") is None


def test_a_distance_is_no_object():
    question = "Nadia took the key from the drawer in the hall and walked what?"
    assert problem_of(question, "the two metres", "clause-object") == "a distance is no object"
    assert problem_of(question, "the dog", "clause-object") is None


def test_a_bare_lower_case_noun_is_no_place():
    question = "Nadia crossed the name out and wrote the Leeds address where?"
    assert problem_of(question, "pencil") == "a bare noun asked as a place"
    for place in ("Leeds", "the back", "home"):
        assert problem_of(question, place) is None, place


def test_an_objects_list_hung_on_the_subject_is_not_asked_cut():
    asked = asked_of("An inquiry was held in 1981, at which residents raised fears about the "
                     "loss of woodland and paths, the noise of the lorries and the cost of the "
                     "scheme.")
    assert "fears about the loss of woodland and paths" not in asked.values(), asked


def _asked_objects(words, heads, deps, pos, tags) -> list[str]:
    from bench.generators.object_asks import object_asks

    doc = hand_parsed(words, heads, deps, pos, tags)
    return [doc[a.start:a.end].text for a in object_asks(doc[0:len(doc)], set())]


def test_an_adjective_after_the_object_is_what_the_act_left_it():
    # "Tom left at six, shouldering the heavy door open into the wind.": "open" read as the
    # door's own adjective
    words = ["Tom", "left", "at", "six", ",", "shouldering", "the", "heavy", "door", "open",
             "into", "the", "wind", "."]
    heads = [1, 1, 1, 2, 1, 1, 8, 8, 5, 8, 9, 12, 10, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "advcl", "det", "amod", "dobj", "amod",
            "prep", "det", "pobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "NUM", "PUNCT", "VERB", "DET", "ADJ", "NOUN", "ADJ", "ADP",
           "DET", "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "IN", "CD", ",", "VBG", "DT", "JJ", "NN", "JJ", "IN", "DT", "NN", "."]
    assert _asked_objects(words, heads, deps, pos, tags) == ["the heavy door"]


def test_where_an_inscribing_verb_puts_its_object_is_no_part_of_it():
    # "The agency inscribed the old town on the register in 1990.": "on" hung on the town
    words = ["The", "agency", "inscribed", "the", "old", "town", "on", "the", "register", "in",
             "1990", "."]
    heads = [1, 2, 2, 5, 5, 2, 5, 8, 6, 2, 9, 2]
    deps = ["det", "nsubj", "ROOT", "det", "amod", "dobj", "prep", "det", "pobj", "prep",
            "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN", "ADP", "NUM",
           "PUNCT"]
    tags = ["DT", "NN", "VBD", "DT", "JJ", "NN", "IN", "DT", "NN", "IN", "CD", "."]
    assert _asked_objects(words, heads, deps, pos, tags) == ["the old town"]


def test_a_relation_set_after_joined_places_is_no_persons():
    from bench.generators.clause_roles import _relations

    # "Edith was born at Fenwick, the farmhouse near Hexham, Tynedale, the younger daughter
    # of Walter Moss.": "Tynedale" joined to the farmhouse, the daughter set beside it
    words = ["Edith", "was", "born", "at", "Fenwick", ",", "the", "farmhouse", "near",
             "Hexham", ",", "Tynedale", ",", "the", "younger", "daughter", "of", "Walter",
             "Moss", "."]
    heads = [2, 2, 2, 2, 3, 4, 7, 4, 7, 8, 9, 7, 11, 15, 15, 11, 15, 18, 16, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct", "det", "appos", "prep",
            "pobj", "punct", "conj", "punct", "det", "amod", "appos", "prep", "compound",
            "pobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN",
           "PUNCT", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, pos)
    assert _relations(doc[0:len(doc)]) == []
    # the same relation after a person is still found: "Edith, the younger daughter of ..."
    words = ["Edith", ",", "the", "younger", "daughter", "of", "Walter", "Moss", ",", "was",
             "born", "at", "Fenwick", "."]
    heads = [10, 0, 4, 4, 0, 4, 7, 5, 0, 10, 10, 10, 11, 10]
    deps = ["nsubjpass", "punct", "det", "amod", "appos", "prep", "compound", "pobj", "punct",
            "auxpass", "ROOT", "prep", "pobj", "punct"]
    pos = ["PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "AUX",
           "VERB", "ADP", "PROPN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, pos)
    assert [(name.text, role.text) for name, role in _relations(doc[0:len(doc)])] == [
        ("Edith", "daughter")]
