"""Manual and textbook shapes with a specific subject, no LLM: "X is caused by Y", "X
consists of Y", "X is characterised by Y", "The X of Y is a Z" (one of the prose patterns)."""

from __future__ import annotations

import re

from bench.core.english import is_common_word
from bench.generators.prose_fact import PRONOUNS, ProseFact, make_fact
from bench.generators.prose_names import Names

# Heads too general to ask about out of context ("the treatment consists in ...": of what?).
_GENERIC_HEADS = frozenset("""treatment lesion condition disease patient case cases part parts
variety varieties form forms type types symptom symptoms sign signs onset result results cause
causes method methods process operation wound tumour tumours growth area region limb limbs
feature features seat seats difference course prognosis diagnosis appearance appearances
change changes effect effects affection object point points way ways thing things one ones
other others latter former first second rest remainder question matter fact amount degree
view opinion advantage disadvantage danger risk rule exception contents content mode
manner means""".split())
_HEDGES = r"(?:usually |commonly |often |most often |generally |always |frequently |mainly |chiefly )?"
_EXPOSITORY = (
    ("caused-by", rf"(?P<s>{{np}}) (?:is|are) {_HEDGES}(?:caused by|due to|produced by) (?P<o>[^,;:.]+)",
     ("What causes {s}?", "What is {s} caused by?", "What gives rise to {s}?")),
    ("consists", r"(?P<s>{np}) consists? (?P<p>of|in) (?P<o>[^;:.]+)",
     ("What does {s} consist {p}?", "{S} consists {p} what?", "Of what is {s} made up?")),
    ("characterised", rf"(?P<s>{{np}}) (?:is|are) {_HEDGES}(?:characteri[sz]ed|marked) by (?P<o>[^,;:.]+)",
     ("What characterises {s}?", "By what is {s} marked?", "What is typical of {s}?")),
    ("copula-np", r"(?P<s>{np}) (?P<v>is|are) (?P<o>(?:the|a|an) [^,;:.]+)",
     ("What {v} {s}?", "Describe {s} in a few words.", "What is known about {s}?")),
)
_NP = r"(?:The |An? )?[A-Za-z][a-z-]+(?: (?:of |in )?(?!(?:the|a|an)\b)[a-z-]+){0,4}"
_OPENERS = frozenset("in on at sometimes while when if as although since after before where even "
                     "thus hence here there such this these that those it its they their "
                     # "Each gate is ...": one of some set told before
                     "each every".split())
_SECOND_PREDICATE = re.compile(r",? (?:and|but) (?:may|can|is|are|was|were|has|have|should|will) .*$")


def expository(sentence: str, names: Names) -> list[ProseFact]:
    """Manual and textbook shapes with a specific subject: "X is caused by Y", "X consists
    of Y", "X is characterised by Y", "The X of Y is a Z"."""
    for pattern, regex, phrasings in _EXPOSITORY:
        match = re.match(regex.replace("{np}", _NP) + r"(?=[,;:.]|$)", sentence.rstrip(" ."))
        if not match:
            continue
        subject = re.sub(r"^(?:The|An?) ", "", match.group("s"))
        answer = _SECOND_PREDICATE.sub("", match.group("o"))
        words = subject.lower().split()
        head = (words[:words.index("of")] if "of" in words else words)[-1:]
        generic_answer = len(answer.split()) <= 4 and any(
            w in _GENERIC_HEADS for w in answer.lower().split()[1:])
        if (pattern == "copula-np" and (len(words) < 2 or len(answer.split()) < 3)
                or not head or head[0] in _GENERIC_HEADS or is_common_word(head[0])
                or words[0] in _OPENERS or re.search(r"\b(?:which|that|who|when|where)\b", subject)
                or PRONOUNS.search(subject) or PRONOUNS.search(answer) or generic_answer
                or len(answer.split()) > 14):
            return []
        if not names.find(subject):  # a common noun: "Acute osteomyelitis" -> "acute ..."
            subject = subject[0].lower() + subject[1:]
        if match.group("s").startswith(("The ", "A ", "An ")):
            subject = "the " + subject
        fill = {"s": subject, "S": subject[:1].upper() + subject[1:],
                "p": match.groupdict().get("p") or "", "v": match.groupdict().get("v") or "is"}
        return [make_fact(pattern, answer, [p.format(**fill) for p in phrasings], "")]
    return []
