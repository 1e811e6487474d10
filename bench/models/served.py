"""A model served behind an OpenAI-compatible API (vLLM, SGLang, `transformers serve`).

The route to more than one machine: the server does tensor/data parallelism and multi-LoRA
serving, the bench sends greedy chat requests. Transient failures (HTTP 429 and 5xx,
timeouts, dropped connections) are retried with exponential backoff; what cannot work
(no server, an unknown model id, a reply that is no chat completion) is one clear line.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import time
import urllib.error
import urllib.request

from bench.core.errors import ConfigError, DataError

Messages = list[dict[str, str]]
RETRY_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})


class _Transient(Exception):
    """A failure worth another try."""


class ChatClient:
    """Greedy chat completions from one OpenAI-compatible server."""

    def __init__(self, base_url: str, api_key_env: str = "OPENAI_API_KEY",
                 timeout: float = 120.0, retries: int = 4, backoff: float = 1.0):
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(f"base_url {base_url!r}: expected an http(s) URL such as "
                              f"http://localhost:8000/v1")
        self.base_url = base_url.rstrip("/")
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self.api_key = os.environ.get(api_key_env, "")

    def complete(self, model: str, messages: Messages, max_tokens: int,
                 temperature: float = 0.0) -> str:
        """The assistant's reply to `messages` (greedy unless a temperature is given)."""
        body = {"model": model, "messages": messages, "temperature": temperature,
                "max_tokens": max_tokens, "stream": False}
        payload = self._call("/chat/completions", body, model)
        try:
            return str(payload["choices"][0]["message"]["content"] or "")
        except (KeyError, IndexError, TypeError):
            raise DataError(f"{self.base_url}/chat/completions: the reply is not an "
                            f"OpenAI-compatible chat completion") from None

    def models(self) -> list[str]:
        """The model ids the server lists (GET /models; vLLM lists base and LoRA modules,
        `transformers serve` only what it has loaded so far)."""
        payload = self._call("/models", None, "")
        try:
            return [str(entry["id"]) for entry in payload["data"]]
        except (KeyError, TypeError):
            raise DataError(f"{self.base_url}/models: the reply is not an OpenAI model list") \
                from None

    def _call(self, path: str, body: dict | None, model: str) -> dict:
        url = self.base_url + path
        for attempt in range(self.retries + 1):
            try:
                return self._once(url, body, model)
            except _Transient as exc:
                if attempt == self.retries:
                    raise DataError(f"{url}: {exc} (after {self.retries + 1} tries)") from None
                time.sleep(self.backoff * 2 ** attempt)
        raise AssertionError("unreachable")

    def _once(self, url: str, body: dict | None, model: str) -> dict:
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(url, data=data, headers=headers,
                                         method="POST" if body is not None else "GET")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read().decode("utf-8"))
        except (socket.timeout, TimeoutError):
            raise _Transient(f"no answer within {self.timeout:.0f} s") from None
        except urllib.error.HTTPError as exc:
            said = _server_said(exc)
            if exc.code in RETRY_STATUS:
                raise _Transient(f"HTTP {exc.code} {exc.reason}{said}") from None
            if exc.code == 404 and "/v1" not in self.base_url:
                raise DataError(f"{url}: HTTP 404{said}; OpenAI-compatible servers answer under "
                                f"/v1: try --base-url {self.base_url}/v1") from None
            if exc.code == 404 and model:
                raise DataError(f"{url}: HTTP 404{said}: model {model!r} unknown to the "
                                f"server?") from None
            raise DataError(f"{url}: HTTP {exc.code} {exc.reason}{said}") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, ConnectionRefusedError):
                raise DataError(f"{url}: cannot connect (is the server running?)") from None
            raise _Transient(f"cannot connect ({exc.reason})") from None
        except (ConnectionError, http.client.HTTPException):
            raise _Transient("the connection dropped") from None
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise DataError(f"{url}: the reply is not an OpenAI-compatible response (not JSON)") \
                from None


def _server_said(error: "urllib.error.HTTPError") -> str:
    """The reason a server gives in its error reply ('{"detail": ...}', '{"error":
    {"message": ...}}' or plain text), cut short, as ": <reason>"; "" when it gives none."""
    try:
        raw = error.read(2000).decode("utf-8", "replace").strip()
    except Exception:
        return ""
    try:
        reply = json.loads(raw)
        found = reply.get("detail") or reply.get("message") or reply.get("error")
        if isinstance(found, dict):
            found = found.get("message") or json.dumps(found)
        raw = str(found or "").strip() if isinstance(reply, dict) else raw
    except (ValueError, AttributeError):
        pass
    raw = " ".join(raw.split())
    return f": {raw[:300]}" if raw else ""
