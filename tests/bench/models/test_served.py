"""The OpenAI-compatible client against local servers that misbehave on purpose."""

from __future__ import annotations

import http.server
import json
import threading

import pytest

from bench.core.errors import DataError
from bench.models.served import ChatClient
from tests.helpers import free_port

HI = [{"role": "user", "content": "hi"}]


def _serve(replies: list[tuple[int, dict]]):
    """A server answering POSTs with `replies` in turn (status, JSON body)."""
    seen = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            seen.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            status, body = replies[min(len(seen), len(replies)) - 1]
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            return None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, seen


ANSWER = {"choices": [{"message": {"role": "assistant", "content": "Gafy"}}]}


def test_transient_errors_are_retried_then_answered():
    server, seen = _serve([(429, {}), (503, {}), (200, ANSWER)])
    try:
        client = ChatClient(f"http://127.0.0.1:{server.server_address[1]}/v1", backoff=0)
        assert client.complete("m", HI, 8) == "Gafy"
        assert len(seen) == 3 and seen[-1]["temperature"] == 0 and seen[-1]["max_tokens"] == 8
    finally:
        server.shutdown()


def test_persistent_overload_gives_up_in_one_line():
    server, seen = _serve([(503, {})])
    try:
        client = ChatClient(f"http://127.0.0.1:{server.server_address[1]}/v1", retries=2,
                            backoff=0)
        with pytest.raises(DataError, match=r"HTTP 503 .*\(after 3 tries\)"):
            client.complete("m", HI, 8)
        assert len(seen) == 3
    finally:
        server.shutdown()


def test_unknown_model_and_no_server_are_clear():
    server, _ = _serve([(404, {"error": "The model `m` does not exist."})])
    try:
        client = ChatClient(f"http://127.0.0.1:{server.server_address[1]}/v1", backoff=0)
        with pytest.raises(DataError, match="model 'm' unknown to the server"):
            client.complete("m", HI, 8)
    finally:
        server.shutdown()
    nobody = ChatClient(f"http://127.0.0.1:{free_port()}/v1", backoff=0)
    with pytest.raises(DataError, match=r"cannot connect \(is the server running\?\)"):
        nobody.complete("m", HI, 8)


def test_the_servers_reason_is_in_the_line_and_a_missing_v1_is_named():
    pinned = {"detail": "Server is pinned to '/models/x'; requested 'smollm2-135m-instruct'."}
    server, _ = _serve([(400, pinned), (404, {"detail": "Not Found"})])
    try:
        port = server.server_address[1]
        client = ChatClient(f"http://127.0.0.1:{port}/v1", backoff=0)
        with pytest.raises(DataError, match=r"HTTP 400 Bad Request: Server is pinned to "
                                            r"'/models/x'; requested 'smollm2-135m-instruct'\."):
            client.complete("smollm2-135m-instruct", HI, 8)
        bare = ChatClient(f"http://127.0.0.1:{port}", backoff=0)
        with pytest.raises(DataError, match=rf"HTTP 404: Not Found; OpenAI-compatible servers "
                                            rf"answer under /v1: try --base-url "
                                            rf"http://127.0.0.1:{port}/v1"):
            bare.complete("m", HI, 8)
    finally:
        server.shutdown()
