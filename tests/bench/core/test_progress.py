"""Progress in a log (no terminal): plain lines at the start, every half minute, the end."""

import io

from rich.console import Console

from bench.core import progress
from bench.core.progress import RichReporter


def test_a_log_gets_a_progress_line_at_most_every_half_minute(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(progress.time, "monotonic", lambda: now[0])
    out = io.StringIO()
    console = Console(file=out, width=200)  # a file: not a terminal
    with RichReporter(console).bar("train a on story", 40) as bar:
        for step in range(40):
            now[0] += 2.0  # 2 s a step: 80 s in all
            bar.advance(loss=1.0 / (step + 1))
    lines = out.getvalue().splitlines()
    assert lines[0] == "train a on story 0/40 0 s"
    assert lines[1] == "train a on story 15/40 30 s  loss 0.067"
    assert lines[2] == "train a on story 30/40 60 s  loss 0.033"
    assert lines[-1] == "train a on story 40/40 80 s  loss 0.025" and len(lines) == 4


def test_a_terminal_gets_the_rich_bar_not_lines():
    out = io.StringIO()
    console = Console(file=out, width=120, force_terminal=True)
    with RichReporter(console).bar("answer story / base", 3) as bar:
        bar.advance(3)
    assert "answer story / base 0/3" not in out.getvalue()
    assert "3/3" in out.getvalue()
