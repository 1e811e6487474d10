"""Shapes the texts held out at f78606e got wrong: a "He" after a sentence whose subject
acts on "him" (another man), a relative clause's list cut at its first member, the pair of
"between" asked with a noun joined after it, "Who was X's friend?" (one of several), and
a "who" hung on the place after "the nurses from". Texts made up here, with other names
and words than the held-out texts; where the misreading is the parser's own, the parse is
given by hand."""

from __future__ import annotations

from tests.helpers import asked_of, hand_parsed, parsed


def test_a_he_after_a_sentence_whose_subject_acts_on_him_is_not_the_subject():
    other = asked_of("Greta Holm wanted him to move to Oslo, where she had a spare room and a "
                     "garden. He wanted to go back to Fjellvei Street, where he had lived since "
                     "1970.")
    assert not any("Greta Holm" in q or a == "Greta Holm" for q, a in other.items()), other
    # "his father took him": him is the subject himself, in a clause of its own
    himself = asked_of("Anders Holm said that his father took him to Oslo in 1951. He left "
                       "school at sixteen and studied law at the University of Oslo.")
    assert "Anders Holm" in himself.values() or any(q.startswith("Anders Holm")
                                                    for q in himself), himself


def test_a_relative_clauses_list_hung_on_the_person_marks_a_misparse():
    from spacy.tokens import Span

    from bench.generators.sentence_misreadings import apposition_after_a_relative

    cut = parsed("Ada Pell, who acquired a thorough knowledge of chemistry, the theory of "
                 "engines and bridge design, ran the works for ten years.")
    assert apposition_after_a_relative(next(cut.sents))
    # "Ada Pell, who ..., the daughter of ...": a person noun is the person's own
    words = ["Ada", "Pell", ",", "who", "ran", "the", "works", ",", "the", "daughter", "of",
             "Tom", "Pell", ",", "died", "."]
    heads = [1, 14, 1, 4, 1, 6, 4, 1, 9, 1, 9, 12, 10, 1, 14, 14]
    deps = ["compound", "nsubj", "punct", "nsubj", "relcl", "det", "dobj", "punct", "det",
            "appos", "prep", "compound", "pobj", "punct", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN",
           "ADP", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    doc = hand_parsed(words, heads, deps, pos)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert not apposition_after_a_relative(doc[:])


def test_the_pair_of_between_is_not_asked_with_a_noun_joined_after_it():
    asked = asked_of("The Ore Mountains are a mountain range on the border between Germany and "
                     "the Czech Republic and the highest part of the Bohemian Massif.")
    assert not any("between what" in q or "and what and" in q for q in asked), asked
    plain = asked_of("The Ore Mountains form the border between Germany and the Czech "
                     "Republic, and the highest peak is Klinovec.")
    assert "Germany and the Czech Republic" in plain.values(), plain


def test_a_friend_is_asked_whose_not_who():
    friend = asked_of("In 1847 Halvorsen learned that his friend Jakob Brenner, a lecturer in "
                      "law, had died in Bergen.")
    assert "Who was Halvorsen's friend?" not in friend, friend
    assert friend.get("Whose friend was Jakob Brenner?") == "Halvorsen", friend
    son = asked_of("In 1847 Halvorsen learned that his son Jakob Brenner, a lecturer in law, "
                   "had died in Bergen.")
    assert son.get("Who was Halvorsen's son?") == "Jakob Brenner", son


def test_a_who_after_the_place_of_people_is_theirs():
    from bench.generators.simplify import statements

    nurses = parsed("So do the nurses from Leeds, who work twelve-hour shifts, and the porters "
                    "from the flats.")
    assert not any(s.startswith("Leeds") for s in statements(next(nurses.sents)))
    person = parsed("Ann Dale, who works twelve-hour shifts, comes in on Sundays.")
    assert statements(next(person.sents)) == ["Ann Dale works twelve-hour shifts."]


def test_the_regex_extractor_does_not_carry_a_name_to_a_he_after_him():
    from bench.generators.prose import extract_prose_facts
    from bench.generators.prose_names import Names

    def answers(text: str) -> dict[str, str]:
        return {f.phrasings[0]: f.answer for f in extract_prose_facts(text, Names(text))}

    other = answers("Captain Ansel Varg wanted him to sail for Oslo on the morning tide. He "
                    "wanted to go home to Fjell Road in the spring.")
    assert not any("Fjell Road" in q for q, a in other.items() if a == "Ansel Varg"), other
    same = answers("Captain Ansel Varg sailed for Oslo on the morning tide. He wanted to go "
                   "home to Fjell Road in the spring.")
    assert any("Fjell Road" in q for q, a in same.items() if a == "Ansel Varg"), same
