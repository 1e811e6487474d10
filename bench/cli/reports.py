"""`bench report` and `bench compare`: render a finished run, compare two, gate CI on it."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

REGRESSION_EXIT = 1


def load_results(run: Path) -> dict:
    """results.json of a run folder (or the file itself), schema-checked."""
    from bench.core.storage import read_json
    from reports.view import check_schema

    path = run / "results.json" if run.is_dir() else run
    return check_schema(read_json(path), str(path))


def report(
    run: Path = typer.Argument(..., help="A run folder (or its results.json)."),
    fmt: str = typer.Option("md", "--format", "-f", help="md (Markdown), html (one file with "
                                                          "plots) or json (results without items)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o",
                                       help="Write here (default: stdout; html: RUN/report.html)."),
):
    """Render a finished run as Markdown, self-contained HTML (with plots) or JSON."""
    import json

    from bench.core.errors import ConfigError
    from bench.core.storage import write_atomic

    results = load_results(run)
    if fmt == "md":
        from reports.markdown import render_markdown

        text = render_markdown(results)
    elif fmt == "html":
        from reports.html import render_html

        text = render_html(results)
        out = out or (run if run.is_dir() else run.parent) / "report.html"
    elif fmt == "json":
        text = json.dumps({k: v for k, v in results.items() if k != "items"}, indent=2,
                          sort_keys=True, ensure_ascii=False) + "\n"
    else:
        raise ConfigError(f"--format {fmt!r}: expected md, html or json")
    if out:
        write_atomic(out, text)
        typer.echo(f"wrote {out}", err=True)
    else:
        typer.echo(text)


def compare(
    run_a: Path = typer.Argument(..., help="The reference run (folder or results.json)."),
    run_b: Path = typer.Argument(..., help="The new run."),
    fail_on_regression: bool = typer.Option(False, "--fail-on-regression",
                                            help=f"Exit {REGRESSION_EXIT} if a metric got "
                                                 "significantly worse (for CI)."),
    alpha: float = typer.Option(0.05, "--alpha", help="Significance level of the paired tests."),
    min_delta: float = typer.Option(0.0, "--min-delta",
                                    help="Ignore regressions smaller than this (0-1, e.g. 0.02)."),
    metric: list[str] = typer.Option(None, "--metric", help="Gate only these metrics."),
    show_all: bool = typer.Option(False, "--all", help="Show every row, not only headline "
                                                       "metrics and significant changes."),
):
    """Per task x variant x metric deltas between two runs, with paired significance tests."""
    from rich.console import Console
    from rich.table import Table

    from bench.runs.compare import GateSettings, compare_runs

    gate = GateSettings(alpha=alpha, min_delta=min_delta, metrics=tuple(metric or ()))
    deltas = compare_runs(load_results(run_a), load_results(run_b), gate)
    headline = {"exact_match", "f1", "rougeL", "invented_entity", "refusal", "fabrication"}
    table = Table("task", "variant", "tmpl", "metric", "A", "B", "Δ", "p", "", box=None,
                  title=f"{run_a} -> {run_b}", title_justify="left")
    for d in deltas:
        if show_all or d.metric in headline or d.significant:
            mark = "[red]worse[/]" if d.regression else ("[green]sig[/]" if d.significant else "")
            table.add_row(d.task, d.variant, d.template, d.metric, f"{100 * d.a:.1f}",
                          f"{100 * d.b:.1f}", f"{100 * d.delta:+.1f}", f"{d.p_value:.3f}", mark)
    out = Console()
    out.print(table)
    regressions = [d for d in deltas if d.regression]
    out.print(f"{len(deltas)} comparisons, {sum(d.significant for d in deltas)} significant at "
              f"alpha {alpha}, {len(regressions)} regressions", highlight=False)
    if fail_on_regression and regressions:
        worst = min(regressions, key=lambda d: d.p_value)
        typer.echo(f"bench: regression: {worst.task}/{worst.variant}/{worst.template} "
                   f"{worst.metric} {100 * worst.a:.1f} -> {100 * worst.b:.1f} "
                   f"(p={worst.p_value:.3g})", err=True)
        raise typer.Exit(REGRESSION_EXIT)
