"""A RunResult made by the real scoring code from hand-written answers (no model)."""

from __future__ import annotations

from dataclasses import replace

from bench.core.types import Prediction
from bench.generators import GENERATORS
from bench.runs.result import FixtureInfo, ModelInfo, RunResult, SuiteInfo
from bench.runs.runner import score_run
from bench.runs.suites import parse_suite

SCRIPT = '<script>document.body.setAttribute("data-pwned", "1")</script>'
IMG = '"><img src=x onerror="document.body.setAttribute(\'data-pwned\', \'2\')">'


def with_example(result: RunResult, **changes) -> RunResult:
    """The result with its first example answer changed (e.g. `answer=...`)."""
    return replace(result, examples=(replace(result.examples[0], **changes),) + result.examples[1:])


def sample_results(templates=("plain", "qa-format"), hostile: bool = True) -> RunResult:
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
    scored = score_run({"story": task}, predictions, suite)
    result = RunResult(
        run_id="r1", bench_version="test", suite=SuiteInfo(suite.name, suite.raw),
        model=ModelInfo("none"), timings={"total": 12.0},
        fixtures=(FixtureInfo("story", "instruct-qlora-source-tag", "abcdef1234567890",
                              reused=True, train_seconds=3.0),),
        metrics=scored.metrics, items=scored.items, baselines=scored.baselines,
        overlap=scored.analyses.overlap,
        sensitivity=scored.analyses.sensitivity, agreement=scored.analyses.agreement,
        examples=scored.analyses.examples, consistency=scored.consistency)
    if hostile:
        # Whatever the example picker chose, the renderers must meet both attacks.
        result = with_example(result, answer=f"Brovik {IMG} {SCRIPT}", question=IMG)
    return result
