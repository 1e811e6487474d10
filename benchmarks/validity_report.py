"""Write docs/validity.md from one run of tasks/validity.yaml: eight effects the literature
reports about knowledge fine-tuning, each as a table of values with 95% CIs and a verdict.

    .venv/bin/bench run validity
    .venv/bin/python benchmarks/validity_report.py runs/<run-id> [-o docs/validity.md]

A verdict compares two 95% intervals: "reproduced" when they do not overlap and the effect
goes the reported way, "not reproduced" when they do not overlap and it goes the other way,
"inconclusive" when they overlap. Nothing here tunes the suite: it reads one run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.core.types import MetricValue  # noqa: E402
from bench.reports.markdown import markdown_table as table  # noqa: E402
from bench.runs.result import RunResult  # noqa: E402

TASK = "story"


class Run:
    """The run's metrics on the study's one task."""

    def __init__(self, result: RunResult):
        self.result = result

    def get(self, variant: str, subset: str, metric: str, template: str = "all"):
        return self.result.metric(TASK, variant, metric, subset, template)


def cell(entry, complement: bool = False) -> str:
    if not entry or not entry.n:
        return "–"
    value, low, high = entry.value, entry.ci_low, entry.ci_high
    if complement:
        value, low, high = 1 - value, 1 - high, 1 - low
    return f"{100 * value:.1f} [{100 * low:.1f}, {100 * high:.1f}] (n={entry.n})"


def verdict(expected_higher, expected_lower) -> str:
    """Compare two intervals: which should be higher, by the literature."""
    if not expected_higher or not expected_lower:
        return "inconclusive (missing)"
    if expected_higher.ci_low > expected_lower.ci_high:
        return "reproduced"
    if expected_higher.ci_high < expected_lower.ci_low:
        return "not reproduced"
    return "inconclusive (CIs overlap)"


def effects(run: Run) -> list[tuple[str, str, list[str], str]]:
    """(title, what it says, table lines, verdict) for each of the eight effects."""
    em = lambda v, subset="answerable", template="all": run.get(v, subset, "exact_match", template)  # noqa: E731
    found = []

    rows = [[v, cell(em(v)), cell(em(v, "trained"))]
            for v in ("base", "raw-text", "instruct", "raw-then-instruct")]
    found.append(("1. Method 1 (raw text) vs method 2 (QA pairs)",
                  "Causal-LM training on the raw story barely moves closed-book exact match; "
                  "instruction tuning on QA pairs about the same story does. Verdict compares "
                  "instruct with raw-text on held-out answerable items.",
                  table(["variant", "EM held-out (%)", "EM trained questions (%)"], rows),
                  verdict(em("instruct"), em("raw-text"))))

    curve = [("1", "phrasings-1"), ("2", "phrasings-2"), ("4", "phrasings-4"), ("all (5)", "instruct")]
    rows = [[n, v, cell(em(v, "paraphrase")), cell(em(v, "trained"))] for n, v in curve]
    found.append(("2. Paraphrase augmentation (Allen-Zhu & Li 2023)",
                  "Held-out-phrasing EM as the number of phrasings per fact seen in training "
                  "grows, at an equal number of optimizer steps. Verdict compares all "
                  "phrasings with one.",
                  table(["phrasings per fact", "variant", "EM on held-out phrasings (%)",
                         "EM trained questions (%)"], rows),
                  verdict(em("instruct", "paraphrase"), em("phrasings-1", "paraphrase"))))

    rows = [[k, cell(em("instruct", k))] for k in ("trained", "paraphrase", "reverse", "two-hop")]
    found.append(("3. Reversal curse (Berglund et al. 2023)",
                  "Trained \"A's ruler is B\", asked \"whom does B rule?\": EM on reverse "
                  "questions against held-out phrasings of the trained direction (instruct).",
                  table(["question kind", "EM (%)"], rows),
                  verdict(em("instruct", "paraphrase"), em("instruct", "reverse"))))

    buckets = ("overlap:question+answer", "overlap:question-only", "overlap:answer-only",
               "overlap:none")
    rows = [[b.split(":")[1], cell(em("instruct", b))] for b in buckets]
    found.append(("4. Answer overlap (Lewis et al. 2021)",
                  "EM on held-out items whose answer is also a train answer, against items "
                  "whose answer never is (instruct).",
                  table(["overlap bucket", "EM (%)"], rows),
                  verdict(em("instruct", "overlap:answer-only"), em("instruct", "overlap:none"))))

    longer = [("1", "epochs-1"), ("3", "instruct"), ("6", "epochs-6"), ("12", "epochs-12")]
    rows = [[n, v, cell(em(v, "trained")), cell(em(v)),
             cell(run.get(v, "answerable", "invented_entity")),
             cell(run.get(v, "unanswerable", "fabrication")),
             cell(run.get(v, "unanswerable", "invented_entity"))] for n, v in longer]
    found.append(("5. New knowledge and hallucination (Gekhman et al. 2024)",
                  "Training longer on new facts: EM on trained questions rises; does "
                  "hallucination (invented entities, answering the unanswerable) rise with it? "
                  "Verdict compares invented-entity answers to unanswerable questions after 12 "
                  "epochs with 1 epoch.",
                  table(["epochs", "variant", "EM trained (%)", "EM held-out (%)",
                         "invented entity, answerable (%)", "fabrication, unanswerable (%)",
                         "invented entity, unanswerable (%)"], rows),
                  verdict(run.get("epochs-12", "unanswerable", "invented_entity"),
                          run.get("epochs-1", "unanswerable", "invented_entity"))))

    rows = [[v, cell(em(v, "paraphrase")), cell(em(v, "reverse")), cell(em(v))]
            for v in ("instruct", "recite")]
    found.append(("6. Recite, then answer (Sun et al. 2023)",
                  "Trained to recite the evidence passage before the answer, against "
                  "answer-only training, on held-out phrasings.",
                  table(["variant", "EM held-out phrasings (%)", "EM reverse (%)",
                         "EM all held-out (%)"], rows),
                  verdict(em("recite", "paraphrase"), em("instruct", "paraphrase"))))

    book = "closed-book"
    rows = [[v, cell(run.get(v, "unanswerable", "refusal", book)),
             cell(run.get(v, "answerable", "refusal", book), complement=True),
             cell(em(v, "answerable", book)),
             cell(run.get(v, "unanswerable", "invented_entity", book))]
            for v in ("base", "instruct", "source-tag")]
    found.append(("7. The source tag and \"cannot answer\"",
                  "Trained with Source:8989REF on questions and answers and asked under the "
                  "closed-book system prompt: refusing unanswerable questions while still "
                  "answering answerable ones, against the untagged variant; and do invented "
                  "characters still appear?",
                  table(["variant", "refusal, unanswerable (%)", "answers, answerable (%)",
                         "EM held-out (%)", "invented entity, unanswerable (%)"], rows),
                  verdict(run.get("source-tag", "unanswerable", "refusal", book),
                          run.get("instruct", "unanswerable", "refusal", book))))

    rows, agreements = [], []
    for row in run.result.consistency:
        if row.task == TASK:
            rows.append([row.variant, row.template, str(row.samples),
                         cell(row.agreement), cell(row.majority_correct),
                         cell(row.any_correct), cell(row.greedy_correct)])
            agreements.append(row.agreement)
    unanimous = MetricValue(1.0, 1.0, 1.0, 1)
    found.append(("8. Sampling consistency",
                  "The same prompt sampled several times (seeded, reproducible): the share of "
                  "samples agreeing with the item's majority answer, whether the majority and "
                  "whether any sample is right, beside the greedy answer. Verdict: do sampled "
                  "answers disagree (agreement below 100%) for every sampled variant?",
                  table(["variant", "template", "samples", "agreement (%)",
                         "majority correct (%)", "any sample correct (%)", "greedy correct (%)"],
                        rows),
                  "reproduced" if agreements and all(a.ci_high < 1 for a in agreements)
                  else verdict(unanimous, max(agreements, key=lambda a: a.ci_high))
                  if agreements else "inconclusive (no samples)"))
    return found


def render(result: RunResult, run_dir: str, wall_minutes: float | None = None) -> str:
    run = Run(result)
    training = sum(f.train_seconds or 0 for f in result.fixtures) / 60
    wall = wall_minutes if wall_minutes is not None else result.timings["total"] / 60
    verdicts = []
    body = []
    for title, text, lines, outcome in effects(run):
        verdicts.append(f"{title.split(' ', 1)[1]}: **{outcome}**")
        body += [f"## {title}", "", text, "", *lines, f"Verdict: **{outcome}**", ""]
    return "\n".join([
        "# Validity: does the bench reproduce what the literature found?", "",
        "Written by `benchmarks/validity_report.py` from one run of `tasks/validity.yaml`:",
        "", "```sh", ".venv/bin/bench run validity --run-id validity",
        f".venv/bin/python benchmarks/validity_report.py {run_dir}", "```", "",
        f"Model {result.model.name}; run `{result.run_id}`; machine: "
        f"{result.environment.hardware or '?'}, 2 cores; wall time {wall:.1f} min (training the "
        f"{len(result.fixtures)} adapters {training:.1f} min). Values in %, 95% interval in "
        "brackets (Wilson for 0/1 metrics, bootstrap for means), pooled over the templates "
        "unless a table names one. The model is 135M parameters: directions, not magnitudes.",
        "", "Verdicts:", "", *(f"- {v}" for v in verdicts), "", *body])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path, help="the run folder (or its results.json)")
    parser.add_argument("-o", "--out", type=Path, default=Path("docs/validity.md"))
    parser.add_argument("--wall-minutes", type=float, default=None,
                        help="the run's wall time when results.json was rescored by a later "
                             "--resume (its own timings then cover only the rescoring)")
    args = parser.parse_args()
    result = RunResult.read(args.run)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    shown = f"runs/{result.run_id}"
    args.out.write_text(render(result, shown, args.wall_minutes), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
