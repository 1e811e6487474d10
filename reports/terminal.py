"""The Rich terminal report printed at the end of `bench run` (fits 80 columns)."""

from __future__ import annotations

from collections import defaultdict

SUMMARY_METRICS = (("answerable", "exact_match", "EM"), ("answerable", "f1", "F1"),
                   ("answerable", "rougeL", "RougeL"),
                   ("unanswerable", "refusal", "refuse*"))
KIND_ORDER = ("direct", "paraphrase", "reverse", "two-hop")


def _cell(entry: dict | None) -> str:
    if not entry or entry["n"] == 0:
        return "-"
    # Compact for 80 columns: the larger side of the (asymmetric) CI; JSON keeps both ends.
    half = 100 * max(entry["value"] - entry["ci_low"], entry["ci_high"] - entry["value"])
    return f"{100 * entry['value']:.1f}[dim]±{half:.0f}[/]"


def _index(results: dict) -> dict[tuple[str, str, str], dict[tuple[str, str], dict]]:
    """(task, variant, template) -> {(subset, metric): entry}."""
    rows: dict = defaultdict(dict)
    for entry in results["metrics"]:
        key = (entry["task"], entry["variant"], entry["template"])
        rows[key][(entry.get("subset", "answerable"), entry["metric"])] = entry
    return rows


def _label(variant: str, template: str, many_templates: bool) -> str:
    return f"{variant} / {template}" if many_templates else variant


def summary_table(results: dict):
    """One row per task x variant (x template), headline metrics in % with 95% CIs."""
    from rich import box
    from rich.table import Table

    rows = _index(results)
    many = len({key[2] for key in rows}) > 1
    columns = [c for c in SUMMARY_METRICS if any(c[:2] in row for row in rows.values())]
    table = Table(title=f"closed-book QA - run {results['run_id']}", title_justify="left",
                  box=box.SIMPLE_HEAD)
    table.add_column("task", overflow="fold")
    table.add_column("variant", overflow="fold")
    for _, _, label in columns:
        table.add_column(label, justify="right", no_wrap=True)
    for (task, variant, template), row in sorted(rows.items()):
        table.add_row(task, _label(variant, template, many),
                      *(_cell(row.get((subset, metric))) for subset, metric, _ in columns))
    table.caption = ("% ± 95% bootstrap CI; EM/F1/RougeL on answerable items; "
                     "*refusal rate on unanswerable items")
    return table


def kind_table(results: dict, metric: str = "exact_match"):
    """Exact match per QA kind: where held-out knowledge does and does not transfer."""
    from rich import box
    from rich.table import Table

    rows = _index(results)
    many = len({key[2] for key in rows}) > 1
    kinds = [k for k in KIND_ORDER if any((k, metric) in row for row in rows.values())]
    table = Table(title="exact match by question kind", title_justify="left",
                  box=box.SIMPLE_HEAD)
    table.add_column("task", overflow="fold")
    table.add_column("variant", overflow="fold")
    for kind in kinds:
        table.add_column(kind, justify="right", no_wrap=True)
    for (task, variant, template), row in sorted(rows.items()):
        table.add_row(task, _label(variant, template, many),
                      *(_cell(row.get((kind, metric))) for kind in kinds))
    return table


def print_report(results: dict, console) -> None:
    console.print(summary_table(results))
    console.print(kind_table(results))
    for fixture in results.get("fixtures", []):
        state = "reused" if fixture["reused"] else f"trained in {fixture['train_seconds']:.0f} s"
        console.print(f"adapter {fixture['variant']} / {fixture['task']}: {state}, "
                      f"key {fixture['key'][:12]}", highlight=False)
    console.print(f"total {results['timings']['total']:.1f} s", highlight=False)
