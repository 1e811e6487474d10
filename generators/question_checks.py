"""Checks every extracted question must pass, from its parse, whatever rule wrote it.

A closed-book question is read without its text, so it must be a whole question (a finite
verb, not a fragment), stand alone (bench.generators.question_context: no "he", "this",
"the island", "later", no past event nothing in it picks out), say something (not "Who
was furious?"), ask a yes-able thing (no negation: "Edric was not what?") and ask for the
answer's type: "who" for a person, "what" for a thing, "when" for a time, "how many" for a
count. A vacuous answer ("a man", "the whole island": bench.generators.answer_checks) fails too.
Each check holds for any text; none knows a text's words.
"""

from __future__ import annotations

import re

from bench.generators.answer_checks import vacuous
from bench.generators.answer_kinds import is_count, is_name, is_time
from bench.generators.entity_kinds import PERSON, THING, EntityKinds
from bench.generators.kind_words import PERSON_NOUNS, THING_WORDS, TIME_WORDS, person_noun
from bench.generators.question_context import BODIES, DIRECTIONS, context_problem
from bench.generators.question_garbles import PREPOSITIONS, garbled
from bench.generators.question_phrases import WH, wh_phrase
from bench.generators.short_names import SHORT_FORM_PATTERNS

PERSON_PATTERNS = {"clause-person", "clause-role", "cloze-agent", "who-clause", "title", "role"}
THING_PATTERNS = {"clause-thing"}
PLACE_PATTERNS = {"clause-place"}
TIME_PATTERNS = {"clause-year", "clause-date", "cloze-year"}
COUNT_PATTERNS = {"clause-count", "cloze-count"}
# Patterns that ask a sentence back with one constituent replaced: they must keep enough of
# it to pick one fact out.
CLOZE_PATTERNS = ("clause-", "cloze-", "who-clause")
MIN_CONTENT_WORDS = 3
# Below this many, a question needs a number or an asked time to pin its one event down.
ANCHORED_CONTENT_WORDS = 4
# A description fact asked back by its name ("Who was the daughter of Brannoc?" -> Sarhild)
# has its pattern with this suffix (bench.generators.text_facts).
NAME_SUFFIX = "-name"

def question_problem(question, answer, pattern: str, kinds: EntityKinds) -> str | None:
    """Why a question (its parse) with its answer (the answer's parse) is not asked, or
    None when it passes."""
    if not _finite(question):
        return "no finite verb"
    if _subjectless(question):
        return "no subject"  # "Came in from Methven with how many pounds?": who came?
    if question[0].lower_ in _BE and question[0].pos_ in ("AUX", "VERB"):
        # "[Among those aboard] were Ismay, Andrews and ..., including whom?": the opening
        # phrase of an inverted sentence was its predicate
        return "a verb first, its inverted sentence's opening dropped"
    if any(t.dep_ == "neg" or t.lower_ == "never" for t in question) or len(answer) > 1 and \
            answer[0].lower_ in ("no", "neither"):
        return "negation"  # (or in the answer: "had struck what since 1775?" -> no copper)
    if len(question) > 1 and question[0].lower_ in _REPLIES and question[1].text == ",":
        return "a reply in dialogue"  # "Yes, there'd been how many pounds in April?": whose?
    if pattern in SHORT_FORM_PATTERNS:
        return vacuous(answer)  # a fixed form around the text's name: "How is X abbreviated?"
    # how much of its sentence a cloze question keeps: counted once, used twice below
    content = _content_words(question) if _asked_back(pattern) else None
    if content is not None and content < MIN_CONTENT_WORDS:
        return "too little to pick one fact out"
    if _length_of_time_of_a_bare_verb(question):
        return "a length of time of a bare verb"  # "Lynne watched for how many minutes?"
    problem = context_problem(question, kinds) or vacuous(answer) or _short_name(answer, kinds)
    if problem:
        return problem
    if pattern == "cloze-subject" and len(question) > 1 and question[1].pos_ not in (
            "VERB", "AUX", "ADV", "PART"):
        return "not a subject question"  # "What adventurers founded ...?" -> "Norman"
    if len(answer) > 1 and answer[-1].tag_ == "IN":
        return "an answer cut after its preposition"  # "continued [the line for] 40 km"
    if len(answer) > 1 and answer[-1].tag_ == "CC":
        return "an answer cut after its conjunction"  # "marking [the launch of Sputnik 1 and]"
    if any(t.dep_ == "amod" and t.pos_ == "ADJ" and t.i > t.head.i and
           any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) for t in answer):
        return "an adjective after the noun read into the answer"  # "the church free of charge"
    if len(answer) == 1 and re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", answer[-1].text):
        return "an abbreviation cut at its last full stop"  # "between which states?" -> U.S
    problem = garbled(question, answer, pattern)
    if problem:
        return problem
    if _whereabouts(question):
        return "who was somewhere: others may have been"
    if _date_of_a_subordinate_verb(question):
        return "whose date? the last verb before 'when' is another event's"
    if _dated_aside(question):
        return "whose date? another event of the question may be meant"
    if _also_asked(question):
        return "'also' what? one more of what was told before"  # "also designed what?"
    problem = _type_mismatch(question, answer, pattern, kinds)
    if problem is None and content is not None and content < ANCHORED_CONTENT_WORDS and \
            _unanchored(question, pattern):
        return "too thin to stand without its text"
    return problem


def _asked_back(pattern: str) -> bool:
    """Whether a pattern asks its sentence back with one constituent replaced, which must
    keep enough of the sentence (a copula's or a role's description is asked whole)."""
    return pattern.startswith(CLOZE_PATTERNS) and pattern not in ("clause-copula", "clause-role")


def _unanchored(question, pattern: str) -> bool:
    """"Mr Shaw had put on what?", "Who had known Newcomen's associates?": a question of
    few content words (the caller counts them), with no number in it and asking no time,
    often leans on what the text said around it (which tie, whose associates); one that
    dates its event ("Who sailed to Kelloran in 1250?") or asks its date ("Lord Cobham died
    when?") is pinned."""
    skip = wh_phrase(question)
    if any(t.pos_ == "NUM" and t.i not in skip for t in question):
        return False
    return asked_type(question.text, pattern) != "time" and \
        not any(t.lower_ == "when" for t in question)


_BE = {"is", "was", "are", "were"}
_REPLIES = {"yes", "no", "yeah", "yep", "nope", "aye", "okay", "ok", "well", "oh", "ah", "right",
            "sure"}


def _also_asked(question) -> bool:
    """Whether "also", "too" or "as well" stands beside the asked object ("Irène
    Joliot-Curie also won what?", "was believed to supply what as well?"): what is asked is
    one more of what the text told before."""
    wh = next((t for t in question if t.lower_ in WH), None)
    if wh is None:
        return False
    thing = wh.head if wh.dep_ == "det" else wh
    if thing.dep_ == "pobj" and thing.head.dep_ == "prep" and (
            thing is wh or thing.lower_ in ("place", "places")) and \
            thing.head.lower_ not in ("including", "like", "such"):
        # "Sibelius also took courses at what?": the place of one more thing told
        thing = thing.head
        if thing.head.dep_ == "dobj":
            thing = thing.head
    return thing.dep_ in ("dobj", "prep") and any(
        c.dep_ == "advmod" and (c.lower_ in ("also", "too") or c.lower_ == "well" and
                                any(g.lower_ == "as" for g in c.children))
        for c in thing.head.children)


# A time question whose wh-phrase opens it ("When was ...", "In what year did ..."), not a
# "When" that opens a clause ("When the younger Taylor died in what year, ...")
_FRONTED_TIME = re.compile(r"^(?:when (?:was|were|did|is|are|had|has|do|does)\b|"
                           r"in (?:what|which) year\b)", re.I)


def _dated_aside(question) -> bool:
    """"In what year was the contract awarded to Dorman Long, the steelmaker founded in
    Middlesbrough by ...?": a fronted time question over a sentence whose apposition has
    its own participle (founded, built, born), a clause with a subject of its own, a second
    verb joined by "and", a participle two phrases deep, or a last participle said of
    another noun, may ask either event's date."""
    if _FRONTED_TIME.match(question.text) is None:
        return False
    return any(
        t.dep_ == "acl" and t.tag_ in ("VBN", "VBG") and t.head.dep_ == "appos" or
        # "In what year was the order given shortly after Henry VIII came to the throne?"
        t.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or
        # "When was the canal nationalised and passed to the Board in 1963?": two events
        # (not "established to excavate and raise the ship": one purpose)
        t.dep_ == "conj" and t.tag_ in ("VBD", "VBN", "VBZ", "VBP") and t.head.pos_ == "VERB" or
        # "including ... lifts of the kind built at Anderton": the date may be the building's
        t.dep_ == "acl" and t.tag_ == "VBN" and sum(a.dep_ == "pobj" for a in t.ancestors) > 1
        for t in question) or _participle_of_another(question)


def _words(question) -> list:
    """The question's tokens without its question mark."""
    return [t for t in question if t.text != "?"]


def _date_of_a_subordinate_verb(question) -> bool:
    """"... painted the words, an act that attracted attention and cost a considerable sum to
    remove when?": a "when" at the end after a verb of a clause inside the sentence may ask
    that verb's date (the removal's) as well as the main verb's."""
    words = _words(question)
    if len(words) < 3 or words[-1].lower_ != "when" or words[-2].pos_ != "VERB":
        return False
    verb = words[-2]
    return verb.dep_ in ("advcl", "relcl", "acl") and verb.i != words[-1].head.i


def _participle_of_another(question) -> bool:
    """"When were Smeaton's methods adopted ... for the Bell Rock Lighthouse, completed?": a
    participle that ends a fronted time question after a comma, where the subject's own
    participle came before the first comma, was said of another noun (the date was its);
    after an aside ("the Commission, based in Vienna, established?") it is the subject's."""
    words = _words(question)
    if len(words) < 3 or words[-1].tag_ != "VBN" or words[-2].text != ",":
        return False
    first_comma = next(t.i for t in words if t.text == ",")
    return any(t.tag_ == "VBN" for t in words[:first_comma])


def _whereabouts(question) -> bool:
    """"Who was on the second floor of ...?": a subject question whose verb is a bare "be"
    with a place after it asks who was there, which need not be one person or thing."""
    root = next((t for t in question if t.dep_ == "ROOT"), None)
    return root is not None and root.lower_ in _BE and question[0].lower_ in (
        "who", "what", "which") and question[0].i < root.i and any(
        c.dep_ == "prep" for c in root.children) and not any(
        c.dep_ in ("attr", "acomp", "dobj", "xcomp", "ccomp") for c in root.children)


def _finite(question) -> bool:
    """A finite verb, or a verb the tagger read as a participle that heads the question
    with a subject ("Dissension ... coerced whom ...?"), or an imperative ("Name ...")."""
    if question[0].text.lower() in ("name", "describe"):
        return True
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.dep_ == "ROOT" and t.pos_ in (
        "VERB", "AUX") and t.tag_ in ("VBN", "VB") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in question)


_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


def _subjectless(question) -> bool:
    """A question that opens with its finite main verb and has no subject (a story's
    fragment "Came in from Methven with two pounds"): whoever did it is only in the text
    before. (Only at the start: elsewhere the parser's missing subject is more often its
    misreading of a name than a fragment.)"""
    root = question[0]
    return root.dep_ == "ROOT" and root.tag_ in ("VBD", "VBZ", "VBP") and \
        root.pos_ == "VERB" and not any(t.dep_ in _SUBJECTS for t in question)


def _short_name(answer, kinds: EntityKinds) -> str | None:
    """"the Duchy" where the text names "the Duchy of Normandy", a surname several people of
    the text share, a common noun that ends a name ("Trust"): an answer that is short for a
    longer name does not say which."""
    if kinds.short_for(answer.text):
        return f"{answer.text!r} is short for a longer name"
    if kinds.ambiguous(answer.text) and kinds.kind(answer.text) == PERSON:
        return f"{answer.text!r} is part of several people's names"  # "Birley": Eric or Robin?
    if len(answer) == 1 and answer[0].lower_ in THING_WORDS | BODIES and \
            answer[0].text[:1].isupper() and kinds.ends_a_name(answer.text):
        return f"{answer.text!r} ends a longer name"  # "Trust": the Vindolanda Trust
    return None


# Parts of speech of words that name something (content words, less verbs)
_NOMINAL = ("NOUN", "PROPN", "NUM", "ADJ")


def _length_of_time_of_a_bare_verb(question) -> bool:
    """"Lynne watched for how many minutes?": a length of time asked of a verb with nothing
    but its subject (no object, complement or place: watched what, gone where?), which a
    story tells of many moments; not "Margaret had been head for how many years?"."""
    units = {t.i for t in question if t.i >= 2 and t.lower_ in TIME_WORDS and
             question[t.i - 2].lower_ == "how" and question[t.i - 1].lower_ == "many"}
    return bool(units) and _content_words(question, units, _NOMINAL) <= 1


def _content_words(question, skip: set[int] = frozenset(),
                   kinds: tuple[str, ...] = (*_NOMINAL, "VERB")) -> int:
    """Words that carry content (of the parts of speech `kinds`), less the wh-phrase ("what
    year", "how many") and the tokens in `skip`."""
    skip = wh_phrase(question) | set(skip)
    return sum(t.pos_ in kinds and t.i not in skip and t.text.lower() not in ("text", "according")
               for t in question)


def asked_type(question: str, pattern: str) -> str | None:
    """What a question asks for: person, thing, place, time, count, amount or (a
    description: "what" of a noun phrase) None."""
    lowered = question.lower()
    if pattern in ("clause-object", "clause-copula", "clause-kind"):
        return None
    if pattern in COUNT_PATTERNS or "how many" in lowered:
        return "count"
    if "how much" in lowered or "what percentage" in lowered:
        return "amount"
    if pattern in TIME_PATTERNS or re.search(r"(?:^when|\b(?:what|which) (?:year|decade|"
                                             r"century))\b", lowered):
        return "time"
    if pattern in PERSON_PATTERNS:
        return "person"
    if pattern in PLACE_PATTERNS:
        return "place"
    if pattern in THING_PATTERNS:
        return "thing"
    first = lowered.split()[0] if lowered.split() else ""
    if first in ("who", "whom", "whose") or lowered.startswith(("which person", "name the person")):
        return "person"
    if first == "where":
        return "place"
    if first in ("what", "which"):
        return "thing"
    return None


_DESCRIBED = re.compile(r"^(?P<wh>Who|What) (?:is|was|are|were) (?P<name>[^?]+)\?$")


# Kinds of years, not years ("in wet years", "in good summers"): no time a "when" asks.
_NO_POINT_IN_TIME = re.compile(
    r"^(?:[a-z]+ )+(?:years|summers|winters|springs|autumns|seasons|days|nights|weeks|"
    r"months|decades)$")


def _type_mismatch(question, answer, pattern: str, kinds: EntityKinds) -> str | None:
    described = _DESCRIBED.match(question.text)
    if described and is_name(described.group("name")):
        # "Who is Dunmarrow?" -> "a country of ...": the name asked about must fit the word.
        kind = kinds.kind(described.group("name"))
        wh = described.group("wh").lower()
        if wh == "who" and kind == THING or wh == "what" and kind == PERSON:
            return f"{wh!r} is {described.group('name')!r}"
    if described and described.group("wh") == "What" and _person_described(question):
        return "'what' for a person's description"  # "What is the first person to win ...?"
    asked = asked_type(question.text, pattern)
    text = answer.text
    if asked == "count" and not is_count(text):
        return "count question, answer no number"
    if asked == "amount" and not re.search(r"\d", text) and not is_count(text):
        return "amount question, answer no amount"
    if asked == "time" and not is_time(text):
        return "time question, answer no time"
    if asked == "time" and _NO_POINT_IN_TIME.match(text):
        return "time question, answer no point in time"  # "when?" -> wet years
    if asked in ("person", "thing", "place") and is_name(text):
        kind = kinds.kind(text)
        parts = re.split(r",\s*(?:and |or )?|\s+(?:and|or)\s+", text)
        if len(parts) > 1:  # "Denmark, Iceland and Norway": each part
            found = {kinds.kind(p) for p in parts if p.strip()}
            kind = found.pop() if len(found) == 1 else None
        if asked == "person" and kind != PERSON:
            return f"'who' for {text!r}, no person the text makes clear"
        if asked in ("thing", "place") and kind == PERSON:
            return f"'what' or 'where' for {text!r}, a person"
    if _reflexive_disagrees(question, asked):
        return "the asked subject's reflexive says another kind"
    if asked in ("person", "thing", "place", None) and answer[0].lower_ in PREPOSITIONS and \
            answer[0].text[:1].islower():
        return f"{text!r} begins with a preposition"  # "range from X [to Y]": "what"? "to Y"
    lowered = question.text.lower()  # "who" also matches "whom"
    asks_what = asked in ("thing", "place") or asked is None and re.search(
        r"\bwhat\b", lowered) and not re.search(r"\bwho", lowered)
    if asks_what and _names_a_person(answer, kinds):
        return f"'what' or 'where' for {text!r}, a person"
    if asks_what and re.match(r"(?:about |some |over |nearly |almost |around )?\d", text.lower()):
        return f"'what' for {text!r}, a number"  # "employs what?" -> "about 600 people"
    if pattern == "clause-object" and _place_of(answer):
        return f"{text!r} is a place, no object"  # "Fram broke what?" -> free north of X
    if pattern.endswith(NAME_SUFFIX) and answer[0].pos_ not in ("PROPN", "DET"):
        return f"{text!r} is no name"  # "North of Greater Los Angeles"
    return None


def _reflexive_disagrees(question, asked: str | None) -> bool:
    """Whether the asked subject's own reflexive says it is another kind than the question
    asks: "Which person recalculated itself twice?" (a thing), "What was himself made
    Archbishop of York?" (a person)."""
    for token in question:
        if token.lower_ not in ("itself", "himself", "herself"):
            continue
        verb = token.head.head if token.head.dep_ in ("aux", "auxpass") else token.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not (subject.lower_ in ("who", "what") or any(
                c.lower_ in ("which", "what") for c in subject.children)):
            continue  # "Who said Ruth had hurt herself?": another subject's reflexive
        if token.lower_ == "itself" and asked == "person" or \
                token.lower_ != "itself" and subject.lower_ == "what":
            return True
    return False


def _person_described(question) -> bool:
    """Whether the copula's description in "What is the first person to win ...?" is a
    person's (its noun a person noun): a person answers it, never a thing."""
    root = next((t for t in question if t.dep_ == "ROOT"), None)
    # (the parser reads "What" as the complement and the description as the subject)
    return root is not None and any(c.dep_ in ("attr", "nsubj") and c.lower_ != "what" and
                                    person_noun(c.lower_) for c in root.children)


def _place_of(answer) -> bool:
    """Whether an answer is a place beside something ("free north of Spitsbergen", "loose
    south of Jan Mayen"): a direction with its "of", heading the answer or an adjective's
    word, which the parser read as the verb's object."""
    root = answer[:].root
    heads = [root] + ([c for c in root.children if c.dep_ == "advmod"]
                      if root.pos_ == "ADJ" else [])
    return any(t.lower_ in DIRECTIONS and any(c.lower_ == "of" for c in t.children)
               for t in heads)


def _names_a_person(answer, kinds: EntityKinds) -> bool:
    """An answer whose head is a person: a kinship or role noun ("Edgar's sister
    Margaret", "the king's son") or a name the text makes a person's."""
    head = answer[:].root
    for token in (head, *(c for c in head.children if c.dep_ == "appos")):
        if token.pos_ == "NOUN" and token.text.lower() in PERSON_NOUNS:
            return True
        if token.pos_ == "PROPN" and kinds.kind(token.text) == PERSON:
            return True
    return False
