"""What the bench runs on: installed library versions (read from package metadata, so no
heavy import happens)."""

from __future__ import annotations

from importlib import metadata
from typing import Iterable


def library_versions(names: Iterable[str]) -> dict[str, str]:
    """Installed versions of `names` ("missing" for one that is not installed)."""
    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "missing"
    return versions


def major_minor(version: str) -> str:
    """'2.13.0+cpu' -> '2.13': what keys caches (a patch release changes no numbers)."""
    return ".".join(version.split("+")[0].split(".")[:2])
