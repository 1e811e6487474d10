"""What the clause extractor reads of a paragraph's text: parenthetical and bracketed
asides are left out before the parse (they confuse the parser and make no good questions),
and a sentence that quotes speech states no fact of the text's own."""

from __future__ import annotations

import re

# Asides: "(...)", "[...]" and "—...—" (the closing dash stays: the words around it are
# written without spaces, and a question leaves the dash out).
_PAREN = re.compile(r"\s*\([^()]*\)|\s*\[[^\]]*\]|\s*—[^—.]{1,80}(?=—)")
QUOTE_MARKS = re.compile(r"[\"“”]")


def strip_asides(paragraph: str) -> tuple[str, list[int]]:
    """The paragraph without parenthetical and bracketed asides, and for each of its
    characters the offset of that character in the paragraph."""
    keep, cursor = [], 0
    for match in _PAREN.finditer(paragraph):
        keep.extend(range(cursor, match.start()))
        cursor = match.end()
    keep.extend(range(cursor, len(paragraph)))
    return "".join(paragraph[i] for i in keep), keep


_QUOTED = re.compile(r"[\"“”]([^\"“”]*)[\"“”]")
MAX_QUOTED_WORDS = 4


def quoted_speech(text: str) -> bool:
    """Whether the sentence quotes more than a term: speech or a quoted passage, whose
    words are someone's and whose pronouns point elsewhere; a quoted name or term
    ("the "Cow Counties" of southern California") is asked like any other words."""
    terms = _QUOTED.findall(text)
    rest = _QUOTED.sub("", text)
    return bool(QUOTE_MARKS.search(rest)) or any(
        len(t.split()) > MAX_QUOTED_WORDS or t.rstrip().endswith((",", ".", "!", "?"))
        for t in terms)


def inside_quotes(text: str, starts: list[int]) -> list[bool]:
    """For each sentence start in `text` (in order), whether the text before it leaves a
    quotation open: the sentence is a speaker's words in the middle of a quote ("And here's
    where he worked it out. [Fifty-three, that'll be a run to Bridlington.]"), however plain
    it reads alone. One pass over the text, however many sentences."""
    found, straight, curly, at = [], 0, 0, 0
    for start in starts:
        for mark in QUOTE_MARKS.findall(text, at, start):
            if mark == '"':
                straight += 1
            else:
                curly += 1 if mark == "“" else -1
        at = max(at, start)
        found.append(straight % 2 == 1 or curly > 0)
    return found


# A speech tag without quotes, the speaker after the verb: ", said Maureen," (not ", called
# Smith", a name; not ", he said, he had got used to the hills", narration that reports)
_SPEECH_VERBS = r"(?:said|says|asked|asks|replied|answered|shouted|whispered|added|muttered)"
_INVERTED_TAG = re.compile(rf",\s+{_SPEECH_VERBS}\s+[A-Z][\w'-]+")


# "Des said take the lot, love": a speaker's command given without quotes
_SAID_A_COMMAND = re.compile(r"\bsaid (?:take|go|come|give|put|leave|keep|get|bring|sit|stop|"
                             r"wait|help|mind|try|look|ring|call|tell|let|do|don't)\b")


def unquoted_speech(text: str) -> bool:
    """Whether a sentence asks a question (the text's own or a speaker's: "Which goalkeeper
    won the World Cup in 1966?") or gives a speaker's words without quotes ("Gordon Banks,
    said Maureen, born in Abbeydale", "Des said take the lot, love"): someone's words or a
    question, not the text's facts."""
    return text.rstrip(" \"'”’").endswith("?") or bool(_INVERTED_TAG.search(text)) or \
        bool(_SAID_A_COMMAND.search(text))
