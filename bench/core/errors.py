"""User-facing errors: one line on stderr and a documented exit code, never a traceback."""

from __future__ import annotations

import difflib


class BenchError(Exception):
    """An error caused by the user's input or environment, not by a bug in the bench."""

    exit_code = 2

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ConfigError(BenchError):
    """A suite, task file or command-line value is not what was expected."""

    exit_code = 2


class ModelNotFoundError(BenchError):
    """The model (or the embedded default model's package) cannot be found."""

    exit_code = 3


class DataError(BenchError):
    """A corpus, QA file or run directory cannot be read or written."""

    exit_code = 4


def did_you_mean(name: str, choices) -> str:
    """A ' (did you mean X?)' hint, or '' when nothing is close."""
    close = difflib.get_close_matches(name, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_fields(checks: list[tuple[bool, str, str]], where: str, sep: str = ".") -> None:
    """The first (ok, field, expected) check that fails is a ConfigError naming its field:
    "suite.yaml: generation.batch_size: expected ...", never a list of every rule."""
    for ok, field, expected in checks:
        if not ok:
            raise ConfigError(f"{where}{sep}{field}: expected {expected}")
