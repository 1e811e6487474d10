"""Cutting text into windows that remember where they came from."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[_#]*[A-Z0-9])")
# A full stop that ends a title or an initial ends no sentence: "the judge, Mr. Justice
# Vell, twice asked", "J. M. W. Turner"; a unit's does ("heated to 134° F. Boiling ...").
_NOT_AN_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Rev|Revd|St|Sr|Jr|Capt|Col|Gen|Lt|"
                         r"Sgt|Mt|Fr|Hon|Gov|Sen|Rep|Op|No|Nos|vol|vols|pp|vs|cf|viz)|"
                         r"(?<![\w.°])(?<![\d°] )[A-Z])\.$")


def ends_no_sentence(before: str) -> bool:
    """Whether the full stop that `before` ends is a title's or an initial's ("Mr.", "J.")."""
    return bool(_NOT_AN_END.search(before))


@dataclass(frozen=True)
class Window:
    """A piece of a document: `text == document[start:end]`."""

    id: str
    text: str
    start: int
    end: int


def word_windows(text: str, size: int, stride: int | None = None, prefix: str = "w") -> list[Window]:
    """Windows of `size` words, a new one every `stride` words (default: no overlap)."""
    if size < 1 or (stride is not None and stride < 1):
        raise ValueError("window size and stride must be positive")
    stride = stride or size
    words = list(_WORD.finditer(text))
    found = []
    for index, first in enumerate(range(0, len(words), stride)):
        chunk = words[first: first + size]
        start, end = chunk[0].start(), chunk[-1].end()
        found.append(Window(f"{prefix}{index:05d}", text[start:end], start, end))
        if first + size >= len(words):
            break
    return found


def paragraph_windows(text: str, size: int, prefix: str = "p") -> list[Window]:
    """Consecutive whole paragraphs of up to about `size` words (a longer paragraph stays whole)."""
    paragraphs = [m for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text) if m.group().strip()]
    found, group, words = [], [], 0
    for match in paragraphs:
        count = len(match.group().split())
        if group and words + count > size:
            found.append(_join(text, group, prefix, len(found)))
            group, words = [], 0
        group.append(match)
        words += count
    if group:
        found.append(_join(text, group, prefix, len(found)))
    return found


def _join(text: str, group, prefix: str, index: int) -> Window:
    start, end = group[0].start(), group[-1].end()
    return Window(f"{prefix}{index:05d}", text[start:end], start, end)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in `text`."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if _NOT_AN_END.search(text, max(0, match.start() - 8), match.start()):
            continue
        spans.append((start, match.start() + len(match.group().rstrip())))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans
