"""Rule-based facts from expository text, no LLM needed.

Three sentence patterns give (subject, object) facts whose answer is a span of the source:
- known-as:   "The coughing up of blood from the lungs is known as hæmoptysis."
- definition: "_Onychia_ is the term applied to an infection of ..." (italic term first), or
              a run-in heading "#Adenoma.#--This is a comparatively rare tumour ..."
- synonym:    "... _opsonins_, or _alexins_, ..."
Two more give a name's short form (bench.generators.short_names):
- acronym:    "... the United States Geological Survey (USGS) ..."
- short-form: "Southern California, often abbreviated SoCal, ..."
Patterns read Gutenberg markup (_italics_, #headings#) where it exists and also work on
plain text; the facts' sentences are returned markup-free.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bench.generators.gutenberg import clean_markup
from bench.generators.qa_items import RelationText
from bench.generators.short_names import acronyms, short_forms
from bench.generators.windows import sentences

_WORD = r"[^\W\d_][\w'’-]*"
_TERM = rf"{_WORD}(?: {_WORD}){{0,3}}"
PATTERNS: dict[str, re.Pattern] = {
    "known-as": re.compile(
        rf"^(?P<s>(?:The|A|An) [^;:()\"_#]{{3,90}}?),? (?:is|are) (?:also |usually |commonly "
        rf"|sometimes |then )?(?:known as|called|termed|designated) (?:an? |the )?[\"_]?"
        rf"(?P<o>{_TERM})[\"_]?(?=[.,;:]|--|$)"),
    "definition": re.compile(
        rf"^(?:(?:An? |The )?_(?P<s>{_TERM})_,? (?:is|are) |#(?P<h>{_TERM})\.?#--(?:This|It) is )"
        rf"(?P<o>(?:an? |the )[^.;:,()]{{8,90}}?)(?=[.;:,(]|$)"),
    "synonym": re.compile(
        rf"_(?P<s>{_TERM})_, or _(?P<o>{_TERM})_,"),
}

TEXTS: dict[str, RelationText] = {
    "known-as": RelationText(
        prose=(), direct=("What is {s} known as?", "What is {s} called?"),
        paraphrase=("What term is used for {s}?", "What name is given to {s}?"),
        reverse=("What is meant by {o}?",)),
    "definition": RelationText(
        prose=(), direct=("What is {s}?", "Describe {s} in one phrase."),
        paraphrase=("What does the term {s} refer to?", "Define {s}."),
        reverse=("What is the name for {o}?",)),
    "synonym": RelationText(
        prose=(), direct=("What is another name for {s}?", "{s} is also known as what?"),
        paraphrase=("By what other name is {s} known?",),
        reverse=("What is another name for {o}?",)),
    # asked from the name: out of its text an acronym can stand for many things ("CBD")
    "acronym": RelationText(
        prose=(), direct=("What is the abbreviation for {s}?", "How is {s} abbreviated?"),
        paraphrase=("What acronym stands for {s}?",)),
    "short-form": RelationText(
        prose=(), direct=("What is {s} abbreviated as?", "What short name is {s} known by?"),
        paraphrase=("What is {s} called for short?",),
        reverse=("What is {o} short for?",)),
}


@dataclass(frozen=True)
class TextFact:
    """A fact found in a sentence; offsets are into the cleaned paragraph."""

    pattern: str
    subject: str
    object: str
    sentence: str
    start: int
    end: int


def extract_facts(paragraph: str) -> list[TextFact]:
    """Facts in one paragraph (raw, possibly with markup), in reading order."""
    clean = clean_markup(paragraph)
    facts, cursor = [], 0
    for start, end in sentences(paragraph):
        raw = paragraph[start:end]
        sentence = clean_markup(raw)
        at = clean.find(sentence, cursor)
        if at < 0:
            continue
        cursor = at + len(sentence)
        for pattern, regex in PATTERNS.items():
            match = regex.search(" ".join(raw.split()))
            if match:
                fact = _fact(pattern, match, sentence, at)
                if fact:
                    facts.append(fact)
                break
        end = at + len(sentence)
        facts += [TextFact("acronym", name, short, sentence, at, end)
                  for short, name in acronyms(sentence)]
        facts += [TextFact("short-form", name, short, sentence, at, end)
                  for name, short in short_forms(sentence)]
    return facts


def _fact(pattern: str, match: re.Match, sentence: str, at: int) -> TextFact | None:
    subject = clean_markup(match.group("s") or match.group("h") or "").strip()
    obj = _NAMING.sub("", clean_markup(match.group("o")).strip())
    if match.groupdict().get("h"):
        subject = subject.lower()  # run-in headings are Title Case
    subject = _ARTICLE.sub("", subject) if pattern == "definition" else subject
    if subject[:1].isupper() and subject[1:2].islower():
        subject = subject[0].lower() + subject[1:]  # capitalised only as a sentence start
    if not _plausible(pattern, subject, obj):
        return None
    return TextFact(pattern, subject, obj, sentence, at, at + len(sentence))


_ARTICLE = re.compile(r"^(?:the|a|an) ", re.I)
_NAMING = re.compile(r"^the (?:term|name) (?:applied|given) to ", re.I)
_DEICTIC = re.compile(r"\b(?:this|these|that|those|such|it|its|which|former|latter)\b", re.I)


def _plausible(pattern: str, subject: str, obj: str) -> bool:
    """Keep facts a closed-book question can ask about on its own."""
    if len(subject) < 3 or len(obj) < 3 or subject.lower() == obj.lower():
        return False
    # "this condition", "the commonest of these" need the previous sentence to make sense.
    if _DEICTIC.search(subject) or _DEICTIC.search(obj):
        return False
    if len(_ARTICLE.sub("", obj).split()) < 3 and " " in obj:
        return False  # "a rare condition", "the last resource": true but not a definition
    if pattern == "known-as" and len(subject.split()) < 4:
        return False  # "the affection is called X": which affection?
    return len(obj.split()) <= 16 and len(subject.split()) <= 16
