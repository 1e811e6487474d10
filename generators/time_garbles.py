"""Signs that an extracted question garbled a time or a date: a time asked apart from the
one it is joined to, a second clause cut to its opening time phrase, a clock time cut at its
dot, a month read into a name, a year read into a place, a count of times or a length of
time read as an object, a measure (or a latitude) read as a time, a date cut before its
month or asked beside itself or its weekday, a fronted time asked beside another time of
the question, a time asked inside an opening "when" clause
(bench.generators.question_garbles runs these among its checks)."""

from __future__ import annotations

import re

from bench.generators.clause_counts import YEAR_WORD
from bench.generators.kind_words import MONTHS, WEEKDAYS
from bench.generators.question_phrases import WH

# "when" beside the date it would ask: "first climbed [in winter] in February 1957"
_WHEN_BESIDE_A_DATE = re.compile(
    r"\bwhen,? (?:in|on) (?:[A-Z][a-z]+ |\d{1,2} [A-Z][a-z]+ )?\d{4}\b")
# units of a measure, which no time answer holds ("at between 20 and 27 miles per hour"),
# or a latitude's or an angle's degrees ("at 79°29′S")
_MEASURE = re.compile(r"\d ?°|\b(?:per|miles?|kilometres?|kilometers?|km|metres?|meters?|feet|"
                      r"foot|knots?|mph|degrees?|tonnes?|tons?|percent)\b", re.I)
_MONTH = "(?:%s)" % "|".join(sorted(m.capitalize() for m in MONTHS))
_WHEN_BEFORE_ITS_MONTH = re.compile(rf"\bwhen,? {_MONTH}(?=[?,])")
_WEEKDAY = "(?:%s)" % "|".join(sorted(d.capitalize() for d in WEEKDAYS))
# "came on the fifteenth of July, when, at twenty past ten?" -> the right day: the asked
# time set after a date as its second naming (the text's own "when" opens a clause)
_WHEN_APPOSED_TO_A_DATE = re.compile(rf"(?:\b{_MONTH}|\b{_WEEKDAY}|\b\d{{4}}), when[,?]")
_WHEN_AFTER_A_WEEKDAY = re.compile(rf"\b(?:on )?(?:a |the )?{_WEEKDAY}s?(?: morning| afternoon| "
                                   rf"evening| night)? when\b")
# "took place ... when and May 1943?"
# (a year of its own, not a number's last digits: "175,000 in what year", "J0737-3039")
_YEAR_BESIDE_THE_ASKED_YEAR = re.compile(r"(?<![\w,.-])\d{3,4},? in (?:what|which) year\b")
_WHEN_JOINED = re.compile(rf"\bwhen (?:and|or) {_MONTH}\b")
_SPAN_JOINED = re.compile(r"\bwhen (?:and|or) (?:the )?(?:(?:early|late|mid)[- ]?)?\d{4}s\b")
_TIME_CUT_AT_ITS_DOT = re.compile(r"\b\d{1,2}[.:](?:how many|what)\b")
# a count of times, or how often ("four times a year", "twice a month")
_TIMES = re.compile(r"^(?:(?:\S+ )?times|once|twice)(?: (?:a|an|per|each|every) \w+)?$", re.I)
# a length of time read as an object ("delivered [a fortnight] last Friday": two weeks ago)
_DURATION = re.compile(r"^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|"
                       r"several|\d+) (?:fortnight|week|day|month|year|hour|minute|night)s?$",
                       re.I)
_DATED_PLACE = re.compile(rf"\bof (?:{YEAR_WORD.pattern})$")
_FRONTED_TIME = re.compile(r"^(?:When|In (?:what|which) year)\b")
# "When 40 Wall Street was topped out when its backers declared victory?": the time asked
# inside an opening "when" clause, whose main clause the question made a part of it
_WHEN_INSIDE_A_WHEN_CLAUSE = re.compile(
    r"^When (?!(?:was|were|is|are|did|does|do|had|has|have|will|would|could|can|should|"
    r"might|must)\b)[^,?]*\bwhen\b")
_FULL_DATE = re.compile(rf"\b\d{{1,2}} {_MONTH} \d{{4}}\b|\b{_MONTH} \d{{1,2}}, \d{{4}}\b")


def time_garbled(question, answer, pattern: str) -> str | None:
    """Why the question (its parse) with its answer garbles a time or a date, or None."""
    text, said = question.text, answer.text  # a Doc's text is joined anew on every call
    if _WHEN_JOINED.search(text) and not re.search(r"\b\d{4}\b", said) or \
            _SPAN_JOINED.search(text):
        # "in [April] and May 1943": the month asked shares the other's year (not "fell in
        # [December 1938] and February 1947"); "in [the late 1980s] and early 1990s": one span
        # (not "in [1808] and 1809" nor "in [what decade] and 1830s", which readers pass)
        return "a time asked apart from the one it is joined to"
    if _clause_cut_to_its_opening(question):
        return "a second clause cut to its opening phrase"  # "..., and on the first Sunday?"
    if _TIME_CUT_AT_ITS_DOT.search(text):
        return "a clock time cut at its dot"  # "The 09.how many falls on ...?" -> 43
    if _month_read_into_a_name(question):
        return "a month read into a name"  # "June Charles Phillips was a fellow of what?"
    if _DATED_PLACE.search(said) and re.search(r"\b(?:what place|where)\b", text, re.I):
        return "a year read into a place's name"  # "to what place?" -> "the North of 1895"
    if pattern == "clause-object" and _TIMES.match(said):
        # "Degortes won what?" -> fourteen times; "visits what?" -> four times a year
        return "a count of times is no object"
    if pattern == "clause-object" and _DURATION.match(said):
        return "a length of time is no object"  # "delivered what last Friday?" -> a fortnight
    if pattern == "clause-date" and _MEASURE.search(said):
        return "a measure read as a time"  # "a wind was blowing when?" -> "at 20 miles per hour"
    if pattern == "clause-date" and _WHEN_BEFORE_ITS_MONTH.search(text):
        return "a date cut before its month"  # "escaped when November?" -> "the night of 11"
    if pattern == "clause-date" and (_WHEN_BESIDE_A_DATE.search(text) or
                                     _WHEN_APPOSED_TO_A_DATE.search(text)):
        return "a time asked beside its date"  # "first climbed when in February 1957?" -> winter
    if pattern == "clause-date" and _WHEN_AFTER_A_WEEKDAY.search(text):
        # "The funeral was on a Tuesday when?" -> the middle of June: the day half told
        return "a time asked beside its weekday"
    if _FRONTED_TIME.match(text) and (_FULL_DATE.search(text) or
                                      _year_of_a_later_conjunct(question)):
        # "In what year was X born on 3 November 1688 and succeeded ...?" -> 1699; "When was
        # X declared a Sanctuary and a World Heritage Site in 1983?" -> 1981: which event?
        return "a time asked beside another time of the question"
    if _YEAR_BESIDE_THE_ASKED_YEAR.search(text):
        # "their only child was born in 1545 in what year?" -> 1544: whose year is asked?
        return "a year asked beside another year"
    if _WHEN_INSIDE_A_WHEN_CLAUSE.search(text):
        return "a time asked inside an opening 'when' clause"
    return None


def _year_of_a_later_conjunct(question) -> bool:
    """Whether an object joined to another, or a phrase joined to one with the same
    preposition, is followed by a year ("proclaimed [a borough] and a city in 1870", "made
    by [Thompson] and by Hall in 1919"): the year is the later conjunct's, the time asked
    the first's."""
    return any((t.dep_ in ("dobj", "attr", "oprd") or t.pos_ == "ADP") and any(
        c.dep_ == "conj" and (t.pos_ != "ADP" or c.pos_ == "ADP") and
        any(YEAR_WORD.fullmatch(y.text) for y in question[c.i + 1:])
        for c in t.children)
        for t in question)


def _clause_cut_to_its_opening(question) -> bool:
    """Whether the question ends in ", and" and a phrase with no verb that opened a second
    clause ("carried the key for twenty-two years, and on the first Sunday of March [he
    began to think ...]": "..., and on the first Sunday of March?", "..., and when?"): a
    bare "when"/"where", or a time's prepositional phrase."""
    words = [t for t in question if not t.is_punct]
    joins = [t.i for t in question if t.lower_ == "and" and t.i > 0 and
             question[t.i - 1].text == ","]
    if not joins:
        return False
    tail = [t for t in words if t.i > joins[-1]]
    if not tail or any(t.pos_ in ("VERB", "AUX") for t in tail):
        return False
    if len(tail) == 1:
        # "..., and when?", "..., and strong?" (of "and strong westerly winds are common")
        return tail[0].lower_ in ("when", "where") or tail[0].pos_ == "ADJ"
    # a phrase that opens on a time ("and on Saturdays after a shift"): a list of places or
    # people after ", and" ("from Ireland ... in the west ..., and from the Mediterranean
    # coast ...") is the first clause's own
    named = next((t for t in tail[1:] if t.pos_ not in ("DET", "ADP", "ADJ")), None)
    if tail[0].pos_ == "ADP" and tail[-1].lower_ in ("when", "where") and \
            question[tail[-1].i - 1].text == ",":
        # "..., and on the return journey, when?" (the clause's verb left out; not "..., and
        # into Brindlecombe when?", a list of the first clause's places)
        return True
    return tail[0].pos_ == "ADP" and named is not None and \
        named.ent_type_ in ("DATE", "TIME") and \
        any(t.lower_ in WH for t in words if t.i < joins[-1])


def _month_read_into_a_name(question) -> bool:
    """"In June Charles Phillips, a fellow of ..., took charge": the tagger may read the month
    into the name after it; a question that opens with a month and two more name words asks
    about that misread name."""
    return len(question) > 3 and question[0].lower_ in MONTHS and question[0].is_title and \
        question[1].pos_ == "PROPN" and question[2].pos_ == "PROPN"
