"""The CLI starts without heavy imports (its start-up time is measured in benchmarks/speed.py)."""

import subprocess
import sys


def test_help_lists_the_commands():
    proc = subprocess.run([sys.executable, "-m", "bench", "--help"], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0
    for command in ("run", "train", "report", "compare", "tasks", "fixtures"):
        assert command in proc.stdout


def test_cli_import_does_not_pull_torch():
    code = ("import sys, bench.cli.main, bench.runs.suites, bench.runs.runner, reports.terminal; "
            "print(sorted(m for m in ('torch', 'transformers', 'peft', 'trl') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "[]", proc.stderr
