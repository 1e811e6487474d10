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


def judged_results(refused: bool = False) -> RunResult:
    """A run of sentence answers with no source text, graded by a judge (or with the judge
    refused after failing its sanity pairs): the real scoring code, hand-made verdicts."""
    from bench.core.types import QAItem, Task
    from bench.runs.result import NotApplicable
    from bench.runs.runner import grader
    from bench.scoring.hallucination import ENTITY_METRICS, entity_note
    from bench.scoring.judge.results import JudgeInfo, LabelAgreement, SanityResult
    from bench.scoring.judge.run import JudgeOutcome
    from bench.scoring.score_run import judged

    items = tuple(QAItem(f"q{n}", f"What does organ {n} do?",
                         (f"Organ {n} filters the blood.",), "imported", "test")
                  for n in range(6))
    task = Task("manual", "", (), items)
    suite = parse_suite({"name": "judged", "seed": 1,
                         "tasks": [{"name": "manual", "generator": "qa-file",
                                    "params": {"path": "qa.jsonl"}}],
                         "variants": ["base"], "metrics": ["exact_match", "f1"]}, "judged.yaml")
    outputs = ["It filters the blood, mostly.", "Organ 1 pumps air.", "I don't know.",
               "Filtering blood is what organ 3 does.", "It digests food.", "Hmm."]
    predictions = [Prediction("manual", "base", "plain", item.id, "", output)
                   for item, output in zip(items, outputs)]
    grades = ["correct", "incorrect", "not_attempted", "correct", "incorrect", None]
    verdicts = {judged(item, output).key: grade
                for item, output, grade in zip(items, outputs, grades)}
    sanity = SanityResult(3 if refused else 18, 18, 0.9, not refused)
    info = JudgeInfo("openai", "judge-70b", "judge-v1", sanity, reported=not refused,
                     graded=6, unparseable=1, unparseable_replies=("Maybe.",), asked=24,
                     agreement=LabelAgreement("labels.jsonl", 240, 80, 0.9, 0.85, 0.94, 0.8,
                                              0.72, 0.87, 2))
    if refused:
        from bench.scoring.judge.run import _refused

        info = _refused(info)
    scored = score_run({"manual": task}, predictions, suite, None if refused else verdicts)
    return RunResult(
        run_id="judged", bench_version="test", suite=SuiteInfo(suite.name, suite.raw),
        model=ModelInfo("none"), metrics=scored.metrics, items=scored.items,
        baselines=scored.baselines, examples=scored.analyses.examples,
        grader=grader(JudgeOutcome(info, {})), judge=info,
        not_applicable=(NotApplicable("manual", ENTITY_METRICS, entity_note("manual")),))
