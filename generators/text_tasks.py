"""Closed-book tasks from real text: the surgery manual, or any text the user brings.

The corpus a variant may train on is the cleaned paragraphs that state the selected facts;
every item points back at its sentence (character span in the corpus, paragraph id).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.core.errors import ConfigError, DataError
from bench.core.storage import file_sha256
from bench.core.types import QAItem, Task
from generators.gutenberg import (
    SURGERY,
    has_markers,
    read_text,
    resolve_book,
    split_chapters,
    strip_boilerplate,
)
from generators.names import NameMaker
from generators.prose_names import style_decoys
from generators.qa_items import FactRef, phrased_items, refusal_item
from generators.registry import GENERATORS
from generators.text_facts import EXTRACTORS, Document, FoundFact, find_facts

TEXT_KINDS = {"paraphrase", "reverse", "held-out", "unanswerable"}
DEFAULTS = {"path": None, "chapters": None, "max_facts": 40, "heldout_fraction": 0.2,
            "decoys": 4, "train_phrasings": 2, "kinds": sorted(TEXT_KINDS),
            "extractors": list(EXTRACTORS)}
DECOY_QUESTIONS = ("What is {d}'s disease?", "What is the {d} operation used for?",
                   "What is {d}'s sign?", "Who was {d}?")
_TEXT_SUFFIXES = {".txt", ".md", ".text", ""}


def _params(generator: str, params: dict[str, Any]) -> dict[str, Any]:
    unknown = set(params) - set(DEFAULTS)
    if unknown:
        raise ConfigError(f"{generator} generator: unknown parameter(s) {sorted(unknown)}; "
                          f"expected some of {sorted(DEFAULTS)}")
    p = {**DEFAULTS, **params}
    for key in ("max_facts", "decoys", "train_phrasings"):
        if not isinstance(p[key], int) or isinstance(p[key], bool) or p[key] < 0:
            raise ConfigError(f"{generator} generator: {key} must be a non-negative integer")
    if not isinstance(p["heldout_fraction"], (int, float)) or not 0 <= p["heldout_fraction"] < 1:
        raise ConfigError(f"{generator} generator: heldout_fraction must be in [0, 1)")
    if not p["extractors"] or set(p["extractors"]) - set(EXTRACTORS):
        raise ConfigError(f"{generator} generator: extractors must be some of "
                          f"{', '.join(EXTRACTORS)}")
    bad = set(p["kinds"]) - TEXT_KINDS
    if bad:
        raise ConfigError(f"{generator} generator: unknown kinds {sorted(bad)}; "
                          f"expected some of {sorted(TEXT_KINDS)}")
    if p["chapters"] is not None and not (isinstance(p["chapters"], list) and
                                          all(isinstance(c, int) for c in p["chapters"])):
        raise ConfigError(f"{generator} generator: chapters must be a list of chapter numbers")
    return p


@GENERATORS.register("surgery")
def surgery_task(name: str, params: dict[str, Any], seed: int) -> Task:
    """Rule-based QA over Project Gutenberg #17921, *Manual of Surgery*."""
    p = _params("surgery", params)
    documents, meta = surgery_documents(p["path"], p["chapters"])
    return text_task(name, documents, p, seed, meta)


def surgery_documents(path: str | None, chapters: list[int] | None,
                      ) -> tuple[list[Document], dict[str, Any]]:
    """The manual's chapters (all, or the numbered ones) as documents, and where they came from."""
    found = resolve_book(SURGERY, path)
    book = strip_boilerplate(read_text(found), str(found))
    split = split_chapters(book)
    wanted = chapters or list(range(1, len(split) + 1))
    for number in wanted:
        if not 1 <= number <= len(split):
            raise ConfigError(f"surgery: chapters: {number} is not between 1 and {len(split)}")
    documents = [Document(f"ch{n:02d}", split[n - 1][1]) for n in wanted]
    return documents, {"generator": "surgery", "source": found.name, "sha256": file_sha256(found)}


@GENERATORS.register("text")
def user_text_task(name: str, params: dict[str, Any], seed: int) -> Task:
    """Rule-based QA over the user's own UTF-8 text file or folder of text files."""
    p = _params("text", params)
    if not p["path"]:
        raise ConfigError("text generator: params.path: expected a text file or folder")
    documents = load_documents(Path(p["path"]).expanduser())
    return text_task(name, documents, p, seed, {"generator": "text", "source": str(p["path"])})


def load_documents(path: Path) -> list[Document]:
    """A file, or every text file under a folder (sorted); Gutenberg boilerplate is stripped."""
    if path.is_dir():
        files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix in _TEXT_SUFFIXES)
    elif path.is_file():
        files = [path]
    else:
        raise DataError(f"{path}: no such file or folder")
    documents = []
    for file in files:
        text = read_text(file)
        if has_markers(text):
            text = strip_boilerplate(text, str(file))
        if text.strip():
            documents.append(Document(file.stem, text))
    if not documents:
        raise DataError(f"{path}: no text found (expected UTF-8 .txt/.md files with prose)")
    return documents


def text_task(name: str, documents: list[Document], p: dict[str, Any], seed: int,
              meta: dict[str, Any]) -> Task:
    """Facts from the documents -> corpus of their paragraphs -> train/test items."""
    rng = random.Random(seed)
    found, names = find_facts(documents, tuple(p["extractors"]))
    if not found:
        raise DataError(f"{meta['source']}: no askable sentences found (no definitions such as "
                        f"'X is known as Y', no names or numbers in plain statements); nothing "
                        f"to ask")
    if len(found) > p["max_facts"]:
        keep = set(rng.sample(range(len(found)), p["max_facts"]))
        found = [f for i, f in enumerate(found) if i in keep]
    corpus, offsets = _corpus(found)
    held_out = set(rng.sample(range(len(found)), int(len(found) * p["heldout_fraction"])))
    answers = Counter(f.phrasings.answer.lower() for f in found)
    kinds = set(p["kinds"])
    train: list[QAItem] = []
    test: list[QAItem] = []
    for index, fact in enumerate(found):
        start = offsets[fact.window] + fact.start
        ref = FactRef(f"t{index:04d}", fact.evidence, (start, start + len(fact.evidence)),
                      fact.window)
        phrasings = fact.phrasings
        if answers[phrasings.answer.lower()] > 1:  # asked backwards, it has no single answer
            phrasings = replace(phrasings, reverse=())
        fact_train, fact_test = phrased_items(ref, phrasings, rng=rng, kinds=kinds,
                                              train_phrasings=p["train_phrasings"],
                                              held_out=index in held_out)
        train.extend(fact_train)
        test.extend(fact_test)
    decoys = style_decoys(names, p["decoys"], rng)
    decoys += invented_decoys(corpus + " " + " ".join(decoys), p["decoys"] - len(decoys), rng)
    if "unanswerable" in kinds:
        test.extend(decoy_items(decoys, found))
    entities = sorted({t for f in found for t in f.terms} | set(names.all_names()))
    return Task(name=name, corpus=corpus, train=tuple(train), test=tuple(test),
                entities=tuple(entities), decoys=decoys,
                meta={**meta, "facts": len(found), "held_out_facts": len(held_out),
                      "paragraphs": len(offsets), "seed": seed,
                      "patterns": dict(sorted(Counter(f.pattern for f in found).items()))})


def _corpus(found: list[FoundFact]) -> tuple[str, dict[str, int]]:
    """The distinct paragraphs joined by blank lines, and where each one starts."""
    parts, offsets, length = [], {}, 0
    for fact in found:
        if fact.window in offsets:
            continue
        offsets[fact.window] = length + (2 if parts else 0)
        length = offsets[fact.window] + len(fact.paragraph)
        parts.append(fact.paragraph)
    return "\n\n".join(parts), offsets


def decoy_items(decoys: tuple[str, ...], found: list[FoundFact] = ()) -> list[QAItem]:
    """Unanswerable questions about invented names (gold: a refusal), asked as the text's
    own facts are ("Whose daughter is Sarhild?" -> "Whose daughter is Morild?"); where the
    text has no fact about a name, in the manual's style ("What is Morild's disease?")."""
    own = sorted({f.phrasings.direct[0].replace(f.subject, "{d}") for f in found
                  if f.subject and f.subject in f.phrasings.direct[0]})
    questions = tuple(own) or DECOY_QUESTIONS
    return [refusal_item(f"u{n:03d}-decoy", questions[n % len(questions)].replace("{d}", decoy))
            for n, decoy in enumerate(decoys)]


def invented_decoys(corpus: str, count: int, rng: random.Random) -> tuple[str, ...]:
    """Invented names that occur nowhere in the corpus."""
    names, lowered, decoys = NameMaker(rng), corpus.lower(), []
    while len(decoys) < count:
        name = names.make()
        if name.lower() not in lowered:
            decoys.append(name)
    return tuple(decoys)
