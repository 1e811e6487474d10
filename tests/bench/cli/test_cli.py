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


def test_a_run_started_without_the_answer_cache_resumes_without_it():
    from bench.cli.run import resumed_answer_cache

    said = []
    assert resumed_answer_cache({"reuse_answers": False}, True, said.append) is False
    assert said == ["resuming with --no-answer-cache, as the run was started"]
    assert resumed_answer_cache({"reuse_answers": True}, True, said.append) is True
    assert resumed_answer_cache({}, True, said.append) is True  # a run from before it was saved
    assert resumed_answer_cache({}, False, said.append) is False and len(said) == 1
