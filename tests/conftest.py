"""Shared test set-up: an isolated bench cache per test session, the real model converted once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.helpers import free_port

PROJECT = Path(__file__).resolve().parent.parent
SHARED_CORPORA = PROJECT.parent / "shared" / "corpora"
# Tests read the Gutenberg book from the shared copy, never from the network.
os.environ.setdefault("BENCH_CORPUS_DIR", str(SHARED_CORPORA))
# Tests run in pytest-xdist workers of one thread each, so parallel training workers would
# only add their start-up; the tiny-suite test turns them on to test them.
os.environ.setdefault("BENCH_TRAIN_WORKERS", "1")


def pytest_collection_modifyitems(items):
    """The slow files first, the end-to-end ones first of those: under `-n 2 --dist
    loadfile` a worker takes the next file when it finishes one, so the minutes-long files
    start while the other worker still has short ones to take, and both end together
    (the heaviest files last left one worker alone for a minute or more). First of all come
    the slow files that never load the model: one worker takes them while the other converts
    it (a worker that needs the model meanwhile would only wait on the conversion's lock).
    The Makefile passes --no-loadscope-reorder: without it pytest-xdist (3.5 on) sorts the
    files by their number of tests and this order is lost."""
    model_files = {item.path for item in items if "smollm" in item.fixturenames}

    def rank(item) -> tuple[bool, bool, bool]:
        slow = item.get_closest_marker("slow") is not None
        return not slow, item.path in model_files, "integration" not in item.path.parts

    items.sort(key=rank)  # stable: a file's tests keep their order


def _run_root(tmp_path_factory) -> Path:
    """The folder of this test run: shared by the pytest-xdist workers, one per run."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def bench_cache(tmp_path_factory) -> Path:
    """A cache dir shared by the session's tests; its converted models are shared by every
    worker of the run (the GGUF is converted once per run, not once per worker)."""
    path = tmp_path_factory.mktemp("bench-cache")
    shared = _run_root(tmp_path_factory) / "shared-models"
    shared.mkdir(exist_ok=True)
    (path / "models").symlink_to(shared, target_is_directory=True)
    os.environ["BENCH_CACHE"] = str(path)
    return path


@pytest.fixture(scope="session")
def smollm(bench_cache, tmp_path_factory):
    """The real embedded SmolLM2-135M-Instruct, resolved into the session cache (the first
    worker converts it; the others wait on the run-wide lock and find it ready)."""
    from bench.core.storage import file_lock
    from bench.models.resolve import DEFAULT_MODEL, resolve_model

    with file_lock(_run_root(tmp_path_factory) / "shared-models.lock"):
        return resolve_model(DEFAULT_MODEL)
pytest_plugins = ["pytester"]


@pytest.fixture(scope="session")
def surgery_path() -> Path:
    """The Gutenberg #17921 copy beside the project (never copied into it)."""
    path = SHARED_CORPORA / "gutenberg-17921-manual-of-surgery.txt"
    assert path.is_file(), f"expected the shared corpus at {path}"
    return path


@pytest.fixture(scope="session")
def served(smollm):
    """`transformers serve` on a free localhost port, loading each requested model (a local
    folder: the embedded model's, a merged fine-tune) on demand, like a multi-model server."""
    port = free_port()
    exe = shutil.which("transformers", path=str(Path(sys.executable).parent))
    proc = subprocess.Popen([exe, "serve", "--host", "127.0.0.1", "--port", str(port),
                             "--device", "cpu"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "HF_HUB_OFFLINE": "1"})
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"transformers serve exited: {proc.stderr.read().decode()[-2000:]}")
            time.sleep(1)
    else:
        proc.kill()
        pytest.fail("transformers serve did not come up within 180 s")
    yield f"http://127.0.0.1:{port}/v1", str(smollm.path)
    proc.terminate()
    proc.wait(timeout=30)
    proc.stderr.close()
