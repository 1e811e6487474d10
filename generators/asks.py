"""What the clause extractor asks of a sentence, as a value: which tokens a wh-phrase
replaces and which tokens are the gold answer (bench.generators.clause_answers,
clause_counts, object_asks and phrase_asks find them; bench.generators.clauses lays out
the question)."""

from __future__ import annotations

from dataclasses import dataclass, replace

# Dependencies of a word that only modifies another: a name there is no answer of its own.
MODIFIER_DEPS = {"compound", "amod", "nmod", "appos", "npadvmod", "advmod", "det"}


@dataclass(frozen=True)
class Ask:
    """One thing to ask: tokens [start, end) of the sentence are replaced by `wh`; the gold
    answer is tokens [answer_start, answer_end)."""

    start: int
    end: int
    wh: str
    answer_start: int
    answer_end: int
    pattern: str


def with_its_closing_quote(doc, ask: Ask) -> Ask:
    """The ask with the closing quotation mark its answer opened (the parser leaves it out of
    the phrase: "known as [the "First Family]"" asked "known as what "?"), when the wh-word
    replaces the answer's own tokens."""
    end = ask.answer_end
    opened = sum(doc[i].text == '"' for i in range(ask.answer_start, end)) % 2
    if not opened or end >= len(doc) or doc[end].text != '"' or \
            (ask.start, ask.end) != (ask.answer_start, end):
        return ask
    return replace(ask, end=end + 1, answer_end=end + 1)
