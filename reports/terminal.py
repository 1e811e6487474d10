"""The Rich terminal report printed at the end of `bench run` (fits 80 columns)."""

from __future__ import annotations

from collections import defaultdict

SUMMARY_METRICS = (("exact_match", "EM"), ("f1", "F1"), ("rougeL", "ROUGE-L"))


def _cell(entry: dict | None) -> str:
    if not entry or entry["n"] == 0:
        return "-"
    return (f"{100 * entry['value']:.1f} [dim]"
            f"{100 * entry['ci_low']:.0f}-{100 * entry['ci_high']:.0f}[/]")


def summary_table(results: dict):
    """Task x variant x template rows, one column per headline metric (percent, 95% CI)."""
    from rich import box
    from rich.table import Table

    by_row: dict[tuple[str, str, str], dict[str, dict]] = defaultdict(dict)
    for entry in results["metrics"]:
        by_row[(entry["task"], entry["variant"], entry["template"])][entry["metric"]] = entry
    metrics = [(key, label) for key, label in SUMMARY_METRICS
               if any(key in row for row in by_row.values())]
    table = Table(title=f"closed-book QA - run {results['run_id']}", title_justify="left",
                  box=box.SIMPLE_HEAD)
    for header in ("task", "variant", "template"):
        table.add_column(header, overflow="fold", no_wrap=header == "variant")
    for _, label in metrics:
        table.add_column(label, justify="right")
    for (task, variant, template), row in sorted(by_row.items()):
        table.add_row(task, variant, template, *(_cell(row.get(key)) for key, _ in metrics))
    table.caption = "scores in %, then the 95% bootstrap CI; answerable test items only"
    return table


def print_report(results: dict, console) -> None:
    console.print(summary_table(results))
    fixtures = results.get("fixtures", [])
    for fixture in fixtures:
        state = "reused" if fixture["reused"] else f"trained in {fixture['train_seconds']:.0f} s"
        console.print(f"adapter {fixture['variant']} / {fixture['task']}: {state}, "
                      f"key {fixture['key'][:12]}", highlight=False)
    console.print(f"total {results['timings']['total']:.1f} s", highlight=False)
