"""Invented-entity hallucination (Nan et al. 2021): named entities in an answer that occur
neither in the source corpus nor in the question.

Entities are the task's registry names found in the answer (exact for synthetic worlds)
plus capitalised spans in what the registry did not cover ("Kevra Brabblewick": Kevra from
the registry, Brabblewick found beside it). A capitalised word is no entity when it is an
ordinary English word (a sentence start, "I'm", "Certainly", "Hmm": bench.core.english) or
a word the corpus or the question uses in lower case ("a Healer" when the story says
"healer"); ordinary words at the edges of a span are dropped ("As An AI I" is nothing,
"The Queen Sarhild" is "Queen Sarhild"). Checked against hand-labelled real answers
(tests/data/labelled_answers.jsonl); README "What is measured" gives the figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bench.core.english import is_common_word

_CAPITALISED = re.compile(r"\b[A-ZÀ-Þ][\w'’-]*(?:\s+(?:(?:of|the|de|von|van)\s+)?[A-ZÀ-Þ][\w'’-]*)*")
_LOWER_WORD = re.compile(r"\b[a-zà-ÿ][\w'’-]*")


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
        self.corpus_lower = corpus.lower()
        self.registry = sorted(set(registry), key=len, reverse=True)
        self._lower_words = {w.lower() for w in _LOWER_WORD.findall(corpus)}

    def find(self, output: str, question: str = "") -> list[str]:
        """Entities in `output`: registry names first (longest wins), then capitalised spans
        in the text around them."""
        found, taken = [], [False] * len(output)
        for name in self.registry:
            for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", output):
                if not any(taken[match.start():match.end()]):
                    found.append((match.start(), name))
                    taken[match.start():match.end()] = [True] * (match.end() - match.start())
        # Blank out what the registry matched, so a span beside a registry name is seen.
        rest = "".join("\0" if t else c for c, t in zip(output, taken))
        ordinary = self._lower_words | {w.lower() for w in _LOWER_WORD.findall(question)}
        for match in _CAPITALISED.finditer(rest):
            words = match.group().split()
            start = match.start()
            while words and self._ordinary(words[0], ordinary):
                start = rest.index(words[1], start) if len(words) > 1 else start
                words = words[1:]
            while words and self._ordinary(words[-1], ordinary):
                words = words[:-1]
            while words and words[-1] in ("of", "the", "de", "von", "van"):
                words = words[:-1]
            if words:
                found.append((start, " ".join(words)))
        return [name for _, name in sorted(found)]

    @staticmethod
    def _ordinary(word: str, lowercase_words: set[str]) -> bool:
        """A capitalised word that is no name: an ordinary English word, or one the source
        or the question uses in lower case."""
        bare = word.strip("'’-")
        return not bare[:1].isupper() or is_common_word(bare) or bare.lower() in lowercase_words

    def check(self, output: str, question: str) -> EntityCheck:
        entities = self.find(output, question)
        question_lower = question.lower()
        invented = tuple(e for e in entities if not self._occurs(e.lower(), question_lower))
        return EntityCheck(tuple(entities), invented)

    def _occurs(self, entity: str, question: str) -> bool:
        pattern = rf"(?<!\w){re.escape(entity)}(?!\w)"
        return bool(re.search(pattern, self.corpus_lower) or re.search(pattern, question))
