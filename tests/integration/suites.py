"""Small suites written by tests: the tiny suite's story task with chosen variants."""

from __future__ import annotations

from pathlib import Path

STORY_TASK = """tasks:
  - name: story
    generator: story
    params: {kingdoms: 2, people: 4, artifacts: 1, decoys: 1, kinds: [paraphrase, unanswerable]}
"""


def tiny_variant(extends: str) -> str:
    """A built-in variant with the tiny suite's 3 training steps."""
    return (f"  - name: {extends}\n    extends: {extends}\n"
            f"    training: {{steps: 3, batch_size: 4, learning_rate: 1.0e-3}}\n")


def write_story_suite(folder: Path, name: str, variants: list[str], extra: str = "") -> Path:
    """A suite file with the tiny story task; variants are names of built-ins (the trained
    ones get 3 steps, so their fixtures match the tiny suite's)."""
    lines = "".join(tiny_variant(v) if v != "base" else "  - base\n" for v in variants)
    path = folder / f"{name}.yaml"
    path.write_text(f"name: {name}\nseed: 7\n{STORY_TASK}variants:\n{lines}{extra}")
    return path
