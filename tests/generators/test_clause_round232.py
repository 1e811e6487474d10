"""A parent asked back, a correlative comparison and a preposition joined to a verb past its
participle (bench.generators.clause_roles, sentence_misreadings and hung_phrases), from the
faults the labellers of set 88 found at round 230's rules: "Whose father was Thomas?",
"gave councils what a block was?" -> "a larger subsidy per flat the taller", "produced the
basic drawings in about two weeks and for what?". Texts made up here, with other names and
words than the labelled texts."""

from __future__ import annotations

from tests.helpers import asked_of


def test_a_parent_is_not_asked_back():
    from bench.generators.paragraphs import Document
    from bench.generators.text_facts import find_facts

    text = ("In 2009 the painter Ewan Tulloch and his father Magnus argued that the carvings "
            "matched the shapes of old fishing knots, and wrote a pamphlet, the Kelso Knots, "
            "which they sold at the door.")
    facts, _ = find_facts([Document("t", text)])
    reverse = [q for f in facts for q, _ in f.phrasings.reverse]
    assert not any(q.startswith("Whose father") for q in reverse), reverse
    asked = [q for f in facts for q in f.phrasings.direct]
    assert "Who was Ewan Tulloch's father?" in asked, asked  # still asked the one way


def test_a_correlative_comparison_spoils_the_sentence():
    from bench.generators.parser import english
    from bench.generators.sentence_misreadings import comparative_correlative

    text = ("From 1962 the Harbour Levy Act paid boroughs a larger grant per berth the deeper "
            "a dock was.")
    assert comparative_correlative(next(english()(text).sents))
    assert not any("the deeper" in q for q in asked_of(text)), asked_of(text)
    plain = "The younger Tarrant sold the lower mill at Corbridge in 1911."
    assert not comparative_correlative(next(english()(plain).sents))


def test_a_preposition_joined_to_a_verb_past_its_participle_is_not_asked():
    from bench.generators.hung_phrases import preposition_joined_to_a_verb
    from bench.generators.parser import english

    text = ("Brannock is said to have produced the basic drawings in about two weeks, drawing "
            "on the firm's earlier designs for the Tarrow Building in Fenn-Marlow, North "
            "Dakota, and for the Ossel Tower in Cleveland, Ohio.")
    assert preposition_joined_to_a_verb(next(english()(text).sents))
    assert not any("and for" in q for q in asked_of(text)), asked_of(text)
