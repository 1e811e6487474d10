"""How well a text's extracted facts match what people ask about it (SQuAD-style human
questions over the same paragraphs): yield and human-answer coverage."""

from __future__ import annotations

from bench.core.text import normalize_answer
from bench.core.types import UNANSWERABLE, QAItem
from bench.generators.text_facts import Document, FoundFact


def article_documents(items: list[QAItem]) -> list[Document]:
    """One document per SQuAD article, its contexts in paragraph order, so the facts'
    windows ("<title>-p00003") are the questions' windows."""
    articles: dict[str, dict[int, str]] = {}
    for item in items:
        meta = dict(item.meta)
        if "article" in meta:
            articles.setdefault(meta["article"], {})[int(meta["paragraph"])] = item.evidence
    return [Document(title, "\n\n".join(paragraphs[i] for i in sorted(paragraphs)))
            for title, paragraphs in articles.items()]


def human_answer_coverage(found: list[FoundFact], items: list[QAItem]) -> tuple[int, int]:
    """(covered, answerable): how many answerable human questions have a gold answer
    (SQuAD-normalised) that is the answer of a fact from the same paragraph."""
    built: dict[str, set[str]] = {}
    for fact in found:
        built.setdefault(fact.window, set()).add(normalize_answer(fact.phrasings.answer))
    answerable = [i for i in items if i.kind != UNANSWERABLE]
    covered = sum(bool({normalize_answer(a) for a in i.answers} & built.get(i.window, set()))
                  for i in answerable)
    return covered, len(answerable)
