"""`bench report` and `bench compare`: render a finished run, compare two, gate CI on it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

REGRESSION_EXIT = 1


def load_results(run: Path):
    """The RunResult of a run folder (or of a results.json), schema-checked."""
    from bench.runs.result import RunResult

    return RunResult.read(run)


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
        from bench.reports.markdown import render_markdown

        text = render_markdown(results)
    elif fmt == "html":
        from bench.reports.html import render_html

        text = render_html(results)
        out = out or (run if run.is_dir() else run.parent) / "report.html"
    elif fmt == "json":
        text = json.dumps({k: v for k, v in results.to_dict().items() if k != "items"},
                          indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    else:
        raise ConfigError(f"--format {fmt!r}: expected md, html or json")
    if out:
        write_atomic(out, text)
        typer.echo(f"wrote {out}", err=True)
    else:
        typer.echo(text)


def compare(
    baseline: Path = typer.Argument(..., help="The reference: a run folder or a results.json "
                                              "(e.g. a baseline kept in the repository)."),
    candidate: Path = typer.Argument(..., help="The new run: a run folder or a results.json."),
    fail_on_regression: bool = typer.Option(False, "--fail-on-regression",
                                            help=f"Exit {REGRESSION_EXIT} if a gated metric got "
                                                 "significantly worse (for CI)."),
    pair: list[str] = typer.Option(None, "--pair", metavar="A:B",
                                   help="Compare variant A of the baseline with variant B of the "
                                        "candidate (repeatable); default: variants of the same "
                                        "name."),
    alpha: float = typer.Option(0.05, "--alpha", help="Family-wise significance level over the "
                                                      "gated comparisons (Holm's correction)."),
    min_delta: float = typer.Option(0.0, "--min-delta",
                                    help="Ignore regressions smaller than this (0-1, e.g. 0.02)."),
    metric: list[str] = typer.Option(None, "--metric", help="Gate only these metrics "
                                                            "(repeatable; default: all)."),
    allow_different_items: bool = typer.Option(
        False, "--allow-different-items",
        help="Compare on the shared items when the runs asked different ones (another seed or "
             "task parameters); without it that is an error."),
    show_all: bool = typer.Option(False, "--all", help="Show every row, not only headline "
                                                       "metrics and significant changes."),
):
    """Per task x variant x metric deltas between two runs, items paired by content, with
    paired tests (McNemar for 0/1 metrics, sign-flip permutation for graded ones) and
    Holm's correction across the gated comparisons."""
    from rich.console import Console
    from rich.table import Table

    from bench.runs.compare import GateSettings, compare_runs

    gate = GateSettings(alpha=alpha, min_delta=min_delta, metrics=tuple(metric or ()),
                        pairs=tuple(_pair(p) for p in pair or ()),
                        allow_different_items=allow_different_items)
    deltas = compare_runs(load_results(baseline), load_results(candidate), gate)
    headline = {"exact_match", "f1", "rougeL", "invented_entity", "refusal", "fabrication"}
    table = Table("task", "variant", "tmpl", "metric", "A", "B", "Δ", "p", "p_holm", "",
                  box=None, title=f"{baseline} -> {candidate}", title_justify="left")
    for d in deltas:
        significant = d.p_value < alpha
        if show_all or d.metric in headline or significant:
            table.add_row(d.task, d.variant, d.template, d.metric, f"{100 * d.a:.1f}",
                          f"{100 * d.b:.1f}", f"{100 * d.delta:+.1f}", f"{d.p_value:.3f}",
                          f"{d.p_holm:.3f}" if d.gated else "-", _mark(d, alpha))
    # A CI log is no terminal: give the table room instead of Rich's default 80 columns.
    out = Console(width=None if sys.stdout.isatty() else 150)
    out.print(table)
    regressions = [d for d in deltas if d.regression]
    gated = sum(d.gated for d in deltas)
    out.print(f"{len(deltas)} comparisons, {gated} gated (Holm, family-wise alpha {alpha}), "
              f"{len(regressions)} regressions", highlight=False)
    if fail_on_regression and regressions:
        worst = min(regressions, key=lambda d: d.p_holm)
        typer.echo(f"bench: regression: {worst.task}/{worst.variant}/{worst.template} "
                   f"{worst.metric} {100 * worst.a:.1f} -> {100 * worst.b:.1f} "
                   f"(p={worst.p_value:.3g}, Holm p={worst.p_holm:.3g})", err=True)
        raise typer.Exit(REGRESSION_EXIT)


def _pair(text: str) -> tuple[str, str]:
    from bench.core.errors import ConfigError

    left, sep, right = text.partition(":")
    if not sep or not left or not right:
        raise ConfigError(f"--pair {text!r}: expected BASELINE_VARIANT:CANDIDATE_VARIANT")
    return left, right


def _mark(d, alpha: float) -> str:
    """Regression (gated, red); worse but not gated or not significant after Holm (yellow);
    significantly better (green)."""
    if d.regression:
        return "[red]regression[/]"
    if d.p_value < alpha and d.worse:
        return "[yellow]worse (not gated)[/]" if not d.gated else "[yellow]worse (not after Holm)[/]"
    if d.p_value < alpha and d.improved:
        return "[green]better[/]"
    return ""
