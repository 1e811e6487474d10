"""One registry pattern for generators, metrics and prompt templates."""

from __future__ import annotations

from typing import Callable, Generic, Iterator, TypeVar

from bench.core.errors import ConfigError, did_you_mean

T = TypeVar("T")


class Registry(Generic[T]):
    """Names mapped to things; unknown names fail with a 'did you mean' hint."""

    def __init__(self, kind: str):
        self.kind = kind
        self._items: dict[str, T] = {}

    def add(self, name: str, item: T) -> T:
        if name in self._items:
            raise ValueError(f"{self.kind} {name!r} is registered twice")
        self._items[name] = item
        return item

    def register(self, name: str) -> Callable[[T], T]:
        """Decorator form of `add`."""
        return lambda item: self.add(name, item)

    def get(self, name: str, where: str = "") -> T:
        """The item called `name`; `where` (file and field) prefixes the error if unknown."""
        try:
            return self._items[name]
        except (KeyError, TypeError):
            known = ", ".join(sorted(self._items))
            prefix = f"{where}: " if where else ""
            raise ConfigError(f"{prefix}unknown {self.kind} {name!r}"
                              f"{did_you_mean(str(name), self._items)}; known: {known}") from None

    def names(self) -> list[str]:
        return sorted(self._items)

    def __contains__(self, name: str) -> bool:
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._items))
