"""The CLI starts fast and without heavy imports."""

import subprocess
import sys
import time


def test_help_is_fast_and_lists_run():
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "bench", "--help"], capture_output=True,
                          text=True, timeout=60)
    elapsed = time.perf_counter() - started
    assert proc.returncode == 0
    assert "run" in proc.stdout
    assert elapsed < 2.0


def test_cli_import_does_not_pull_torch():
    code = ("import sys, bench.cli.main, bench.runs.suites, bench.runs.runner, reports.terminal; "
            "print(sorted(m for m in ('torch', 'transformers', 'peft', 'trl') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "[]", proc.stderr
