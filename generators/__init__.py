"""Task generators: each turns parameters and a seed into a `bench.types.Task`."""

from __future__ import annotations

from typing import Any, Callable

from bench.registry import Registry
from bench.types import Task

GeneratorFn = Callable[[str, dict[str, Any], int], Task]

GENERATORS: Registry[GeneratorFn] = Registry("generator")


def _load_builtin() -> None:
    # Imported for their registration side effect.
    from generators import qa_import, self_instruct, story, text_tasks  # noqa: F401


_load_builtin()
