"""The Rich terminal report printed at the end of `bench run` (fits 80 columns).

Model output is printed as Rich `Text`, never parsed as console markup.
"""

from __future__ import annotations

from bench.core.types import MetricRow
from bench.reports.view import (
    ANSWER_COLUMNS,
    CHANCE_ROW,
    agreement_of,
    chance,
    compute_lines,
    example_kind,
    judge_lines,
    label,
    lift,
    metric_cell,
    note_lines,
    present_columns,
    printable,
    sensitivity_of,
    subset_rows,
    subset_tables,
)
from bench.runs.result import RunResult

GRADE_COLUMNS = (("answerable", "correct"), ("answerable", "judge_correct"),
                 ("answerable", "hallucination"), ("answerable", "not_attempted"),
                 ("answerable", "invented_entity"))
UNANSWERABLE_COLUMNS = (("unanswerable", "refusal"), ("unanswerable", "fabrication"),
                        ("unanswerable", "invented_entity"))


def _cell(row: MetricRow | None) -> str:
    # Compact for 80 columns: the value over its interval (whole points, dimmed);
    # results.json keeps the exact ends.
    if not row or row.n == 0:
        return "-"
    return f"{100 * row.value:.1f}\n[dim][{100 * row.ci_low:.0f}-{100 * row.ci_high:.0f}][/]"


def _table(title: str):
    from rich import box
    from rich.table import Table

    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("task", overflow="fold")
    table.add_column("variant", overflow="fold")
    return table


def summary_table(result: RunResult, columns: tuple, title: str, caption: str,
                  baselines: bool = False, spread: bool = False):
    """One row per task x variant: `columns` in % with 95% intervals; optionally the
    stronger chance baseline and EM's lift over it, and the EM spread over templates."""
    columns = present_columns(result, columns)
    baselines = baselines and bool(result.baselines)
    spread = spread and bool(result.sensitivity)
    table = _table(title)
    for _, metric in columns:
        table.add_column(label(metric), justify="right", no_wrap=True)
    extra = (["chance", "lift"] if baselines else []) + (["sprd"] if spread else [])
    for name in extra:
        table.add_column(name, justify="right", no_wrap=True)
    for task, variant in result.pairs:
        cells = [metric_cell(result, task, variant, m, s, _cell) for s, m in columns]
        if baselines:
            base = chance(result, task)
            cells += [f"{100 * base.value:.1f}" if base else "-", lift(result, task, variant)]
        if spread:
            found = sensitivity_of(result, task, variant)
            cells.append(f"{100 * found.spread:.1f}" if found else "-")
        table.add_row(task, variant, *cells)
    table.caption = caption
    return table


def subset_table(result: RunResult, title: str, legend: str, columns: list[str],
                 subsets: list[str]):
    """Exact match on each subset (headed by its column name), per task x variant, with each
    task's chance row."""
    table = _table(title)
    for column in columns:
        table.add_column(column, justify="right", no_wrap=True)
    for task, variant, cells in subset_rows(result, subsets):
        table.add_row(task, variant, *map(_cell, cells),
                      style="dim" if variant == CHANCE_ROW else None)
    table.caption = legend
    return table


def sensitivity_table(result: RunResult):
    """EM under each template, its spread and std, answer agreement and correctness flips."""
    templates = result.templates
    table = _table("prompt sensitivity (EM % per template)")
    for template in templates:
        table.add_column(template[:11], justify="right", no_wrap=True)
    for column in ("std", "same", "flip"):
        table.add_column(column, justify="right", no_wrap=True)
    for task, variant in result.pairs:
        found = sensitivity_of(result, task, variant)
        agree = agreement_of(result, task, variant)
        per = found.per_template if found else {}
        table.add_row(task, variant, *(f"{100 * per[t]:.1f}" if t in per else "-" for t in templates),
                      f"{100 * found.std:.1f}" if found else "-",
                      f"{100 * agree.same_answer:.0f}%" if agree else "-",
                      f"{100 * agree.correctness_flips:.0f}%" if agree else "-")
    table.caption = "same: items with one answer under every template; flip: right under one, wrong under another"
    return table


def example_lines(result: RunResult):
    """A few answers per variant; invented entities in bold red."""
    from rich.text import Text

    for example in result.examples:
        line = Text(f"{example.task}/{example.variant} [{example_kind(result, example)}] ",
                    style="dim")
        line.append(printable(f"Q: {example.question}  gold: {' | '.join(example.gold)}  -> "))
        answer = Text(printable(example.answer) or "(empty)")
        for name in example.invented:
            answer.highlight_words([name], style="bold red")
        line.append_text(answer)
        yield line


def print_report(result: RunResult, console) -> None:
    console.print(summary_table(
        result, ANSWER_COLUMNS, f"closed-book QA - run {result.run_id}",
        "% [95% interval, clustered by fact], held-out answerable items, templates pooled; "
        "chance: the stronger of majority-answer and type-matched guessing; lift: EM - chance",
        baselines=True))
    judged = any(m == "judge_correct" for _, m in present_columns(result, GRADE_COLUMNS))
    spread = bool(result.sensitivity)
    console.print(summary_table(
        result, GRADE_COLUMNS, "three-way grades, answerable items",
        "acc: correct; " + ("judge: the judge's verdict alone; " if judged else "")
        + "hal: incorrect among attempted; n/att: not attempted (declined or empty); inv: "
        "naming an invented entity; "
        + ("sprd: exact match's spread over the templates (max - min); " if spread else "")
        + f"graded by {result.grader}", spread=spread))
    for line in judge_lines(result) + note_lines(result):
        console.print(line, highlight=False, markup=False)
    if present_columns(result, UNANSWERABLE_COLUMNS):  # a QA file may have none
        console.print(summary_table(
            result, UNANSWERABLE_COLUMNS, "unanswerable items",
            "ref: declined; fab: answered anyway (every answer there is a hallucination); "
            "an empty answer is neither"))
    for heading, legend, columns, subsets in subset_tables(result):
        console.print(subset_table(result, heading[0].lower() + heading[1:], legend, columns,
                                   subsets))
    if result.sensitivity:
        console.print(sensitivity_table(result))
    lines = list(example_lines(result))
    if lines:
        console.print("example answers (invented entities in bold red)", style="bold")
        for line in lines:
            console.print(line)
    for line in compute_lines(result):
        console.print(line, highlight=False, markup=False)
    for fixture in result.fixtures:
        state = f"brought from {fixture.path}" if fixture.external else \
            "reused from the cache" if fixture.reused else \
            f"trained in {fixture.train_seconds:.0f} s"
        console.print(f"adapter {fixture.variant} / {fixture.task}: {state}, "
                      f"key {fixture.key[:12]}", highlight=False, markup=False)
    counts = result.answers
    taken = [f"{counts.generated} generated"] if counts.generated else []
    taken += [f"{counts.from_cache} from the answer cache"] if counts.from_cache else []
    taken += [f"{counts.kept} kept from before the run resumed"] if counts.kept else []
    # The counts are of every generation: with sampled draws (consistency, the knownness
    # probe) there are more than the scored answers.
    whole = counts.generated + counts.from_cache + counts.kept
    noun = "answers" if whole == len(result.items) else "answers and sampled draws"
    said = f" ({noun}: {', '.join(taken)})" if taken else ""
    console.print(f"total {result.timings.get('total', 0.0):.1f} s{said}", highlight=False)
