"""Adapter fixtures: train a variant once, cache it by content hash, reuse it afterwards.

The key covers everything that changes the adapter (model weights, training examples,
variant spec, library major.minor versions) and nothing that does not (names, paths, dict
order), so a cache hit is decided before any model is loaded.
"""

from __future__ import annotations

import platform
import resource
import shutil
import tempfile
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from bench.models import ResolvedModel
from bench.progress import NullReporter, Reporter
from bench.storage import (cache_dir, file_lock, file_sha256, read_json, stable_hash,
                           write_json)
from bench.training import total_steps, train_adapter, training_examples
from bench.types import Task, Variant

ADAPTER_FILE = "adapter_model.safetensors"
MANIFEST_FILE = "manifest.json"
KEY_LIBRARIES = ("torch", "transformers", "peft", "trl", "bitsandbytes")


@dataclass(frozen=True)
class Fixture:
    """A trained adapter on disk and what is known about how it was made."""

    variant: str
    task: str
    key: str
    path: Path
    reused: bool
    manifest: dict[str, Any]


def library_versions(names=KEY_LIBRARIES) -> dict[str, str]:
    """Installed versions, read from package metadata (no heavy imports)."""
    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "missing"
    return versions


def _major_minor(version: str) -> str:
    return ".".join(version.split("+")[0].split(".")[:2])


def fixture_key(model: ResolvedModel, examples: dict[str, list[dict[str, Any]]],
                variant: Variant) -> str:
    """Content hash of what determines the adapter; the variant's name is left out."""
    spec = asdict(variant)
    spec.pop("name")
    return stable_hash({
        "model": model.fingerprint,
        "data": stable_hash(examples, 64),
        "spec": spec,
        "libraries": {k: _major_minor(v) for k, v in library_versions().items()},
    }, 24)


def fixtures_root() -> Path:
    return cache_dir() / "fixtures"


def load_cached(key: str) -> dict[str, Any] | None:
    """The manifest of a complete, intact cache entry, or None (a broken entry is removed)."""
    entry = fixtures_root() / key
    if not entry.exists():
        return None
    try:
        manifest = read_json(entry / MANIFEST_FILE)
        if manifest.get("key") == key and \
                file_sha256(entry / ADAPTER_FILE) == manifest.get("adapter_sha256"):
            return manifest
    except Exception:
        pass
    shutil.rmtree(entry, ignore_errors=True)
    return None


def ensure_fixture(model: ResolvedModel, task: Task, variant: Variant,
                   reporter: Reporter | None = None) -> Fixture:
    """Return the variant's adapter for this task, training it only if it is not cached."""
    reporter = reporter or NullReporter()
    examples = training_examples(task, variant)
    key = fixture_key(model, examples, variant)
    manifest = load_cached(key)
    if manifest is None:
        # One trainer per key: a second process sharing the cache waits here, then reuses.
        with file_lock(cache_dir() / "locks" / f"fixture-{key}.lock"):
            manifest = load_cached(key)
            if manifest is None:
                return _train(model, task, variant, examples, key, reporter)
    reporter.message(f"[green]reusing[/] adapter {variant.name} for {task.name} ({key[:12]})")
    return Fixture(variant.name, task.name, key, fixtures_root() / key, True, manifest)


def _train(model: ResolvedModel, task: Task, variant: Variant, examples: dict[str, list],
           key: str, reporter: Reporter) -> Fixture:
    fixtures_root().mkdir(parents=True, exist_ok=True)
    # Train into a temp dir and rename it into place, so an interrupted run leaves no entry.
    tmp = Path(tempfile.mkdtemp(dir=fixtures_root(), prefix=f".{key}."))
    try:
        steps = total_steps(variant, examples)
        with reporter.bar(f"train {variant.name} on {task.name}", steps) as bar:
            stats = train_adapter(model.path, examples, variant, tmp, bar)
        shutil.rmtree(tmp / "trainer", ignore_errors=True)
        manifest = {
            "key": key, "variant": asdict(variant), "task": task.name,
            "model": {"name": model.name, "fingerprint": model.fingerprint},
            "data_fingerprint": stable_hash(examples, 64),
            "examples": {stage: len(rows) for stage, rows in examples.items()},
            "adapter_sha256": file_sha256(tmp / ADAPTER_FILE),
            "libraries": library_versions(), "python": platform.python_version(),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            **stats,
        }
        write_json(tmp / MANIFEST_FILE, manifest)
        target = fixtures_root() / key
        if target.exists():  # a concurrent process finished the same fixture first
            shutil.rmtree(tmp)
        else:
            tmp.rename(target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    reporter.message(f"trained adapter {variant.name} for {task.name} in "
                     f"{manifest['train_seconds']:.0f} s (loss {_first_last(manifest['losses'])})")
    return Fixture(variant.name, task.name, key, target, False, manifest)


def _first_last(losses: list[float]) -> str:
    return f"{losses[0]:.2f} -> {losses[-1]:.2f}" if losses else "n/a"
