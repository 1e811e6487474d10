"""Questions from any prose by its parse (spaCy): the clause extractor.

Each sentence's clause is parsed; every constituent worth asking (bench.generators.
clause_answers: names, dates, counts, objects, a copula's description) is replaced in place
by its wh-phrase ("Rollo agreed to swear fealty to whom?"), the quiz form of Lewis et al.
2019's cloze translation. In place, the question keeps the sentence's own words and
order, so no verb needs inflecting; a fronted adverbial that is the answer moves to the
end ("In 911, Rollo signed ..." -> "Rollo signed ... in what year?").

A question must stand alone: its subject is a name, a described noun or a "he/she/they/it"
that the previous sentence's named subject resolves (the evidence is then both
sentences); it keeps a name, number or date besides the answer; it has no other pronoun
or demonstrative ("this region") whose referent it lacks. Parenthetical asides are
dropped before parsing (they confuse the parser and make no good questions).
"""

from __future__ import annotations

import re

from bench.generators.clause_answers import Ask, entity_asks, object_asks
from bench.generators.prose_fact import ProseFact, make_fact

_PAREN = re.compile(r"\s*\([^()]*\)|\s*\[[^\]]*\]")
_QUOTES = re.compile(r"[\"“”]")
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "us", "i", "you", "me",
             "one", "itself", "themselves", "himself", "herself"}
_DEMONSTRATIVES = {"this", "these", "that", "those", "such"}
_POSSESSIVES = {"his", "her", "its", "their", "our", "my", "your"}
_QUANTIFIERS = {"many", "some", "most", "several", "others", "both", "all", "each", "few",
                "another", "other", "none", "either", "neither"}
MAX_QUESTION_WORDS = 40


def strip_asides(paragraph: str) -> tuple[str, list[int]]:
    """The paragraph without parenthetical and bracketed asides, and for each of its
    characters the offset of that character in the paragraph."""
    keep, cursor = [], 0
    for match in _PAREN.finditer(paragraph):
        keep.extend(range(cursor, match.start()))
        cursor = match.end()
    keep.extend(range(cursor, len(paragraph)))
    return "".join(paragraph[i] for i in keep), keep


def clause_facts(paragraphs: list[str]) -> list[list[ProseFact]]:
    """Facts per (clean, one-line) paragraph, in reading order."""
    from bench.generators.parser import english

    cleaned = [strip_asides(p) for p in paragraphs]
    docs = english().pipe(text for text, _ in cleaned)
    return [_paragraph_facts(paragraph, doc, where)
            for paragraph, (_, where), doc in zip(paragraphs, cleaned, docs)]


def _paragraph_facts(paragraph: str, doc, where: list[int]) -> list[ProseFact]:
    facts: list[ProseFact] = []
    previous = None  # (subject text, person?, plural?, evidence start) of the last named subject
    for sentence in doc.sents:
        start, end = where[sentence.start_char], where[sentence.end_char - 1] + 1
        evidence, at = paragraph[start:end], start
        subject = _subject(sentence)
        resolved = _resolve(subject, previous)
        if resolved:
            at = previous[3]
            evidence = paragraph[at:end]
        named = _named_subject(subject)
        previous = (named + (start,)) if named else (previous if resolved else None)
        if subject is None or _QUOTES.search(sentence.text) or not 5 <= len(sentence) <= 60:
            continue
        if subject.tag_ in ("PRP", "DT") and not resolved or _anaphoric(subject):
            continue
        seen = set()
        for ask in entity_asks(sentence) + object_asks(sentence):
            fact = _fact(sentence, subject, resolved, ask, evidence, at)
            if fact and fact.answer.lower() not in seen:
                seen.add(fact.answer.lower())
                facts.append(fact)
    return facts


def _subject(sentence):
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    found = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    return found[0] if found else None


def _named_subject(subject) -> tuple[str, bool, bool] | None:
    """(text, person?, plural?) of a subject that is a name ("the Normans", "Rollo")."""
    if subject is None or not (subject.pos_ == "PROPN" or subject.ent_type_):
        return None
    tokens = [t for t in subject.subtree if t.i <= subject.i or t.dep_ in ("compound", "flat")]
    text = subject.doc[tokens[0].i:tokens[-1].i + 1].text
    return text, subject.ent_type_ in ("PERSON", "NORP"), subject.tag_ in ("NNPS", "NNS") or \
        subject.ent_type_ == "NORP"


def _resolve(subject, previous) -> str:
    """The name a sentence-opening "He/She/They/It" stands for, from the previous
    sentence's named subject when person and number agree; "" otherwise."""
    if subject is None or previous is None or subject.tag_ != "PRP" or subject.i != \
            subject.sent.start:
        return ""
    text, person, plural = previous[:3]
    word = subject.text.lower()
    agrees = (word in ("he", "she") and person and not plural or word == "they" and plural or
              word == "it" and not person and not plural)
    return text if agrees else ""


def _anaphoric(subject) -> bool:
    """A subject that points back ("the region", "these counties", "its population")."""
    words = list(subject.subtree)
    if any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ for t in words):
        return False
    first = words[0].text.lower()
    return first in _DEMONSTRATIVES | _POSSESSIVES | _QUANTIFIERS or (
        first == "the" and len(words) <= 3)


def _fact(sentence, subject, resolved: str, ask: Ask, evidence: str, at: int) -> ProseFact | None:
    doc = sentence.doc
    answer = doc[ask.answer_start:ask.answer_end].text.strip(" ,.;:")
    if not answer or answer not in evidence or len(answer.split()) > 12:
        return None
    keep = _clause_tokens(sentence, ask)
    if keep is None:
        return None
    fronted = _fronted(sentence, ask, subject)
    if fronted is None:
        return None
    pieces, anchored, last = [], False, None
    for token in keep:
        if last is not None and token.i != last + 1 and pieces and not pieces[-1].endswith(" "):
            pieces.append(" ")  # an aside was left out between the two
        last = token.i
        if fronted and fronted[0] <= token.i < fronted[1]:
            continue  # the opening adverbial that is asked goes to the end
        if ask.start <= token.i < ask.end:
            if token.i == ask.start:
                pieces.append(ask.wh + " ")
            continue
        if token.i == subject.i and resolved:
            pieces.append(resolved + token.whitespace_)
            anchored = True
            continue
        word = token.text.lower()
        if token.tag_ == "PRP" and word in _PRONOUNS or token.tag_ == "DT" and \
                word in _DEMONSTRATIVES or word in _POSSESSIVES and not anchored or \
                word in ("there", "here") and token.dep_ == "advmod":
            return None  # the question would need what it refers to
        anchored = anchored or token.pos_ in ("PROPN", "NUM") or bool(token.ent_type_)
        pieces.append(token.text_with_ws)
    if not anchored:
        return None
    question = "".join(pieces).strip().rstrip(" .,;:!")
    if fronted:
        question += " " + ask.wh
    question = re.sub(r"\s+,", ",", re.sub(r"\s+", " ", question))
    if fronted and fronted[0] == sentence.start:
        question = _lower_first(question, doc[fronted[1]])
    words = question.split()
    if not 4 <= len(words) <= MAX_QUESTION_WORDS or answer.lower() in question.lower():
        return None
    question = question[0].upper() + question[1:]
    fact = make_fact(ask.pattern, answer, [question, "According to the text, " + _lower_first(
        question, doc[keep[0].i]), "In the text, " + _lower_first(question, doc[keep[0].i])], "")
    return ProseFact(fact.pattern, fact.answer, fact.phrasings, (), evidence, at, "")


def _fronted(sentence, ask: Ask, subject) -> tuple[int, int] | tuple[()] | None:
    """For an answer before the subject: the tokens [start, end) of the opening phrase to
    move to the end ("In 1066, William ..." -> "William ... in what year"), when the
    answer is that whole phrase; None when it is only part of one (no question); () when
    the answer is not before the subject."""
    if ask.end > subject.left_edge.i:
        return ()
    first = sentence.doc[ask.start]
    if first.dep_ != "prep" or first.head != sentence.root or first.right_edge.i + 1 != ask.end:
        return None
    end = ask.end + (sentence.doc[ask.end].text == "," if ask.end < sentence.end else 0)
    return ask.start, end


def _clause_tokens(sentence, ask: Ask):
    """The tokens of the clause the answer is in: a sentence's other independent clauses
    ("..., and the king fled") are left out; None when the answer is in one with no
    subject of its own."""
    root = sentence.root
    clauses = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    own = [c for c in clauses if any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    for clause in clauses:
        span = {t.i for t in clause.subtree}
        if ask.answer_start in span:
            if clause not in own:  # shares the sentence's subject: ask the whole sentence
                drop = _asides(sentence, ask)
                return [t for t in sentence if t.i not in drop]
            return [t for t in sentence if t.i in span and t.dep_ != "cc" or t.i == ask.start]
    drop = _asides(sentence, ask)
    drop |= {t.i for c in own for t in c.subtree}
    drop |= {t.i for c in own for t in sentence if t.i == c.left_edge.i - 1 and t.dep_ in (
        "cc", "punct")}
    drop |= {t.i for t in root.children if t.dep_ == "cc" and any(
        c.left_edge.i == t.i + 1 for c in own)}
    return [t for t in sentence if t.i not in drop]


def _asides(sentence, ask: Ask) -> set[int]:
    """Token indices of asides set off by commas (", which began in 911 as a fiefdom,",
    ", a region in France") that hold neither the answer nor its wh-phrase: a question
    reads better, and stays under the length limit, without them."""
    doc, drop = sentence.doc, set()
    for token in sentence:
        if token.dep_ not in ("relcl", "acl", "appos", "advcl") or token.i == sentence.root.i:
            continue
        first, last = token.left_edge.i, token.right_edge.i
        if token.dep_ == "appos":
            first = min(first, token.head.right_edge.i + 1) if token.head.i < token.i else first
        if first <= sentence.start or doc[first - 1].text != "," or \
                first <= ask.start < last + 1 or first <= ask.answer_start < last + 1:
            continue
        closing = last + 1 < sentence.end and doc[last + 1].text == ","
        drop |= set(range(first - 1, last + 1 + closing))
    return drop


def _lower_first(question: str, first) -> str:
    """The question with its first letter lowered, unless it opens with a name."""
    if first.pos_ == "PROPN" or first.ent_type_ or first.text == "I":
        return question
    return question[:1].lower() + question[1:]
