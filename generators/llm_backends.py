"""Chat models that write QA pairs: a local HF model, or any OpenAI-compatible endpoint.

Every completion is cached under `$BENCH_CACHE/generations/`, keyed by backend, model,
messages and length, so rebuilding a task never calls the model again.
"""

from __future__ import annotations

import json
import os
import socket
import urllib.error
import urllib.request
from typing import Protocol

from bench.core.errors import ConfigError, DataError
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
                 timeout: float = 120.0):
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(f"base_url {base_url!r}: expected an http(s) URL such as "
                              f"http://localhost:8000/v1")
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model, self.timeout = model, timeout
        self.api_key = os.environ.get(api_key_env, "")
        self.id = f"openai:{base_url.rstrip('/')}:{model}"

    def complete(self, batch: list[Messages], max_new_tokens: int) -> list[str]:
        return [self._one(messages, max_new_tokens) for messages in batch]

    def _one(self, messages: Messages, max_new_tokens: int) -> str:
        body = json.dumps({"model": self.model, "messages": messages, "temperature": 0,
                           "max_tokens": max_new_tokens, "stream": False}).encode()
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = json.loads(response.read().decode("utf-8"))
            return str(payload["choices"][0]["message"]["content"] or "")
        except (socket.timeout, TimeoutError):
            raise DataError(f"{self.url}: no answer within {self.timeout:.0f} s") from None
        except urllib.error.HTTPError as exc:
            raise DataError(f"{self.url}: HTTP {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            raise DataError(f"{self.url}: cannot connect ({exc.reason})") from None
        except (json.JSONDecodeError, UnicodeDecodeError, KeyError, IndexError, TypeError):
            raise DataError(f"{self.url}: the reply is not an OpenAI chat completion") from None


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
