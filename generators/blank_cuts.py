"""Blanks that cut a phrase in two: asked, the part left in the question reads as something
else or as nothing ("between what and the highest part of ...?", "whose still, reflecting
what overflows?", "On the second Tuesday ... when?", "known as what 8?"). The clause
extractor (bench.generators.clauses) drops such asks before it phrases them."""

from __future__ import annotations

from bench.generators.asks import Ask
from bench.generators.kind_words import ORDINALS, WEEKDAYS


def cuts_a_phrase(doc, ask: Ask) -> bool:
    """Whether the ask's blank cuts a phrase in two in any of the ways below."""
    return between_pair_joined_on(doc, ask) or blank_in_a_whose_phrase(doc, ask) or \
        date_inside_a_day(doc, ask) or name_cut_before_its_number(doc, ask) or \
        joined_on_after(doc, ask) or list_cut_inside(doc, ask) or \
        time_read_into_the_answer(doc, ask)


def list_cut_inside(doc, ask: Ask) -> bool:
    """Whether the answer ends inside a list that one of its words opens ("in [the Kingdom of
    Serbs], Croats and Slovenes": "introduced where, Croats and Slovenes?" keeps the rest of
    the name; not "between [the Atlantic] and the Mediterranean", a list of the answer's
    own, whose other members the question keeps as its own)."""
    answer = range(ask.answer_start, ask.answer_end)
    heads = [doc[i] for i in answer if doc[i].head.i not in answer or doc[i].head.i == i]
    if len(heads) != 1:
        return False
    inner = [doc[i] for i in answer if i != heads[0].i]
    # the list goes on after a comma, or began inside the answer ("of [Czechs, Slovaks] and
    # Ruthenians"): not "by way of [the Cape of Good Hope] and Brazil", which hangs "Brazil"
    # on "Hope" too, a list the question keeps whole
    going_on = ask.answer_end < len(doc) and doc[ask.answer_end].text == "," or any(
        c.dep_ == "conj" and c.i < ask.answer_end for t in inner for c in t.children)
    return going_on and any(c.dep_ == "conj" and c.i >= ask.answer_end
                            for t in inner for c in t.children)


def blank_in_a_whose_phrase(doc, ask: Ask) -> bool:
    """Whether the blank lies between a relative "whose" and its clause's verb ("William
    Pye, whose still, reflecting [surface of water] overflows ...": "whose still,
    reflecting what overflows?" holds two question words in one phrase)."""
    for word in doc[ask.start].sent:
        if word.lower_ != "whose" or ask.start <= word.i < ask.end:
            continue
        verb = next((a for a in word.ancestors if a.dep_ == "relcl"), None)
        if verb is not None and word.i < ask.start < verb.i:
            return True
    return False


_DAYS = WEEKDAYS | {"day", "days", "week", "weekend", "morning", "afternoon", "evening", "night"}


def date_inside_a_day(doc, ask: Ask) -> bool:
    """Whether the answer is the month or year of a numbered day the question keeps ("On
    the second Tuesday in [September]": "On the second Tuesday a man stood in the doorway
    when?"): which Tuesday it is, the month says (not "on a Thursday in [the middle of
    February]")."""
    before = ask.answer_start - 1
    return before > 1 and doc[before].lower_ in ("in", "of") and \
        doc[before - 1].lower_ in _DAYS and not ask.start <= before - 1 < ask.end and \
        doc[before - 2].lower_ in ORDINALS


def name_cut_before_its_number(doc, ask: Ask) -> bool:
    """Whether the answer is a capitalised word whose number the question keeps ("One
    building, known as [House] 8, ...": "known as what 8?"): the word and the number are
    one name."""
    last, after = doc[ask.answer_end - 1], ask.answer_end
    return after < len(doc) and last.text[:1].isupper() and doc[after].text[:1].isdigit() \
        and doc[after].ent_type_ not in ("DATE", "TIME")  # (not "rang [Area Office] three times")


def between_pair_joined_on(doc, ask: Ask) -> bool:
    """Whether the answer is what lies "between", or one of it, and an "and" after it joins
    a noun outside it ("a range on the border between [Slovakia and Poland] and the highest
    part of ..."): asked, the wh-word and that noun would read as the pair ("between what
    and the highest part ...?")."""
    first = doc[ask.answer_start]
    while first.dep_ in ("conj", "cc", "det", "compound", "amod") and first.head.i != first.i:
        first = first.head
    if first.head.lower_ != "between":
        return False
    end = max(t.i for t in first.subtree) + 1
    after = doc[end] if end < len(doc) else None
    return after is not None and after.dep_ == "cc" and after.head.pos_ in ("NOUN", "PROPN") \
        and after.head.i not in {t.i for t in first.subtree}


# Words that join one more thing to what comes before them ("opened [the Tower Eye] along
# with a 4D cinema")
_JOINING = (("along", "with"), ("together", "with"), ("as", "well"))


def joined_on_after(doc, ask: Ask) -> bool:
    """Whether "along with", "together with" or "as well as" closes the answer's apposition
    ("opened [the Blackpool Tower Eye], a refurbished observation level ..., along with a 4D
    cinema"): the parser hangs the second thing in the apposition, which the question drops
    with it, and the answer, one of two things, is asked as the whole (where the parser
    hangs it on the verb, the question keeps it: "reopened what along with a new cafe?")."""
    end = ask.answer_end
    root = doc[ask.answer_start:ask.answer_end].root
    apposed = next((c for c in root.children if c.dep_ == "appos" and c.i > end), None)
    if end >= len(doc) or doc[end].text != "," or apposed is None:
        return False
    # the parser may hang the joined thing inside the apposition ("... SkyWalk, along with")
    inside = range(end + 1, min(apposed.right_edge.i + 1, len(doc) - 2))
    return any(doc[i].text == "," and (doc[i + 1].lower_, doc[i + 2].lower_) in _JOINING and
               doc[i + 1].head.i in inside for i in inside)


_TIME_PREPOSITIONS = {"in", "between", "during", "from", "until", "till", "since", "after",
                      "before", "by"}


def time_read_into_the_answer(doc, ask: Ask) -> bool:
    """Whether the answer, a thing, ends in a phrase of time the parser hung on it ("who
    produced [designs between 1944 and 1947] for a church"): when it was done is the
    verb's, not part of what was done."""
    answer = doc[ask.answer_start:ask.answer_end]
    if answer.root.ent_type_ in ("DATE", "TIME"):
        return False
    return any(t.dep_ == "prep" and t.lower_ in _TIME_PREPOSITIONS and
               t.head.i == answer.root.i and t.right_edge.i == ask.answer_end - 1 and
               any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in t.children)
               for t in answer)
