"""Chat models that write QA pairs (bench.models.chat: a local HF model, or any
OpenAI-compatible endpoint), with their completions cached.

Every completion is cached under `$BENCH_CACHE/generations/`, keyed by backend, model,
messages and length, so rebuilding a task never calls the model again.
"""

from __future__ import annotations

from bench.core.errors import DataError
from bench.core.storage import cache_dir, read_json, stable_hash, write_json
from bench.models.chat import ChatBackend, HFBackend, Messages, OpenAIBackend

__all__ = ["ChatBackend", "HFBackend", "Messages", "OpenAIBackend", "cached_complete"]


def cached_complete(backend: ChatBackend, batch: list[Messages], max_new_tokens: int,
                    progress=lambda done, total: None) -> tuple[list[str], int]:
    """Completions for every conversation, from the cache where possible.

    Returns the texts and how many came from the model (the rest were cached).
    """
    root = cache_dir() / "generations"
    keys = [stable_hash([backend.id, messages, max_new_tokens], 32) for messages in batch]
    texts: list[str | None] = [None] * len(batch)
    for index, key in enumerate(keys):
        path = root / f"{key}.json"
        if path.is_file():
            try:
                texts[index] = read_json(path)["text"]
            except (DataError, KeyError, TypeError):
                texts[index] = None  # a damaged entry is regenerated
    missing = [i for i, text in enumerate(texts) if text is None]
    for start in range(0, len(missing), 8):
        chunk = missing[start:start + 8]
        for index, text in zip(chunk, backend.complete([batch[i] for i in chunk], max_new_tokens)):
            texts[index] = text
            write_json(root / f"{keys[index]}.json", {"backend": backend.id, "text": text})
        progress(start + len(chunk), len(missing))
    return [t or "" for t in texts], len(missing)
