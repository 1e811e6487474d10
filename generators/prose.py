"""Questions from ordinary prose, no LLM: the shapes stories, wikis and manuals are full of.

Each pattern reads one sentence and yields facts whose answer is a span of that sentence:
- appositive:  "Orrin, the son of a miller from Pell, ..."  -> Who is Orrin? / reverse,
  when the description picks one out: Who is the son of a miller from Pell?
  and, when the description relates two names, "Sarhild, the daughter of Brannoc"
  -> Whose daughter is Sarhild? / reverse: Who is the daughter of Brannoc?
- named:       "a shepherd named Orrin"                      -> Who is Orrin?
- title:       "King Tobrand of Carrowmere"                  -> Who rules Carrowmere?
               reverse: Which land does Tobrand rule?
- copula:      "Velmora Harbour is a port town on ..."       -> What is Velmora Harbour?
- role:        "The harbour master of Colby is Edric Pell"  -> Who is the harbour master
               of Colby? / reverse: What is Edric Pell's role? (also "..., whose name was X")
- who-clause:  "Vellamor, ..., who had served the crown ..." -> Who had served the crown ...?
- cloze (bench.generators.prose_cloze; Lewis et al. 2019, "Unsupervised QA by Cloze
  Translation"), a named entity or a number masked and turned into a wh-question: a named
  subject ("Tobrand carried the lantern back" -> Who carried the lantern back?), a year in a
  passive clause ("... was founded in 1342 by ..." -> In what year was ... founded by ...?),
  a count ("with twelve riders" -> ... with how many riders?), an agent ("by Anselm
  Korrigan" -> by whom?).
Sentences in quotes, or whose needed words are pronouns ("He ordered his guard"), give
nothing: a closed-book question must make sense on its own.
"""

from __future__ import annotations

import re

from bench.core.english import is_common_word
from bench.generators.clause_counts import YEAR_WORD
from bench.generators.clause_text import QUOTE_MARKS, inside_quotes
from bench.generators.given_names import given_name_gender
from bench.generators.kind_words import (
    NAME_PARTICLES,
    VESSEL_NOUNS,
    describes_person,
    place_apposed_across_of,
)
from bench.generators.prose_cloze import cloze
from bench.generators.prose_fact import PRONOUNS, ProseFact, make_fact
from bench.generators.prose_manual import expository
from bench.generators.prose_names import (
    CAPWORD,
    NAME,
    RULER_TITLES,
    TITLES,
    Names,
    who_or_what,
)

# Figure captions, run-in headings, references: "84.--Stump Neuromas ...", "(Fig. 12)".
_CAPTION = re.compile(r"^\d|--|\bFig\.|\bcf\b|\[|\]|\(\d")
RELATION_NOUNS = ("son", "daughter", "wife", "husband", "brother", "sister", "father", "mother",
                  "child", "widow", "heir", "friend", "captain", "king", "queen", "ruler",
                  "founder", "author", "capital", "leader", "advisor", "keeper", "servant",
                  "teacher", "student", "commander", "owner", "lord", "lady", "prince",
                  "princess", "duke", "master", "apprentice", "chief", "head", "centre",
                  "nephew", "niece", "cousin", "uncle", "aunt")
_RELATION = rf"(?:great-)*(?:grand|step)?(?:{'|'.join(RELATION_NOUNS)})"
# A name after a preposition is no subject of an appositive ("by Anselm, the ..."), nor one
# in an opening subordinate clause ("When fog comes in from the Grey Reach, the sexton of the
# chapel, ...": the comma ends the clause; the sexton is someone else).
_AFTER_PREPOSITION = re.compile(r"\b(?:of|from|in|into|at|on|to|by|with|near|across|over|under|"
                                r"through|towards?|beyond|off|and|outside|inside|within|around|"
                                r"behind|beside|along|alongside|past|between|among|amongst|upon|"
                                r"onto|below|above|against|beneath|via|throughout|for|about|"
                                r"without|opposite) $")
# A name that ends an opening prepositional phrase ("In southern Italy, the Normans ...")
# is no subject of an appositive either.
_OPENING_PHRASE = re.compile(r"^(?:In|At|On|During|After|Before|By|From|Under|With|Within|"
                             r"Throughout|Across|Near|Since|Until|Beyond|Outside|Inside)\b[^,]*$")
_OPENING_CLAUSE = re.compile(r"^(?:When|While|As|If|After|Before|Although|Though|Since|Until|"
                             r"Because|Once|Whenever|Wherever|Where)\b[^,]*$")


# "She was a twenty-metre prawn trawler": the boat the sentence before told of, no person
_A_VESSEL = re.compile(rf"^She (?:is|was) (?:an?|the) (?:[\w-]+ ){{0,4}}"
                       rf"(?:{'|'.join(sorted(VESSEL_NOUNS))})\b")


def _acts_on_him(person: str, sentence: str) -> bool:
    """Whether the sentence's person acts on "him" ("Helen wanted him to come over"): a next
    "He" is that other man, not the person."""
    return bool(re.search(rf"\b{re.escape(person)} (?:\w+ ){{1,2}}him\b", sentence))


def _carries_over(pronoun: str, previous: tuple[int, str, str, str], sentence: str) -> bool:
    """Whether a sentence's opening "He"/"She" is the person the sentence before opened
    with: not a ship ("She was a ... trawler"), not the other man that person acted on, not
    a person whose given name or whom the text before called the other gender, and not
    where the sentence names that person again ("He offered Fletcher the post": someone
    else)."""
    person = previous[2]
    return not _A_VESSEL.match(sentence) and not (
        pronoun == "He" and _acts_on_him(person, previous[1])) and \
        given_name_gender(person) in (None, pronoun.lower()) and \
        previous[3] in ("", pronoun.lower()) and \
        not re.search(rf"\b{re.escape(person.split()[-1])}\b", sentence[len(pronoun):])


def _told_gender(sentence: str) -> str:
    """"she" or "he" where the sentence's second clause calls its subject so ("Lisa was
    called in, and she drove up"); "" where it does not or uses both."""
    told = {m.lower() for m in re.findall(r", (?:and|but) (she|he) ", sentence, re.I)}
    return told.pop() if len(told) == 1 else ""


def extract_prose_facts(paragraph: str, names: Names) -> list[ProseFact]:
    """Facts in one (clean) paragraph, in reading order, at most a few per sentence."""
    from bench.generators.windows import sentences

    facts: list[ProseFact] = []
    # (offset, sentence, the person it is about, "he"/"she" where the text has told it)
    previous: tuple[int, str, str, str] | None = None
    spans = sentences(paragraph)
    for (start, end), in_quote in zip(spans, inside_quotes(paragraph, [s for s, _ in spans])):
        at = start + len(paragraph[start:end]) - len(paragraph[start:end].lstrip())
        sentence = " ".join(paragraph[start:end].split())
        evidence, evidence_at = sentence, at
        pronoun = re.match(r"^(?:He|She) (?=[a-z])", sentence)
        told = _told_gender(sentence)
        if pronoun and previous and _carries_over(pronoun.group().strip(), previous, sentence):
            # "Tobrand listened closely. He ordered his guard ...": the story's subject
            # carries over; the evidence is both sentences.
            evidence_at, evidence = previous[0], previous[1] + " " + sentence
            sentence = previous[2] + sentence[pronoun.end() - 1:]
            told = pronoun.group().strip().lower()
        person = names.opening_person(sentence)
        previous = (at, sentence, person, told) if person else None
        if (QUOTE_MARKS.search(sentence) or in_quote or
                len(sentence.split()) < 4 or _CAPTION.search(sentence)
                or len(re.findall(r"\d+", sentence)) > 3):  # an index or a table, not prose
            continue
        found: list[ProseFact] = []
        for pattern in PATTERNS:
            found.extend(pattern(sentence, names))
        seen, kept = set(), []
        for fact in found:
            key = (fact.phrasings[0].lower(), fact.answer.lower())
            if key not in seen and fact.answer in evidence and _askable(fact):
                seen.add(key)
                kept.append(ProseFact(fact.pattern, fact.answer, fact.phrasings, fact.reverse,
                                      evidence, evidence_at, fact.subject))
        facts.extend(kept[:MAX_PER_SENTENCE])
    return facts


MAX_PER_SENTENCE = 3


def _askable(fact: ProseFact) -> bool:
    """A question a reader can answer without the sentence before it, of sane length."""
    question = fact.phrasings[0]
    words = question.split()
    return (3 <= len(words) <= 28 and 0 < len(fact.answer.split()) <= 14
            and fact.answer.lower() not in question.lower())


def _last_name(phrase: str, names: Names) -> str:
    """The name a short noun phrase is ("the old warlord Brannoc" -> "Brannoc"); "" for a
    phrase that only mentions one ("a miller from the village of Pell")."""
    found = names.find(phrase)
    if not found or found[-1][1] != len(phrase.rstrip(" ,.")):
        return ""
    head = phrase[:found[-1][0]].split()
    if len(head) > 3 or any(w in ("of", "from", "in", "at", "on", "to", "with") for w in head):
        return ""
    return found[-1][2]


def in_list(before: str, description: str, after: str) -> bool:
    """Whether "Name, the ..." is two members of a list, not a name and its description:
    more members follow ("..., and the Bulgars", "..., Gordesa, ...", "..., painted in
    1475, and the unfinished Adoration"), a list opens before
    it ("include", "such as", ":"), or the "description" is itself names joined by "and"
    ("the South Coast Metro and Newport Center districts"), a role and a name ("the
    theatrical producer Charles Frohman") or ends in a quantity's member ("the minor planet
    2766 Leeuwenhoek and a number of schools")."""
    return bool(re.match(r",? (?:and|or) (?:especially |also |even |then )?(?:the |a |an )?"
                         r"[A-Z]", after) or re.match(r", (?:the |a |an )?[A-Z]", after) or
                # after an aside of the last member: "the Annunciation, the Baptism of Christ,
                # painted with his master ..., and the unfinished Adoration"
                re.match(r", [a-z]+ed\b[^,;.]{0,80}, (?:and|or) (?:the |a |an )?"
                         r"(?:[a-z]+ ){0,2}[A-Z]", after) or
                re.search(r"(?:\b(?:include[sd]?|including|such as|namely|among them)\b[^.;]*"
                          r"|:\s*)$", before) or
                re.match(r"(?:the|a|an) [A-Z]", description) and re.search(
                    r"\b(?:and|or)\b", description) or
                # "Vanderbilt, the theatrical producer Charles Frohman, ...": a role and
                # another name, the list's next member (not "the capital of Scotland")
                _ROLE_THEN_NAME.match(description) is not None or
                # "Leeuwenhoekiella, the minor planet 2766 Leeuwenhoek and a number of
                # schools, ...": a quantity opens the list's last member
                re.search(r"\band (?:a number of|several|many|various|other|numerous)\b",
                          description))


# a role and the whole name after it, the description's last words ("the theatrical
# producer Charles Frohman"; not "the first Wittelsbach emperor")
_ROLE_THEN_NAME = re.compile(r"(?:the|a|an) (?:(?!(?:of|in|at|on|for|from|to|by|with|and|"
                             r"or)\b)[a-z][\w-]* ){1,3}[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*$")


def appositive(sentence: str, names: Names) -> list[ProseFact]:
    facts = []
    for match in re.finditer(rf"(?:^|(?<=\s))(?P<s>{NAME}), (?P<d>(?:the|a|an) "
                             rf"[^,;:.!?]{{3,90}}?)(?=[,;.!?]|$)", sentence):
        subject = names.trim(match.group("s"), match.start("s") == 0)
        # what stands before the trimmed name: "[In] South Korea, the ... Vault" opens a phrase
        before = sentence[:match.start("s") + max(match.group("s").find(subject), 0)]
        if _inside_name(sentence, match.start("s")) or _AFTER_PREPOSITION.search(before) or \
                _OPENING_CLAUSE.match(before) or _OPENING_PHRASE.match(before) or \
                in_list(before, match.group("d"), sentence[match.end("d"):]):
            continue  # "In southern Italy, the Normans ...", "the Pechenegs, the Bulgars, and"
        if _APPOSED_TO_A_NAME.search(before):
            continue  # "Prince Alfred, Duke of Edinburgh, the second son of ...": whose?
        if sentence[:match.start("s")].endswith("the ") and subject == match.group("s"):
            subject = "the " + subject  # "home to the Korrigan Festival, a week of ..."
        description = match.group("d")
        if not names.is_name(subject.removeprefix("the ")) or re.search(
                r"\b(?:is|was|are|were|had|has|who|which|be|should|would|could|may|might|must|"
                r"can|will)\b", description) or PRONOUNS.search(description):
            continue
        ask = who_or_what(names, subject)
        if ask == "What" and describes_person(description) or \
                place_apposed_across_of(subject, description):
            continue  # "born in Whitby, Yorkshire, the second of five children of ...": his
        relation = re.match(rf"the (?:(?P<m>only|eldest|youngest|elder|younger|first|second|"
                            rf"third|last|royal|old|new) )?(?P<n>{_RELATION}) "
                            rf"of (?P<o>.+)$", description)
        obj_name = relation and _last_name(relation.group("o"), names)
        obj = relation.group("o") if obj_name and " and " in relation.group("o") else obj_name
        # A definite description, or a long one, picks the subject out: ask it back (a
        # relation asks it back itself).
        unique = not obj and (description.startswith("the ") or len(description.split()) >= 4)
        facts.append(make_fact("appositive", description,
                           [f"{ask} is {subject}?", f"{ask} was {subject}?",
                            f"Describe {subject} in a few words."], subject,
                           [(f"{ask} is {description}?", subject)] if unique else []))
        if obj:
            noun = relation.group("n")
            facts.append(make_fact("relation", obj,
                               [f"Whose {noun} is {subject}?", f"{subject} is the {noun} of whom?",
                                f"Of whom is {subject} the {noun}?"], subject,
                               [(f"Who is the {_ranked(relation.group('m'), noun)} of {obj}?",
                                 subject)]))
    return facts


# "Prince Alfred, " before "Duke of Edinburgh, the second son of ...": the description may
# be either name's
_APPOSED_TO_A_NAME = re.compile(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*, $")


def _ranked(rank: str | None, noun: str) -> str:
    """"second son": a rank among siblings picks one of them out ("Who is the son of Queen
    Victoria?" has several answers); "royal", "old", "new" pick none."""
    return f"{rank} {noun}" if rank and rank not in ("royal", "old", "new") else noun


def named(sentence: str, names: Names) -> list[ProseFact]:
    facts = []
    for match in re.finditer(rf"\b(?P<d>(?:[Aa]|[Aa]n) (?:[a-z]+ ){{0,4}}[a-z]+) (?:named|called) "
                             rf"(?P<the>the )?(?P<s>{NAME})", sentence):
        subject = (match.group("the") or "") + names.trim(match.group("s"), False)
        if names.is_name(subject):
            ask = "Who" if names.is_person(subject) or not re.search(
                r"\b(?:ship|boat|book|sword|horse|town|city|river|inn|song|company)\b",
                match.group("d")) else "What"
            facts.append(make_fact("named", match.group("d"),
                               [f"{ask} is {subject}?", f"{ask} was {subject}?",
                                f"What kind of {'person' if ask == 'Who' else 'thing'} is {subject}?"],
                               subject))
    return facts


# "rebuilt in the twelfth century by Bishop Roger of Salisbury", "a charter of 1511 from
# Duke Renaud": an office held at a date had other holders, so "Who was the bishop of
# Salisbury?" has many answers
_DATED = re.compile(rf"\b(?:{YEAR_WORD.pattern}|[0-9]{{3}})\b|\bcentur(?:y|ies)\b", re.I)


def title(sentence: str, names: Names) -> list[ProseFact]:
    facts = []
    pattern = rf"\b(?P<t>{'|'.join(TITLES)}) (?P<n>{CAPWORD})(?: of (?P<p>{NAME}))?"
    for match in re.finditer(pattern, sentence):
        who, rank, place = match.group("n"), match.group("t"), match.group("p")
        if not names.is_name(who):
            continue
        if rank in ("Lord", "Lady") and given_name_gender(who) is None:
            continue  # "Sir Charles and Lady Middleton of Teston": a family's seat, no office
        if place and names.is_name(place) and not _DATED.search(sentence):
            noun = rank.lower()
            ruler = rank in RULER_TITLES and rank not in ("Lord", "Lady", "Prince", "Princess")
            if is_past(sentence):  # "received a charter from Duke Renaud": he ruled then
                phrasings = ([f"Who ruled {place}?", f"Who was the {noun} of {place}?",
                              f"Who reigned over {place}?"] if ruler else
                             [f"Who was the {noun} of {place}?", f"Which {noun} belonged to "
                              f"{place}?", f"Name the {noun} of {place}."])
                reverse = f"Of which place was {who} the {noun}?"
            else:
                phrasings = ([f"Who rules {place}?", f"Who is the {noun} of {place}?",
                              f"Who reigns over {place}?"] if ruler else
                             [f"Who is the {noun} of {place}?", f"Which {noun} belongs to "
                              f"{place}?", f"Who was the {noun} of {place}?"])
                reverse = f"Of which place is {who} the {noun}?"
            facts.append(make_fact("title", who, phrasings, who, [(reverse, place)]))
    return facts


def is_past(sentence: str) -> bool:
    """Whether a sentence tells of the past: "was", "had", "did", or a verb in -ed with no
    present "is", "are", "has" beside it."""
    return bool(re.search(r"\b(?:was|were|had|did)\b", sentence) or (
        re.search(r"(?<!\bthe )(?<!\ba )\b[a-z]{2,}ed\b", sentence) and
        not re.search(r"\b(?:is|are|has|have)\b", sentence)))


def copula(sentence: str, names: Names) -> list[ProseFact]:
    match = re.match(rf"^(?P<s>{NAME}) (?P<v>is|was|are|were) (?P<d>(?:the|a|an) [^,;:!?]{{3,100}}?)"
                     rf"(?=[,;.!?]|$| and | which | who )", sentence)
    if not match:
        return []
    subject = names.trim(match.group("s"))
    description = match.group("d")
    if not names.is_name(subject) or subject != match.group("s") or PRONOUNS.search(description):
        return []
    ask = who_or_what(names, subject)
    return [make_fact("copula", description,
                  [f"{ask} {match.group('v')} {subject}?", f"Describe {subject} in a few words.",
                   f"Give a short description of {subject}."], subject,
                  [(f"{ask} {match.group('v')} {description}?", subject)])]


def role(sentence: str, names: Names) -> list[ProseFact]:
    """A role named by its holder: "The harbour master of Colby is Edric Pell" or "The Duke
    of Aldermoor, whose name was Leopold Sand, ..." -> Who is the harbour master of Colby?
    / reverse: Who is Edric Pell?"""
    match = (re.match(rf"^(?P<r>The [a-z][a-z -]{{2,40}}? of (?:the )?{NAME}) (?P<v>is|was) "
                      rf"(?P<s>{NAME})(?=[,;.!?]|$)", sentence)
             or re.search(rf"(?:^|\b(?:the|The) )(?P<r>(?:[A-Z][a-z]+|[a-z]+)(?: [a-z]+)?"
                          rf"(?: of (?:the )?{NAME})?), whose name (?P<v>is|was) (?P<s>{NAME})",
                          sentence))
    if not match or not names.is_name(match.group("s")):
        return []
    holder, verb, as_written = match.group("s"), match.group("v"), match.group("r")
    holder_role = "the " + re.sub(r"^[Tt]he ", "", as_written)
    if PRONOUNS.search(holder_role) or is_common_word(holder):
        return []
    return [make_fact("role", holder, [f"Who {verb} {holder_role}?",
                                   f"What {verb} the name of {holder_role}?",
                                   f"Name {holder_role}."], holder,
                  [(f"What {verb} {holder}'s role?", as_written)])]  # the answer as in the text


def who_clause(sentence: str, names: Names) -> list[ProseFact]:
    facts = []
    # (the description between a name and its "who" is in lower case, "Vellamor, the old
    # steward, who"; a capitalised one is the list's next name: "Gene, Emil Brandt, who";
    # the clause ends at its punctuation, never cut at the length limit mid-phrase)
    # (nor a description that lists another person: "Emerson, the singer Jenny Lind and
    # the actor Edwin Booth, who is said to ...": the "who" is Booth's)
    for match in re.finditer(rf"(?<!and )(?<!of )(?P<s>{NAME})(?:, (?![^,]*\bwho\b)(?=[a-z])"
                             r"(?!(?:the|a|an) [^,]*\band (?:the |a |an )?(?:[a-z]+ )?[A-Z])"
                             rf"[^,;]{{3,80}})?, who (?P<vp>[^,;:.!?]{{5,110}})(?=[,;:.!?]|$)",
                             sentence):
        if _inside_name(sentence, match.start("s")) or _AFTER_PREPOSITION.search(
                sentence[:match.start("s")]):
            continue  # "his sons by Emma, who stayed ...": whom "who" is is unclear
        subject = names.trim(match.group("s"), match.start("s") == 0)
        verb_phrase = match.group("vp")
        if names.is_name(subject) and not PRONOUNS.search(verb_phrase) and \
                not re.search(r"\b(?:who|whom|whose|which)\b", verb_phrase):
            # not "... and whose admission to his chambers": the relative's verb is cut off
            facts.append(make_fact("who-clause", subject,
                               [f"Who {verb_phrase}?", f"Which person {verb_phrase}?",
                                f"Name the person who {verb_phrase}."], subject))
    return facts


def _inside_name(sentence: str, at: int) -> bool:
    """Whether a match at `at` starts inside a longer name ("Byrom [Bramwell]", "Tommaso di
    [Andrea Pisano]")."""
    before = sentence[:at].split()
    if len(before) >= 2 and before[-1] in NAME_PARTICLES and before[-2][:1].isupper():
        return True
    return at > 0 and bool(before) and before[-1][:1].isupper() and not before[-1].endswith(",")


PATTERNS = (appositive, named, title, copula, role, who_clause, expository, cloze)
