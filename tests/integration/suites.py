"""Small suites written by tests: the tiny suite's story task with chosen variants."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

STORY = "{kingdoms: 2, people: 4, artifacts: 1, decoys: 1, kinds: [paraphrase, unanswerable]}"
# Half the tiny story's questions, for tests that compare answers, not scores.
SMALL_STORY = "{kingdoms: 2, people: 2, artifacts: 1, decoys: 1, kinds: [paraphrase, unanswerable]}"
STORY_TASK = """tasks:
  - name: story
    generator: story
    params: %s
    trained: 4
"""


# The tiny suite's answer length, for suites whose answers are compared with each other.
GENERATION = "generation: {max_new_tokens: 12, batch_size: 16}\n"


def tiny_variant(extends: str) -> str:
    """A built-in variant with the tiny suite's 3 training steps."""
    return (f"  - name: {extends}\n    extends: {extends}\n"
            f"    training: {{steps: 3, batch_size: 4, learning_rate: 1.0e-3}}\n")


def write_story_suite(folder: Path, name: str, variants: list[str], extra: str = "",
                      story: str = STORY) -> Path:
    """A suite file with the tiny story task; variants are names of built-ins (the trained
    ones get 3 steps, so their fixtures match the tiny suite's)."""
    lines = "".join(tiny_variant(v) if v != "base" else "  - base\n" for v in variants)
    path = folder / f"{name}.yaml"
    path.write_text(f"name: {name}\nseed: 7\n{STORY_TASK % story}variants:\n{lines}{extra}")
    return path


def bench_cli(*args, cwd: Path, cache: Path, **env: str) -> subprocess.CompletedProcess:
    """`python -m bench ARGS` in `cwd` with this fixture cache (and extra environment)."""
    return subprocess.run([sys.executable, "-m", "bench", *map(str, args)], cwd=cwd,
                          env={**os.environ, "BENCH_CACHE": str(cache), **env},
                          capture_output=True, text=True, timeout=900)


def bench_in_process(*args, cwd: Path, cache: Path | None = None,
                     **env: str) -> subprocess.CompletedProcess:
    """`bench ARGS` through the console script's own entry point, in this process: the same
    argument parsing, one-line errors and exit codes as `bench_cli`, without a new process's
    ~10 s import of torch, transformers and peft, so a test file's runs share one. Runs that
    need a process of their own (signals, `accelerate launch`, an installed wheel, a first
    import's library noise) use `bench_cli`. Environment, working folder, argv and signal
    handlers are restored afterwards."""
    import contextlib
    import io
    import signal

    from bench.cli.main import entry

    saved_env, saved_cwd, saved_argv = dict(os.environ), os.getcwd(), sys.argv
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    out, err = io.StringIO(), io.StringIO()
    argv = ["bench", *map(str, args)]
    code = 0
    try:
        os.environ.update({**({"BENCH_CACHE": str(cache)} if cache else {}), **env})
        os.chdir(cwd)
        sys.argv = argv
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            entry()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    finally:
        os.chdir(saved_cwd)
        sys.argv = saved_argv
        os.environ.clear()
        os.environ.update(saved_env)
        for number, handler in handlers.items():
            signal.signal(number, handler)
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())


def read_results(work: Path, run_id: str) -> dict:
    """A finished run's results.json under work/runs, as plain JSON."""
    return json.loads((work / "runs" / run_id / "results.json").read_text())


def stable(results: dict) -> dict:
    """results.json without what may change between equal runs: timings, the run id and
    whether adapters were trained or reused."""
    kept = {k: v for k, v in results.items() if k not in {"timings", "run_id", "answers"}}
    kept["fixtures"] = [{k: v for k, v in f.items() if k != "reused"} for f in results["fixtures"]]
    return kept
