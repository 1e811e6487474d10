"""Chat models that write QA pairs: a local HF model, or any OpenAI-compatible endpoint.

Every completion is cached under `$BENCH_CACHE/generations/`, keyed by backend, model,
messages and length, so rebuilding a task never calls the model again.
"""

from __future__ import annotations

from typing import Protocol

from bench.core.errors import DataError
from bench.core.storage import cache_dir, read_json, stable_hash, write_json

Messages = list[dict[str, str]]


class ChatBackend(Protocol):
    id: str

    def complete(self, batch: list[Messages], max_new_tokens: int) -> list[str]: ...


class HFBackend:
    """A local causal LM (default: the embedded SmolLM2), greedy, batched."""

    def __init__(self, model: str, batch_size: int = 8):
        from bench.models.resolve import resolve_model

        self.resolved = resolve_model(model)
        self.batch_size = batch_size
        self._loaded = None
        # The weights' fingerprint, not the name, keys the cache: new weights, new answers.
        self.id = f"hf:{self.resolved.fingerprint}"

    def complete(self, batch: list[Messages], max_new_tokens: int) -> list[str]:
        from bench.models.engine import chat_prompt, generate_batches
        from bench.models.load import load_model

        if self._loaded is None:
            self._loaded = load_model(self.resolved.path, "none", "float32")
        model, tokenizer = self._loaded
        prompts = [chat_prompt(tokenizer, messages) for messages in batch]
        outputs = [""] * len(prompts)
        for chunk in generate_batches(model, tokenizer, prompts, max_new_tokens, self.batch_size):
            for index, text in chunk:
                outputs[index] = text
        return outputs


class OpenAIBackend:
    """POST /chat/completions on an OpenAI-compatible server (vLLM, `transformers serve`, ...)."""

    def __init__(self, base_url: str, model: str, api_key_env: str = "OPENAI_API_KEY",
                 timeout: float = 120.0, retries: int = 4):
        from bench.models.served import ChatClient

        self.client = ChatClient(base_url, api_key_env, timeout, retries)
        self.model = model
        self.id = f"openai:{base_url.rstrip('/')}:{model}"

    def complete(self, batch: list[Messages], max_new_tokens: int) -> list[str]:
        return [self.client.complete(self.model, messages, max_new_tokens) for messages in batch]


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
