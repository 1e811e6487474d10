"""The generator registry: `GENERATORS.get(name)(task_name, params, seed) -> Task`."""

from __future__ import annotations

from typing import Any, Callable

from bench.core.errors import ConfigError, did_you_mean
from bench.core.registry import Registry
from bench.core.types import Task

GeneratorFn = Callable[[str, dict[str, Any], int], Task]

GENERATORS: Registry[GeneratorFn] = Registry("generator")
# Each generator's parameters and their defaults, declared beside it: `bench tasks list`
# shows them, so a suite can be written without reading the code.
PARAMS: dict[str, dict[str, Any]] = {}


def with_defaults(generator: str, params: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    """`params` over `defaults`; a parameter the generator does not know is a ConfigError."""
    unknown = sorted(set(params) - set(defaults))
    if unknown:
        raise ConfigError(f"{generator} generator: params.{unknown[0]}: unknown parameter"
                          f"{did_you_mean(unknown[0], defaults)}"
                          f"{' (and ' + ', '.join(unknown[1:]) + ')' if unknown[1:] else ''}; "
                          f"expected some of {', '.join(sorted(defaults))}")
    return {**defaults, **params}
