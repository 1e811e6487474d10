"""The `bench` command line. Heavy libraries are imported inside commands, never at start-up."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from bench.cli_fixtures import fixtures_app, train
from bench.errors import BenchError

app = typer.Typer(
    help="Closed-book QA bench: train adapters on text, then measure whether the model "
         "answers questions about it without the text, and how much it invents.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
_state = {"debug": False}
app.command()(train)
app.add_typer(fixtures_app, name="fixtures")


@app.callback()
def main(debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors.")):
    _state["debug"] = debug


def _consoles():
    from rich.console import Console

    return Console(), Console(stderr=True)


@app.command()
def run(
    suite: str = typer.Argument("default", help="Suite name in tasks/ or a path to a YAML file."),
    model: Optional[str] = typer.Option(None, "--model", "-m",
                                        help="HF id or local folder; overrides the suite's model."),
    runs_dir: Path = typer.Option(Path("runs"), "--runs-dir", help="Where run folders go."),
    run_id: Optional[str] = typer.Option(None, "--run-id",
                                         help="Name of the run folder (default: suite-timestamp)."),
):
    """Build the suite's tasks, train or reuse its adapters, answer, score and report."""
    from bench.progress import RichReporter
    from bench.runner import default_run_id, run_suite
    from bench.suite import load_suite
    from bench.variants import check_name
    from reports.terminal import print_report

    out, err = _consoles()
    loaded = load_suite(suite, model_override=model)
    run_id = run_id or default_run_id(loaded)
    check_name(run_id, "--run-id")
    run_dir = runs_dir / run_id
    err.print(f"run {run_id}: suite {loaded.name}, model {loaded.model} -> {run_dir}",
              highlight=False)
    results = run_suite(loaded, run_dir, RichReporter(err))
    print_report(results, out)
    out.print(f"results: {run_dir / 'results.json'}", highlight=False)


class Interrupted(BaseException):
    """SIGINT/SIGTERM, raised past Typer (which would swallow a KeyboardInterrupt)."""


def _interrupt(signum, frame):
    raise Interrupted(signum)


def entry() -> None:
    """Console-script entry: user errors become one line on stderr and an exit code."""
    import signal

    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        app()
    except BenchError as exc:
        if _state["debug"]:
            raise
        print(f"bench: error: {exc.message}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except Interrupted:
        print("\nbench: interrupted; finished work is kept and the run can be resumed",
              file=sys.stderr)
        sys.exit(130)


if __name__ == "__main__":
    entry()
