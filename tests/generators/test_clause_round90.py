"""Shapes the texts held out at 356056a got wrong: a person's nationality asked as "what
kind of" person, a story's fragment without a subject, a passive's "the X" subject that the
parser read as a complement after "In what year was", a relative clause's verb joined to the
sentence when the parser lost the clause, and an office held at a date asked without it.
Texts made up here, with other names and words than the held-out texts; where the
misreading is the parser's own, it is checked to be there first."""

from __future__ import annotations

from tests.helpers import asked_of, hand_parsed, parsed


def test_a_persons_nationality_is_asked_as_nationality_not_as_a_kind():
    asked = asked_of("Ingrid Marta Solberg was a Norwegian chemist who discovered three "
                     "enzymes in the blood of seals.")
    assert not any("what kind of chemist" in q for q in asked), asked
    nationality = [q for q, a in asked.items() if "of what nationality" in q]
    assert nationality and asked[nationality[0]] == "Norwegian", asked
    # a faith is no nationality: "what kind of vicar" stays a kind
    faith = asked_of("Tobias Wrenfield was an Anglican vicar who restored the church of "
                     "Holmcote in 1871.")
    assert not any("nationality" in q for q in faith), faith


def test_a_question_that_opens_with_a_verb_and_has_no_subject_is_not_asked():
    from bench.generators.entity_kinds import EntityKinds
    from bench.generators.question_checks import question_problem

    fragment = parsed("Walked up from Dunmore with how many sacks and a spade?")
    assert question_problem(fragment, parsed("three"), "cloze-count",
                            EntityKinds({})) == "no subject"
    whole = parsed("Aled walked up from Dunmore with how many sacks and a spade?")
    assert question_problem(whole, parsed("three"), "cloze-count", EntityKinds({})) is None


def test_a_bare_the_x_after_in_what_year_was_points_back_though_read_as_a_complement():
    from bench.generators.question_context import context_problem

    question = parsed("In what year was the flood followed by an outbreak of cholera?")
    flood = next(t for t in question if t.text == "flood")
    assert flood.dep_ == "attr"  # the parser's misreading this rule is for
    assert context_problem(question, None) == "'the flood' points back"
    named = parsed("In what year was the Tollmere flood followed by an outbreak of cholera?")
    assert "points back" not in (context_problem(named, None) or "")


def test_a_relative_clauses_verb_is_not_joined_to_the_sentence_when_the_parser_lost_it():
    from bench.generators.asks import Ask
    from bench.generators.clause_layout import clause_tokens

    # "The prize was won by Vold, whose plan, with towers marking the corners, was built at
    # Tromsø." read as the parser read such a sentence: "plan" the subject of "marking",
    # "was built" a verb joined to "won" by the comma alone
    words = ["The", "prize", "was", "won", "by", "Vold", ",", "whose", "plan", ",", "with",
             "towers", "marking", "the", "corners", ",", "was", "built", "at", "Tromsø", "."]
    heads = [1, 3, 3, 3, 3, 4, 5, 8, 12, 8, 8, 10, 5, 14, 12, 3, 17, 3, 17, 18, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct", "poss", "nsubj",
            "punct", "prep", "pobj", "relcl", "det", "dobj", "punct", "auxpass", "conj",
            "prep", "pobj", "punct"]
    pos = ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT",
           "ADP", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "AUX", "VERB", "ADP", "PROPN", "PUNCT"]
    tags = ["DT", "NN", "VBD", "VBN", "IN", "NNP", ",", "WP$", "NN", ",", "IN", "NNS", "VBG",
            "DT", "NNS", ",", "VBD", "VBN", "IN", "NNP", "."]
    ask = Ask(19, 20, "what", 19, 20, "clause-thing")
    assert clause_tokens(hand_parsed(words, heads, deps, pos, tags)[:], ask) is None
    # no relative word before the comma: one subject's verbs, which stay one clause
    words[7], tags[7] = "the", "DT"
    deps[7] = "det"
    kept = clause_tokens(hand_parsed(words, heads, deps, pos, tags)[:], ask)
    assert kept is not None and "built" in [t.text for t in kept]


def test_an_office_held_at_a_date_is_not_asked_without_it():
    asked = asked_of("The nave was rebuilt in the thirteenth century by Bishop Osmund of "
                     "Wellbury.")
    assert "Who was the bishop of Wellbury?" not in asked, asked
    undated = asked_of("Queen Maelis of Dunharrow wished to end the long quarrel.")
    assert undated.get("Who ruled Dunharrow?") == "Maelis", undated
