"""The answer cache: a greedy answer is fixed by the model, the adapter, the prompt and the
generation settings, so a warm run takes it from here instead of generating it again.

One JSONL file per (model incl. its tokenizer and chat template, adapter, quantisation,
compute dtype, backend, max new tokens, library versions), under `<cache>/answers/`, keyed
by the chat messages, appended batch by batch like predictions. A fully cached run never
imports transformers. `bench run --no-answer-cache` neither reads nor writes it. bf16
answers can depend on batch composition; the cache keeps the first one generated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from bench.core.environment import library_versions
from bench.core.storage import append_records, cache_dir, read_jsonl, stable_hash

ENGINE_VERSION = 2  # bump when a change to generation can change an answer (2: processors)
ANSWER_LIBRARIES = ("torch", "transformers", "peft", "bitsandbytes", "lm_eval")


@dataclass(frozen=True)
class AnswerSource:
    """Everything besides the prompt that decides a greedy answer."""

    model_fingerprint: str
    adapter_key: str | None
    quantization: str
    compute_dtype: str
    backend: str
    max_new_tokens: int
    sampling: str = ""  # "" greedy; else temperature, top_p, seed and the sample's index


@dataclass(frozen=True)
class CachedAnswer:
    prompt: str  # the chat messages as the model saw them, through its chat template
    output: str


class AnswerCache:
    """Answers by prompt for one AnswerSource, shared by every run that uses the cache."""

    def __init__(self, source: AnswerSource):
        key = stable_hash({"source": source.__dict__, "engine": ENGINE_VERSION,
                           "libraries": library_versions(ANSWER_LIBRARIES)}, 24)
        self.path = cache_dir() / "answers" / f"{key}.jsonl"
        self._lock = cache_dir() / "locks" / f"answers-{key}.lock"

    def lookup(self, keys: Iterable[str]) -> dict[str, CachedAnswer]:
        """The cached answers to those of `keys` (chat messages as JSON) that have one."""
        wanted = set(keys)
        found: dict[str, CachedAnswer] = {}
        for record in read_jsonl(self.path):
            key, prompt, output = record.get("key"), record.get("prompt"), record.get("output")
            if key in wanted and isinstance(prompt, str) and isinstance(output, str):
                found.setdefault(key, CachedAnswer(prompt, output))
        return found

    def add(self, answers: Iterable[tuple[str, str, str]]) -> None:
        """Record (key, prompt, answer) triples; safe with several processes writing."""
        append_records(self.path, [{"key": key, "prompt": prompt, "output": output}
                                   for key, prompt, output in answers], self._lock)

