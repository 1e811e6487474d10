"""Shapes the texts held out at 7bf14cd's rules got wrong: a population's "more than" dropped
("gave what total population?" -> 150,000), a thing asked "which person" though the text
says it "recalculated itself", a list whose later member the parser joined to a verb
("included [the Large Theatre], seating about 5,000, and the smaller roofed Odeon"), "which
clergyman and natural philosopher John Michell", "is generally believed to have wanted
what?", "when?" -> "later centuries", and two lists read as a name's description ("by the
Annunciation, the Baptism of Christ, ..., and", "Leeuwenhoekiella, the minor planet 2766
Leeuwenhoek and a number of schools, ..."). Sentences made up here, with other names and
words than the held-out texts; a parse given by hand where another wording may not repeat
the parser's misreading."""

from __future__ import annotations

from tests.helpers import asked_of, hand_parsed_tokens, parsed


def test_a_populations_qualifier_stays_with_its_answer():
    from bench.generators.answer_kinds import is_count

    asked = asked_of("As of the 2011 census, the parish of Kelham had a population of more "
                     "than 40,000.")
    assert asked.get("As of the 2011 census, the parish of Kelham had what population?") == \
        "more than 40,000", asked
    assert is_count("more than 40,000") and is_count("at least 1.2 million")
    assert not is_count("more than a few")


def test_a_reflexive_says_what_kind_the_asked_subject_is():
    from collections import Counter

    from bench.generators.entity_kinds import PERSON, EntityKinds
    from bench.generators.question_checks import question_problem

    # the tagger calls both names people; the reflexive says which is a thing
    kinds = EntityKinds([])
    for name in ("Tracklog", "Hilda"):
        kinds.votes[name] = Counter({"person": 6, "tagged person": 4, "mentions": 2})
        assert kinds.kind(name) == PERSON

    def problem(question: str, answer: str) -> str | None:
        return question_problem(parsed(question), parsed(answer), "clause-person", kinds)

    reflexive = "the asked subject's reflexive says another kind"
    assert problem("Which person recalculated itself twice before lunch on 4 May 2019?",
                   "Tracklog") == reflexive
    assert problem("What was herself made abbess of Whitby in 664?", "Hilda") == reflexive
    # a reflexive that agrees, or none, says nothing against the question
    assert problem("Who was herself made abbess of Whitby in 664?", "Hilda") is None
    assert problem("Which person recalculated the route twice before lunch on 4 May 2019?",
                   "Tracklog") is None


def test_a_list_member_the_parser_joined_to_a_verb_is_not_asked_alone():
    from bench.generators.clause_misreadings import list_joined_to_a_verb

    asked = asked_of("The hamlet of Wexcombe, which grew up around the mill race, keeps the "
                     "former toll house, restored as a museum in the late nineteenth century, "
                     "as well as a number of barns built from reused mill timber.")
    assert "the former toll house" not in asked.values(), asked
    # "The square included [the Old Hall], seating 400, and [the Chapel]": the Chapel read
    # as a conjunct of "included"
    tokens = "The/1/det/DET/DT square/2/nsubj/NOUN/NN included/2/ROOT/VERB/VBD " \
        "the/5/det/DET/DT Old/5/compound/PROPN/NNP Hall/2/dobj/PROPN/NNP ,/2/punct/PUNCT/, " \
        "seating/2/advcl/VERB/VBG 400/7/dobj/NUM/CD ,/2/punct/PUNCT/, and/2/cc/CCONJ/CC " \
        "the/12/det/DET/DT Chapel/{head}/conj/PROPN/NNP ./2/punct/PUNCT/."
    doc = hand_parsed_tokens(tokens.format(head=2))
    assert list_joined_to_a_verb(doc[0:len(doc)]) == {3, 4, 5, 11, 12}
    # read right (the Chapel a conjunct of the Hall), the list is asked whole elsewhere
    doc = hand_parsed_tokens(tokens.format(head=5))
    assert list_joined_to_a_verb(doc[0:len(doc)]) == set()


def test_a_title_before_a_name_is_not_asked_which_across_its_conjunct():
    from bench.generators.phrase_asks import kind_asks

    # "In 1788 the Scottish surveyor and amateur astronomer Robert Kerr argued that comets
    # returned.", read as the parser read the held-out sentence: the name a second subject
    def asks(name: str) -> list:
        doc = hand_parsed_tokens(
            "In/10/prep/ADP/IN 1788/0/pobj/NUM/CD the/4/det/DET/DT Scottish/4/amod/ADJ/JJ "
            "surveyor/10/nsubj/NOUN/NN and/4/cc/CCONJ/CC amateur/7/amod/ADJ/JJ "
            f"astronomer/4/conj/NOUN/NN {name} argued/10/ROOT/VERB/VBD "
            "that/13/mark/SCONJ/IN comets/13/nsubj/NOUN/NNS returned/10/ccomp/VERB/VBD "
            "./10/punct/PUNCT/.")
        return [(a.wh, a.answer_start) for a in kind_asks(doc[0:len(doc)], set())]

    assert asks("Robert/9/compound/PROPN/NNP Kerr/10/nsubj/PROPN/NNP") == []
    # without a name after the last conjunct the kind is asked: "which surveyor and ..."
    assert asks("at/10/prep/ADP/IN Leith/8/pobj/PROPN/NNP") == [("which", 3)]


def test_a_bare_wish_under_a_verb_of_saying_is_too_open():
    asked = asked_of("Hartley is widely thought to have wanted a second attempt at the "
                     "crossing.")
    assert "Hartley is widely thought to have wanted what?" not in asked, asked


def test_a_time_told_against_one_before_is_no_answer():
    from bench.generators.answer_checks import vacuous

    answer = parsed("In later decades the harbour served the herring boats.")[1:3]
    assert answer.text == "later decades" and vacuous(answer) == "answer points back"
    plain = parsed("In the 1850s the harbour served the herring boats.")[1:3]
    assert vacuous(plain) is None
    # "the later 18th century" is a time of its own
    dated = parsed("In the later 18th century the harbour served the herring boats.")[1:5]
    assert dated.text == "the later 18th century" and vacuous(dated) is None


def test_a_list_whose_member_has_an_aside_or_that_ends_in_a_quantity_is_no_description():
    asked = asked_of("The painter is represented by the Harvest, the Flight into Egypt, "
                     "painted with his pupil Anton Vell, and the unfinished Storm, which "
                     "returned to display in 2009 after cleaning.")
    assert "What is the Flight into Egypt?" not in asked, asked
    asked = asked_of("The moss genus Halvardia, the minor comet 4410 Halvard and a number of "
                     "streets, parks and schools in Norway are named after him.")
    assert not any(a == "Halvardia" for a in asked.values()), asked
    # a name and its description stay one
    asked = asked_of("Halvard Berg, the son of a ferryman from Molde, built the first "
                     "lighthouse on the island.")
    assert asked.get("Who is the son of a ferryman from Molde?") == "Halvard Berg", asked
