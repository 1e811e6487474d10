"""Chat models asked for plain completions: a local HF model, or any OpenAI-compatible server.

Two users: the Self-Instruct generator (QA pairs from text windows) and the judge (a verdict
per answer). Both are greedy. A local model loads under the bench's safety rules
(bench.models.load: safetensors only, no code from the folder unless allowed); a served
one goes through the retrying client (bench.models.served), `concurrency` requests at a
time.
"""

from __future__ import annotations

from typing import Protocol

Messages = list[dict[str, str]]


class ChatBackend(Protocol):
    id: str  # what decides its answers besides the messages: caches are keyed by it

    def complete(self, batch: list[Messages], max_new_tokens: int) -> list[str]: ...


class HFBackend:
    """A local causal LM (a folder, a cached HF id or the embedded SmolLM2), greedy, batched."""

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
    """POST /chat/completions on an OpenAI-compatible server (vLLM, `transformers serve`, ...),
    `concurrency` requests in flight."""

    def __init__(self, base_url: str, model: str, api_key_env: str = "OPENAI_API_KEY",
                 timeout: float = 120.0, retries: int = 4, concurrency: int = 1):
        from bench.models.served import ChatClient

        self.client = ChatClient(base_url, api_key_env, timeout, retries)
        self.model = model
        self.concurrency = concurrency
        self.id = f"openai:{base_url.rstrip('/')}:{model}"

    def complete(self, batch: list[Messages], max_new_tokens: int) -> list[str]:
        if self.concurrency == 1 or len(batch) < 2:
            return [self.client.complete(self.model, messages, max_new_tokens)
                    for messages in batch]
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            return list(pool.map(lambda m: self.client.complete(self.model, m, max_new_tokens),
                                 batch))
