"""Loading safely: pickle-based weights and code shipped in a model folder are refused
unless the user says otherwise (`--allow-pickle`, `--trust-remote-code`)."""

from __future__ import annotations

import os
from pathlib import Path

from bench.core.errors import ModelNotFoundError

PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".ckpt", ".pkl")


def allow_pickle() -> bool:
    """Pickle-based weights can run code when loaded; only with `--allow-pickle`."""
    return os.environ.get("BENCH_ALLOW_PICKLE") == "1"


def trust_remote_code() -> bool:
    """Code shipped in a model folder runs only with `--trust-remote-code`."""
    return os.environ.get("BENCH_TRUST_REMOTE_CODE") == "1"


def check_weights_format(folder: Path) -> None:
    """Refuse a model whose weights exist only in a pickle-based format (unless allowed)."""
    folder = Path(folder)
    if any(folder.glob("*.safetensors")) or allow_pickle():
        return
    pickled = sorted(p.name for p in folder.iterdir() if p.suffix in PICKLE_SUFFIXES)
    if pickled:
        raise ModelNotFoundError(f"{folder / pickled[0]}: pickle-based weights can run code when "
                                 f"loaded; the bench loads safetensors only (convert them, or "
                                 f"pass --allow-pickle if you trust the file)")

