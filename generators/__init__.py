"""Task generators (stage 2, tasks): each turns parameters and a seed into a
`bench.core.types.Task`. May import bench.core, bench.config and bench.models (the
Self-Instruct generator asks a model).

`from bench.generators import GENERATORS` gives the registry with every built-in generator."""

from __future__ import annotations

# Imported for their registration side effect.
from bench.generators import qa_import, self_instruct, story, text_tasks, world_facts  # noqa: F401
from bench.generators.registry import GENERATORS

__all__ = ["GENERATORS"]
