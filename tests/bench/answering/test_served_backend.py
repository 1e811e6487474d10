"""Served answering: an unknown model id of a variant with a local adapter says how to serve it."""

from __future__ import annotations

from concurrent.futures import Future

import pytest

from bench.answering.backend_types import Request
from bench.answering.served_backend import _answer
from bench.core.errors import DataError
from bench.core.types import Variant


def _failed(message: str) -> Future:
    future = Future()
    future.set_exception(DataError(message))
    return future


def _request(variant: Variant) -> Request:
    return Request(None, None, None, variant, "m", None)


def test_a_404_for_a_local_adapter_names_how_it_is_served():
    mine = Variant(name="mine", adapter="out/adapter")
    with pytest.raises(DataError, match=r"model 'mine' unknown to the server\? \(variant mine "
                                        r"brings the local adapter out/adapter.*--lora-modules "
                                        r"mine=DIR"):
        _answer(_failed("http://x/v1/chat/completions: HTTP 404: model 'mine' unknown to the "
                        "server?"), _request(mine))
    # Another failure, or a variant without a local adapter: the line as the client gave it.
    with pytest.raises(DataError, match=r"^http://x: HTTP 500 \(after 5 tries\)$"):
        _answer(_failed("http://x: HTTP 500 (after 5 tries)"), _request(mine))
    with pytest.raises(DataError, match=r"unknown to the server\?$"):
        _answer(_failed("HTTP 404: model 'base' unknown to the server?"),
                _request(Variant(name="base")))
    done = Future()
    done.set_result(" Gafy \n")
    assert _answer(done, _request(mine)) == "Gafy"
