"""Closed-book tasks from real text: the surgery manual, or any text the user brings.

The corpus a variant may train on is the cleaned paragraphs that state the selected facts;
every item points back at its sentence (character span in the corpus, paragraph id).
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bench.core.errors import ConfigError, DataError
from bench.core.types import QAItem, Task
from bench.generators.decoys import (
    DECOY_QUESTIONS,
    GENERIC_DECOY_QUESTIONS,
    decoy_items,
    invented_decoys,
)
from bench.generators.documents import load_documents, surgery_documents
from bench.generators.paragraphs import document_paragraphs
from bench.generators.prose_names import style_decoys
from bench.generators.qa_items import FactRef, phrased_items
from bench.generators.registry import GENERATORS, PARAMS, with_defaults
from bench.generators.text_facts import EXTRACTORS, Document, FoundFact, find_facts

FEW_FACTS_PER_100_WORDS = 0.5  # under one fact per 200 words: tell the user
TEXT_KINDS = {"paraphrase", "reverse", "held-out", "unanswerable"}
DEFAULTS = {"path": None, "chapters": None, "max_facts": 40, "heldout_fraction": 0.2,
            "decoys": 4, "train_phrasings": 2, "kinds": sorted(TEXT_KINDS),
            "extractors": list(EXTRACTORS), "self_instruct": None}
PARAMS["text"] = DEFAULTS
PARAMS["surgery"] = {**DEFAULTS, "path": "the Gutenberg #17921 file",
                     "extractors": ["definitions", "prose"]}


def text_task_params(generator: str, params: dict[str, Any]) -> dict[str, Any]:
    """The text generator's parameters with defaults, checked (errors name `generator`)."""
    p = with_defaults(generator, params, DEFAULTS)
    # A task of no facts asks nothing the text says: max_facts is at least 1.
    for key, least in (("max_facts", 1), ("decoys", 0), ("train_phrasings", 0)):
        if not isinstance(p[key], int) or isinstance(p[key], bool) or p[key] < least:
            raise ConfigError(f"{generator} generator: {key} must be an integer of at least "
                              f"{least}")
    if not isinstance(p["heldout_fraction"], (int, float)) or not 0 <= p["heldout_fraction"] < 1:
        raise ConfigError(f"{generator} generator: heldout_fraction must be in [0, 1)")
    if not p["extractors"] or set(p["extractors"]) - set(EXTRACTORS):
        raise ConfigError(f"{generator} generator: extractors must be some of "
                          f"{', '.join(EXTRACTORS)}")
    if p["self_instruct"] is not None and not isinstance(p["self_instruct"], dict):
        raise ConfigError(f"{generator} generator: self_instruct: expected a mapping of "
                          f"self-instruct parameters (e.g. {{max_windows: 8}}), or leave it out")
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
    # The manual keeps the two rule sets it was measured with (parsing the whole book would
    # add minutes to the default suite); `extractors` can add the clause extractor.
    p = text_task_params("surgery", {"extractors": ["definitions", "prose"], **params})
    documents, meta = surgery_documents(p["path"], p["chapters"])
    return text_task(name, documents, p, seed, meta)


@GENERATORS.register("text")
def user_text_task(name: str, params: dict[str, Any], seed: int) -> Task:
    """Rule-based QA over the user's own UTF-8 text file or folder of text files."""
    p = text_task_params("text", params)
    if not p["path"]:
        raise ConfigError("text generator: params.path: expected a text file or folder")
    documents = load_documents(Path(p["path"]).expanduser())
    return text_task(name, documents, p, seed, {"generator": "text", "source": str(p["path"])},
                     whole_text=True)


def text_task(name: str, documents: list[Document], p: dict[str, Any], seed: int,
              meta: dict[str, Any], whole_text: bool = False) -> Task:
    """Facts from the documents -> corpus -> train/test items. The corpus is the paragraphs
    that state facts, or with `whole_text` every paragraph: a user's own text is the source
    an answer's names are checked against, whichever paragraphs gave questions."""
    rng = random.Random(seed)
    found, names = find_facts(documents, tuple(p["extractors"]))
    words = sum(len(d.text.split()) for d in documents)
    rate = 100 * len(found) / max(words, 1)
    # Warned only when the text cannot fill the task (a book with more facts than max_facts
    # needs no warning); no facts at all is the error below.
    if found and len(found) < p["max_facts"] and rate < FEW_FACTS_PER_100_WORDS:
        print(f"bench: warning: {meta['source']}: this text gives few facts ({len(found)} in "
              f"{words} words, {rate:.2f} per 100): add QA pairs with --qa-file or use "
              f"self-instruct with a stronger model", file=sys.stderr)
    if not found:
        raise DataError(f"{meta['source']}: no askable sentences found (no definitions such as "
                        f"'X is known as Y', no names or numbers in plain statements that "
                        f"stand alone; a story told mostly in 'he'/'she' and dialogue may give "
                        f"none; the extractor reads English): add QA pairs with --qa-file or "
                        f"use self-instruct with a stronger model")
    extra_meta = {}
    if p["self_instruct"] is not None:
        from bench.generators.self_instruct import instruct_facts

        extra, extra_meta = instruct_facts(documents, dict(p["self_instruct"]), seed,
                                           [f.phrasings.direct[0] for f in found])
        found = found + extra
    if len(found) > p["max_facts"]:
        if whole_text:  # a user's own text: say that the task asks a sample of its facts
            print(f"bench: note: {meta['source']}: kept {p['max_facts']} of its "
                  f"{len(found)} facts at random (max_facts; --max-facts or a suite's "
                  f"params.max_facts raises it); facts_per_100_words counts all "
                  f"{len(found)}", file=sys.stderr)
        keep = set(rng.sample(range(len(found)), p["max_facts"]))
        found = [f for i, f in enumerate(found) if i in keep]
    corpus, offsets = _whole_corpus(documents) if whole_text else _corpus(found)
    held_out = set(rng.sample(range(len(found)), int(len(found) * p["heldout_fraction"])))
    kinds = set(p["kinds"])
    train: list[QAItem] = []
    test: list[QAItem] = []
    for index, fact in enumerate(found):
        start = offsets[fact.window] + fact.start
        ref = FactRef(f"t{index:04d}", fact.evidence, (start, start + len(fact.evidence)),
                      fact.window)
        fact_train, fact_test = phrased_items(ref, fact.phrasings, rng=rng, kinds=kinds,
                                              train_phrasings=p["train_phrasings"],
                                              held_out=index in held_out)
        train.extend(fact_train)
        test.extend(fact_test)
    decoys = style_decoys(names, p["decoys"], rng)
    decoys += invented_decoys(corpus + " " + " ".join(decoys), p["decoys"] - len(decoys), rng)
    if "unanswerable" in kinds:
        # A manual's decoys ask as a manual does; any other text's, as one asks of a name.
        fallback = DECOY_QUESTIONS if "clauses" not in p["extractors"] else GENERIC_DECOY_QUESTIONS
        test.extend(decoy_items(decoys, found, fallback))
    entities = sorted({t for f in found for t in f.terms} | set(names.all_names()))
    return Task(name=name, corpus=corpus, train=tuple(train), test=tuple(test),
                entities=tuple(entities), decoys=decoys,
                meta={**meta, "facts": len(found), "held_out_facts": len(held_out),
                      "words": words, "facts_per_100_words": round(rate, 2),
                      "extractors": list(p["extractors"]),
                      "paragraphs": len(offsets), "seed": seed,
                      "patterns": dict(sorted(Counter(f.pattern for f in found).items())),
                      **({"self_instruct": extra_meta} if extra_meta else {})})


def _whole_corpus(documents: list[Document]) -> tuple[str, dict[str, int]]:
    """Every non-empty paragraph joined by blank lines, and where each one starts."""
    return _joined((window, paragraph) for window, _, paragraph in document_paragraphs(documents)
                   if paragraph)


def _corpus(found: list[FoundFact]) -> tuple[str, dict[str, int]]:
    """The distinct paragraphs that state facts joined by blank lines, and where each one
    starts."""
    return _joined((fact.window, fact.paragraph) for fact in found)


def _joined(paragraphs) -> tuple[str, dict[str, int]]:
    """(window, paragraph) pairs, each window once, joined by blank lines; each window's
    offset in the result."""
    parts, offsets, length = [], {}, 0
    for window, paragraph in paragraphs:
        if window in offsets:
            continue
        offsets[window] = length + (2 if parts else 0)
        length = offsets[window] + len(paragraph)
        parts.append(paragraph)
    return "\n\n".join(parts), offsets


