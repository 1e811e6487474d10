"""A results dict made by the real scoring code from hand-written answers (no model)."""

from __future__ import annotations

from bench.core.types import Prediction
from bench.runs.runner import SCHEMA_VERSION, score_run
from bench.runs.suites import parse_suite
from generators import GENERATORS

SCRIPT = '<script>document.body.setAttribute("data-pwned", "1")</script>'
IMG = '"><img src=x onerror="document.body.setAttribute(\'data-pwned\', \'2\')">'


def sample_results(templates=("plain", "qa-format"), hostile: bool = True) -> dict:
    suite = parse_suite({"name": "sample", "seed": 1,
                         "tasks": [{"name": "story", "generator": "story",
                                    "params": {"kingdoms": 2, "people": 5, "artifacts": 1,
                                               "decoys": 2}}],
                         "variants": ["base", "instruct-qlora-source-tag"],
                         "templates": list(templates),
                         "metrics": ["exact_match", "f1", "rougeL"]}, "sample.yaml")
    task = GENERATORS.get("story")("story", suite.tasks[0].params, suite.seed)
    predictions = []
    for variant in ("base", "instruct-qlora-source-tag"):
        for t, template in enumerate(templates):
            for n, item in enumerate(task.test):
                if variant == "base":
                    output = "I don't know" if n % 3 else "Quenzo Brabble of Varnholt"
                elif item.kind == "unanswerable":
                    output = SCRIPT if hostile and n % 2 else "It lives in Brovikstad."
                else:
                    output = item.answers[0] if (n + t) % 4 else (IMG if hostile else "Zarkon")
                predictions.append(Prediction("story", variant, template, item.id, "", output))
    results = {"schema_version": SCHEMA_VERSION, "run_id": "r1", "bench_version": "test",
               "suite": {"name": suite.name, "config": suite.raw}, "model": {"name": "none"},
               "timings": {"total": 12.0},
               "fixtures": [{"variant": "instruct-qlora-source-tag", "task": "story",
                             "reused": True, "train_seconds": 3.0, "key": "abcdef1234567890"}],
               **score_run({"story": task}, predictions, suite)}
    if hostile:
        # Whatever the example picker chose, the renderers must meet both attacks.
        results["examples"][0]["answer"] = f"Brovik {IMG} {SCRIPT}"
        results["examples"][0]["question"] = IMG
    return results
