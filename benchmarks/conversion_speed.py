"""The embedded model's GGUF -> safetensors conversion with and without the memoised GGUF
parsing (bench.models.resolve._gguf_parsed_once), side by side in one process: alternating
A/B rounds into fresh folders, same thread count, and the converted files compared.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/conversion_speed.py --rounds 2
"""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import importlib.util
import tempfile
import time
from pathlib import Path
from unittest import mock

from bench.models import resolve


def _convert(target: Path, memoised: bool) -> float:
    package = Path(next(iter(importlib.util.find_spec(resolve._GGUF_PACKAGE)
                             .submodule_search_locations)))
    patch = contextlib.nullcontext() if memoised else mock.patch.object(
        resolve, "_gguf_parsed_once", contextlib.nullcontext)
    started = time.perf_counter()
    with patch:
        resolve._convert_gguf(package, resolve._GGUF_FILE, target)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    import torch

    print(f"torch CPU capability {torch.backends.cpu.get_cpu_capability()}, "
          f"{torch.get_num_threads()} threads")
    times: dict[bool, list[float]] = {True: [], False: []}
    with tempfile.TemporaryDirectory() as tmp:
        _convert(Path(tmp) / "warm-up", True)  # imports and first-touch costs, untimed
        for round_ in range(args.rounds):
            for memoised in ((False, True) if round_ % 2 == 0 else (True, False)):
                times[memoised].append(_convert(Path(tmp) / f"{round_}-{memoised}", memoised))
        same = all(filecmp.cmp(Path(tmp) / "0-False" / f.name, f, shallow=False)
                   for f in (Path(tmp) / "0-True").iterdir())
    for memoised, label in ((False, "parsed three times"), (True, "parsed once (memoised)")):
        print(f"{label}: " + ", ".join(f"{t:.1f} s" for t in times[memoised]))
    mean = {m: sum(t) / len(t) for m, t in times.items()}
    print(f"files identical: {same}; ratio of means {mean[False] / mean[True]:.2f}")


if __name__ == "__main__":
    main()
