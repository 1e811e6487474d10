"""What a clause's names can be asked about, from its parse: named entities (alone or
each name of a list), dates and amounts, each with the wh-phrase that replaces it
(bench.generators.clause_counts asks the counts, bench.generators.object_asks the objects
and descriptions, bench.generators.phrase_asks the kinds).

An answer is a whole constituent (a coordination "Denmark, Iceland and Norway" as one), so
the question asks for all of it and the gold answer is complete. A name that only modifies
another noun ("the Norman conquest") or stands in apposition ("their leader Rollo") is not
asked: replacing it would leave a broken phrase.
"""

from __future__ import annotations

import re

from bench.generators.asks import MODIFIER_DEPS, Ask
from bench.generators.clause_counts import count_ask, numbers_of
from bench.generators.entity_kinds import PERSON, THING, EntityKinds, named_place_phrase
from bench.generators.kind_words import (
    MONTHS,
    NAMED,
    PEOPLE_ENDINGS,
    PERSON_NOUNS,
    PLACE_OF,
    TIME_WORDS,
    WEEKDAYS,
)
from bench.generators.name_spans import name_of_place, title_start, whole_name, with_article

# Entity types and how they are asked; counts, dates and places have their own rules below.
PERSONS = {"PERSON", "NORP"}
THINGS = {"ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"}
PLACES = {"GPE", "LOC"}
_YEAR = re.compile(r"^(?:the )?(?:year )?\d{3,4}$", re.I)
_DECADE = re.compile(r"^(?:the )?\d{3}0s$", re.I)
_CENTURY = re.compile(r"^(?:the )?(?:(?:early|late|mid|middle)[ -])?\d{1,2}(?:st|nd|rd|th)"
                      r"(?: and \d{1,2}(?:st|nd|rd|th))? centur(?:y|ies)$", re.I)
_DURATION = re.compile(r"^(?:about |some |nearly |almost |over |under |only )?(?:[\d,.]+|a|an|"
                       r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty"
                       r"|[a-z]+teen|a few|several|many)(?:[ -][a-z]+)? (?:seconds?|minutes?|"
                       r"hours?|days?|nights?|weeks?|months?|years?|decades?|centuries)"
                       r"(?: long| old)?$", re.I)
# "seven minutes and nineteen seconds": a length of time, no point in it
_TWO_UNIT_DURATION = re.compile(r"\b(?:hours?|minutes?) and \S+(?: \S+)? (?:minutes?|seconds?)$",
                                re.I)
# a name with a short number the tagger took for a date ("at [Pier 54]", "Gate 3"): no time
_NUMBERED_NAME = re.compile(r"^[A-Z][a-z]+ \d{1,3}$")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b[ap]\.m\b|\bo'clock\b", re.I)
_TIME_PREPOSITIONS = {"in", "on", "during", "at"}
_NO_PERSON_DONE = {"do", "does", "did", "done", "say", "says", "said"}
_NAMING_PARTICIPLES = NAMED | {"known", "termed", "nicknamed"}
_PLACE_PREPOSITIONS = {"in", "at"}
# A person is never "in" or "at" a question's answer: "in [Limassol]" is a place.
_PLACE_ONLY_PREPOSITIONS = {"in", "at", "into", "near", "inside", "within", "throughout",
                            "across"}
_NAMED = {"named", "called"}
_EXAMPLE_PREPOSITIONS = {"including", "like", "among"}
# Words that say a list is not all there is.
_NOT_ALL = re.compile(r"\b(?:to name (?:but )?a few|among others|and others|etc\b|for example|"
                      r"for instance|notably|such as|including)")
def coordination_end(token, names: bool = False) -> int | None:
    """The end (token index) of `token` with its conjuncts: "Denmark, Iceland and Norway";
    with `names`, None when a conjunct is no name ("Normandy and parts of the coast") or
    the list has no "and"/"or" (a comma splice the parser read as one: "the Anchor Inn,
    Corvin Ashgrove was ...")."""
    end = token.i + 1
    conjuncts, reach = [], [token]
    while reach:  # conjuncts of conjuncts too: "Las Vegas, Nevada, and south across ..."
        more = [c for c in reach.pop().children if c.dep_ == "conj"]
        conjuncts += more
        reach += more
    for child in conjuncts:
        if names and not (child.pos_ == "PROPN" or child.ent_type_):
            return None
        end = max(end, max(t.i for t in child.subtree) + 1)
    if names and conjuncts and not any(
            t.dep_ == "cc" and t.text.lower() in ("and", "or")
            for c in [token] + conjuncts for t in c.children):
        return None
    return end


def _conjuncts(token) -> list:
    return [token] + [c for c in token.children if c.dep_ == "conj" and c.i > token.i]


def entity_asks(sentence, kinds: EntityKinds) -> list[Ask]:
    """Named entities, counts and dates of the sentence, each as one Ask."""
    asks = []
    for ent in sentence.ents:
        root = ent.root
        label = ent.label_
        if label == "CARDINAL" and _read_as_year(ent):
            label = "DATE"
        if root.dep_ == "conj" and root.head.ent_type_ == root.ent_type_:
            continue  # part of the coordination its first conjunct asks for
        if _after_named(root):
            continue  # "a girl named [Wren]": the named pattern asks who Wren is
        kind = None
        end = ent.end
        if label in PERSONS | THINGS:
            kind = _kind(ent, kinds)
            end = coordination_end(root, names=True)
            if end is not None and kind == PERSON:
                end = name_of_place(ent, end)
            if end is not None and _placed_members(root):
                continue  # "Nyíregyháza in [Hungary, Monterrey in Mexico and ...]": pairs
        titled = title_start(ent, kind) if end is not None else None
        if end is None or not whole_name(ent, max(end, ent.end), titled is not None):
            continue
        phrase_head = root.head if titled is not None and root.dep_ == "appos" else root
        ask = _ask_entity(ent, label, phrase_head, max(end, ent.end), kind)
        if ask and (_apposition_misread(ent.doc, ask.answer_end) or
                    _phrase_after_a_list(ent.doc, ask)):
            # "born in [Leopoldstadt], the Jewish quarter of Vienna": "born where, the ..."
            continue
        if ask and titled is not None:
            # "stopped by the Byzantine general Alexius Komnenos" -> "stopped by whom?"
            # (Alexius Komnenos): the role goes with the name it introduces.
            ask = Ask(titled, ask.end, ask.wh, ask.answer_start, ask.answer_end, ask.pattern)
        elif ask:
            ask = with_article(ask, ent)
        if ask and ask.start > 0 and ask.end < len(ent.doc) and \
                ent.doc[ask.start - 1].tag_ == "``" and ent.doc[ask.end].tag_ == "''":
            # 'such as "Friends of Khufu" appear': the quotes go with the name, not
            # 'such as "what " appear'
            ask = Ask(ask.start - 1, ask.end + 1, ask.wh, ask.answer_start, ask.answer_end,
                      ask.pattern)
        if ask:
            asks.append(ask)
    return asks


def _placed_members(first) -> bool:
    """Whether a later member of a list of names has its own place ("Hungary, [Monterrey in
    Mexico] and [Jiaxing in China]"): the parser joined a list of name-place pairs wrongly,
    and the whole list is no answer (each name alone still is)."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for member in _conjuncts(first)[1:] for c in member.children)


def _apposition_misread(doc, end: int) -> bool:
    """Whether the noun phrase after a name's comma is its apposition the parser hung on
    the verb as an adverbial ("born in Leopoldstadt, [the Jewish quarter] of Vienna"): asked
    in place, the name's description would hang on the wh-word; or a list's later members
    it read as the name's apposition ("includes [Grand Teton National Park], several
    national forests and wildlife refuges": many things are no one name)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    noun = doc[end + 1]
    while noun.dep_ in ("det", "amod", "compound", "poss") and noun.head.i > noun.i:
        noun = noun.head
    return noun.dep_ == "npadvmod" and noun.pos_ in ("NOUN", "PROPN") or \
        noun.dep_ == "appos" and noun.tag_ == "NNS" and noun.head.tag_ == "NNP" and any(
            c.dep_ == "conj" for c in noun.children)


_BESIDE = {"on", "near", "off", "beside", "outside", "inside", "within", "close", "next"}


def _phrase_after_a_list(doc, ask: Ask) -> bool:
    """Whether a list answer is followed by a comma and a phrase of place that may describe
    its last member alone ("continues through [Sale, Timperley and Broadheath], on the edge
    of Altrincham, ..."): "continues through what, on the edge of Altrincham?" reads as
    asking for that one. A phrase of time, manner or company ("in 1887", "in recognition
    of ...", "with ...") is of all of them."""
    end = ask.answer_end
    if end + 1 >= len(doc) or doc[end].text != "," or \
            not any(t.dep_ == "conj" for t in doc[ask.answer_start:end]):
        return False
    after = doc[end + 1]
    return after.lower_ in _BESIDE or after.lower_ in ("in", "at") and any(
        c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC", "FAC") for c in after.children)


def _read_as_year(ent) -> bool:
    """"began in [911] as a fiefdom": a number of three or four digits right after "in"
    on a verb, counting nothing, is a year the tagger took for a count."""
    root, head = ent.root, ent.root.head
    return len(ent) == 1 and bool(re.fullmatch(r"[1-9]\d{2,3}", ent.text)) and \
        root.dep_ == "pobj" and head.text.lower() == "in" and \
        head.head.pos_ in ("VERB", "AUX") and not list(root.children)  # not "in 230 of the 300"


def _kind(ent, kinds: EntityKinds) -> str | None:
    """PERSON or THING for the entity and each name it is coordinated with, when the text
    makes it clear for all of them; None otherwise."""
    found = set()
    for token in _conjuncts(ent.root):
        if token.i == ent.root.i:
            text = ent.text
        else:
            span = [t for t in token.subtree if t.dep_ in ("compound", "flat", "det") and
                    t.i < token.i or t.i == token.i]
            text = token.doc[span[0].i:token.i + 1].text
        found.add(kinds.kind(text))
    return found.pop() if len(found) == 1 else None


def _after_named(root) -> bool:
    return root.head.text.lower() in _NAMED or root.head.dep_ == "prep" and \
        root.head.head.text.lower() in _NAMED


def _examples(first) -> bool:
    """A list of examples ("castles, including [Trim Castle] and Dublin Castle", "such
    as ...", "Other faults include ...", "were among ...", "A, B and C, to name a few"):
    one member is one of many, asked alone it has no one answer."""
    head = first.head
    if any(t.text.lower() == "among" and t.head.i in (first.i, first.sent.root.i)
           for t in first.sent):
        return True
    if first.dep_ == "dobj":  # the bench's pipeline has no lemmatizer
        return head.text.lower() in ("include", "includes", "included")
    return first.dep_ == "pobj" and (head.text.lower() in _EXAMPLE_PREPOSITIONS or
                                     head.text.lower() == "as" and head.i > 0 and
                                     first.doc[head.i - 1].text.lower() == "such")


def member_asks(sentence, kinds: EntityKinds) -> list[Ask]:
    """Each name of a list of names asked in place, the others kept ("fighting against the
    Pechenegs, the Bulgars, and especially [the Seljuk Turks]" -> "..., and especially
    whom?"); the list's first name also asks for the whole list (entity_asks)."""
    if _NOT_ALL.search(sentence.text.lower()):
        return []  # "A, B and C, to name a few": the sentence says its lists are not all
    asks = []
    for ent in sentence.ents:
        first = ent.root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        in_list = first is not ent.root or any(c.dep_ == "conj" for c in ent.root.children)
        if ent.label_ not in PERSONS | THINGS or not in_list or _after_named(first) or \
                _examples(first) or \
                not (first.pos_ == "PROPN" or first.ent_type_) or first.dep_ in MODIFIER_DEPS \
                or not whole_name(ent, ent.end):
            continue
        end = coordination_end(first, names=True)
        if end is None or any(not (t.pos_ == "PROPN" or t.ent_type_) for t in _members(first)):
            continue  # "the [Santa Maria] and San Luis Obispo areas": the list modifies
        # One wh-word for the whole list: every name of it the same kind ("Arla and Bex":
        # "who and Bex" and "Arla and what" would ask one list two ways).
        head_ent = next((e for e in sentence.ents if e.root.i == first.i), None)
        kind = _kind(head_ent, kinds) if head_ent is not None else None
        if kind is None or kinds.kind(ent.text) != kind:
            continue
        ask = _ask_entity(ent, ent.label_, ent.root, ent.end, kind, member_of=first)
        if ask:
            asks.append(with_article(ask, ent))
    return asks


def _members(first) -> list:
    """Every later name of the list `first` opens, conjuncts of conjuncts included ("Santa
    Maria and San Luis Obispo areas": "areas" is the conjunct of "Maria")."""
    found = []
    for token in _conjuncts(first)[1:]:
        found += [token] + _members(token)
    return found


def _ask_entity(ent, label: str, root, end: int, kind: str | None,
                member_of=None) -> Ask | None:
    """The ask for a name (or a list of names from it to `end`); with `member_of` (the
    list's first name) for this one name of the list alone."""
    if member_of is not None:
        if kind not in (PERSON, THING):
            return None
        root = member_of  # the list's place in the sentence decides "who" or "whom"
    head = root.head
    pp = root.dep_ == "pobj" and head.dep_ == "prep"
    if label in ("CARDINAL", "QUANTITY"):
        return count_ask(ent)
    if label in ("MONEY", "PERCENT"):
        if root.dep_ in MODIFIER_DEPS:
            return None
        wh = "how much" if label == "MONEY" else "what percentage"
        numbers = numbers_of(ent)
        # "by [nearly] 75%", "[an estimated] $5 million": the qualifier stays in the
        # question, as for counts
        start = numbers[0].i if numbers else ent.start
        # (the parser may leave the symbol out of the name: "£ [8,750]")
        if start > 0 and ent.doc[start - 1].text in ("$", "£", "€"):
            start -= 1
        return Ask(start, ent.end, wh, start, ent.end, "clause-" + label.lower())
    if label in ("DATE", "TIME"):
        text = ent.text
        if any(c.dep_ == "conj" and c.i >= ent.end for c in root.children):
            return None  # "completed in [1976] and 1977": "when ... completed and 1977?"
        if _DURATION.match(text) or _TWO_UNIT_DURATION.search(text) or \
                text.lower().startswith(("every ", "each ")):
            return None  # "in 50 minutes", "every season": no point in time to ask "when"
        if _NUMBERED_NAME.match(text) and text.split()[0].lower() not in MONTHS | WEEKDAYS | \
                TIME_WORDS:
            return None  # "docked at [Pier 54]": a place, no time
        if ent.start > 1 and ent.doc[ent.start - 1].lower_ == "in" and \
                ent.doc[ent.start - 2].lower_ in ("1", "one") and \
                ent.doc[ent.start - 3].pos_ != "PROPN" and not _YEAR.match(text):
            return None  # "a gradient of 1 in [90]": a ratio, no date (not "Pioneer 1 in 1979")
        if _CENTURY.match(text):
            if any(_YEAR.match(e.text) for e in ent.sent.ents if e.label_ in ("DATE", "CARDINAL")):
                return None  # "won the prize in 1961 in the 20th century": the year says it
            # "in [the early 11th century]" -> "in what century"; not "The stained glass of
            # what century survived ...?" (which glass?)
            what = "what centuries" if text.lower().endswith("centuries") else "what century"
            of_noun = head.head.dep_ in ("nsubj", "nsubjpass")
            return Ask(head.i, ent.end, f"{head.text.lower()} {what}", ent.start, ent.end,
                       "clause-year") if pp and not of_noun else None
        if _YEAR.match(text) or _DECADE.match(text):
            what = "what year" if _YEAR.match(text) else "what decade"
            if pp:
                return Ask(head.i, ent.end, f"{head.text.lower()} {what}", ent.start, ent.end,
                           "clause-year")
            # "at the [2010] census" modifies a noun: "at the what year census?" is no question
            return None if root.dep_ in MODIFIER_DEPS | {"nummod"} else Ask(
                ent.start, ent.end, what, ent.start, ent.end, "clause-year")
        if pp and head.text.lower() in _TIME_PREPOSITIONS and head.head.pos_ in ("VERB", "AUX"):
            # the whole time phrase: "in [the winter of the great flood]", not "when of ..."
            following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            end = ent.end
            if following is not None and following.lower_ in ("of", "after", "before"):
                if following.head.i != root.i or not any(c.dep_ == "pobj"
                                                         for c in following.children):
                    # (nor "on [the morning] of 27 August" with the date read elsewhere)
                    return None  # "crowned [the spring] after the funeral": "when after ...?"
                if _calendar_date(ent) and not any(
                        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME")
                        for c in following.children):
                    # "acquitted on [18 August] of the murder of ...": the charge is the
                    # verb's, no part of a day that is whole already
                    return None
                end = root.right_edge.i + 1
            # A month alone or a clock time answers "when" only in part (which year, which
            # day?): asked for what it is, "came in on a Tuesday in what month?"
            if end == ent.end and head.lower_ == "in" and text.lower() in MONTHS:
                return Ask(head.i, end, "in what month", ent.start, end, "clause-date")
            if end == ent.end and head.lower_ == "at" and label == "TIME" and _CLOCK.search(text):
                return Ask(head.i, end, "at what time", ent.start, end, "clause-date")
            return Ask(head.i, end, "when", ent.start, end, "clause-date")
        return None
    if root.dep_ in MODIFIER_DEPS or root.dep_ in ("poss", "conj") or ent.text[:1].isdigit():
        return None  # "the 880s" is a date the tagger missed, no thing
    # The wh-word follows what the whole text says the name is (bench.generators.
    # entity_kinds), not the tagger's label of this one mention; no question when unclear.
    if kind == PERSON:
        if pp and (head.text.lower() in _PLACE_ONLY_PREPOSITIONS or
                   head.text == "of" and head.head.pos_ != "PROPN" or
                   head.text == "on" and named_place_phrase(head.head) or
                   head.text == "from" and _of_a_person(head.head)):
            # "in [X]", "families of [X]", "near the Giant's Cave on [X]", "a widow of
            # some means from [X]": this mention reads as a place
            return None
        if root.dep_ == "dobj" and head.lower_ in _NO_PERSON_DONE:
            return None  # "He did [Priya] at ten", "said [Q3 STOCK TAKE]": no person
        subject = root.dep_ in ("nsubj", "nsubjpass")
        wh = "who" if subject or root.dep_ == "attr" else "whom"
        return Ask(ent.start, end, wh, ent.start, end, "clause-person")
    if kind == THING:
        if pp and head.head.lower_ in _NAMING_PARTICIPLES and end < len(ent.doc) and \
                ent.doc[end].lower_ == "as" and _language(ent):
            # "known in [Gaelic] as An Uamh Bhinn": a language, asked "in what", no place (not
            # "known in [Portugal] as the PREC", where it is known)
            label = "LANGUAGE"
        several = member_of is None and any(c.dep_ == "conj" for c in root.children)
        if label in PLACES and pp and head.text.lower() in _PLACE_PREPOSITIONS and \
                head.head.pos_ in ("VERB", "AUX") and member_of is None:
            before = ent.doc[head.i - 1]
            if before.ent_type_ in PLACES and before.head.lower_ in ("from", "between"):
                return None  # "from Shinagawa [in Tokyo] to Nagoya": the range's end, no verb's
            return Ask(head.i, end, "where", ent.start, end, "clause-place")
        place = label in PLACES and pp and (head.text.lower() in _PLACE_ONLY_PREPOSITIONS | {
            "to", "from"} or head.text == "of" and head.head.text.lower() in PLACE_OF)
        wh = ("what places" if several else "what place") if place else "what"
        return Ask(ent.start, end, wh, ent.start, end, "clause-thing")
    return None


def _of_a_person(noun) -> bool:
    """Whether a noun is a person's ("a widow", "a widow of some means", or a copula's
    "was a widow ..."), so that a name "from" after it is where the person came from (not
    "a letter from ...")."""
    if noun.lower_ in ("is", "was", "are", "were"):
        noun = next((c for c in noun.children if c.dep_ == "attr"), noun)
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun.pos_ == "NOUN" and noun.lower_ in PERSON_NOUNS


def _calendar_date(ent) -> bool:
    """Whether a date names its day, month or year whole ("18 August", "March 1881"), so
    that an "of ..." after it is no part of it (not "the winter" of "the winter of 1962")."""
    last = ent[-1].lower_
    return last.isdigit() or last in MONTHS


def _language(ent) -> bool:
    """Whether a name is a language's: the tagger says so, or one word with a people's ending
    ("Gaelic", "Cornish"; the tagger may call it a place)."""
    return ent.label_ in ("LANGUAGE", "NORP") or len(ent) == 1 and \
        ent.text.lower().endswith(PEOPLE_ENDINGS)
