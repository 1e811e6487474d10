"""Invented-entity hallucination (Nan et al. 2021): named entities in an answer that occur
neither in the source corpus nor in the question.

Entities are the task's registry names found in the answer (exact for synthetic worlds)
plus capitalised spans in what the registry did not cover ("Kevra Brabblewick": Kevra from
the registry, Brabblewick found beside it). A capitalised word is no entity when it is an
ordinary English word ("I'm", "Certainly", "Hmm", "AD": bench.core.english), a lone
letter, or, where a sentence starts or the word stands alone, a word the corpus or the
question uses in lower case ("a Healer" when the story says "healer"). Inside a sentence,
capitalised ordinary words make a name ("the North Sea", "The Night Circus" -> "Night
Circus"); ordinary words at the edges of a span are dropped ("As An AI I" is nothing).
Checked against hand-labelled real answers (tests/data/labelled_answers.jsonl); README
"What is measured" gives the figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bench.core.english import is_common_word

_CAPITALISED = re.compile(r"\b[A-ZÀ-Þ][\w'’-]*(?:\s+(?:(?:of|the|de|von|van)\s+)?[A-ZÀ-Þ][\w'’-]*)*")
_LOWER_WORD = re.compile(r"\b[a-zà-ÿ][\w'’-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\"“(]\s*|\n\s*)$")
_POSSESSIVE = re.compile(r"['’]s$")


def _function_word(word: str) -> bool:
    """An ordinary English word (bench.core.english), or a hyphenated one of them
    ("AI-powered"): never a name, wherever it stands."""
    bare = word.strip("'’-.,")
    if not bare[:1].isupper():
        return True
    parts = [p for p in bare.split("-") if p]
    return is_common_word(bare) or len(parts) > 1 and all(
        is_common_word(p) or p[:1].islower() for p in parts)


def _known_lowercase(word: str, lowercase_words: set[str]) -> bool:
    """The source or the question uses this word in lower case: an ordinary word there."""
    return word.strip("'’-.,").lower() in lowercase_words


@dataclass(frozen=True)
class EntityCheck:
    entities: tuple[str, ...]
    invented: tuple[str, ...]
    applicable: bool = True  # False: the task has no source text to check names against

    @property
    def grounded(self) -> int:
        return len(self.entities) - len(self.invented)


NOT_APPLICABLE = EntityCheck((), (), applicable=False)
ENTITY_METRICS = ("invented_entity", "entity_precision")


def entity_note(task_name: str) -> str:
    """Why a task has no entity measures, said once per run."""
    return (f"not applicable: task {task_name} has no source text, so no name in an answer "
            f"can be checked against it")


class EntityChecker:
    """Checks answers against one task's source text and entity registry."""

    def __init__(self, corpus: str, registry: tuple[str, ...] = ()):
        # Without source text every name would count as invented: the check does not apply.
        self.applicable = bool(corpus.strip())
        self.corpus_lower = corpus.lower()
        # Longest first, compiled once: a checker scores every answer of its task.
        self.registry = [(name, re.compile(rf"(?<!\w){re.escape(name)}(?!\w)"))
                         for name in sorted(set(registry), key=len, reverse=True)]
        self._lower_words = {w.lower() for w in _LOWER_WORD.findall(corpus)}

    def find(self, output: str, question: str = "") -> list[str]:
        """Entities in `output`: registry names first (longest wins), then capitalised spans
        in the text around them."""
        found, taken = [], [False] * len(output)
        for name, pattern in self.registry:
            for match in pattern.finditer(output):
                if not any(taken[match.start():match.end()]):
                    found.append((match.start(), name))
                    taken[match.start():match.end()] = [True] * (match.end() - match.start())
        # Blank out what the registry matched, so a span beside a registry name is seen.
        rest = "".join("\0" if t else c for c, t in zip(output, taken))
        lowercase = self._lower_words | {w.lower() for w in _LOWER_WORD.findall(question)}
        for match in _CAPITALISED.finditer(rest):
            words = match.group().split()
            at_start = bool(_SENTENCE_START.search(rest[:match.start()]))
            # A sentence start capitalises any word; inside a sentence, capitalised ordinary
            # words make a name ("the North Sea", "The Night Circus").
            while words and (_function_word(words[0]) or at_start and
                             _known_lowercase(words[0], lowercase)):
                words, at_start = words[1:], False
            while words and (_function_word(words[-1]) or not words[-1][:1].isupper()):
                words = words[:-1]
            if len(words) == 1 and _known_lowercase(words[0], lowercase):
                continue  # "a Healer" when the source says "healer"
            if words and len(words[0].strip("'’-.")) > 1:  # a lone letter is no name
                found.append((match.start(), _POSSESSIVE.sub("", " ".join(words))))
        # An entity named twice is one entity.
        return list(dict.fromkeys(name for _, name in sorted(found)))

    def check(self, output: str, question: str) -> EntityCheck:
        if not self.applicable:
            return NOT_APPLICABLE
        entities = self.find(output, question)
        question_lower = question.lower()
        invented = tuple(e for e in entities if not self._occurs(e.lower(), question_lower))
        return EntityCheck(tuple(entities), invented)

    def _occurs(self, entity: str, question: str) -> bool:
        pattern = rf"(?<!\w){re.escape(entity)}(?!\w)"
        return bool(re.search(pattern, self.corpus_lower) or re.search(pattern, question))
