"""Every askable fact of a set of documents, from the extractors: definitions (bench's
expository patterns: "X is known as Y", italic terms, synonyms), ordinary prose
(generators.prose: appositives, titles, relations, cloze questions) and clauses
(generators.clauses: any sentence's names, dates, counts and objects asked from its parse)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bench.generators.clause_text import unquoted_speech
from bench.generators.clauses import clause_facts, parse
from bench.generators.expository import TEXTS, TextFact, extract_facts
from bench.generators.kind_words import NAME_PARTICLES
from bench.generators.paragraphs import Document, document_paragraphs
from bench.generators.prose import ProseFact, extract_prose_facts
from bench.generators.prose_names import Names
from bench.generators.qa_items import Phrasings, fill
from bench.generators.question_checks import NAME_SUFFIX, question_problem

EXTRACTORS = ("definitions", "prose", "clauses")


@dataclass(frozen=True)
class FoundFact:
    """A fact with where it is: its paragraph (id and clean text) and its evidence there."""

    window: str
    paragraph: str
    start: int  # offset of the evidence in the clean paragraph
    evidence: str
    phrasings: Phrasings
    terms: tuple[str, ...]  # names the fact states (the entity registry)
    subject: str  # the name it is about ("" when none): decoy questions replace it
    pattern: str


def find_facts(documents: list[Document], extractors: tuple[str, ...] = EXTRACTORS,
               rejected: list[tuple[FoundFact, str]] | None = None,
               ) -> tuple[list[FoundFact], Names]:
    """Facts in reading order, each question asked by one fact only (the first that asks
    it), and the names of the whole text. With the clause extractor (which parses the
    text) every fact's question also passes bench.generators.question_checks; the facts
    that fail, with why, go to `rejected` when given."""
    per_document = [document_paragraphs([doc]) for doc in documents]
    paragraphs = [p for found in per_document for p in found]
    names = Names("\n\n".join(p for _, _, p in paragraphs if p))
    if not paragraphs:
        return [], names
    found, seen = [], set()
    parsed = parse([p for _, _, p in paragraphs]) if "clauses" in extractors else None
    documents_of = [index for index, found in enumerate(per_document) for _ in found]
    clauses = clause_facts(parsed, documents_of) if parsed else [[] for _ in paragraphs]
    every = []
    for (window, raw, paragraph), from_clauses in zip(paragraphs, clauses):
        candidates = []
        if "definitions" in extractors:
            candidates += [_from_definition(window, paragraph, f) for f in extract_facts(raw)]
        if "prose" in extractors:
            candidates += [_from_prose(window, paragraph, f)
                           for f in extract_prose_facts(paragraph, names)]
        candidates += [_from_prose(window, paragraph, f) for f in from_clauses]
        every.append(candidates)
    if parsed:
        every = _checked(every, parsed.kinds, rejected if rejected is not None else [])
    answered: dict[str, set[str]] = {}  # each question, tense aside, with its answers
    tenseless: list[set[str]] = []  # each found fact's questions, tense aside
    for candidates in every:
        stated = set()
        for fact in candidates:
            # Any phrasing asked before ("Who was Osric Vell?" of "a judge named Osric
            # Vell" and of "Osric Vell was an old man") would give one question two
            # answers: the first fact keeps it. A sentence's answer found by two
            # extractors is one fact; a relation ("Who was Edgar's sister?") is another
            # fact than what the sentence says the person did.
            keys = {q.lower() for q in fact.phrasings.direct + fact.phrasings.paraphrase}
            said = (fact.start + len(fact.evidence), fact.phrasings.answer.lower(),
                    fact.pattern == "clause-role")
            asked = {_tenseless(k) for k in keys}
            for key in asked:
                answered.setdefault(key, set()).add(fact.phrasings.answer.lower())
            if not keys & seen and said not in stated:
                seen |= keys
                stated.add(said)
                found.append(fact)
                tenseless.append(asked)
    once = [f for f, asked in zip(found, tenseless) if not _two_answers(f, asked, answered)]
    return _single_answer_reverse(once), names


_PERFECT = re.compile(r"\b(?:had|has|have) (?=\w+ed\b|\w+en\b|lost|won|made|got|left|kept)")


def _tenseless(question: str) -> str:
    """A question without its perfect's "had"/"has"/"have" ("Colin had lost how many
    pounds?" and "Colin lost how many pounds?" ask one thing)."""
    return _PERFECT.sub("", question)


def _two_answers(fact: FoundFact, asked: set[str], answered: dict[str, set[str]]) -> bool:
    """Whether another fact of the text asks one of the fact's questions (`asked`, tense
    aside) with another answer ("Colin lost two pounds." and, weeks later, "Colin had lost
    three pounds."): a reader cannot tell which is meant."""
    own = fact.phrasings.answer.lower()
    return any(other not in own and own not in other
               for question in asked for other in answered[question])


# Facts that describe a name ("Who is Edric Pell?" -> "a heavy man with a loud voice"):
# a name has many right descriptions, so a quiz asks the description back for the name
# where the description picks one out, and not at all where it does not.
OPEN_DESCRIPTIONS = {"appositive", "named", "copula", "clause-copula"}


def _asked_by_name(fact: FoundFact) -> FoundFact | None:
    """A description fact asked back by its name from its first reverse question, or None
    when it has none or its description is indefinite ("a scholar", "a land of lakes and
    slow rivers": other things are too)."""
    if not fact.phrasings.reverse or not fact.phrasings.answer.startswith("the "):
        return None
    if all(word[:1].isupper() or word in NAME_PARTICLES
           for word in fact.phrasings.answer.split()[1:]):
        # "the Rudolphine Tables": another name of it (a translation), no description; "the
        # Lancastrian John de Vere": another one's name
        return None
    question, name = fact.phrasings.reverse[0]
    inner = question[:1].lower() + question[1:]
    phrasings = Phrasings(direct=(question, f"According to the text, {inner}"),
                          paraphrase=(f"In the text, {inner}",), answer=name, reverse=())
    return replace(fact, phrasings=phrasings, subject="",
                   pattern=fact.pattern + NAME_SUFFIX)


def _checked(every: list[list[FoundFact]], kinds, rejected: list) -> list[list[FoundFact]]:
    """The candidates whose question passes the checks, their failing reverse questions
    left out (one parse of every question and answer, in one batch); descriptions are
    asked back by their names."""
    from bench.generators.parser import english

    every = [[f for f in (_asked_by_name(c) if c.pattern in OPEN_DESCRIPTIONS else c
                          for c in candidates) if f is not None] for candidates in every]
    fit = []
    for candidates in every:
        fit.append([])
        for fact in candidates:
            problem = _evidence_problem(fact)
            if problem:
                rejected.append((fact, problem))
            else:
                fit[-1].append(fact)
    every = fit
    texts = []
    for candidates in every:
        for fact in candidates:
            texts += [fact.phrasings.direct[0], fact.phrasings.answer]
            for question, answer in fact.phrasings.reverse:
                texts += [question, answer]
    docs = iter(english().pipe(texts))
    kept = []
    for candidates in every:
        passed = []
        for fact in candidates:
            problem = question_problem(next(docs), next(docs), fact.pattern, kinds)
            reverse = []
            for question, answer in fact.phrasings.reverse:
                if not question_problem(next(docs), next(docs), "reverse", kinds):
                    reverse.append((question, answer))
            if problem:
                rejected.append((fact, problem))
                continue
            if len(reverse) < len(fact.phrasings.reverse):
                fact = replace(fact, phrasings=replace(fact.phrasings, reverse=tuple(reverse)))
            passed.append(fact)
        kept.append(passed)
    return kept


def _evidence_problem(fact: FoundFact) -> str | None:
    """Why a fact's evidence makes no question: a question or a speaker's words, a name
    joined by "&" or a number cut at its thousands comma that the fact asks in part, or a
    sentence the parser ended inside a word ("... the twin quasar Q0957" of "Q0957+561, the
    first gravitational lens ..."), whose last name is cut, or an answer that stands in its
    evidence only as half of a hyphenated word ("Curie" of "Frédéric Joliot-Curie")."""
    if unquoted_speech(fact.evidence):
        return "a question or a speaker's words"
    if _cut_at_ampersand(fact):
        return "a name joined by '&' asked in part"
    if _cut_at_hyphen(fact.phrasings.answer, fact.evidence):
        return "an answer cut at a hyphen"
    if _number_cut_at_comma(fact):
        return "a number cut at its thousands comma"
    end = fact.start + len(fact.evidence)
    following = fact.paragraph[end:end + 1]
    if fact.paragraph[fact.start:end] == fact.evidence and following and \
            not following.isspace():
        return "a sentence cut inside a word"
    return None


def _said(fact: FoundFact) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every question a fact is asked by (direct, paraphrase, reverse) and every answer."""
    phrasings = fact.phrasings
    return ((*phrasings.direct, *phrasings.paraphrase, *(q for q, _ in phrasings.reverse)),
            (phrasings.answer, *(a for _, a in phrasings.reverse)))


_NAME_WORD = r"[A-Z][\w'’.-]*"
_AMPERSAND_NAME = re.compile(rf"({_NAME_WORD}) & ({_NAME_WORD}(?: {_NAME_WORD})*)")


def _cut_at_ampersand(fact: FoundFact) -> bool:
    """"the Canal & River Trust" answered as "River Trust" or asked of as "River Trust is
    known ...": a name joined by "&" is one name; an answer that starts after the "&" or
    ends before it, or a question that holds its second part (of two words or more)
    without the "&", names nothing."""
    if "&" not in fact.evidence:
        return False
    questions, answers = _said(fact)
    for joined in _AMPERSAND_NAME.finditer(fact.evidence):
        left, right = joined.groups()
        if any(answer == right or answer.startswith(right + " ") or
               answer.endswith(left) and f"{answer} &" in fact.evidence for answer in answers):
            return True
        if " " in right and any(re.search(rf"(?<!& ){re.escape(right)}\b", question)
                                for question in questions):
            return True
    return False


def _cut_at_hyphen(answer: str, evidence: str) -> bool:
    """Whether every place the answer stands in the evidence joins a word by a hyphen (the
    parser splits "Joliot-Curie" at it, and a name's half is no answer), the hyphen kept
    in the answer or not ("Mohenjo-" of "Mohenjo-daro")."""
    before = r"(?<!\w)" if answer[:1].isalnum() else ""
    after = r"(?!\w)" if answer[-1:].isalnum() else ""
    spots = list(re.finditer(rf"{before}{re.escape(answer)}{after}", evidence))

    def joined(at: int, step: int) -> bool:
        return evidence[at:at + 1] == "-" and evidence[at + step:at + step + 1].isalpha()

    def cut(m) -> bool:
        start, end = m.start(), m.end()
        return joined(start - 1, -1) or joined(end, 1) or \
            answer[:1] == "-" and evidence[start - 1:start].isalpha() or \
            answer[-1:] == "-" and evidence[end:end + 1].isalpha()

    return bool(spots) and all(cut(m) for m in spots)


def _number_cut_at_comma(fact: FoundFact) -> bool:
    """"What is each bascule?" -> "a great steel leaf weighing more than 1" of "1,000 tons":
    an answer that ends in a number the evidence goes on with ",000"."""
    return any(answer[-1:].isdigit() and re.search(rf"{re.escape(answer)},\d{{3}}\b",
                                                   fact.evidence) for answer in _said(fact)[1])


def _single_answer_reverse(found: list[FoundFact]) -> list[FoundFact]:
    """The facts without the reverse questions that would have two answers: one another
    fact asks directly, or one that two facts ask back with different answers."""
    asked = {q.lower() for f in found for q in f.phrasings.direct + f.phrasings.paraphrase}
    answers: dict[str, set[str]] = {}
    for fact in found:
        for question, answer in fact.phrasings.reverse:
            answers.setdefault(question.lower(), set()).add(answer.lower())
    kept = []
    for fact in found:
        reverse = tuple(r for r in fact.phrasings.reverse
                        if r[0].lower() not in asked and len(answers[r[0].lower()]) == 1)
        kept.append(fact if reverse == fact.phrasings.reverse else
                    replace(fact, phrasings=replace(fact.phrasings, reverse=reverse)))
    return kept


def _from_definition(window: str, paragraph: str, fact: TextFact) -> FoundFact:
    text = TEXTS[fact.pattern]
    phrasings = Phrasings(
        direct=tuple(fill(p, fact.subject, fact.object) for p in text.direct),
        paraphrase=tuple(fill(p, fact.subject, fact.object) for p in text.paraphrase),
        answer=fact.object,
        reverse=tuple((fill(p, fact.subject, fact.object), fact.subject) for p in text.reverse))
    terms = ((fact.subject,) if fact.pattern == "definition" else
             (fact.subject, fact.object) if fact.pattern == "synonym" else (fact.object,))
    evidence = " ".join(fact.sentence.split())
    return FoundFact(window, paragraph, max(0, paragraph.find(evidence)), evidence, phrasings,
                     terms, "", fact.pattern)


def _from_prose(window: str, paragraph: str, fact: ProseFact) -> FoundFact:
    phrasings = Phrasings(direct=fact.phrasings[:2], paraphrase=fact.phrasings[2:],
                          answer=fact.answer, reverse=fact.reverse)
    terms = tuple(t for t in (fact.subject, *(a for _, a in fact.reverse)) if t[:1].isupper())
    return FoundFact(window, paragraph, fact.start, fact.sentence, phrasings, terms,
                     fact.subject, fact.pattern)
