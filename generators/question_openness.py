"""Questions that many answers fit though nothing in them points back: an indefinite or
adjective predicate ("What is a major economic center of ...?"), one member of a body with
many ("Who belonged to the Lunar Society?"), a light verb or one of wanting with nothing
but its object ("Marian's niece Katie took what?", "Louis XV preferred what?"), a passing
look of someone's face or hands ("Dev's face had gone what?")
(bench.generators.question_context runs these)."""

from __future__ import annotations

from bench.generators.question_phrases import only_time


def many_answers(question) -> str | None:
    """Why many answers fit the parsed question, or None."""
    return _open_predicate(question) or _bare_light_verb(question) or _one_member(question) or \
        _passing_look(question)


# Words that rank one of several ("the first", "the latter")
ORDINALS = {"first", "second", "third", "fourth", "fifth", "last", "latter", "former"}


def _open_predicate(question) -> str | None:
    """"What is a major economic center of ...?", "What was a great fief of medieval
    France?", "What is famous for tourism?": an indefinite or adjective predicate that many
    things fit (its definite form, "What is the largest city of ...?", has one answer)."""
    if len(question) < 3 or question[0].text.lower() not in ("what", "who", "which"):
        return None
    # "Which badger is a species of badger ...?": the wh-phrase's noun is the subject
    asked = question[0].head if question[0].dep_ == "det" else question[0]
    if asked.head.lemma_ != "be" or asked.head.dep_ != "ROOT":
        return None
    verb = asked.head
    for child in verb.children:
        if child.i == asked.i:
            continue
        if child.dep_ == "acomp":
            return "an adjective predicate many things fit"
        if child.dep_ in ("attr", "nsubj") and child.text.lower() == "one" and any(
                c.text == "of" for c in child.children) and not any(
                c.text.lower() == "only" for c in child.children):
            return "one of several"  # "What is one of the 20 designated cities of Japan?"
        if child.dep_ in ("attr", "nsubj") and child.pos_ == "NOUN" and not any(
                c.dep_ in ("det", "poss") and c.text.lower() not in ("a", "an")
                for c in child.children) and not any(
                c.dep_ == "amod" and (c.tag_ in ("JJS", "RBS") or c.text.lower() in ORDINALS)
                for c in child.children):
            return "an indefinite predicate many things fit"
    return None


def _one_member(question) -> str | None:
    """"Who belonged to the Lunar Society?", "What belongs to the volcanic arc, a chain of
    volcanoes?": one member asked where a body has many (not "What belonged to a trader?":
    a thing has one owner)."""
    wh = next((t for t in question[:2] if t.lower_ in ("who", "what")), None) \
        if len(question) > 2 else None  # (and "Name what belongs to ...")
    if wh is None or wh.dep_ not in ("nsubj", "nsubjpass") or \
            not wh.head.lower_.startswith("belong"):
        return None
    if wh.lower_ == "who":
        return "one member of many"
    # "what" only of a group: the body, or a word naming it ("the ... Arc", ", a chain")
    body = next((g for c in wh.head.children if c.lower_ == "to" for g in c.children
                 if g.dep_ == "pobj"), None)
    words = [] if body is None else [body, *(c for c in body.children
                                             if c.dep_ in ("appos", "compound"))]
    return "one member of many" if any(t.lower_ in _GROUPS for t in words) else None


# Bodies with many members ("What belongs to the Campanian volcanic arc, a chain of ...?")
_GROUPS = {"arc", "chain", "range", "group", "family", "genus", "class", "order", "series",
           "league", "union", "alliance", "network", "cluster", "archipelago"}

_LIGHT_VERBS = set(
    "take takes took taken get gets got gotten have has had make makes made do does did give "
    "gives gave given keep keeps kept hold holds held bring brings brought send sends sent"
    .split())
# Verbs of wanting and liking: "Louis XV preferred what?" says no more of which wish
_WANTING = set(
    "want wants wanted prefer prefers preferred like likes liked love loves loved need needs "
    "needed wish wishes wished enjoy enjoys enjoyed hate hates hated".split())
_BARE_OPEN_VERBS = _LIGHT_VERBS | _WANTING

_HAVING = {"have", "has", "had"}
# What a verb over a bare wish or taking may have and still say nothing of which one
_SAYING_ONLY = {"nsubj", "nsubjpass", "aux", "auxpass", "advmod", "punct", "neg"}
# An opening phrase with these says when ("After the Restoration, ..."), not which taking
_WHEN_PREPOSITIONS = {"after", "before", "during", "following", "since", "until"}


def _bare_light_verb(question) -> str | None:
    """"Marian's niece Katie took what?", "The Royal Oak had whom?", "Alison Carver wanted
    what?": a light verb or one of wanting with nothing but its subject and the asked object
    says too little of which taking (or having, or wish) is meant; many answers fit. (A
    person sent or brought is no such light use: "the French government sent whom?"
    readers pass.)"""
    wh = question[len(question) - 2] if len(question) >= 3 else None
    if wh is None or question[-1].text != "?" or \
            wh.head.lower_ not in _BARE_OPEN_VERBS or \
            wh.lower_ != "what" and not (wh.lower_ == "whom" and wh.head.lower_ in _HAVING):
        return None
    verb = wh.head
    # "X is generally believed to have wanted what?": the verb over it says no more
    over_it_only = verb.dep_ == "xcomp" and verb.head.dep_ == "ROOT" and all(
        c.i == verb.i or c.dep_ in _SAYING_ONLY for c in verb.head.children)
    if verb.dep_ != "ROOT" and not over_it_only:
        return None  # "led the papal army and took what?": the clause before says which
    # (a time says when, not which taking: "During the 1920s Elgar took what?")
    others = [c for c in verb.children if c.i != wh.i and c.dep_ not in (
        "nsubj", "nsubjpass", "aux", "auxpass", "punct", "neg") and not only_time(c) and
        not (c.dep_ == "prep" and c.lower_ in _WHEN_PREPOSITIONS and c.i < verb.i)]
    return None if others else f"'{verb.text} {wh.lower_}?' with nothing else: many answers fit"


# Parts of a body whose look a story tells of many moments ("her face went white")
_BODY_PARTS = {"face", "eyes", "hands", "cheeks", "lips", "voice", "mouth", "skin", "knuckles",
               "jaw", "shoulders", "neck", "ears", "forehead", "throat"}
# (word forms: the pipeline's lemmas are not all filled in)
_BECOMING = set("go goes went gone going turn turns turned turning become becomes became "
                "becoming grow grows grew grown growing look looks looked looking seem seems "
                "seemed".split())


def _passing_look(question) -> str | None:
    """"Dev's face had gone what?" -> a strange grey colour: someone's face, voice or hands
    going, turning or looking some way is a moment a story tells many of; the question names
    none."""
    verb = next((t for t in question if t.dep_ == "ROOT"), None)
    if verb is None or verb.lower_ not in _BECOMING:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _BODY_PARTS and \
            any(c.dep_ == "poss" for c in subject.children):
        return "a passing look: which moment?"
    return None
