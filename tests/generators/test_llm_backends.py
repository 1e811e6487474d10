"""The endpoint backend against servers that misbehave: garbage replies and silence."""

from __future__ import annotations

import socket

import pytest

from bench.core.errors import ConfigError, DataError
from bench.generators.llm_backends import OpenAIBackend
from tests.helpers import QuietHandler, serve

HELLO = [[{"role": "user", "content": "hi"}]]


class _Garbage(QuietHandler):
    def do_POST(self):  # noqa: N802 (http.server's naming)
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_body(b"<html>502 Bad Gateway</html>")


def _expect_error(port: int, timeout: float, message: str) -> None:
    backend = OpenAIBackend(f"http://127.0.0.1:{port}/v1", "m", timeout=timeout, retries=0)
    with pytest.raises(DataError, match=message):
        backend.complete(HELLO, 8)


def test_garbage_reply_is_a_clear_error():
    server = serve(_Garbage)
    try:
        _expect_error(server.server_address[1], 10, "not an OpenAI-compatible")
    finally:
        server.shutdown()


def test_a_server_that_never_answers_times_out():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)  # accepts connections, never replies
        _expect_error(listener.getsockname()[1], 1, "no answer within 1 s")


def test_base_url_must_be_http():
    with pytest.raises(ConfigError, match="expected an http"):
        OpenAIBackend("localhost:8000", "m")
