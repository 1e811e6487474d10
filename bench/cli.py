"""The `bench` command line. Heavy libraries are imported inside commands, never at start-up."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from bench.cli_fixtures import fixtures_app, train
from bench.cli_reports import compare, report
from bench.cli_tasks import tasks_app
from bench.errors import BenchError

app = typer.Typer(
    help="Closed-book QA bench: train adapters on text, then measure whether the model "
         "answers questions about it without the text, and how much it invents.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
_state = {"debug": False}
app.command()(train)
app.command()(report)
app.command()(compare)
app.add_typer(fixtures_app, name="fixtures")
app.add_typer(tasks_app, name="tasks")


@app.callback()
def main(debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
         allow_pickle: bool = typer.Option(False, "--allow-pickle",
                                           help="Load pickle-based weights (.bin/.pt); they can "
                                                "run code, so only for files you trust."),
         trust_remote_code: bool = typer.Option(False, "--trust-remote-code",
                                                help="Run Python code shipped in a model folder.")):
    import os

    _state["debug"] = debug
    if allow_pickle:
        os.environ["BENCH_ALLOW_PICKLE"] = "1"
    if trust_remote_code:
        os.environ["BENCH_TRUST_REMOTE_CODE"] = "1"


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
    resume: Optional[Path] = typer.Option(None, "--resume",
                                          help="Finish this run folder with its saved suite."),
    new: bool = typer.Option(False, "--new", help="Start a new run even if an unfinished run "
                                                  "of the same suite and model exists."),
    backend: Optional[str] = typer.Option(None, "--backend",
                                          help="Who generates the answers: 'bench' (its own "
                                               "engine, the default) or 'lm-eval' (lm-eval's HF "
                                               "backend on the same model and adapters, to "
                                               "cross-check). Overrides generation.backend."),
):
    """Build the suite's tasks, train or reuse its adapters, answer, score and report.

    Run it again with the same arguments after a crash or Ctrl-C: it resumes, keeping work.
    """
    from bench.models import resolve_model
    from bench.progress import RichReporter
    from bench.runner import default_run_id, find_unfinished, run_suite
    from bench.suite import load_suite, parse_suite, with_backend
    from bench.variants import check_name
    from reports.terminal import print_report

    out, err = _consoles()
    if resume:
        config = _saved_config(resume)
        loaded = parse_suite(config["suite"], config.get("suite_path", str(resume)),
                             model_override=model or config.get("model"))
        run_dir = resume
    else:
        loaded = load_suite(suite, model_override=model)
        if backend:
            loaded = with_backend(loaded, backend)
        unfinished = None if (new or run_id) else find_unfinished(runs_dir, loaded)
        if unfinished:
            err.print(f"resuming unfinished run {unfinished.name} (same suite and model; "
                      f"--new starts afresh)", highlight=False)
        run_id = unfinished.name if unfinished else run_id or default_run_id(loaded)
        check_name(run_id, "--run-id")
        run_dir = runs_dir / run_id
    reporter = RichReporter(err)
    resolved = resolve_model(loaded.model, progress=reporter.message)
    err.print(f"run {run_dir.name}: suite {loaded.name}, model {loaded.model} -> {run_dir}",
              highlight=False)
    results = run_suite(loaded, run_dir, reporter, resolved)
    print_report(results, out)
    out.print(f"results: {run_dir / 'results.json'}", highlight=False)


def _saved_config(run_dir: Path) -> dict:
    from bench.errors import DataError
    from bench.storage import read_json

    config = read_json(run_dir / "config.json")
    if not isinstance(config, dict) or not isinstance(config.get("suite"), dict):
        raise DataError(f"{run_dir / 'config.json'}: not a bench run config (no 'suite' mapping)")
    return config


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
