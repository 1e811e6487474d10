"""`bench report` and `bench compare`: render a finished run, compare two, gate CI on it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

REGRESSION_EXIT = 1
UNTESTABLE_EXIT = 5


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
    _emit(text, out)


def compare(
    baseline: Path = typer.Argument(..., help="The reference: a run folder or a results.json "
                                              "(e.g. a baseline kept in the repository)."),
    candidate: Path = typer.Argument(..., help="The new run: a run folder or a results.json."),
    fail_on_regression: bool = typer.Option(False, "--fail-on-regression",
                                            help=f"Exit {REGRESSION_EXIT} if a gated comparison "
                                                 "got significantly worse (for CI)."),
    fail_on_untestable: bool = typer.Option(
        False, "--fail-on-untestable",
        help=f"Exit {UNTESTABLE_EXIT} (when no gated comparison regressed) if one can never "
             "fail: too few facts of the baseline can get worse for the test to reach alpha. "
             "Without it such rows are a warning on stderr and the gate passes."),
    pair: list[str] = typer.Option(None, "--pair", metavar="A:B",
                                   help="Compare variant A of the baseline with variant B of the "
                                        "candidate (repeatable); default: variants of the same "
                                        "name."),
    alpha: float = typer.Option(0.05, "--alpha", help="Family-wise level of the gate: one-sided "
                                                      "tests, Holm's correction over the gated "
                                                      "rows."),
    min_delta: float = typer.Option(0.0, "--min-delta",
                                    help="Ignore regressions smaller than this (0-1, e.g. 0.02)."),
    metric: list[str] = typer.Option(None, "--metric", metavar="NAME",
                                     help="Add a metric to the gate's family (repeatable); the "
                                          "family always has exact match on held-out answerable "
                                          "items, templates pooled."),
    allow_different_items: bool = typer.Option(
        False, "--allow-different-items",
        help="Compare on the shared items, tasks and variants when the runs asked different "
             "ones (another seed or task parameters, a task or variant one run lacks); "
             "without it that is an error."),
    skip_graded: bool = typer.Option(
        False, "--skip-graded",
        help="Compare runs graded differently (the rules vs a judge, or two judges or "
             "template versions) on the metrics that do not depend on the grader; without "
             "it that is an error."),
    show_all: bool = typer.Option(False, "--all", help="Show every row, not only the gate, "
                                                       "headline metrics and significant changes."),
    fmt: str = typer.Option("table", "--format", "-f",
                            help="table (terminal), md (a pull-request comment), html or json."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the comparison here "
                                                                 "(default: stdout)."),
):
    """Compare two runs item by item (items paired by content, each item's templates pooled)
    and gate CI on it.

    The gate is a declared family: per task and compared variant pair, exact match on the
    held-out answerable items (plus any --metric), each a one-sided sign-flip test over
    facts (items of one fact move together), Holm's correction within the family. Each gated
    row says the smallest drop it can detect with 80% power."""
    from bench.core.errors import ConfigError
    from bench.reports import compare as render
    from bench.runs.compare import GateSettings, compare_runs, variant_pairs
    from bench.runs.compare_checks import setting_differences

    if fmt not in ("table", "md", "html", "json"):
        raise ConfigError(f"--format {fmt!r}: expected table, md, html or json")
    gate = GateSettings(alpha=alpha, min_delta=min_delta, metrics=tuple(metric or ()),
                        pairs=tuple(_pair(p) for p in pair or ()),
                        allow_different_items=allow_different_items, skip_graded=skip_graded)
    runs = load_results(baseline), load_results(candidate)
    rows = compare_runs(*runs, gate)
    names = (str(baseline), str(candidate))
    differences = setting_differences(*runs, variant_pairs(*runs, gate))
    for line in differences:  # the setup, not the adapter, may explain a change
        typer.echo(f"bench: note: the runs differ in {line}", err=True)
    if fmt == "table":
        _emit_table(rows, gate, names, show_all, out)
    else:
        _emit(_render_compare(fmt, rows, gate, names, show_all, differences), out)
    blind = [r for r in rows if r.blind(alpha)]
    for row in blind:
        typer.echo(f"bench: warning: the gate cannot fail on {_row_name(row)}: "
                   f"{render.blind_text(row)}" + ("; add items" if row.at_risk else ""),
                   err=True)
    regressions = sorted((r for r in rows if r.regression), key=lambda r: r.p_holm)
    if fail_on_regression and regressions:
        for row in regressions:  # one line each, the strongest evidence first
            typer.echo(f"bench: regression: {_row_name(row)} {100 * row.a:.1f} -> "
                       f"{100 * row.b:.1f} (one-sided p={row.p_value:.3g}, Holm "
                       f"p={row.p_holm:.3g})", err=True)
        raise typer.Exit(REGRESSION_EXIT)
    if fail_on_untestable and blind and not regressions:  # 5 says nothing regressed
        raise typer.Exit(UNTESTABLE_EXIT)


def _row_name(row) -> str:
    """"surgery/candidate exact_match" (with its template when it is not the pooled one)."""
    template = "" if row.template == "all" else f" (template {row.template})"
    return f"{row.task}/{row.variant}{template} {row.metric}"


def _emit_table(rows, gate, names: tuple[str, str], show_all: bool, out: Optional[Path]) -> None:
    """The comparison as a terminal table and the gated rows' lines; to `out` as plain text."""
    import io

    from rich.console import Console

    from bench.reports import compare as render

    # A CI log is no terminal: give the table room instead of Rich's default 80 columns.
    console = Console(width=None if sys.stdout.isatty() and not out else 160,
                      file=io.StringIO() if out else None, record=bool(out))
    console.print(render.terminal_table(rows, gate, f"{names[0]} -> {names[1]}", show_all))
    for row in (r for r in rows if r.gated):
        console.print(f"{_row_name(row)}: {render.verdict(row, gate.alpha)}; "
                      f"the gate {render.power_line(row, gate.alpha)}.{render.chance_text(row)}",
                      highlight=False)
    console.print(render.summary(rows, gate), highlight=False)
    if out:
        _emit(console.export_text(), out)


def _render_compare(fmt: str, rows, gate, names: tuple[str, str], show_all: bool,
                    differences: list[str]) -> str:
    import json

    from bench.reports import compare as render

    if fmt == "md":
        return render.render_markdown(rows, gate, *names, everything=show_all,
                                      differences=differences)
    if fmt == "html":
        return render.render_html(rows, gate, *names, everything=show_all,
                                  differences=differences)
    return json.dumps(render.to_json(rows, gate, *names, differences), indent=2,
                      ensure_ascii=False) + "\n"


def _emit(text: str, out: Optional[Path]) -> None:
    from bench.core.storage import write_atomic

    if out:
        write_atomic(out, text)
        typer.echo(f"wrote {out}", err=True)
    else:
        typer.echo(text)


def _pair(text: str) -> tuple[str, str]:
    from bench.core.errors import ConfigError

    left, sep, right = text.partition(":")
    if not sep or not left or not right:
        raise ConfigError(f"--pair {text!r}: expected BASELINE_VARIANT:CANDIDATE_VARIANT")
    return left, right
