"""Self-Instruct: an LLM turns each text window into QA pairs; filters keep the good ones.

Backends: the local HF model (default: the embedded SmolLM2) or an OpenAI-compatible
endpoint. Every filter's count is recorded in the task's meta (`self_instruct`), and every
completion is cached, so a rebuild costs no model calls.
"""

from __future__ import annotations

import random
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from bench.config.suite import DEFAULT_MODEL
from bench.core.errors import ConfigError, DataError
from bench.core.types import QAItem, Task
from bench.generators.decoys import (
    DECOY_QUESTIONS,
    GENERIC_DECOY_QUESTIONS,
    decoy_items,
    invented_decoys,
)
from bench.generators.documents import load_documents, surgery_documents
from bench.generators.gutenberg import clean_markup
from bench.generators.llm_backends import ChatBackend, HFBackend, OpenAIBackend, cached_complete
from bench.generators.registry import GENERATORS, PARAMS, with_defaults
from bench.generators.self_instruct_parse import FilterSettings, FilterStats, judge
from bench.generators.splits import split_items
from bench.generators.windows import Window, word_windows

SYSTEM = "You are a smart AI assistant that can create questions and answers based on the context."
USER = ("Context:\n{window}\n\nWrite {n} questions that the context answers, each with a short "
        "answer copied from the context. Use exactly this format:\nQ: <question>\nA: <answer>")
DEFAULTS = {"source": "surgery", "chapters": None, "window_words": 120, "stride": None,
            "max_windows": 6, "pairs_per_window": 3, "backend": "hf", "model": None,
            "base_url": None, "api_key_env": "OPENAI_API_KEY", "timeout": 120,
            "max_new_tokens": 200, "test_fraction": 0.5, "decoys": 2,
            "filters": {}}
PARAMS["self-instruct"] = DEFAULTS


def messages_for_window(window: str, pairs: int) -> list[dict[str, str]]:
    # Literal replacement: the window is data, never a template.
    user = USER.replace("{n}", str(pairs)).replace("{window}", window)
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def make_backend(p: dict[str, Any]) -> ChatBackend:
    if p["backend"] == "hf":
        return HFBackend(p["model"] or DEFAULT_MODEL)
    if p["backend"] == "openai":
        if not p["base_url"] or not p["model"]:
            raise ConfigError("self-instruct generator: backend openai needs base_url and model")
        return OpenAIBackend(p["base_url"], p["model"], p["api_key_env"], float(p["timeout"]))
    raise ConfigError(f"self-instruct generator: backend {p['backend']!r}: expected hf or openai")


def _params(params: dict[str, Any]) -> tuple[dict[str, Any], FilterSettings]:
    p = with_defaults("self-instruct", params, DEFAULTS)
    known = {f.name for f in fields(FilterSettings)}
    if not isinstance(p["filters"], dict) or set(p["filters"]) - known:
        raise ConfigError(f"self-instruct generator: filters: expected keys from {sorted(known)}")
    for key in ("window_words", "max_windows", "pairs_per_window", "max_new_tokens"):
        if not isinstance(p[key], int) or p[key] < 1:
            raise ConfigError(f"self-instruct generator: {key} must be a positive integer")
    return p, replace(FilterSettings(), **p["filters"])


def pick_windows(text: str, p: dict[str, Any], rng: random.Random) -> list[Window]:
    windows = word_windows(text, p["window_words"], p["stride"])
    if len(windows) > p["max_windows"]:
        windows = sorted(rng.sample(windows, p["max_windows"]), key=lambda w: w.start)
    return windows


@GENERATORS.register("self-instruct")
def self_instruct_task(name: str, params: dict[str, Any], seed: int) -> Task:
    """LLM-written QA pairs (Self-Instruct) over the surgery manual or your own text."""
    p, settings = _params(params)
    if p["source"] == "surgery":
        documents, meta = surgery_documents(None, p["chapters"])
    else:
        documents = load_documents(Path(p["source"]).expanduser())
        meta = {"source": p["source"]}
    rng = random.Random(seed)
    windows, kept, stats, backend, generated = instruct_pairs(documents, p, settings, rng)
    corpus = "\n\n".join(w.text for w in windows)
    if not kept:
        raise DataError(f"self-instruct: the model's {stats.outputs} outputs gave no usable QA "
                        f"pairs ({stats.as_dict()}); try a larger model or looser filters")
    items = _items(kept, windows, corpus)
    train, test = split_items(items, float(p["test_fraction"]), seed)
    train = [replace(i, kind="direct") for i in train]
    test = [replace(i, kind="held-out") for i in test]
    decoys = invented_decoys(corpus, p["decoys"], rng)
    # The manual's style for the manual; plain "Who is X?" for a story or a wiki.
    test.extend(decoy_items(decoys, fallback=DECOY_QUESTIONS if p["source"] == "surgery"
                            else GENERIC_DECOY_QUESTIONS))
    return Task(name=name, corpus=corpus, train=tuple(train), test=tuple(test), decoys=decoys,
                meta={**meta, "generator": "self-instruct", "backend": backend.id,
                      "windows": len(windows), "model_calls": generated,
                      "self_instruct": stats.as_dict(), "seed": seed})


def instruct_pairs(documents, p: dict[str, Any], settings: FilterSettings, rng: random.Random,
                   kept: list[tuple[str, str, str]] | None = None):
    """The model's QA pairs over windows of the documents, through the filters: (windows,
    kept (window id, question, answer), filter counts, backend, model calls). Pairs
    already in `kept` (e.g. rule-based questions) count for the near-duplicate filter."""
    text = "\n\n".join(clean_markup(d.text) for d in documents)
    windows = pick_windows(text, p, rng)
    backend = make_backend(p)
    outputs, generated = cached_complete(
        backend, [messages_for_window(w.text, p["pairs_per_window"]) for w in windows],
        p["max_new_tokens"])
    stats, before = FilterStats(), list(kept or [])
    kept = list(before)
    for window, output in zip(windows, outputs):
        judge(window.id, window.text, output, settings, stats, kept)
    return windows, kept[len(before):], stats, backend, generated


def instruct_facts(documents, params: dict[str, Any], seed: int,
                   questions: list[str]) -> tuple[list, dict[str, Any]]:
    """Self-Instruct pairs as facts beside rule-based ones (the text generator's
    `self_instruct` option): one phrasing each, deduplicated against `questions` by the
    ROUGE-L filter; with the counts for the task's meta."""
    from bench.generators.qa_items import Phrasings
    from bench.generators.text_facts import FoundFact

    p, settings = _params(params)
    windows, kept, stats, backend, generated = instruct_pairs(
        documents, p, settings, random.Random(seed + 7), [("rule", q, "") for q in questions])
    by_id = {w.id: w for w in windows}
    facts = [FoundFact(f"si-{window_id}", " ".join(by_id[window_id].text.split()), 0,
                       " ".join(by_id[window_id].text.split()),
                       Phrasings(direct=(question,), paraphrase=(), answer=answer), (), "",
                       "self-instruct")
             for window_id, question, answer in kept]
    return facts, {"backend": backend.id, "windows": len(windows), "model_calls": generated,
                   "filters": stats.as_dict()}


def _items(kept: list[tuple[str, str, str]], windows: list[Window], corpus: str) -> list[QAItem]:
    starts, at = {}, 0
    for window in windows:
        starts[window.id] = at
        at += len(window.text) + 2
    by_id = {w.id: w for w in windows}
    items = []
    for n, (window_id, question, answer) in enumerate(kept):
        window = by_id[window_id]
        span = (starts[window_id], starts[window_id] + len(window.text))
        items.append(QAItem(id=f"si{n:04d}", question=question, answers=(answer,), kind="",
                            split="", evidence=window.text, span=span, window=window_id))
    return items
