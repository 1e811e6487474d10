"""Invented-entity hallucination (Nan et al. 2021): named entities in an answer that occur
neither in the source corpus nor in the question.

Entities are the task's registry names found in the output (exact for synthetic worlds)
plus capitalised spans. A single capitalised word is not an entity when it is a common
word: a function word ("The" starting a sentence), or a word the corpus or the question
uses in lower case ("a Healer" when the story says "healer").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPAN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of|the|de|von|van)?\s*[A-Z][\w'’-]*)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")
COMMON = frozenset("""a an the i he she it we they you his her its their our my your this that
these those there here what who whom which where when why how yes no not sure sorry answer
question in on at to for from by with and or but if is are was were be been has have had do
does did as of so also however because according based unfortunately maybe perhaps
although some many most all any each every one two three first second third""".split())


@dataclass(frozen=True)
class EntityCheck:
    entities: tuple[str, ...]
    invented: tuple[str, ...]

    @property
    def grounded(self) -> int:
        return len(self.entities) - len(self.invented)


class EntityChecker:
    """Checks answers against one task's source text and entity registry."""

    def __init__(self, corpus: str, registry: tuple[str, ...] = ()):
        self.corpus = corpus
        self.corpus_lower = corpus.lower()
        self.registry = sorted(set(registry), key=len, reverse=True)
        self._lower_words = set(re.findall(r"\b[a-z][\w'’-]*", corpus))

    def find(self, output: str, question: str = "") -> list[str]:
        """Entities in `output`: registry names first (longest wins), then capitalised spans."""
        found, taken = [], [False] * len(output)
        for name in self.registry:
            for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", output):
                if not any(taken[match.start():match.end()]):
                    found.append((match.start(), name))
                    taken[match.start():match.end()] = [True] * (match.end() - match.start())
        lower_question = set(re.findall(r"\b[a-z][\w'’-]*", question))
        for match in _SPAN.finditer(output):
            if any(taken[match.start():match.end()]):
                continue
            span = match.group().strip()
            words = span.split()
            at_start = bool(_SENTENCE_START.search(output[:match.start()]))
            if len(words) == 1 and (span.lower() in COMMON or span.lower() in self._lower_words
                                    or span.lower() in lower_question):
                continue  # "The", "Yes", or a common noun capitalised ("a Healer")
            if len(words) > 1 and words[0].lower() in COMMON and at_start:
                span = " ".join(words[1:])
            found.append((match.start(), span))
        return [name for _, name in sorted(found)]

    def check(self, output: str, question: str) -> EntityCheck:
        entities = self.find(output, question)
        question_lower = question.lower()
        invented = tuple(e for e in entities if not self._occurs(e.lower(), question_lower))
        return EntityCheck(tuple(entities), invented)

    def _occurs(self, entity: str, question: str) -> bool:
        pattern = rf"(?<!\w){re.escape(entity)}(?!\w)"
        return bool(re.search(pattern, self.corpus_lower) or re.search(pattern, question))
