"""Signs that a question was spliced from the wrong parts of its sentence, or cut from the
part that completes it: a speaking verb without what was said, a day without its month, a
subject lost after an opening phrase, one end of a link, an aside about a dropped aside, a
name cut before its "of", a verb cut from its object after an aside, a subject parted from
its verb by a lone comma (bench.generators.question_garbles runs these among its signs of a
garbled question)."""

from __future__ import annotations

import re

from bench.generators.kind_words import MONTHS
from bench.generators.question_phrases import WH


def spliced(question, answer) -> str | None:
    """Why the question (its parse) with its answer reads as spliced or cut, or None."""
    if _speech_without_its_words(question):
        return "a speaking verb without what was said"  # "Maureen said, nodding at what?"
    if re.fullmatch(r"\d{1,2}", answer.text) and any(t.lower_ in MONTHS for t in question) and \
            any(t.lower_ == "when" for t in question):
        return "a day cut from its month"  # "landed when and 6 November?" -> 5
    if _subject_lost_after_an_opening(question):
        return "a subject lost after its opening phrase"  # "During what was sacked in 1204?"
    if _one_end_of_a_link(question, answer):
        return "one end of a link"  # "canals connecting what?" -> Nile (to the Red Sea)
    if _part_of_whom_without_its_comma(question):
        return "an aside about an aside the question dropped"  # "the Council at least one of whom"
    if _name_goes_on_after_the_asked(question.text, answer.text):
        return "a name cut before its 'of'"  # "at what place of the Seven Seas?" -> Edinburgh
    if _object_after_the_aside(question):
        return "a verb cut from its object after an aside"  # "and showed, for October?"
    if _subject_parted_by_a_comma(question):
        return "a subject parted from its verb by a comma"  # "Proposed Roger, seconded whom?"
    return None


def _subject_parted_by_a_comma(question) -> bool:
    """"Proposed Roger, seconded whom?" (of minutes' "..., proposed Roger, seconded Steve"):
    English sets no lone comma between a subject and its verb, so one after a bare name that
    opens the question is a list or an aside the question cut. (Not a subject with a phrase
    of its own, which may be an aside whose opening comma the question dropped: "Maisie home
    from college in Dunmore, went out ...?", which readers pass; nor a comma that a later one
    pairs: "Sputnik 2, launched when ..., carried the dog Laika?"; nor a copula, whose
    subject may be the last of a name's parts: "Baron Kelvin, was a British ...?", which
    readers pass)"""
    for token in question:
        if token.dep_ != "nsubj" or token.head.i <= token.i:
            continue
        words = [t for t in token.subtree if not t.is_punct]
        if not words or words[0].i != 0:
            continue
        end = words[-1].i
        if end + 2 == token.head.i and question[end + 1].text == "," and \
                token.head.pos_ == "VERB" and len(words) == end + 1 and \
                not any(t.pos_ == "ADP" or t.lower_ in WH for t in words) and \
                not any(t.text == "," for t in question[end + 2:]):
            return True
    return False


# "at what place of the Seven Seas?" -> Edinburgh: the answer is the first word of a name
# (not "the discovery by whom of the Canopus Decree": the phrase is the discovery's)
_NAME_GOES_ON_AFTER_A_PLACE = re.compile(r"\b(?:what place|where) of (?:the )?[A-Z]")
_NAME_GOES_ON_AFTER_WHAT = re.compile(r"\bwhat of (?:the )?[A-Z]")
# "selected by what of the Earth's Interior?": a possessive inside the "of" phrase
_NAME_GOES_ON_AFTER_WHAT_S = re.compile(r"\bwhat of (?:the )?(?:[A-Z][\w-]* )*[A-Z][\w-]*['’]s ")
# Prepositions that open a sentence with a time or circumstance ("During the Fourth Crusade,")
_OPENINGS = {"during", "after", "before", "following", "under", "throughout", "since", "until",
             "despite"}
# Verbs that join two things: asked with one end and no "to"/"with", the other is lost
_LINKING = {f"{stem}{ending}" for stem in ("connect", "link") for ending in ("", "s", "ed", "ing")}
# Words that count part of a group ("at least one of whom", "most of which")
_PARTS_OF_A_GROUP = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                     "ten", "some", "many", "most", "all", "none", "each", "both", "several",
                     "few", "half", "any", "neither", "either", "much", "part", "rest"}


def _part_of_whom_without_its_comma(question) -> bool:
    """"advised by the Island Council at least one of whom must be a woman": "of whom"
    counting part of a group that a dropped aside named (", which consists of eight elected
    members, at least one of whom ..."); set off by a comma it is the sentence's own."""
    for token in question:
        if token.lower_ not in ("whom", "which") or token.dep_ == "det" or token.i < 2 or \
                question[token.i - 1].lower_ != "of" or \
                question[token.i - 2].lower_ not in _PARTS_OF_A_GROUP:
            continue
        start = token.i - 2
        while start > 0 and question[start - 1].lower_ in ("at", "least", "most", "the", "not",
                                                           "all", "in", "of", "for", "during"):
            start -= 1  # "at least one of whom", "in all of which"
        if start > 0 and not question[start - 1].is_punct:
            return True
    return False


def _object_after_the_aside(question) -> bool:
    """"which was from a merchant in what place and showed, for October?" (of "..., for
    October, a sawmill in Finland"): the last conjunct's verb ends the question with only an
    aside after it, its object cut."""
    joins = [t for t in question if t.lower_ in ("and", "or", "but")]
    if not joins or joins[-1].i + 3 >= len(question):
        return False
    verb, comma = question[joins[-1].i + 1], question[joins[-1].i + 2]
    tail = [t for t in question[comma.i + 1:] if not t.is_punct]
    # (the question's parser may tag the verb a plural noun: "and [shows], on one side?")
    return (verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "NNS" and
            not any(t.lower_ in WH for t in tail)) and comma.text == "," and bool(tail) and \
        tail[0].pos_ == "ADP" and not any(t.pos_ in ("VERB", "AUX") for t in tail) and \
        not any(c.dep_ in ("dobj", "attr", "dative") for c in verb.children)


# Verbs of speaking: what was said is their object, a clause or a quotation
_SPEAKING = {form for verb in ("say says said", "ask asks asked", "reply replies replied",
                               "answer answers answered", "explain explains explained",
                               "add adds added", "shout shouts shouted",
                               "whisper whispers whispered", "mutter mutters muttered",
                               "murmur murmurs murmured", "insist insists insisted",
                               "admit admits admitted", "repeat repeats repeated")
             for form in verb.split()}


def _speech_without_its_words(question) -> bool:
    """"Maureen said, nodding at what?", "Who explained, briefly and without mentioning Mr
    Harland?": the main verb speaks, but what was said (a quotation, or the sentences
    before) is not in the question; not "Who said that the bridge would fall?" nor "X asked
    about the fee"."""
    root = next((t for t in question if t.dep_ == "ROOT"), None)
    return root is not None and root.lower_ in _SPEAKING and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr", "oprd", "nsubjpass", "intj") or
        c.dep_ == "prep" and c.lower_ in ("about", "of", "on", "for") for c in root.children)


def _name_goes_on_after_the_asked(question: str, answer: str) -> bool:
    """"The harbour at what place of the Seven Seas ...?" -> Edinburgh, "... selected by what
    of the Earth's Interior?" -> "the International Association of Volcanology and
    Chemistry": the answer is the start of a name that goes on after it. (A name that takes
    "the" ends with its own words before an "of" that names an owner: "received what of the
    Kastrow Chemical Society?" -> "the Varnhagen Prize".)"""
    bare = answer[:1].isupper()
    named = bare or answer.startswith("the ") and answer[4:5].isupper()
    return named and bool(_NAME_GOES_ON_AFTER_A_PLACE.search(question) or
                          bare and _NAME_GOES_ON_AFTER_WHAT.search(question) or
                          _NAME_GOES_ON_AFTER_WHAT_S.search(question))


def _one_end_of_a_link(question, answer) -> bool:
    """"... maintained canals connecting what?" -> Nile (of "connecting the Nile, and through
    it the Mediterranean, to the Red Sea"): a verb that joins two things, asked of one end,
    with no "to", "with" or "and" giving the other."""
    for token in question:
        if token.lower_ not in _LINKING:
            continue
        asked = [c for c in token.children if c.dep_ == "dobj" and c.lower_ in ("what", "whom")]
        after = question[token.i + 1:].text
        if asked and not re.search(r"\b(?:and|with|to|between)\b", after) and \
                not re.search(r"\b(?:and|with|to)\b", answer.text):
            return True
    return False


def _subject_lost_after_an_opening(question) -> bool:
    """"During what was sacked in April 1204?" -> "the Fourth Crusade, Constantinople": the
    opening phrase's object asked and the subject read into the answer, so a verb follows the
    auxiliary straight away (not "During what was the cathedral stripped?")."""
    words = [t for t in question if not t.is_punct]
    if len(words) < 4 or words[0].lower_ not in _OPENINGS or words[1].lower_ != "what" or \
            words[2].lower_ not in ("was", "were", "is", "are", "has", "had", "have"):
        return False
    verb = words[4] if words[3].pos_ == "ADV" and len(words) > 4 else words[3]
    return verb.tag_ in ("VBN", "VBD", "VBG")
