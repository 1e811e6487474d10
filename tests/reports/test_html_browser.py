"""The HTML report in a real headless Chromium (Debian's package): it renders, its plots
show, and nothing injected through model output runs."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.reports.sample_run import IMG, SCRIPT, sample_results

pytestmark = pytest.mark.slow


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    pytest.fail("no Chromium found: `make test` installs Debian's chromium package "
                "(apt-get install chromium)")


def _browse(page, tmp_path, *args) -> str:
    done = subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                           "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'profile'}",
                           *args, page.as_uri()], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    run = tmp_path_factory.mktemp("run")
    sample_results().write(run)
    done = subprocess.run([sys.executable, "-m", "bench", "report", str(run), "-f", "html"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return run / "report.html"


def test_scripts_do_run_in_this_browser(tmp_path):
    """Control: the same payloads, unescaped, do run here, so their absence below means
    the report stopped them."""
    page = tmp_path / "control.html"
    page.write_text(f"<html><body><p>{IMG}</p>{SCRIPT}</body></html>", encoding="utf-8")
    dom = _browse(page, tmp_path, "--dump-dom")
    assert 'data-pwned="' in dom


def test_report_renders_and_runs_no_injected_script(report, tmp_path):
    dom = _browse(report, tmp_path, "--dump-dom")
    assert "Closed-book QA: run r1" in dom
    assert "data-pwned=" not in dom.replace("data-pwned&quot;", "").replace("'data-pwned'", "")
    assert "<script" not in dom
    assert dom.count("<img ") == 3  # the three plots, and no image from model output


def test_plots_are_drawn(report, tmp_path):
    from matplotlib.image import imread

    shot = tmp_path / "shot.png"
    _browse(report, tmp_path, f"--screenshot={shot}", "--window-size=1280,4000",
            "--hide-scrollbars")
    pixels = (imread(shot)[:, :, :3] * 255).round()
    # matplotlib's first bar colour, #1f77b4, appears only where a plot image was decoded.
    blue = ((abs(pixels[:, :, 0] - 31) < 8) & (abs(pixels[:, :, 1] - 119) < 8)
            & (abs(pixels[:, :, 2] - 180) < 8)).sum()
    assert blue > 1000
