"""Progress reporting: Rich bars on a terminal, silence in library use and tests."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Protocol


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
        status = "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                           for k, v in fields.items())
        self._progress.update(self._task_id, advance=steps, status=status)


class RichReporter:
    """Messages and progress bars on a Rich console (stderr by default)."""

    def __init__(self, console):
        self.console = console

    def message(self, text: str) -> None:
        self.console.print(text, highlight=False)

    @contextmanager
    def bar(self, description: str, total: int) -> Iterator[Bar]:
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
