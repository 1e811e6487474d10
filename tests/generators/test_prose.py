"""The prose extractor on texts written for these tests (tests/data/texts): a fantasy story
and a wiki-style article. Yield, kinds, evidence spans, and each pattern on a sentence."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from generators import GENERATORS
from generators.prose import extract_prose_facts
from generators.prose_names import Names, style_decoys

TEXTS = Path(__file__).resolve().parents[1] / "data" / "texts"


@pytest.fixture(scope="module", params=["envoy.txt", "wiki.txt"])
def built(request):
    path = TEXTS / request.param
    return path.read_text(encoding="utf-8"), GENERATORS.get("text")("mine", {"path": str(path)}, 1)


def test_yield_is_at_least_one_question_per_40_words(built):
    text, task = built
    facts = task.meta["facts"]
    asked = len({i.paraphrase_group for i in task.train + task.test if i.kind != "unanswerable"})
    assert asked == facts and facts >= len(text.split()) / 40


def test_story_task_has_every_kind_and_30_items():
    task = GENERATORS.get("text")("mine", {"path": str(TEXTS / "envoy.txt")}, 1)
    assert len(task.train) + len(task.test) >= 30
    assert {"paraphrase", "reverse", "unanswerable"} <= {i.kind for i in task.test}


def test_every_answer_is_in_its_evidence_span(built):
    _, task = built
    for item in task.train + task.test:
        if item.kind == "unanswerable":
            continue
        start, end = item.span
        assert task.corpus[start:end] == item.evidence
        assert any(answer in item.evidence for answer in item.answers), item


def test_decoys_are_in_the_texts_style_and_occur_nowhere(built):
    text, task = built
    decoy_questions = [i.question for i in task.test if i.kind == "unanswerable"]
    assert len(decoy_questions) == len(task.decoys) == 4
    for decoy, question in zip(task.decoys, decoy_questions):
        assert decoy.lower() not in text.lower() and decoy in question
    # Asked like the text's own facts, not in a surgery manual's style.
    assert not any("disease" in q or "operation" in q for q in decoy_questions)


NAMES = Names("King Tobrand of Carrowmere had a daughter. Orrin, the son of a miller, came. "
              "A shepherd named Orrin spoke. Sarhild said nothing. The queen was old. "
              "Vellamor, who served the crown, left. The journey took six days. In the spring "
              "it rained. He left.")


def _facts(sentence: str) -> dict[str, tuple[str, str]]:
    return {f.pattern: (f.phrasings[0], f.answer) for f in extract_prose_facts(sentence, NAMES)}


@pytest.mark.parametrize("sentence, pattern, question, answer", [
    ("Orrin, the son of a miller from Pell, had found a cave.", "appositive",
     "Who is Orrin?", "the son of a miller from Pell"),
    ("Queen Sarhild of Dunmarrow, the daughter of the old warlord Brannoc, wished to speak.",
     "relation", "Whose daughter is Sarhild of Dunmarrow?", "Brannoc"),
    ("The realm was ruled by King Tobrand of Carrowmere for years.", "title",
     "Who rules Carrowmere?", "Tobrand"),
    ("A shepherd named Orrin came to the palace.", "named", "Who is Orrin?", "A shepherd"),
    ("Vellamor, the advisor, who had served the crown for thirty years, wore black.",
     "who-clause", "Who had served the crown for thirty years?", "Vellamor"),
    ("Vellamor carried the lantern back to the hall.", "cloze-subject",
     "Who carried the lantern back to the hall?", "Vellamor"),
    ("The tower was built in 1834 by Anselm Korrigan.", "cloze-year",
     "In what year was the tower built by Anselm Korrigan?", "1834"),
    ("The journey to Greywatch took six days.", "cloze-count",
     "The journey to Greywatch took how many days?", "six"),
])
def test_each_pattern_on_one_sentence(sentence, pattern, question, answer):
    facts = _facts(sentence)
    assert facts.get(pattern) == (question, answer), facts


@pytest.mark.parametrize("sentence", [
    '"Sarhild wants the lantern," the advisor said.',  # a quote: whose words?
    "He ordered his guard to prepare horses.",  # he: nobody said before
    "It was a cold year.",
])
def test_sentences_that_need_context_give_nothing(sentence):
    assert extract_prose_facts(sentence, NAMES) == []


def test_he_and_she_carry_the_previous_sentences_person():
    facts = extract_prose_facts("Vellamor listened closely. He ordered his guard to ride out.",
                                NAMES)
    fact = next(f for f in facts if f.phrasings[0] == "Who ordered his guard to ride out?")
    assert fact.answer == "Vellamor"
    assert fact.sentence == "Vellamor listened closely. He ordered his guard to ride out."


def test_style_decoys_mix_the_texts_names():
    names = Names((TEXTS / "envoy.txt").read_text(encoding="utf-8"))
    decoys = style_decoys(names, 6, random.Random(3))
    assert len(decoys) == 6 and len(set(decoys)) == 6
    assert all(d.lower() not in names.text.lower() for d in decoys)
    assert Counter(d[0].isupper() for d in decoys) == {True: 6}
