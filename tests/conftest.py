"""Shared test set-up: an isolated bench cache per test session, the real model converted once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SHARED_CORPORA = PROJECT.parent / "shared" / "corpora"
# Tests read the Gutenberg book from the shared copy, never from the network.
os.environ.setdefault("BENCH_CORPUS_DIR", str(SHARED_CORPORA))


@pytest.fixture(scope="session")
def bench_cache(tmp_path_factory) -> Path:
    """A cache dir shared by the session's tests (so the GGUF is converted once)."""
    path = tmp_path_factory.mktemp("bench-cache")
    os.environ["BENCH_CACHE"] = str(path)
    return path


@pytest.fixture(scope="session")
def smollm(bench_cache):
    """The real embedded SmolLM2-135M-Instruct, resolved into the session cache."""
    from bench.models.resolve import DEFAULT_MODEL, resolve_model

    return resolve_model(DEFAULT_MODEL)
pytest_plugins = ["pytester"]


@pytest.fixture(scope="session")
def surgery_path() -> Path:
    """The Gutenberg #17921 copy beside the project (never copied into it)."""
    path = SHARED_CORPORA / "gutenberg-17921-manual-of-surgery.txt"
    assert path.is_file(), f"expected the shared corpus at {path}"
    return path
