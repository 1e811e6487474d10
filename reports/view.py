"""What every renderer shows of a RunResult, and how numbers are written."""

from __future__ import annotations

import re

from bench.core.types import MetricRow
from bench.runs.result import RunResult
from bench.scoring.baselines import BaselineRow
from bench.scoring.knownness import CATEGORIES, SUBSET_PREFIX
from bench.scoring.metrics import METRICS
from bench.scoring.sensitivity import Agreement, Sensitivity

# (subset, metric) of the summary tables: answer quality; then the three-way grades
# (correct / hallucination = incorrect among attempted / not attempted) on answerable items,
# refusal and fabrication on unanswerable ones; then invented entities.
ANSWER_COLUMNS = (("answerable", "exact_match"), ("answerable", "f1"), ("answerable", "rougeL"))
HONESTY_COLUMNS = (("answerable", "correct"), ("answerable", "judge_correct"),
                   ("answerable", "hallucination"),
                   ("answerable", "not_attempted"), ("unanswerable", "refusal"),
                   ("unanswerable", "fabrication"), ("answerable", "invented_entity"),
                   ("unanswerable", "invented_entity"))
SUMMARY_COLUMNS = ANSWER_COLUMNS + HONESTY_COLUMNS
INTERVALS = ("Values in %, with 95% intervals clustered by fact (the phrasings, reverse "
             "question and templates of one fact are not independent: a Wilson interval at "
             "their design-effect sample size; README, Intervals; docs/statistics.md).")
# What the SliCK categories mean: "right" is the knownness probe's, a gold alias inside the
# answer (bench.scoring.knownness), so a chat model's sentence answers are known facts whose
# exact match is low.
SLICK_LEGEND = ("known = every greedy answer of the base model right, maybe-known = some, "
                "weakly-known = only a sampled one, unknown = none; right = a gold alias in the "
                "answer (contains), not exact match, so exact match on known items can be low")
KIND_ORDER = ("trained", "direct", "paraphrase", "reverse", "two-hop", "held-out", "imported")
BUCKET_ORDER = ("question+answer", "question-only", "answer-only", "none")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Text with its control characters shown as escapes ("\\x1b"), so a model's answer
    cannot move the cursor, recolour or retitle the terminal it is printed to."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def label(metric: str) -> str:
    """The metric's short column label ("EM"), from its declaration."""
    return METRICS.get(metric).label if metric in METRICS else metric


def column_label(subset: str, metric: str) -> str:
    """A summary column's label: the metric's, marked where the same metric is also read
    on answerable items ("inv (unans.)")."""
    both = metric == "invented_entity" and subset == "unanswerable"
    return label(metric) + (" (unans.)" if both else "")


def sensitivity_table(result: RunResult) -> tuple[list[str], list[list[str]]]:
    """The prompt-sensitivity table (EM per template, its spread and std, how often the
    answer is the same and how often correctness flips across templates): header, rows."""
    templates = list(result.templates)
    rows = []
    for t, v in result.pairs:
        s, a = sensitivity_of(result, t, v), agreement_of(result, t, v)
        per = s.per_template if s else {}
        rows.append([t, v] + [f"{100 * per[x]:.1f}" if x in per else "–" for x in templates]
                    + [f"{100 * s.spread:.1f}" if s else "–", f"{100 * s.std:.1f}" if s else "–",
                       f"{100 * a.same_answer:.0f}%" if a else "–",
                       f"{100 * a.correctness_flips:.0f}%" if a else "–"])
    return ["task", "variant"] + templates + ["spread", "std", "same answer", "flips"], rows


def title(metric: str) -> str:
    """The metric's name for readers ("exact match"), from its declaration."""
    return METRICS.get(metric).title if metric in METRICS else metric


def percent_ci(row: MetricRow | BaselineRow | None, empty: str = "–",
               digits: int = 1) -> str:
    """"44.4 [33.1, 56.2]": a value in percent with its 95% interval, whose sides differ
    (`empty` when nothing was scored); `digits` for the interval's ends."""
    if not row or row.n == 0:
        return empty
    return (f"{100 * row.value:.1f} [{100 * row.ci_low:.{digits}f}, "
            f"{100 * row.ci_high:.{digits}f}]")


def chance(result: RunResult, task: str, subset: str = "answerable") -> BaselineRow | None:
    """The stronger chance baseline (majority answer or type-matched guess) of a subset."""
    return result.baseline(task, subset)


def lift(result: RunResult, task: str, variant: str, subset: str = "answerable") -> str:
    """Exact match minus the stronger chance baseline, in points ("+8.4"), or "–"."""
    row, base = result.metric(task, variant, "exact_match", subset), chance(result, task, subset)
    return f"{100 * (row.value - base.value):+.1f}" if row and base else "–"


CHANCE_ROW = "(chance)"
CHANCE_LEGEND = ("(chance): the stronger of majority-answer and type-matched guessing on each "
                 "column's items; read a column's scores beside its own chance.")


def subset_rows(result: RunResult, subsets: list[str]
                ) -> list[tuple[str, str, list[MetricRow | BaselineRow | None]]]:
    """(task, variant, exact match on each subset) per task x variant, and after each task's
    variants a `(chance)` row: the stronger chance baseline of each subset, since a question
    kind's or overlap bucket's chance differs from the headline's."""
    rows: list[tuple[str, str, list]] = []
    for n, (task, variant) in enumerate(result.pairs):
        rows.append((task, variant, [result.metric(task, variant, "exact_match", s)
                                     for s in subsets]))
        if n + 1 == len(result.pairs) or result.pairs[n + 1][0] != task:
            bases = [chance(result, task, s) for s in subsets]
            if any(bases):
                rows.append((task, CHANCE_ROW, bases))
    return rows


def example_kind(result: RunResult, example) -> str:
    """An example answer's QA kind, with its template when the run asked under several (the
    same question's answers under two templates otherwise look like one shown twice)."""
    return f"{example.kind}, {example.template}" if len(result.templates) > 1 else example.kind


def present_columns(result: RunResult, columns) -> list[tuple[str, str]]:
    """The columns the run has rows for, and those it marks not applicable on a subset it
    has rows for (shown as n/a)."""
    marked = {m for n in result.not_applicable for m in n.metrics}
    subsets = {m.subset for m in result.metrics}
    return [(subset, metric) for subset, metric in columns
            if result.has(subset, metric) or metric in marked and subset in subsets]


NOT_APPLICABLE = "n/a"


def metric_cell(result: RunResult, task: str, variant: str, metric: str, subset: str,
                render) -> str:
    """`render(row)` of one aggregate, or "n/a" where the measure does not apply to the task
    (`note_lines` says why, once)."""
    if result.not_applicable_reason(task, metric):
        return NOT_APPLICABLE
    return render(result.metric(task, variant, metric, subset))


def note_lines(result: RunResult) -> list[str]:
    """Why some measures are n/a: one line per task."""
    return [n.reason for n in result.not_applicable]


def judge_lines(result: RunResult) -> list[str]:
    """Who graded, and how far to trust it: the judge's identity, its sanity check, its
    unparseable replies and its agreement with people (or why its metrics are not shown)."""
    judge = result.judge
    if judge is None:
        return []
    sanity = judge.sanity
    lines = [judge.note] if judge.note else [
        f"graded by judge {judge.identity}: {judge.graded} answers, {judge.unparseable} "
        f"unparseable verdicts (left out of the graded metrics)"]
    lines.append(f"judge sanity check: {sanity.correct} of {sanity.total} pairs built from the "
                 f"task graded as expected (needs {100 * sanity.threshold:.0f}%): "
                 f"{'passed' if sanity.passed else 'failed'}")
    found = judge.agreement
    if found is not None:
        lines.append(f"judge vs people ({found.labels}: {found.n} labelled answers, "
                     f"{found.clusters} questions): accuracy {100 * found.accuracy:.1f} "
                     f"[{100 * found.accuracy_low:.1f}, {100 * found.accuracy_high:.1f}], "
                     f"Cohen's kappa {found.kappa:.2f} [{found.kappa_low:.2f}, "
                     f"{found.kappa_high:.2f}]")
    else:
        lines.append("judge vs people: not measured in this run (scoring.judge.labels, or "
                     "`bench judge check --labels FILE`)")
    return lines


def subset_tables(result: RunResult) -> list[tuple[str, str, list[str], list[str]]]:
    """The exact-match tables by subset that the Markdown and HTML reports show, those the
    run has items for: (heading, legend, column names, subsets), the rows from subset_rows."""
    tables = [("Exact match by question kind", CHANCE_LEGEND, kinds(result), ""),
              ("Exact match by train/test overlap", CHANCE_LEGEND, buckets(result), "overlap:"),
              ("Exact match by what the base model knew (SliCK)", f"{SLICK_LEGEND}.",
               known_categories(result), SUBSET_PREFIX)]
    return [(heading, legend, found, [prefix + f for f in found])
            for heading, legend, found, prefix in tables if found]


def kinds(result: RunResult) -> list[str]:
    """The QA kinds the run scored exact match on, in reading order."""
    return [k for k in KIND_ORDER if result.has(k, "exact_match")]


def buckets(result: RunResult) -> list[str]:
    return [b for b in BUCKET_ORDER if result.has(f"overlap:{b}", "exact_match")]


def known_categories(result: RunResult) -> list[str]:
    """The base model's SliCK categories the run has items in (bench.scoring.knownness)."""
    return [c for c in CATEGORIES if result.has(f"{SUBSET_PREFIX}{c}", "exact_match")]


def sensitivity_of(result: RunResult, task: str, variant: str,
                   metric: str = "exact_match") -> Sensitivity | None:
    return next((s for s in result.sensitivity
                 if (s.task, s.variant, s.metric) == (task, variant, metric)), None)


def agreement_of(result: RunResult, task: str, variant: str) -> Agreement | None:
    return next((a for a in result.agreement if (a.task, a.variant) == (task, variant)), None)


def compute_lines(result: RunResult) -> list[str]:
    """Per variant: the weights' quantisation and the compute dtype, with why it was chosen;
    for a served run, the server that answered (its weights and compute are not this
    machine's)."""
    generation = result.suite.config.get("generation") or {}
    if generation.get("backend") == "openai":
        return [f"answered by the server at {generation.get('base_url', '?')} (its weights, "
                f"dtype and hardware are the server's)"]
    hardware = result.environment.hardware
    lines = [f"{name}: {'unquantised' if c.quantization == 'none' else c.quantization} "
             f"weights, {c.dtype} compute ({c.reason})"
             for name, c in sorted(result.compute.items())]
    return ([f"hardware: {hardware}"] if hardware and lines else []) + lines
