"""Questions from any prose by its parse (spaCy): the clause extractor.

Each sentence's clause is parsed; every constituent worth asking (bench.generators.
clause_answers: names, dates, counts, objects, a copula's description) is replaced in place
by its wh-phrase ("Rollo agreed to swear fealty to whom?"), the quiz form of Lewis et al.
2019's cloze translation. In place, the question keeps the sentence's own words and
order, so no verb needs inflecting; a fronted adverbial that is the answer moves to the
end ("In 911, Rollo signed ..." -> "Rollo signed ... in what year?").

A question must stand alone: its subject is a name, a described noun or a "he/she/they/it" that the
previous sentence's named subject resolves (the evidence is then both sentences); it keeps a name,
number or date besides the answer; it has no other pronoun or demonstrative ("this region") whose
referent it lacks. Parenthetical asides are dropped before parsing: they confuse the parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bench.generators.asks import Ask, with_its_closing_quote
from bench.generators.blank_cuts import cuts_a_phrase
from bench.generators.clause_answers import entity_asks, member_asks
from bench.generators.clause_counts import year_of_asks
from bench.generators.clause_layout import DEMONSTRATIVES as _DEMONSTRATIVES
from bench.generators.clause_layout import POSSESSIVES as _POSSESSIVES
from bench.generators.clause_layout import (
    anaphoric,
    clause_tokens,
    connectives,
    fronted,
    is_name,
    lower_first,
)
from bench.generators.clause_misreadings import (
    keeps_a_misreading,
    kin_of_a_place,
    misparsed_subject,
    misread_lists,
)
from bench.generators.clause_pronouns import (
    Antecedent,
    apposed_name,
    conjoined_pronouns,
    definite_references,
    joined_subject,
    merge_heads,
    named_subject,
    names_by_head,
    resolve_pronoun,
    rival_people,
)
from bench.generators.clause_roles import role_facts
from bench.generators.clause_text import inside_quotes, quoted_speech, strip_asides
from bench.generators.clause_topic import (
    Topic,
    names_topic,
    other_person_subject,
    paragraph_topics,
    stands_for_topic,
    topic_words,
)
from bench.generators.entity_kinds import EntityKinds
from bench.generators.hung_phrases import hung_on_the_main_verb
from bench.generators.name_misreadings import list_of_names_misread, whole_names
from bench.generators.object_asks import misread_objects, object_asks
from bench.generators.phrase_asks import kind_asks
from bench.generators.prose_fact import ProseFact, make_fact, trimmed_answer
from bench.generators.sentence_misreadings import misread_sentence
from bench.generators.simplify import statements

_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "us", "i", "you", "me",
             "one", "itself", "themselves", "himself", "herself"}
MAX_QUESTION_WORDS = 40


@dataclass(frozen=True)
class Parsed:
    """Paragraphs (clean, one line each) with their parses (asides left out) and, for each
    parsed character, its offset in the paragraph; the names' kinds over all of them."""

    paragraphs: tuple[str, ...]
    docs: tuple
    where: tuple[tuple[int, ...], ...]
    kinds: EntityKinds


MAX_PARAGRAPH_CHARS = 20_000


def parse(paragraphs: list[str]) -> Parsed:
    from bench.generators.parser import english

    cleaned = [strip_asides(p) for p in paragraphs]
    # A "paragraph" past MAX_PARAGRAPH_CHARS is no prose (one 10 MB line of a dump): the
    # parser needs about 1 GB per 100,000 characters, so it is not parsed and asks nothing.
    docs = tuple(english().pipe(text if len(text) <= MAX_PARAGRAPH_CHARS else ""
                                for text, _ in cleaned))
    return Parsed(tuple(paragraphs), docs, tuple(tuple(w) for _, w in cleaned), EntityKinds(docs))


def clause_facts(parsed: Parsed, documents: list[int] | None = None) -> list[list[ProseFact]]:
    """Facts per paragraph, in reading order: each sentence's, then those of the statements
    its asides make (bench.generators.simplify), parsed in one batch. `documents` gives each
    paragraph's document (by index), whose topic bench.generators.clause_topic finds."""
    from bench.generators.parser import english

    said = [{s.start: statements(s) for s in doc.sents} for doc in parsed.docs]
    parses = iter(english().pipe(text for by_start in said for made in by_start.values()
                                 for text in made))
    derived = [{start: [next(parses) for _ in made] for start, made in by_start.items()}
               for by_start in said]
    topics = paragraph_topics(parsed.docs, documents or [0] * len(parsed.docs), parsed.kinds)
    return [_paragraph_facts(paragraph, doc, list(where), parsed.kinds, asides, topic)
            for paragraph, doc, where, asides, topic in zip(
                parsed.paragraphs, parsed.docs, parsed.where, derived, topics)]


def _paragraph_facts(paragraph: str, doc, where: list[int], kinds: EntityKinds,
                     asides: dict[int, list], topic: Topic | None = None) -> list[ProseFact]:
    facts: list[ProseFact] = []
    previous: Antecedent | None = None
    topic_at, other_before = None, False  # where the paragraph last named the topic
    before = ({}, 0)  # the sentence before: its names of things by head noun, and its start
    heads: dict[str, str] = {}  # the paragraph's names of things so far, by head noun
    sentences = list(doc.sents)
    quoted = inside_quotes(doc.text, [s.start_char for s in sentences])
    for sentence, in_quote in zip(sentences, quoted):
        start, end = where[sentence.start_char], where[sentence.end_char - 1] + 1
        subject = _subject(sentence)
        resolved = resolve_pronoun(subject, previous, kinds)
        by_topic = not resolved and topic_at is not None and not other_before and \
            stands_for_topic(subject, topic, kinds)
        if by_topic:  # "In 1853 he reported ...", "In 1976 the island was listed ..."
            resolved = topic.name
        words = topic_words(subject, topic) if by_topic else \
            {subject.i: resolved} if resolved else {}
        apposed = apposed_name(subject, kinds)
        if apposed:  # "The last attempt, the Pico Act of 1859, was ..." asks of the name
            words.update(apposed[0])
        # "The megaregion's area ...": the sentence before names it; the evidence is both.
        mine = names_by_head(sentence)
        words.update(definite_references(sentence, mine, before[0], heads))
        at = (topic_at if by_topic else previous.start) if resolved else \
            before[1] if words else start
        evidence = paragraph[at:end]
        named = named_subject(subject, kinds) or (apposed[1] if apposed else None) or \
            named_subject(_named_by_copula(sentence), kinds)
        # "Dunmore Lines ran steamers ..., and Sir Malcolm had ... . He ...": a "he" or
        # "she" after a sentence that names another such person is not resolved
        if named and joined_subject(subject):
            previous = None  # "Bernal and Crowfoot took ... . She ...": which of them?
        elif named:
            previous = Antecedent(*named, start, rival_people(sentence, subject, kinds))
        elif by_topic:  # a thing's next "It" is it, as after its name
            previous = Antecedent(topic.full if topic.noun else topic.name, not topic.noun,
                                  False, topic_at, rival_people(sentence, subject, kinds))
        elif resolved:  # "He told Ines Okafor ... . She ...": she may be Ines
            previous = previous._replace(told=subject.lower_, rivalled=previous.rivalled |
                                         rival_people(sentence, subject, kinds))
        else:
            previous = None
        before = (mine, start)
        heads = merge_heads(heads, mine)
        if topic is not None and names_topic(sentence, topic):
            topic_at = start
        # another may be a biography's "he" till the topic's named again (a thing: _rival_thing)
        other_before = topic is not None and not topic.noun and (
            other_person_subject(subject, topic, kinds) or
            other_before and not names_topic(sentence, topic))
        if quoted_speech(sentence.text) or in_quote or misread_sentence(sentence):
            continue  # a speaker's words, asides and all, are not the text's facts
        own = (paragraph[start:end], start)
        if 5 <= len(sentence) <= 60:
            facts.extend(role_facts(sentence, subject, kinds, *own))
        # An aside's statement before the sentence: where both ask one answer and both pass
        # the checks, the statement's plainer question is kept ("X was founded in what
        # year?" rather than "X, which was founded in what year, burned down in 1480?").
        facts.extend(_aside_facts(asides[sentence.start], kinds, *own))
        facts.extend(_sentence_facts(sentence, subject, words, kinds, (evidence, at), own))
    return facts


def clause_asks(sentence, kinds: EntityKinds) -> list[Ask]:
    """Everything the clause extractor asks of a sentence, in this order."""
    misread = misread_objects(sentence)  # what the parser may have misread: asked by neither
    asks = entity_asks(sentence, kinds) + object_asks(sentence, misread) + \
        kind_asks(sentence, misread) + member_asks(sentence, kinds) + year_of_asks(sentence)
    listed = misread_lists(sentence) | list_of_names_misread(sentence)
    names = whole_names(sentence)
    return [a for a in (with_its_closing_quote(sentence.doc, a) for a in asks)
            if _keeps_names_whole(set(range(a.answer_start, a.answer_end)), listed, names)
            and not cuts_a_phrase(sentence.doc, a)]


def _keeps_names_whole(answer: set[int], listed: set[int], names: list[set[int]]) -> bool:
    """Whether an answer takes none of a misread list and no part of a name without the
    rest ("Wilmot and [Crampton Bay]", "The Wind in the [Willows]")."""
    return not answer & listed and not any(name & answer and not name <= answer
                                           for name in names)


def _sentence_facts(sentence, subject, words: dict[int, str], kinds: EntityKinds,
                    evidence: tuple[str, int], own: tuple[str, int]) -> list[ProseFact]:
    """The sentence's constituents asked in place. `words` replace tokens that point back
    (a pronoun subject, "the megaregion") by the name the sentence before gives; a question
    that keeps one has `evidence` (the sentence with the one before), others `own`."""
    if not 5 <= len(sentence) <= 60 or subject is None or \
            (subject.tag_ in ("PRP", "DT") or anaphoric(subject)) and subject.i not in words \
            or misparsed_subject(subject) or hung_on_the_main_verb(sentence):
        return []
    facts, seen = [], set()
    conjoined = conjoined_pronouns(sentence, subject, kinds)
    for ask in clause_asks(sentence, kinds):
        if subject.dep_ == "expl" and not _counts_what_exists(sentence, ask):
            # "In Ardale there are [twelve] towns": a count is asked; what else is there
            # ("there was a mill in the valley of [what]", "a room with [20] paintings")
            # is one of many, and "There is debate whether [the Normans] ..." states
            # nothing of them.
            continue
        clause = next((c for c in conjoined if ask.answer_start in c[0]), None)
        if clause:  # "X tried ..., but he was stopped by [Y]": "X was stopped by whom?"
            fact = _fact(sentence, clause[1], ask, own, {**words, clause[1].i: clause[2]},
                         evidence)
        else:
            fact = _fact(sentence, subject, ask, own, words, evidence)
        if fact and fact.answer.lower() not in seen:
            seen.add(fact.answer.lower())
            facts.append(fact)
    return facts


def _counts_what_exists(sentence, ask) -> bool:
    """Whether the ask is the count of what an existential "there" says exists ("there are
    [twelve] towns", "... and [34] cities")."""
    if ask.pattern != "clause-count":
        return False
    noun = sentence.doc[ask.answer_end - 1].head
    while noun.dep_ == "conj":
        noun = noun.head
    return noun.dep_ in ("attr", "nsubj") and noun.head.i == sentence.root.i


def _aside_facts(statements_made: list, kinds: EntityKinds, evidence: str,
                 at: int) -> list[ProseFact]:
    """The facts of the statements a sentence's asides make, with the sentence as evidence
    (every answer is checked to be in it)."""
    facts = []
    for doc in statements_made:
        sentence = next(iter(doc.sents))
        subject = _subject(sentence)
        if subject is None or subject.tag_ in ("PRP", "DT") or quoted_speech(doc.text) or \
                len(list(doc.sents)) != 1:
            continue
        for ask in clause_asks(sentence, kinds):
            fact = _fact(sentence, subject, ask, (evidence, at))
            if fact:
                facts.append(fact)
    return facts


def _subject(sentence):
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    found = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    # "In 2010 there were twelve cities ...": an existential "there" stands where the
    # subject does; what exists is asked like an object.
    found += [c for c in root.children if c.dep_ == "expl" and c.text.lower() == "there"]
    return found[0] if found else None


def _named_by_copula(sentence):
    """"The most famous work of Norman art is [the Bayeux Tapestry]": the name a description
    subject is said to be, which a next sentence's "It" stands for; None if there is none."""
    root = sentence.root
    if root.lemma_ != "be" or any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" and
                                  c.i < root.i for c in root.children):
        return None
    # after the verb, as its attribute or (the parser's reading of an inverted copula) a
    # second subject
    return next((c for c in root.children if c.dep_ in ("attr", "nsubj") and c.i > root.i and
                 c.pos_ == "PROPN" and not any(g.dep_ == "conj" for g in c.children)), None)


def _awkward_embedding(doc, ask: Ask) -> bool:
    """A wh-phrase that cannot stand where its answer stood: a bare "when"/"where" inside a
    relative clause reads as a conjunction ("a fever that went through the hut when, and
    ..."), one inside a comparison asks nothing ("younger than who had expected?"), and one
    inside a likeness asks the picture, not the fact ("like looking into a pool when?")."""
    if ask.start > 0 and doc[ask.start - 1].dep_ == "mark" and \
            doc[ask.start - 1].lower_ in ("when", "while", "as", "once"):
        return True  # "And when how many years had passed, ...": "when" before the wh-word
    if ask.wh in ("when", "where") and any(
            a.dep_ == "prep" and a.lower_ == "like" for a in doc[ask.answer_start].ancestors):
        return True  # "like looking down into a swimming pool [at night]": the likeness's time
    last = max(t.i for t in doc[ask.start].sent if not t.is_punct)
    for clause in doc[ask.start].ancestors:
        if clause.dep_ == "relcl" and ask.wh in ("when", "where") and \
                clause.right_edge.i < last:
            return True  # not at the question's end ("... University Town which are where?")
        if clause.dep_ in ("advcl", "ccomp") and any(c.dep_ == "nsubj" for c in clause.children) \
                and any(c.dep_ == "mark" and c.lower_ in ("than", "as") for c in clause.children):
            return True
    return False


def _fact(sentence, subject, ask: Ask, own: tuple[str, int], replace: dict[int, str] | None = None,
          wider: tuple[str, int] | None = None) -> ProseFact | None:
    """The sentence asked for `ask` in place, with `replace` replacing the tokens they key
    (a name for "he", "" for a dropped article); its evidence is `own`, or `wider` when a
    replaced token stays in the question."""
    doc = sentence.doc
    replace = replace or {}
    asked = [replace[i] for i in replace if ask.start <= i < ask.end]
    if _awkward_embedding(doc, ask) or asked and not any(asked):
        # "The supply ship from the [Earth] consortium, the Meridian Star, was ...": the
        # answer is in words the question leaves out (not "began [work on the canal]",
        # which holds the name that "the canal" is given)
        return None
    evidence, at = own
    answer = trimmed_answer(doc[ask.answer_start:ask.answer_end].text)
    if not answer or answer not in evidence or len(answer.split()) > 12:
        return None
    keep = clause_tokens(sentence, ask)
    if keep is None or keeps_a_misreading(doc, keep, ask):
        return None
    opening_phrase = fronted(sentence, ask, subject)
    if opening_phrase is None:
        return None
    to_end = range(*opening_phrase) if opening_phrase else range(0)  # moved to the end
    dropped = connectives(sentence, subject, ask)
    pieces, moved, anchored, last = [], [], False, None
    # "[Over] 300 people": a word of the answer's entity left in the question anchors nothing
    entity = next((range(e.start, e.end) for e in sentence.ents
                   if e.start <= ask.answer_start < e.end), range(0))
    for token in keep:
        if token.i in dropped:
            continue
        out = moved if token.i in to_end else pieces
        if last is not None and token.i != last + 1 and out and not out[-1].endswith(" "):
            out.append(" ")  # an aside was left out between the two
        last = token.i
        if token.text in ("—", "–"):
            out.append(" ")
            continue
        if ask.start <= token.i < ask.end:
            if token.i == ask.start:
                out.append(ask.wh + " ")
            continue
        if token.i in replace:
            if replace[token.i]:
                out.append(replace[token.i] + token.whitespace_)
                anchored, evidence, at = True, *(wider or own)
            continue
        word = token.text.lower()
        if word in _POSSESSIVES and kin_of_a_place(token):
            return None
        if token.tag_ == "PRP" and word in _PRONOUNS or token.tag_ == "DT" and \
                word in _DEMONSTRATIVES or word in _POSSESSIVES and not anchored or \
                word in ("there", "here") and token.dep_ != "expl":
            return None  # the question would need what it refers to
        anchored = anchored or (token.pos_ in ("PROPN", "NUM") or bool(token.ent_type_)) and \
            token.i not in entity
        out.append(token.text_with_ws)
    if not anchored:
        return None
    question = "".join(pieces).strip().rstrip(" .,;:!")
    if opening_phrase:
        # "After the Siege of Antioch in 1097, Bohemond began ..." -> "Bohemond began ...
        # after the Siege of Antioch in what year?"
        tail = "".join(moved).strip().rstrip(" ,")
        first = doc[opening_phrase[0]]
        if first.pos_ != "PROPN" or opening_phrase[0] == ask.start:
            tail = tail[:1].lower() + tail[1:]
        question += " " + tail
    question = re.sub(r"\s+,", ",", re.sub(r"\s+", " ", question))
    opening = min([t.i for t in keep if t.i not in dropped and t.i not in to_end and
                   replace.get(t.i) != ""], default=sentence.start)
    if opening != sentence.start:
        question = lower_first(question, doc[opening])
    words = question.split()
    if not 4 <= len(words) <= MAX_QUESTION_WORDS or answer.lower() in question.lower():
        return None
    question = question[0].upper() + question[1:]
    # After "According to the text, " the question keeps its capital only where it opens
    # with a name ("Osric Vell spoke with whom?"), not with its wh-word ("who invaded ...").
    named = not ask.start <= opening < ask.end and (replace.get(opening, "")[:1].isupper() or
                                                    is_name(doc[opening]))
    inner = question if named else question[:1].lower() + question[1:]
    fact = make_fact(ask.pattern, answer, [question, "According to the text, " + inner,
                                           "In the text, " + inner], "")
    return ProseFact(fact.pattern, fact.answer, fact.phrasings, (), evidence, at, "")
