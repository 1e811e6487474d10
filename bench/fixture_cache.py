"""Looking after the fixture cache: list entries, show one, prune broken or old ones."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from bench.errors import ConfigError
from bench.fixtures import MANIFEST_FILE, fixtures_root, load_cached
from bench.storage import cache_dir


@dataclass(frozen=True)
class CacheEntry:
    key: str
    path: Path
    manifest: dict
    size_bytes: int
    modified: float


def entries() -> list[CacheEntry]:
    """Every intact entry, newest first; broken ones are removed on the way (as on load)."""
    root = fixtures_root()
    found = []
    for path in sorted(root.iterdir()) if root.is_dir() else []:
        if path.name.startswith(".") or not path.is_dir():
            continue
        manifest = load_cached(path.name)
        if manifest is None:
            continue
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        found.append(CacheEntry(path.name, path, manifest, size,
                                (path / MANIFEST_FILE).stat().st_mtime))
    return sorted(found, key=lambda e: -e.modified)


def find(prefix: str) -> CacheEntry:
    """The entry whose key starts with `prefix` (unique), else a clear error."""
    matches = [e for e in entries() if e.key.startswith(prefix)]
    if len(matches) != 1:
        what = "no fixture" if not matches else f"{len(matches)} fixtures"
        raise ConfigError(f"fixture {prefix!r}: {what} with that key prefix; see `bench fixtures list`")
    return matches[0]


def prune(everything: bool = False, older_than_days: float | None = None) -> list[str]:
    """Remove leftovers of interrupted trainings, and the adapters and answer-cache files
    asked for; returns what went."""
    root = fixtures_root()
    removed = []
    cutoff = time.time() - older_than_days * 86400 if older_than_days is not None else None
    answers = cache_dir() / "answers"
    for path in sorted(answers.glob("*.jsonl")) if answers.is_dir() else []:
        if everything or (cutoff is not None and path.stat().st_mtime < cutoff):
            path.unlink()
            removed.append(f"answers/{path.stem}")
    if not root.is_dir():
        return removed
    for path in root.iterdir():
        if path.name.startswith("."):  # a temp dir of a training that never finished
            if time.time() - path.stat().st_mtime > 3600:  # not one training right now
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path.name)
    for entry in entries():
        if everything or (cutoff is not None and entry.modified < cutoff):
            shutil.rmtree(entry.path, ignore_errors=True)
            removed.append(entry.key)
    return removed
