"""Counts the clause extractor asks ("how many"): a number of a plural noun ("twelve
riders" -> how many riders), a dated population ("a population of 22,680,010" -> what
population) and the count in "one of the 11 megaregions of the United States"; a number's
qualifier ("about", "over") stays in the question. And the year that dates a named thing
("the 2010 United States Census" -> the United States Census of what year)."""

from __future__ import annotations

import re

from bench.generators.asks import Ask

# "three more years", "two further attempts": a count relative to one told before
RELATIVE_AMOUNTS = {"more", "further", "additional", "extra", "fewer", "less", "other"}
# "several hundred", "a few thousand", "many millions": no number to ask for
VAGUE_MULTIPLES = {"several", "few", "many"}
# "a million", "a dozen": the article is the number's ("a how many spectators" is no question)
SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "dozen", "score"}


def numbers_of(ent) -> list:
    """The entity's number words ("about [3,000]", "[two] [hundred]")."""
    return [t for t in ent if t.like_num or t.pos_ == "NUM"]


def count_ask(ent) -> Ask | None:
    """"twelve riders" -> how many riders (answer "twelve"); "212 kilometres" likewise."""
    numbers = numbers_of(ent)
    if not numbers:
        return None
    last = numbers[-1]
    if catalogue_number(numbers[0]):
        return None
    if label_word_before(ent.doc[ent.sent.start:numbers[0].i].text + " "):
        return None  # "Hitachi Class 800 and Class [801] trains": a number that names
    population = _population(last)
    if population is not None:
        return population
    noun = last.head if last.dep_ in ("nummod", "quantmod") else None
    if ent.label_ == "QUANTITY" and ent[-1].pos_ == "NOUN":
        noun = ent[-1]
    if noun is None or noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.i < last.i or \
            any(c.lower_ in RELATIVE_AMOUNTS for c in noun.children):
        return None  # "lived three more years": more than what?
    if _named_apart(noun, numbers):
        return None  # "Five ships, the Saint Andrew, the Caledonia and the Unicorn, accompanied
        # by the tenders ...": the question keeps three names of five
    start = _number_start(ent.start, last)
    if start > 0 and ent.doc[start].lower_ in SCALE_WORDS and \
            ent.doc[start - 1].lower_ in ("a", "an"):
        start -= 1  # "Around [a million] spectators" -> "Around how many spectators?"
    if start > 0 and ent.doc[start - 1].lower_ in VAGUE_MULTIPLES:
        return None  # "several [hundred] doctorates": how many hundreds the text never says
    if start > 0 and ent.doc[start - 1].lower_ in FRACTIONS:
        return None  # "around half [a million] visitors": the fraction is the number's own
    if _describes_named_list(noun, noun.left_edge.i, numbers):
        return None  # "by Otto Frisch and Rudolf Peierls, two refugee physicists at ...": the
        # names before it are the count, and "Peierls, how many physicists" is no question
    article = next((c for c in noun.children if c.dep_ in ("det", "poss") and c.i < ent.start),
                   None)
    if article is None:
        return Ask(start, last.i + 1, "how many", start, last.i + 1, "clause-count")
    if article.text.lower() == "the" and _one_of_named(noun):
        # "one of the 11 megaregions of the United States" -> "one of how many megaregions
        # of the United States": the whole count
        return Ask(article.i, last.i + 1, "how many", start, last.i + 1, "clause-count")
    return None  # "the sixty crowns", "his two sons": a count said before, or a part


# "half a million": a fraction of the number after it, which a count would leave behind
FRACTIONS = {"half", "quarter", "third"}
# Number words, "two" to "hundred" (the prose cloze's counts read them too).
NUMBER_WORDS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
                "seventy eighty ninety hundred").split()
_SMALL_COUNTS = {w: n for n, w in enumerate(NUMBER_WORDS[:11], start=2)}  # "two" to "twelve"


def _small_count(numbers) -> int | None:
    """The count one number word or figure says ("three", "3"), None for any other."""
    word = numbers[0].lower_ if len(numbers) == 1 else ""
    return int(word) if word.isdigit() else _SMALL_COUNTS.get(word)


def _describes_named_list(noun, start: int, numbers) -> bool:
    """Whether the counted noun phrase (from `start`) follows, after a comma, a list of as
    many names joined by "and" ("A and B, two physicists"), however the parser hung it: the
    count is the list's."""
    doc = noun.doc
    if start < 2 or doc[start - 1].text != ",":
        return False
    name = doc[start - 2]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    first = name.head if name.dep_ == "conj" else name
    members = [first, *(c for c in first.conjuncts if c.pos_ == "PROPN")]
    return first.pos_ == "PROPN" and len(members) == _small_count(numbers) and \
        any(c.dep_ == "cc" for m in members for c in m.children)


def _named_apart(noun, numbers) -> bool:
    """Whether the counted things are named after the noun ("three prospectors, A, B and C")
    in a list of another length than the count: the rest are named elsewhere in the sentence,
    in words the question may leave out."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return False
    members, stack = [], [noun]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in ("appos", "conj") and child.pos_ == "PROPN" and child.i > noun.i:
                members.append(child)
                stack.append(child)
    count = _small_count(numbers)
    return len(members) >= 2 and min(m.left_edge.i for m in members) == noun.i + 2 and \
        count is not None and count != len(members)


# "Op. 1", "No. 5", "Vol. 2": a number that labels a work, no count
CATALOGUE_MARKS = {"op", "no", "nos", "vol", "vols", "nr", "bwv", "k", "d", "hob", "ch", "fig"}


def catalogue_number(number) -> bool:
    """Whether a number follows "Op.", "No." and the like (the mark and its dot one token or
    two): it labels a work."""
    doc = number.doc
    before = doc[number.i - 1] if number.i > 0 else None
    dotted = before is not None and before.text.endswith(".")
    if before is not None and before.text == "." and number.i > 1:
        before = doc[number.i - 2]
    return dotted and before.text.lower().rstrip(".") in CATALOGUE_MARKS


def label_word_before(text: str) -> bool:
    """Whether a text ends with a capitalised word that labels a number before it too
    ("using Hitachi Class 800 and Class "): the number after it names a class, a platform,
    a route, no count (not "rang the Area Office [three] times")."""
    last = re.search(r"\b([A-Z][a-z]+) $", text)
    return last is not None and re.search(
        rf"\b{last.group(1)} \d", text[:last.start()]) is not None


def catalogue_mark_before(text: str) -> bool:
    """Whether a text ends with "Op. ", "No. " and the like: the number after it labels a
    work (the same test on plain text)."""
    mark = re.search(r"(\w+)\.\s*$", text)
    return mark is not None and mark.group(1).lower() in CATALOGUE_MARKS


def _number_start(start: int, last) -> int:
    """Where the number ending at `last` starts, from `start`: "about 3,000 people" ->
    3,000 ("a hundred" whole)."""
    doc = last.doc
    while start < last.i and not (doc[start].like_num or doc[start].pos_ == "NUM" or
                                  doc[start].text.lower() in ("a", "an")):
        start += 1
    return start


def _population(number) -> Ask | None:
    """"As of the 2010 census, X has a population of [22,680,010]" -> "... has what
    population?" (the count counts no noun of its own), only where the sentence dates it;
    the words that narrow the population stay ("an estimated population" -> "what
    estimated population") and a qualifier stays in the answer ("more than 150,000")."""
    of = number.head
    noun = of.head
    if number.dep_ != "pobj" or of.text != "of" or noun.lower_ != "population" or \
            not any(e.label_ == "DATE" for e in number.sent.ents):
        return None  # a population changes: without its year it has no one right answer
    article = next((c for c in noun.children if c.dep_ == "det"), None)
    if article is None or article.lower_ not in ("a", "an") or \
            any(c.i < noun.i and c.dep_ not in ("det", "amod") for c in noun.children):
        return None
    # the whole of "of [more than 150,000]": "what population?" keeps no qualifier of its own
    # (the "how many" asks keep theirs in the question), so the answer carries it
    narrowing = number.doc[article.i + 1:noun.i + 1].text
    return Ask(article.i, number.i + 1, f"what {narrowing}", number.left_edge.i, number.i + 1,
               "clause-count")


def _one_of_named(noun) -> bool:
    """"X is one of the [11] megaregions of the United States": a plain "one of" said of a
    name, the whole set named; not "the only one of the five lakes ...", "one of the ten
    richest people" (a rank), "one of the 26 states" (of what?) or "One of the 51 members
    is elected" (which one?)."""
    of, one = noun.head, noun.head.head
    return noun.dep_ == "pobj" and of.text == "of" and one.text.lower() == "one" and \
        one.dep_ in ("attr", "appos") and not list(one.children)[1:] and \
        not any(c.tag_ in ("JJS", "RBS") or c.dep_ == "amod" and any(
            m.lower_ == "most" for m in c.children) for c in noun.children) and \
        any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
            for c in noun.children)


YEAR_WORD = re.compile(r"1[0-9]{3}|20[0-9]{2}")  # a four-digit year, 1000 to 2099


def year_of_asks(sentence) -> list[Ask]:
    """"As of [the 2010 United States Census]" -> "as of the United States Census of what
    year" (2010): a year that dates a noun phrase opened by "the" ("the 1994 Northridge
    earthquake"), asked after the phrase, where "the what year census" would not read."""
    asks = []
    doc = sentence.doc
    for year in sentence:
        noun = year.head
        if year.ent_type_ != "DATE" or not YEAR_WORD.fullmatch(year.text) or \
                year.dep_ not in ("nummod", "compound", "amod") or noun.i <= year.i or \
                noun.pos_ not in ("NOUN", "PROPN"):
            continue
        article = doc[noun.left_edge.i]
        if article.lower_ != "the" or article.head.i != noun.i or list(year.children) or \
                any(t.ent_type_ == "DATE" and t.i != year.i or t.pos_ in ("CCONJ", "PUNCT")
                    for t in doc[article.i:noun.i]):
            continue  # "the 1990 and 2000 censuses", "the May 1994 ...": more than a year
        rest = " ".join(t.text for t in doc[article.i + 1:noun.i + 1] if t.i != year.i)
        asks.append(Ask(article.i, noun.i + 1, f"the {rest} of what year", year.i, year.i + 1,
                        "clause-year"))
    return asks
