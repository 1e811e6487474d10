"""The bench as users install it: a built wheel, installed outside the checkout, run from an
empty folder. Only `bench` is installed; the suites ship inside it; the CLI and the pytest
plugin work without the repository."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
# Repository folder -> installed package (pyproject's package-dir mapping).
MAPPED = {"bench": "bench", "generators": "bench/generators", "reports": "bench/reports"}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                           "--no-build-isolation", "--quiet", "-w", str(out), str(PROJECT)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    (found,) = out.glob("closed_book_bench-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory, bench_cache) -> dict[str, str]:
    """The wheel installed (no deps: the test environment's are reused) into a folder
    outside the checkout; the environment to run it with, from an empty folder."""
    target = tmp_path_factory.mktemp("site")
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet",
                           "--target", str(target), str(wheel)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    # os.environ holds the session's BENCH_CACHE (bench_cache), so the model converts once.
    return {**os.environ, "PYTHONPATH": str(target), "BENCH_TARGET": str(target)}


def _run(args: list[str], env: dict, cwd: Path, timeout: int = 900):
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=timeout)


def test_wheel_installs_only_the_bench_namespace_with_its_suites(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top == {"bench"}
    suites = {Path(n).name for n in names if n.startswith("bench/suites/")}
    assert {"default.yaml", "tiny.yaml"} <= suites
    # Every module of the repository's packages is in the wheel (pyproject's package list
    # misses none), mapped under bench.
    expected = {f"{MAPPED[path.relative_to(PROJECT).parts[0]]}/"
                f"{path.relative_to(PROJECT / path.relative_to(PROJECT).parts[0]).as_posix()}"
                for folder in MAPPED for path in (PROJECT / folder).rglob("*.py")}
    assert expected <= set(names), sorted(expected - set(names))


def test_installed_cli_finds_its_suites_from_an_empty_folder(installed, tmp_path, smollm,
                                                              bench_cache):
    where = _run(["-c", "import bench, bench.generators; print(bench.__file__); "
                        "print(bench.generators.__file__)"], installed, tmp_path)
    assert where.returncode == 0, where.stderr
    assert all(line.startswith(installed["BENCH_TARGET"]) for line in where.stdout.split())
    listed = _run(["-m", "bench", "tasks", "list"], installed, tmp_path)
    assert listed.returncode == 0, listed.stderr[-2000:]
    assert "default" in listed.stdout and "tiny" in listed.stdout
    # The cheapest real run: the tiny suite's base model, answering every question.
    ran = _run(["-m", "bench", "run", "tiny", "--variant", "base", "--run-id", "wheel"],
               installed, tmp_path)
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert (tmp_path / "runs" / "wheel" / "results.json").is_file()
    assert not (tmp_path / "tasks").exists()  # nothing of the checkout was needed or made


def test_installed_pytest_plugin_evaluates_a_builtin_suite(installed, tmp_path, smollm,
                                                          bench_cache):
    (tmp_path / "test_users_adapter.py").write_text(
        "import bench\n\n"
        "def test_base_model(bench_evaluate):\n"
        "    result = bench_evaluate('tiny', variants=['base'])\n"
        "    assert isinstance(result, bench.RunResult)\n"
        "    em = result.require('story', 'base', 'exact_match')\n"
        "    assert em.n > 0 and em.ci_low <= em.value <= em.ci_high\n"
        "    assert bench.__file__.startswith(" + repr(installed["BENCH_TARGET"]) + ")\n")
    done = _run(["-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                 "test_users_adapter.py"], installed, tmp_path)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
