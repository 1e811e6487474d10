"""Shapes the texts held out at 3a5a79d and e70a4cb got wrong: a speaker's words in the
middle of a quotation of several sentences, which read alone as plain narration
("Fifty-three, that'll be a run to Bridlington."), and "which alchemist" asked of "the
English alchemist" (the question reads as asking who). Texts made up here, with other names
and words than the held-out texts."""

from __future__ import annotations

from tests.helpers import asked_of


def test_a_sentence_inside_a_longer_quote_is_a_speakers_words():
    asked = asked_of('"Only if there is a dispute about it," Ruth said. "Which there might be. '
                     'Prescriptive easement in Ohio is twenty-one years. Your fence has stood '
                     'for twenty-two."')
    assert "Ohio" not in asked.values() and "twenty-one" not in asked.values()


def test_curly_quotes_are_followed_too():
    asked = asked_of("“Only if there is a dispute about it,” Ruth said. “Which there might be. "
                     "Prescriptive easement in Ohio is twenty-one years. Your fence has stood "
                     "for twenty-two.”")
    assert "Ohio" not in asked.values() and "twenty-one" not in asked.values()


def test_a_quote_closed_before_the_sentence_leaves_it_the_texts():
    from bench.generators.clause_text import inside_quotes

    def before_end(text: str) -> bool:
        return inside_quotes(text, [len(text)])[0]

    assert before_end('He said, "Which there might be. ')
    assert not before_end('He said, "Which there might be." ')
    assert not before_end("He said, “Which there might be.” ")
    # one pass over several sentence starts: open, still open, closed again
    text = 'He said, "One. Two." Three.'
    assert inside_quotes(text, [0, text.index("One"), text.index("Two"), text.index("Three")]) \
        == [False, True, True, False]


def test_which_person_does_not_ask_a_definite_persons_nationality():
    asked = asked_of("Suspicion fell on Ralph Dee, the Danish astrologer who cast horoscopes at "
                     "the Prague court, and on the dealer himself.")
    assert "Danish" not in asked.values()
    assert "Ralph Dee" in asked.values()
