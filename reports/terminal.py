"""The Rich terminal report printed at the end of `bench run` (fits 80 columns).

Model output is printed as Rich `Text`, never parsed as console markup.
"""

from __future__ import annotations

from reports.view import (
    BUCKET_ORDER,
    SUMMARY_COLUMNS,
    RunView,
    ci_half,
    compute_lines,
    headline_template,
)


def _cell(entry: dict | None) -> str:
    if not entry or entry["n"] == 0:
        return "-"
    # Compact for 80 columns: the larger side of the (asymmetric) CI; JSON keeps both ends.
    return f"{100 * entry['value']:.1f}[dim]±{100 * ci_half(entry):.0f}[/]"


def _table(title: str):
    from rich import box
    from rich.table import Table

    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("task", overflow="fold")
    table.add_column("variant", overflow="fold")
    return table


def summary_table(view: RunView, columns: tuple, title: str, caption: str, spread: bool = False):
    """One row per task x variant: `columns` in % with 95% CIs (and the EM spread)."""
    columns = [c for c in columns if view.has(c[0], c[1])]
    spread = spread and view.has_sensitivity()
    table = _table(title)
    for _, _, label in columns:
        table.add_column(label, justify="right", no_wrap=True)
    if spread:
        table.add_column("sprd", justify="right", no_wrap=True)
    for task, variant in view.pairs():
        cells = [_cell(view.entry(task, variant, headline_template(view), s, m))
                 for s, m, _ in columns]
        if spread:
            found = view.sensitivity(task, variant, "exact_match")
            cells.append(f"{100 * found['spread']:.1f}" if found else "-")
        table.add_row(task, variant, *cells)
    table.caption = caption + ("; sprd: EM max-min over templates" if spread else "")
    return table


def subset_table(view: RunView, title: str, subsets: list[tuple[str, str]],
                 metric: str = "exact_match"):
    """`metric` for each (subset, label) column, per task x variant."""
    table = _table(title)
    for _, label in subsets:
        table.add_column(label, justify="right", no_wrap=True)
    template = headline_template(view)
    for task, variant in view.pairs():
        table.add_row(task, variant, *(_cell(view.entry(task, variant, template, s, metric))
                                       for s, _ in subsets))
    return table


def sensitivity_table(view: RunView):
    """EM under each template, its spread and std, answer agreement and correctness flips."""
    templates = view.templates()
    table = _table("prompt sensitivity (EM % per template)")
    for template in templates:
        table.add_column(template[:11], justify="right", no_wrap=True)
    for label in ("std", "same", "flip"):
        table.add_column(label, justify="right", no_wrap=True)
    for task, variant in view.pairs():
        found = view.sensitivity(task, variant, "exact_match") or {}
        agree = view.agreement(task, variant) or {}
        per = found.get("per_template", {})
        table.add_row(task, variant, *(f"{100 * per[t]:.1f}" if t in per else "-" for t in templates),
                      f"{100 * found['std']:.1f}" if found else "-",
                      f"{100 * agree['same_answer']:.0f}%" if agree else "-",
                      f"{100 * agree['correctness_flips']:.0f}%" if agree else "-")
    table.caption = "same: items with one answer under every template; flip: right under one, wrong under another"
    return table


def example_lines(view: RunView):
    """A few answers per variant; invented entities in bold red."""
    from rich.text import Text

    for example in view.examples():
        line = Text(f"{example['task']}/{example['variant']} [{example['kind']}] ", style="dim")
        line.append(f"Q: {example['question']}  gold: {' | '.join(example['gold'])}  -> ")
        answer = Text(example["answer"] or "(empty)")
        for name in example["invented"]:
            answer.highlight_words([name], style="bold red")
        line.append_text(answer)
        yield line


def print_report(results: dict, console) -> None:
    view = RunView(results)
    console.print(summary_table(view, SUMMARY_COLUMNS[:3], f"closed-book QA - run {view.run_id}",
                                "% ± 95% CI (Wilson for 0/1 metrics, bootstrap for "
                                "graded), answerable items"))
    console.print(summary_table(view, SUMMARY_COLUMNS[3:], "hallucination and refusal",
                                "inv: answers naming an invented entity; entP: share of named "
                                "entities found in the source; ref/fab: refusing/answering on "
                                "unanswerable items", spread=True))
    kinds = view.kinds()
    if kinds:
        console.print(subset_table(view, "exact match by question kind", [(k, k) for k in kinds]))
    buckets = [(f"overlap:{b}", b) for b in BUCKET_ORDER if view.has(f"overlap:{b}", "exact_match")]
    if buckets:
        console.print(subset_table(view, "exact match by train/test overlap", buckets))
    if view.has_sensitivity():
        console.print(sensitivity_table(view))
    lines = list(example_lines(view))
    if lines:
        console.print("example answers (invented entities in bold red)", style="bold")
        for line in lines:
            console.print(line)
    for line in compute_lines(results):
        console.print(line, highlight=False, markup=False)
    for fixture in results.get("fixtures", []):
        state = "reused" if fixture["reused"] else f"trained in {fixture['train_seconds']:.0f} s"
        console.print(f"adapter {fixture['variant']} / {fixture['task']}: {state}, "
                      f"key {fixture['key'][:12]}", highlight=False)
    answers = results.get("answers")
    cached = f" ({answers['from_cache']} answers from the answer cache)" \
        if answers and answers.get("from_cache") else ""
    console.print(f"total {results['timings']['total']:.1f} s{cached}", highlight=False)
