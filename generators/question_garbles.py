"""Signs that an extracted question came out garbled from its sentence, whatever rule wrote
it: a phrase cut short (a preposition without its object, a noun phrase before its noun, a
number at its decimal point, a ship's prefix, a range's first end), two sentences run into
one, a conjunct or a joining clause dropped, a list split between question and answer, a
"which" that reads as a relative, a subject and verb that disagree; a garbled time or date
is bench.generators.time_garbles' (bench.generators.question_checks runs these among its
checks)."""

from __future__ import annotations

import re

from bench.generators.blank_neighbours import cut_beside_the_blank
from bench.generators.kind_words import SHIP_PREFIXES
from bench.generators.question_phrases import one_sided_between, wh_phrase
from bench.generators.question_splices import spliced
from bench.generators.time_garbles import time_garbled
from bench.generators.windows import ends_no_sentence

PREPOSITIONS = {"to", "from", "in", "into", "at", "on", "onto", "with", "by", "for", "of",
                "through", "towards", "toward", "across", "over", "under"}


_FOCUSING = {"particularly", "especially", "notably", "chiefly", "mainly", "mostly", "largely",
             "principally"}


def garbled(question, answer, pattern: str) -> str | None:
    """Why the question (its parse) with its answer reads as garbled, or None."""
    text = question.text  # a Doc's text is joined from its tokens on every call
    words = [t for t in question if not t.is_punct]
    if words and words[-1].lower_ in PREPOSITIONS and words[-1].tag_ == "IN":
        return "a preposition left without its object"  # "sitting in the chair by?"
    if _cut_before_noun(words):
        return "a noun phrase cut before its noun"  # "What is the first ocean-going?"
    if _subjectless_predicate(question):
        return "a predicate cut from its subject"  # "X launched at Leith when, was built of ...?"
    if _cut_number(question):
        return "a number cut at its decimal point"  # "weighed how many point one kilograms?"
    if any(t.text in SHIP_PREFIXES and (t.i + 1 >= len(question) or question[t.i + 1].pos_ !=
                                         "PROPN") for t in question):
        return "a ship's name cut to its prefix"  # "The SS launched at Bristol when?"
    if _NUMBER_CUT_AT_ITS_HYPHEN.search(text):
        return "a number cut at its hyphen"  # "Twenty-how many lanes ...?" -> four
    if _cut_range(question):
        return "a range cut at its first end"  # "in what year–06?"
    if _stray_full_stop(text):
        return "a full stop inside the question"  # "Who, from Hull. Walked back ...?"
    if _clause_of_its_mark(question):
        return "a 'whether' clause without the clause it hangs on"  # "Whether X would go where?"
    if _TRAILING_WH.search(text):
        return "a wh-word left alone after a comma"  # "carried traffic for decades, what?"
    if _QUOTE_OPENED_ON_WH.search(text):
        return "a quotation cut open"  # "Item four was headed "what?" -> Bench
    if _POSSESSOR_OF_A_WH.search(text) or _WH_OF_A_POSSESSIVE.search(text):
        return "a possessive without its noun"  # "The Royal Society's who support ...?"
    if _PREPOSITION_BEFORE_COMMA.search(text):
        return "a preposition cut from its object"  # "artworks by, among others?"
    if _HEDGED_COUNT.search(text):
        return "a count asked beside its other guess"  # "saying how many days, maybe four?"
    if _THERE_FOR_A_SUBJECT.match(text):
        return "'there' left where the subject was"  # "In the text, there printed what ...?"
    if any(t.lower_ in ("who", "whom") and t.i + 1 < len(question) and
           question[t.i + 1].tag_ in ("NN", "NNS") for t in question):
        return "a name cut from the noun it named"  # "driven by whom shed" (Doncaster shed)
    if _DANGLING_AND.search(text) or _HALF_PAIR_LEFT.search(text):
        # "which feeds what and, in wet years?", "worked where and knew?", "was completed
        # and 1977?" (the asked one of "in 1976 and 1977")
        return "an 'and' that lost what it joins"
    timed = time_garbled(question, answer, pattern)
    if timed:
        return timed
    if _ABSOLUTE_AFTER_A_VERB.search(text):
        return "a person of an absolute phrase read as an object"  # "waited who walking ...?"
    if _ELLIPTICAL_END.search(text):
        return "a verb whose object the text before gave"  # "who declined?" (to rebuild it)
    if any(one_sided_between(t) and not any(u.lower_ == "and" for u in question[t.i:])
           for t in question):
        return "a 'between' left with one side"  # "fought between an alliance of X, led by Y?"
    if _COMPARISON_OPENED.match(answer.text) and _WH_BEFORE_AS.search(text):
        return "a comparison split at its second 'as'"  # "inflict what as possible?"
    if _RANGE_START.search(answer.text) and _WH_TO.search(text):
        return "a 'from ... to' split at its 'to'"  # "record what to freshwater ...?" -> "a
        # shift from marine"
    if _DIRECTION.match(answer.text) and re.search(r"\bwhat\b", text, re.I):
        return "a direction asked as a thing"  # "accumulate what?" -> further south
    if _DISTANCE.match(answer.text) and pattern == "clause-object":
        return "a distance is no object"  # "walked what?" -> "the metre and a half"
    if len(answer) == 1 and answer[0].is_alpha and answer.text.islower() and \
            not answer[0].like_num and answer.text not in _PLACE_ADVERBS and \
            re.search(r"\bwhere\b|\bwhat place\b", text, re.I):
        # "wrote his mobile where?" -> biro ("in biro"): a place is a name or "the X"
        return "a bare noun asked as a place"
    if _MEASURE_PREDICATE.search(answer.text) and answer[0].lower_ not in ("a", "an", "the") \
            and re.search(r"\bwhat\b", text, re.I):
        return "a measure's adjective asked as a thing"  # "a tower what?" -> "40 metres tall"
    if _CUT_PREFIX.search(text):
        return "a word cut from its prefix"  # "revived when -examined the ...?" ("re-examined")
    if _WH_AT_A_HYPHEN.search(text):
        return "a word cut at its hyphen"  # "examining X-what, identified ...?" ("X-rays")
    if _IN_WHOM.search(text):
        return "a place asked as a person"  # "remembered in Ayr and in whom?" -> Moffat
    if _phrase_after_asked_object(question):
        return "a phrase after the asked one joins nothing"  # "near X in what place the Y?"
    if _wh_read_as_a_free_relative(question):
        return "a wh-word read as a clause's subject"  # "particularly in what is one of ...?"
    beside = cut_beside_the_blank(text, answer.text)
    if beside:
        return beside
    if _list_split(question, answer):
        return "a list split between question and answer"  # "calling at what, Garsdale, ...?"
    if _NAME_LIST_AFTER_THE_BLANK.search(text):
        return "a name cut at its commas"  # "administered by what, Gardens and Lakes?"
    if _which_after_a_noun(question):
        return "'which' after a noun reads as a relative"  # "the Royal Charles, which flagship"
    if _FUSED_NAME.match(answer.text):
        return "a name run into the noun phrase after it"  # "At what ...?" -> "Camelon the X"
    if pattern == "clause-person" and any(
            t.lower_ == "what" and t.i + 1 < len(question) and
            question[t.i + 1].lower_ in ("who", "whom") for t in question):
        # "Kerry saw what who must have been like ...?": the text's own "what" (a clause
        # "what Doreen must have been like") beside the asked person
        return "a wh-word of the text beside the asked one"
    if _APPOSED_TO_THE_BLANK.search(text) and answer[0].lower_ in ("the", "a", "an"):
        return "a name set beside the blank"  # "to designs by what, Sir Horace Jones, and ...?"
    if _DATE_NAMED_BEFORE.match(answer.text):
        return "'the date' named before"  # "proclaimed what?" -> "the date International ..."
    if _NAME_AFTER_WHAT_PLACE.search(text) or _place_run_into_a_title(question):
        return "a name run into the asked place"  # "in what place Sir Horace Jones, and ...?"
    if _disagreement(question):
        return "subject and verb disagree"  # "Conflict over the colony were killed by ...?"
    return spliced(question, answer)


# an answer that ends on a range's first end, the question going on with its "to"
_RANGE_START = re.compile(r"\bfrom [\w'-]+$")
_WH_TO = re.compile(r"\b(?:what|whom|which [a-z]+) to\b", re.I)
_DIRECTION = re.compile(r"^(?:further|farther|more) (?:north|south|east|west|inland|upstream|"
                        r"downstream|afield|away|ahead|back)\w*$", re.I)
# "as much damage [as possible]": an answer that opens a comparison the question closes
_COMPARISON_OPENED = re.compile(r"^as (?:much|many|few|little|far|long|well|soon|often)\b", re.I)
_WH_BEFORE_AS = re.compile(r"\b(?:what|whom?|where|when|how many|how much) as\b", re.I)


def _wh_read_as_a_free_relative(question) -> bool:
    """Whether a wh-object of "particularly in", "especially at" and the like is followed by
    a finite verb ("The meeting of the two styles, particularly in [what] is one of the
    distinctive features ...?": the aside's end left out, "what is one of ..." reads as a
    clause of its own; not "The practice at what was on Thursdays ...?", the subject's own
    phrase)."""
    for token in question:
        if token.lower_ in ("what", "who", "whom") and token.i > 2 and token.i + 1 < len(question) \
                and question[token.i - 1].pos_ == "ADP" and \
                question[token.i - 2].lower_ in _FOCUSING:
            after = question[token.i + 1]
            if after.pos_ in ("VERB", "AUX") and after.tag_ in ("VBZ", "VBD", "VBP", "MD"):
                return True
    return False


def _clause_of_its_mark(question) -> bool:
    """A question that is a "whether" clause cut from the sentence it belongs to ("Whether
    the young lad would go to what place?"); "Whether or not it rained, they went where?"
    keeps its main clause."""
    first = next((t for t in question if not t.is_punct), None)
    return first is not None and first.lower_ == "whether" and first.head.dep_ == "ROOT"


def _cut_range(question) -> bool:
    """A wh-phrase that stood for a range's first end ("in what year–06?", "how many-20")."""
    return bool(_RANGE_CUT.search(question.text))


_NUMBER_CUT_AT_ITS_HYPHEN = re.compile(r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                                       r"ninety)-how (?:many|much)\b", re.I)
_RANGE_CUT = re.compile(r"\b(?:year|when|many|much)\s?[–—-]\s?\d")


def _stray_full_stop(text: str) -> bool:
    """A full stop between words inside the question, not after an initial or an
    abbreviation: the parser ran two sentences into one ("Les Ackroyd, from Hull. Walked
    back the whole way.", "in October 1991 . 1 when, and No. 3 ...?" of "No. 1")."""
    return any(not ends_no_sentence(text[:m.start() + 1])
               for m in re.finditer(r"\.\s+[A-Z0-9]", text))


# "..., which feeds what and, in wet years?": the conjunct after the aside was dropped.
_TRAILING_WH = re.compile(r", (?:what|whom|which)\?$", re.I)  # not "died at X, when?"
_POSSESSOR_OF_A_WH = re.compile(r"['’]s? (?:who|whom|what|which|when|where)\b", re.I)
_WH_OF_A_POSSESSIVE = re.compile(r"\bwhat ['’]s\b", re.I)  # "resembling what 's?" (not "who 's")
_PREPOSITION_BEFORE_COMMA = re.compile(r"\b(?:by|of|from|with|for|to|at|into|among|between),")
_HEDGED_COUNT = re.compile(r"\bhow (?:many|much)\b[^,?]*, (?:or|maybe|perhaps|possibly) "
                           r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)", re.I)
# the end of a name whose words a comma lists ("the Administration of Palaces, Gardens and
# Lakes"), left after the blank (not a list of labels in capitals: "into what, SELL, TIP and
# ASK DANNY?")
_WORD = r"[A-Z][a-z][\w'-]*"
_NAME_LIST_AFTER_THE_BLANK = re.compile(
    rf"\bwhat, (?:{_WORD}(?: {_WORD})*, )*{_WORD}(?: {_WORD})* and {_WORD}(?: {_WORD})*\?$")
# a quotation mark opened right before the wh-word, its closing mark gone with the answer
# ("was headed "what?" of "was headed "Bench, The Green (replacement)""; not "known as "what
# "?", the mark closed after it)
_QUOTE_OPENED_ON_WH = re.compile(r"(?:^|\s)[\"“](?:what|who|whom|which)\b[^\"”]*$", re.I)
# an adverb "there" opening a question whose subject went ("and there printed ...")
_THERE_FOR_A_SUBJECT = re.compile(
    r"^(?:(?:According to|In) the text, )?[Tt]here (?!(?:was|were|is|are|had|has|have|"
    r"remained|seemed|appeared|came|existed|lived|stood|followed|arose)\b)[a-z]+ed\b")
_DANGLING_AND = re.compile(r"\b(?:and|or|but)(?:, [^,?]+)?\?$")
# a last lower-case word joined to the asked one (not a list's last name: "Kelloran, what
# and Lune?"), or a "when" question's number joined to nothing that is one (readers pass
# "in what year and 1971?": the year joins the year)
_HALF_PAIR_LEFT = re.compile(
    r"\b(?:when|where|what|who|whom|many|much) (?:and|or) [a-z][\w'’-]*\?$|"
    r"\b[Ww]hen\b.*(?<![\d,] )(?<!\d)\b(?:and|or) \d[\d,.]*\?$")
# "Graham waited, watching them come, [Kayleigh] walking backwards": the aside left out, the
# absolute phrase's person reads as the verb's object (not "with who advising ...")
_ABSOLUTE_AFTER_A_VERB = re.compile(r"\b[a-z]+ed (?:who|whom) [a-z]+ing\b")
# a verb told bare because its object was told before ("the Rhodians declined[, ...]")
_ELLIPTICAL_END = re.compile(r"\b(?:declined|refused|agreed|consented|complied|relented|"
                             r"hesitated|objected|obliged)\?$")
# a distance read as an object ("walked [the metre and a half] to the door"): how far
_DISTANCE = re.compile(r"^(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|"
                       r"several|another|\d[\d,.]*)(?: [a-z]+)? (?:metres?|meters?|miles?|yards?|"
                       r"kilometres?|kilometers?|feet)(?: and a half)?$", re.I)
_PLACE_ADVERBS = {"home", "abroad", "overseas", "upstairs", "downstairs", "indoors",
                  "outdoors", "ashore", "aboard", "inland"}
_MEASURE_PREDICATE = re.compile(r"\b[a-z]+ (?:tall|long|wide|high|deep|old|thick|broad)$")
# "in whom": one is in a place, not in a person ("in Ayr, ..., and in [Moffat]")
_IN_WHOM = re.compile(r"\bin whom\b", re.I)
# a name the parser ran into the subject after it ("At Camelon the Union Canal descended")
_FUSED_NAME = re.compile(r"^[A-Z][\w'’-]* the (?:[A-Z][\w'’-]* [A-Z]|[a-z])")
_CUT_PREFIX = re.compile(r"(?:^|\s)-[a-z]")
# a wh-word glued to a hyphen: the blank took one half of a hyphened word ("X-what" of
# "X-rays"; "what-born" of "Dublin-born")
_WH_AT_A_HYPHEN = re.compile(r"\w-(?:what|who|whom|which|when|where)\b|"
                             r"\b(?:what|who|whom|which|when|where)-\w", re.I)
# "by what, Sir Horace Jones, and ...": the blank's own apposition left in the question
_APPOSED_TO_THE_BLANK = re.compile(r"\b(?:what|whom), [A-Z]\w+ [A-Z]")
# "the date International Asteroid Day": the date (30 June) was named in the sentence before
_DATE_NAMED_BEFORE = re.compile(r"^the (?:date|day) [A-Z]")
# "in what place Sir Horace Jones", "gave his account where the Alps, ...?" (of "Scrambles
# Amongst the Alps"): a name straight after the asked place (not "where Emil had hung ...")
_NAME_AFTER_WHAT_PLACE = re.compile(r"\bwhat place [A-Z]|\bwhere (?:the )?(?:[A-Z][\w'’-]* )*"
                                    r"[A-Z][\w'’-]*[,?]")
# Titles that open a person's name, never an office's ("the Northern General" is a hospital)
_HONORIFICS = {"Sir", "Lord", "Lady", "Dame"}


def _phrase_after_asked_object(question) -> bool:
    """An asked object of a preposition followed straight by a noun phrase that is no
    clause's subject ("near Fittleworth in what place the Violin Sonata in E minor, ...?"):
    what joined them (a clause the question dropped) is missing. ("Following a referendum
    in what year the Scottish Parliament was reconvened ...?" reads: a subject follows.)"""
    for token in question:
        if token.lower_ not in ("what", "whom") or token.i + 2 >= len(question):
            continue
        asked = token.head if token.dep_ == "det" and token.head.i == token.i + 1 else token
        following = question[asked.i + 1] if asked.i + 1 < len(question) else None
        if asked.dep_ in ("pobj", "pcomp") and following is not None and \
                following.lower_ in ("the", "a", "an") and not _subject_of_a_verb(following.head):
            return True
    return False


def _subject_of_a_verb(noun) -> bool:
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") and \
        noun.head.i > noun.i


def _list_split(question, answer) -> bool:
    """An answer of several list members whose list goes on in the question ("calling at
    what, Garsdale, Kirkby Stephen?" -> "Horton, Ribblehead, Dent"): one "what" for some
    members of a list, the rest given."""
    if not any(t.text == "," for t in answer):
        return False
    asked = [i for i in wh_phrase(question) if not question[i].is_punct and not (
        question[i].lower_ == "which" and question[i].head.dep_ == "relcl")]  # a relative
    if not asked:
        return False
    first, last = min(asked), max(asked)
    after = question[last + 1] if last + 1 < len(question) else None
    before = question[first - 1] if first > 0 else None
    return after is not None and (after.text == "," and last + 2 < len(question) and
                                  question[last + 2].text[:1].isupper() or
                                  after.lower_ in ("and", "or")) or \
        before is not None and before.text == "," and first > 1 and \
        question[first - 2].text[:1].isupper()


def _which_after_a_noun(question) -> bool:
    """"... the carved stern of the Royal Charles, which flagship captured ...?": a "which"
    phrase set after a noun and a comma, not the main clause's subject, reads as a relative
    clause about that noun, and the question as garbled."""
    for token in question:
        if token.lower_ != "which" or token.i < 2 or token.i + 1 >= len(question) or \
                question[token.i + 1].pos_ != "NOUN" or question[token.i - 1].text != "," or \
                question[token.i - 2].pos_ not in ("NOUN", "PROPN"):
            continue
        if question[0].pos_ in ("ADP", "SCONJ") and \
                not any(t.text == "," for t in question[:token.i - 1]):
            continue  # "On the Dartmouth shore, which settlement ...": after an opening phrase
        noun = question[token.i + 1]
        if not (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ROOT"):
            return True
    return False


def _cut_before_noun(words) -> bool:
    """Whether the question ends on an article's adjectives with no noun after them ("the
    first ocean-going, iron-hulled ship" cut at its first comma): a noun is only a part of a
    hyphened word there ("ocean-going")."""
    article = max((i for i, t in enumerate(words) if t.lower_ in ("the", "a", "an")), default=None)
    if article is None or article == len(words) - 1:
        return False
    last = words[-1]
    if not (last.pos_ == "ADJ" or last.tag_ in ("VBN", "VBG")) or last.dep_ == "pobj":
        return False  # "fell into the [estuary]": a preposition's object, a noun mistagged
    return all(t.pos_ not in ("NOUN", "PROPN", "NUM") or t.i + 1 < len(t.doc) and
               t.doc[t.i + 1].text == "-" for t in words[article + 1:-1])


def _subjectless_predicate(question) -> bool:
    """Whether a finite "was"/"is"/"had" right after a comma has no subject ("The SS Morning
    Gull launched at Leith when, was built of steel?"): an aside was read as the main clause
    and the sentence's own verb left hanging, the aside's opening comma gone (a listed verb,
    "..., raised ...", shares its subject and is no fault)."""
    subjects = ("nsubj", "nsubjpass", "expl", "csubj")
    for token in question:
        if token.i == 0 or question[token.i - 1].text != "," or \
                token.tag_ not in ("VBD", "VBZ", "VBP") or token.pos_ != "AUX" or \
                any(t.text == "," for t in question[:token.i - 1]):
            continue  # "X, first built in what year, was named Y?" closes its aside
        verb = token.head if token.dep_ in ("aux", "auxpass") else token
        if not any(c.dep_ in subjects for c in (*token.children, *verb.children)):
            return True
    return False


def _cut_number(question) -> bool:
    """Whether "how many" asks the whole part of a spelled decimal ("how many point one
    kilograms": twenty-six point one)."""
    return any(t.lower_ == "many" and t.i + 1 < len(question) and
               question[t.i + 1].lower_ == "point" for t in question)


# nouns British usage gives a plural verb ("the crew were")
_COLLECTIVE = set("company team family crew government council band club committee staff "
                  "public police army navy board party couple pair majority minority group "
                  "number people firm side union".split())


def _disagreement(question) -> bool:
    """A singular common noun with "were"/"are", or a plural one with "was"/"is"/"has", as
    its verb: the question gave a clause's verb to another clause's subject ("Conflict over
    the colony were killed by a party of Métis led by whom?") or garbled a phrase ("What is
    the largest groups coming from ...?")."""
    for subject in question:
        if subject.dep_ not in ("nsubj", "nsubjpass") or any(
                c.dep_ == "conj" or c.lower_ == "of" for c in subject.children):
            continue  # "X and Y were", "14 per cent of residents were"
        verb = subject.head
        forms = {t.lower_ for t in (verb, *verb.children) if t is verb or t.dep_ in (
            "aux", "auxpass")}
        before = question[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
        if subject.tag_ == "NN" and subject.lower_ not in _COLLECTIVE and forms & {"were", "are"}:
            return True
        if subject.tag_ == "NNS" and forms & {"was", "is", "has"} and not (
                before is not None and before.pos_ in ("ADP", "DET", "PRON")):
            return True
    return False


def _place_run_into_a_title(question) -> bool:
    """"... over what in London Sir Horace Jones, and the civil engineer ...?": a place
    followed straight by a titled name is two phrases whose join the question dropped."""
    return any(t.text in _HONORIFICS and t.i > 0 and
               question[t.i - 1].ent_type_ in ("GPE", "LOC") for t in question)
