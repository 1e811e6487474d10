"""The generator registry: `GENERATORS.get(name)(task_name, params, seed) -> Task`."""

from __future__ import annotations

from typing import Any, Callable

from bench.core.registry import Registry
from bench.core.types import Task

GeneratorFn = Callable[[str, dict[str, Any], int], Task]

GENERATORS: Registry[GeneratorFn] = Registry("generator")
