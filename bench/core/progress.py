"""Progress reporting: Rich bars on a terminal, a plain line every half minute in a log (a CI
job's output is no terminal, where a Rich bar prints only when it ends), silence in library
use and tests."""

from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Callable, Iterator, Protocol

LOG_EVERY_S = 30.0  # a log's progress line at most this often


class Bar(Protocol):
    def advance(self, steps: int = 1, **fields) -> None: ...


class Reporter(Protocol):
    def message(self, text: str) -> None: ...

    def bar(self, description: str, total: int) -> "contextmanager[Bar]": ...


class _NullBar:
    def advance(self, steps: int = 1, **fields) -> None:
        return None


class NullReporter:
    """Reports nothing; the default for library calls."""

    def message(self, text: str) -> None:
        return None

    @contextmanager
    def bar(self, description: str, total: int) -> Iterator[Bar]:
        yield _NullBar()


class _RichBar:
    def __init__(self, progress, task_id):
        self._progress = progress
        self._task_id = task_id

    def advance(self, steps: int = 1, **fields) -> None:
        self._progress.update(self._task_id, advance=steps, status=_status(fields))


class _LogBar:
    """Progress as plain lines: when it starts, at most every LOG_EVERY_S seconds, at the end."""

    def __init__(self, console, description: str, total: int,
                 clock: Callable[[], float] | None = None):
        self._console, self._description, self._total = console, description, total
        self._clock, self._done, self._status = clock or time.monotonic, 0, ""
        self._started = self._last = self._clock()
        self._line()

    def advance(self, steps: int = 1, **fields) -> None:
        self._done += steps
        self._status = _status(fields) or self._status
        if self._clock() - self._last >= LOG_EVERY_S:
            self._line()

    def finish(self) -> None:
        self._line()

    def _line(self) -> None:
        self._last = self._clock()
        elapsed = self._last - self._started
        self._console.print(f"{self._description} {self._done}/{self._total} {elapsed:.0f} s"
                            + (f"  {self._status}" if self._status else ""),
                            highlight=False, markup=False)


def _status(fields: dict) -> str:
    return "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                     for k, v in fields.items())


class RichReporter:
    """Messages and progress bars on a Rich console (stderr by default); plain progress
    lines when the console is not a terminal."""

    def __init__(self, console):
        self.console = console

    def message(self, text: str) -> None:
        self.console.print(text, highlight=False)

    @contextmanager
    def bar(self, description: str, total: int) -> Iterator[Bar]:
        if not self.console.is_terminal:
            bar = _LogBar(self.console, description, total)
            yield bar
            bar.finish()
            return
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        columns = (TextColumn("{task.description}"), BarColumn(bar_width=24),
                   MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                   TextColumn("{task.fields[status]}"))
        with Progress(*columns, console=self.console, transient=False) as progress:
            task_id = progress.add_task(description, total=total, status="")
            yield _RichBar(progress, task_id)
