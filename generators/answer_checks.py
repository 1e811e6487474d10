"""Answers that name nothing a closed-book question can be checked against: generic nouns
only, words that point back to the text before ("that city", "a new one", "the new body",
"a similar type"), an opening adverb read into the subject, a comparison's other half, a
vague amount (bench.generators.question_checks runs these on every answer)."""

from __future__ import annotations

from bench.generators.kind_words import TIME_WORDS
from bench.generators.question_context import (
    ACTIVITIES,
    BODIES,
    DEMONSTRATIVES,
    RELATIVE_TO_TEXT,
)
from bench.generators.question_phrases import GENERIC_REFERENTS

# Nouns that name nothing by themselves: an answer made only of them says nothing ("a man").
GENERIC_NOUNS = set(
    "man men woman women boy boys girl girls person people child children thing things one "
    "ones place places fellow lady gentleman someone something creature creatures being "
    "beings object objects date".split())

# Words that place an answer relative to the text before it.
_RELATIVE = RELATIVE_TO_TEXT | {"next", "same", "aforementioned", "related"}  # related to what?
# "eased the car forward [another two lengths]": more of what the text told before


# Nouns that name a result without saying which ("to find [a solution]", "[a way]")
_OPEN_RESULTS = {"solution", "way", "answer", "means", "method", "remedy", "question"}
# Times told against one said before ("later centuries", "the subsequent decades")
_LATER = {"later", "earlier", "subsequent", "succeeding", "ensuing"}
# Nouns that judge how something went without saying what it was (which victory?)
_JUDGEMENTS = {"victory", "defeat", "success", "failure", "setback", "blow", "triumph",
               "disaster", "catastrophe", "tragedy", "victories", "defeats", "setbacks"}
# Answers that say how much, not what ("[Little] is recorded of ...", "eating [a bit]")
_AMOUNTS = {"little", "much", "nothing", "less", "more", "few", "many", "most", "none",
            "everything", "something", "anything", "all", "lots", "plenty", "a bit", "a lot",
            "a little", "a great deal", "a good deal", "a fair amount"}
_WANTED = {"necessary", "required", "requisite", "relevant", "appropriate"}
_VAGUE_AMOUNTS = {"many", "numerous", "several", "various", "countless", "some", "few",
                  "multiple", "other"}


def vacuous(answer) -> str | None:
    """An answer that names nothing: generic nouns only ("an old man", "the whole island"),
    one that points back itself ("that city", "his men"), or one that opens with a
    sentence's adverb ("Initially the Normans": the subject was read with it), or one cut
    after a full stop or comma ("the Remington No[. 2]": "introduced the Remington Nowhat?")."""
    if len(answer) > 1 and answer[0].pos_ == "ADV" and answer[0].text[:1].isupper():
        return "answer opens with an adverb"
    if answer[0].text in (".", ",", ";", ":"):
        return "answer cut after a stop"
    if any(t.tag_ in ("PRP", "PRP$") or t.dep_ == "det" and t.text.lower() in DEMONSTRATIVES
           or t.text.lower() in _RELATIVE or t.lower_ == "such" and t.dep_ in ("predet", "amod")
           and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "as")
           or t.dep_ == "det" and t.lower_ == "another"
           for t in answer):
        return "answer points back"  # also "the previous half century", "such a link"
    if len(answer) == 2 and answer[0].lower_ == "the" and answer[1].lower_ in TIME_WORDS | {
            "time", "war"}:
        return "answer points back"  # "during [the decade]": which?
    if any(t.lower_ in _LATER and t.dep_ == "amod" and t.head.lower_ in TIME_WORDS and
           not any(c.i != t.i and (c.like_num or c.ent_type_ in ("DATE", "ORDINAL"))
                   for c in t.head.children) for t in answer):
        # "when?" -> "[later centuries]": later than what? (not "the later 18th century")
        return "answer points back"
    if _pronoun_one(answer):
        return "answer points back"  # "turn [a new one in ash]": one what?
    if len(answer) > 1 and answer[0].lower_ == "both" and not any(t.lower_ == "and"
                                                                  for t in answer):
        return "answer points back"  # "replaced [both older methods]": the two told before
    if len(answer) > 1 and answer[0].lower_ == "any":
        return "answer names nothing"  # "Only two pages lack [any ornament]"
    if any(t.pos_ == "NUM" and t.dep_ in ("pobj", "dobj", "nsubj", "conj") and
           any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) for t in answer):
        return "answer points back"  # "the transition between [the two]": two what?
    if len(answer) == 3 and answer[0].lower_ == "the" and answer[1].lower_ == "new" and \
            answer[2].pos_ == "NOUN" and answer[2].lower_ in BODIES:
        return "answer points back"  # "joined [the new body]": new since what was told before
    if any(t.lower_ == "similar" and not any(c.lower_ in ("to", "in") for c in t.children)
           for t in answer):
        return "answer points back"  # "operated [a similar type]": similar to what?
    if _other_half_of_a_comparison(answer):
        return "a comparison's other half in the answer"  # "advance [the cause than a member]"
    words = [t.lower_ for t in answer]
    if words in ([w] for w in ACTIVITIES):
        return "vacuous answer"  # "What began on site in 1850?" -> Work: which work?
    if len(words) == 2 and words[0] in ("a", "an") and words[1] in _OPEN_RESULTS:
        return "vacuous answer"  # "appointed a committee to find what?" -> a solution
    if len(words) in (2, 3) and words[0] in ("a", "an", "the") and words[-1] in _JUDGEMENTS \
            and all(t.pos_ == "ADJ" for t in answer[1:-1]):
        return "vacuous answer"  # "won what?" -> "a victory"; "suffered [a grave setback]"
    if " ".join(words) in _AMOUNTS:
        # "What is recorded of the map's history?" -> Little; "eating what?" -> "a bit"
        return "vague amount"
    if len(words) == 2 and words[0] in _VAGUE_AMOUNTS and answer[-1].tag_ == "NNS":
        return "vague amount"  # "received [numerous honours]": which? many answers fit
    if len(words) >= 2 and words[0] in ("little", "much") and answer[0].dep_ == "amod":
        return "vague amount"  # "received what?" -> "little public recognition"
    if any(t.lower_ in _WANTED and t.dep_ == "amod" and not any(t.children) for t in answer):
        return "answer points back"  # "passed [the necessary legislation]": necessary for what?
    nouns = [t for t in answer if t.pos_ in ("NOUN", "PROPN", "NUM", "PRON")]
    if nouns and all(t.pos_ == "NOUN" and t.text.lower() in GENERIC_NOUNS | GENERIC_REFERENTS
                     for t in nouns) and not any(t.dep_ == "prep" for t in answer):
        return "vacuous answer"
    return None


def _pronoun_one(answer) -> bool:
    """"a new one in ash", "the other one", "new ones of solid steel": "one" standing for a
    noun told before (not "one of the first", "one hundred")."""
    return any(token.lower_ in ("one", "ones") and
               any(c.dep_ in ("det", "amod") for c in token.children)
               and not (token.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of"
                                                      for c in token.children))
               for token in answer)


def _other_half_of_a_comparison(answer) -> bool:
    """"the seamen's cause than a private member" (of "better placed to advance the seamen's
    cause than a private member"): "than" compares with a word outside the answer."""
    words = [t for t in answer]
    for index, token in enumerate(words):
        if token.lower_ == "than" and index > 0 and not any(
                t.tag_ in ("JJR", "RBR") or t.lower_ in _COMPARING for t in words[:index]):
            return True
    return False


_COMPARING = {"more", "less", "fewer", "other", "rather", "else", "different", "otherwise"}
