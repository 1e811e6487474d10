"""The cloze pattern of the prose extractor (Lewis et al. 2019, "Unsupervised QA by Cloze
Translation"): a named subject, a year, a count or an agent masked in a sentence's first
clause and turned into a wh-question ("Tobrand carried the lantern back" -> Who carried the
lantern back?; "... was founded in 1342 by ..." -> In what year was ... founded by ...?;
"with twelve riders" -> ... with how many riders?; "by Anselm Korrigan" -> by whom?)."""

from __future__ import annotations

import re

from bench.generators.clause_counts import (
    FRACTIONS,
    NUMBER_WORDS,
    RELATIVE_AMOUNTS,
    VAGUE_MULTIPLES,
    YEAR_WORD,
    catalogue_mark_before,
    label_word_before,
)
from bench.generators.prose_fact import PRONOUNS, ProseFact, make_fact
from bench.generators.prose_names import ADVERBIAL_OPENERS, NAME, TITLES, Names, who_or_what

_NUMBER_WORD = rf"(?:{'|'.join(NUMBER_WORDS)})(?:-[a-z]+)?"
_NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|"
           rf"(?:{_NUMBER_WORD}|one|a) (?:hundred|thousand|million)(?: and {_NUMBER_WORD})?|"
           rf"{_NUMBER_WORD})")
_VERB_PAST = re.compile(r"^(?:[a-z]+ed|was|were|had|found|took|left|rode|sent|gave|made|"
                        r"built|wrote|became|came|went|saw|said|told|kept|held|stood|lay|won|"
                        r"began|ran|knew|brought|bought|carried|married|ruled|lived|died|"
                        r"[a-z]+s)$")

# A subordinate clause ("before entering Dulwich College [in 1887]", "after he left [in 1900]"):
# a year after one may be that clause's, so it is asked where it stands, not fronted
_SUBORDINATE = re.compile(r"\b(?:before|after|since|until|upon|on|while|when|whilst) "
                          r"(?:[a-z]+ing|he|she|it|they|we|I)\b")
# "was organised to mark the anniversary of the arrival ... in 1492": the year after a
# purpose may be what the purpose names, not the passive's (asked in place instead)
_PURPOSE = re.compile(r"\b(?:in order |so as )?to (?!be\b)[a-z]+ (?:the|a|an|its|his|her|their)\b")
# "developed by Paul C. Fisher, whose AG7 pen was patented in 1965": the relative clause's year
_RELATIVE = re.compile(r", whose\b")
# "explained by an overestimate ..., corrected using data from the Voyager 2 flyby in 1989":
# the year after a participle's clause may be that clause's (asked in place instead)
_PARTICIPLE_CLAUSE = re.compile(r", [a-z]+ed\b")
# Signs, between the passive's verb and the year, that the year may be another clause's
# "was at first administered as part of X and became a colony in 1841": a second verb, past
# but no participle, that the year is of ("In what year was X administered ...?" asks wrong)
_SECOND_PREDICATE = re.compile(r" and (?:became|began|came|went|grew|took|gave|rose|fell|ran|"
                               r"wrote|drew|knew|rode|threw|broke|chose|flew|froze|spoke) ")
_ANOTHER_CLAUSE = (_SUBORDINATE, _PURPOSE, _RELATIVE, _PARTICIPLE_CLAUSE, _SECOND_PREDICATE)
# "By nine the grass ...": a number before an article or possessive counts nothing after it
_NOT_A_COUNT_WORD = r"(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those) "
# Words ending in "s" that no number counts ("began in 742 as a guild").
_NOT_COUNTED = {"as", "is", "was", "has", "its", "this", "thus", "his", "hers", "us", "plus",
                "less", "unless", "across", "whereas", "perhaps", "always", "towards", "does"}


def cloze(sentence: str, names: Names) -> list[ProseFact]:
    """A named subject, a year, a count or an agent masked and asked for, in the sentence's
    first clause (a question stays one clause long)."""
    body = re.split(r", (?:and|but|so|while|where|although|who|which) |; ",
                    sentence.rstrip(" .!?"))[0]
    after = sentence[len(body):]
    if re.match(r", (?:who|which) [^,]+, ", after) and re.search(rf"\band {NAME}$", body):
        # "asked his opinion on the fins and Daniel, who had built models ..., gave it ...":
        # the name after "and" is the next clause's subject, not the first clause's object
        return []
    facts = []
    found = names.find(body)
    subject_match = re.match(rf"^(?:(?:{'|'.join(TITLES)}) )?(?P<s>{NAME}) (?P<vp>.+)$", body)
    if subject_match and found and found[0][0] == subject_match.start("s") and \
            found[0][2] == subject_match.group("s") and \
            subject_match.group("s").split()[0] not in ADVERBIAL_OPENERS:
        subject, rest = subject_match.group("s"), subject_match.group("vp")
        first = rest.split()[0]
        copular = re.match(r"^(?:is|was|are|were) (?:a|an|the) ", rest)  # copula's reverse
        noun = len(rest.split()) > 1 and rest.split()[1] in ("is", "are", "was", "were", "have",
                                                             "has", "may", "can", "will")
        if _VERB_PAST.match(first) and not copular and not noun and not PRONOUNS.search(rest):
            ask = who_or_what(names, subject)
            facts.append(make_fact("cloze-subject", subject,
                               [f"{ask} {rest}?", f"According to the text, {ask.lower()} {rest}?",
                                f"Which person {rest}?" if ask == "Who" else f"Name what {rest}."],
                               subject))
    if PRONOUNS.search(body.split(",")[0]) or not (found or re.match(r"^The [a-z]", body)):
        return facts  # the rest needs a subject a reader can place
    # (not "in 1903–06": a range's first year; nor "in 1976 and 1977": one of two)
    year = re.search(r"\bin (?P<y>1[1-9]\d{2}|20\d{2})\b(?!\)|[–—-]\d| (?:and|or|to) \d)",
                     body)
    passive = re.match(r"^(?P<subj>.+?) (?P<aux>was|were) (?P<rest>.+)$", body)
    if passive and (re.match(r"(?:a|an|the|one)\b|[A-Z]", passive.group("rest")) or
                    passive.group("subj").split()[0] in ADVERBIAL_OPENERS):
        # "X was [a frigate] ... launched in 1794", "X was [Clara Rockmore], born ... in
        # 1911": a copula, no passive; "During the War, rails were laid ...": an adverbial
        # first, the subject after it
        passive = None
    if year and passive and year.start() > passive.start("rest") and not any(
            sign.search(body[passive.start("rest"):year.start()]) for sign in _ANOTHER_CLAUSE):
        # (a comma the year closed goes with it: "born in Kingston, in the colony of X,?")
        rest = (body[passive.start("rest"):year.start()] + body[year.end():]).strip(" ,;:")
        subj = passive.group("subj")
        whole = names.find(subj)  # (a name cut at 40 characters may be none whole)
        subj = subj if names.find(subj[:40]) and whole and whole[0][0] == 0 else \
            subj[0].lower() + subj[1:]
        facts.append(make_fact("cloze-year", year.group("y"),
                           [f"In what year {passive.group('aux')} {subj} {rest}?",
                            f"When {passive.group('aux')} {subj} {rest}?",
                            f"{body[:year.start()]}in what year{body[year.end():]}?"], ""))
    elif year:
        facts.append(make_fact("cloze-year", year.group("y"),
                           [f"{body[:year.start()]}in what year{body[year.end():]}?",
                            f"According to the text, {_lower_first(body[:year.start()], names)}"
                            f"in what year{body[year.end():]}?",
                            f"In the text, {_lower_first(body[:year.start()], names)}in which "
                            f"year{body[year.end():]}?"], ""))
    # not "several [hundred] doctorates": how many hundreds is no count the text gives
    vague = "".join(f"(?<![{w[0].upper()}{w[0]}]{w[1:]} )" for w in sorted(VAGUE_MULTIPLES))
    fraction = "".join(f"(?<!{w} )" for w in sorted(FRACTIONS))  # nor "half [a million]"
    noun = rf"(?P<noun>(?:(?!{_NOT_A_COUNT_WORD})[a-z]+ )?[a-z]+s)"
    count = re.search(rf"(?<![Tt]he )(?<![Aa] )(?<!hundred and )(?<!thousand and ){vague}"
                      rf"{fraction}\b(?P<n>{_NUMBER}) {noun}\b", body)
    if count and not YEAR_WORD.fullmatch(count.group("n")) and \
            not set(count.group("noun").split()) & (_NOT_COUNTED | RELATIVE_AMOUNTS) and \
            not catalogue_mark_before(body[:count.start()]) and \
            not label_word_before(body[:count.start()]):  # "Op. 1 sonatas", "Class 801 trains"
        left, right = body[:count.start()], body[count.end():]
        if not re.search(r"\b(?:[Ww]hen|[Ww]hile|[Aa]s|[Oo]nce) $", left):
            # not "And when how many years had passed, ...?"
            facts.append(make_fact("cloze-count", count.group("n"),
                               [f"{left}how many {count.group('noun')}{right}?",
                                f"According to the text, {_lower_first(left, names)}how many "
                                f"{count.group('noun')}{right}?",
                                f"In the text, {_lower_first(left, names)}how many "
                                f"{count.group('noun')}{right}?"], ""))
    agent = re.search(rf"\bby (?P<a>{NAME})", body)
    if agent and names.is_person(names.trim(agent.group("a"), False)) and \
            re.search(r"\b(?:was|were) ", body):
        who = names.trim(agent.group("a"), False)
        end = agent.start("a") + agent.group("a").index(who) + len(who)
        left, right = body[:agent.start()], re.sub(r"^, (?:a|an|the) [^,]*", "", body[end:])
        if right != body[end:] and re.match(r", [A-Z]", right):
            return facts  # "by X, an engineer with Rendel, Palmer and Tritton": the
            # description goes on past its comma (a list, a firm's name)
        facts.append(make_fact("cloze-agent", who,
                           [f"{left}by whom{right}?", f"According to the text, "
                            f"{_lower_first(left, names)}by whom{right}?",
                            f"In the text, {_lower_first(left, names)}by whom{right}?"], who))
    return facts


def _lower_first(text: str, names: Names) -> str:
    """Lowercase the first letter unless the text starts with a name or a title."""
    found = names.find(text)
    if found and found[0][0] == 0 or text.split(" ", 1)[0] in TITLES:
        return text
    return text[:1].lower() + text[1:]
