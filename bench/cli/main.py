"""The `bench` command line. Heavy libraries are imported inside commands, never at start-up."""

from __future__ import annotations

import sys

import typer

from bench.cli.fixtures import fixtures_app, train
from bench.cli.judge import judge_app
from bench.cli.reports import compare, report
from bench.cli.run import RESUMABLE, run
from bench.cli.tasks import tasks_app
from bench.core.errors import BenchError

app = typer.Typer(
    help="Closed-book QA bench: train adapters on text, then measure whether the model "
         "answers questions about it without the text, and how much it invents.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
_state = {"debug": False}
app.command()(run)
app.command()(train)
app.command()(report)
app.command()(compare)
app.add_typer(fixtures_app, name="fixtures")
app.add_typer(tasks_app, name="tasks")
app.add_typer(judge_app, name="judge")


def _tidy_help(typer_app: typer.Typer) -> None:
    """Each command's help is its docstring with every paragraph on one line: Typer keeps
    the source's line breaks in all paragraphs but the first, which at 80 columns cut
    sentences in the middle of a line. And a flag shows no `<bool>`: it takes no value."""
    import inspect

    for info in typer_app.registered_commands:
        doc = inspect.getdoc(info.callback) or ""
        info.help = info.help or "\n\n".join(" ".join(p.split()) for p in doc.split("\n\n"))
        _no_flag_type(info.callback)
    if typer_app.registered_callback:  # the group's own options (bench --debug)
        _no_flag_type(typer_app.registered_callback.callback)
    for group in typer_app.registered_groups:
        _tidy_help(group.typer_instance)


def _no_flag_type(callback) -> None:
    """An empty metavar for every bool option of `callback` (Typer shows `<bool>` otherwise)."""
    import inspect

    for parameter in inspect.signature(callback).parameters.values():
        option = parameter.default
        if isinstance(option, typer.models.OptionInfo) and parameter.annotation in (bool, "bool") \
                and option.metavar is None:
            option.metavar = ""


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


_tidy_help(app)  # after the callback above, whose flags it tidies too


def _consoles():
    from rich.console import Console

    return Console(), Console(stderr=True)


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
        folder = RESUMABLE.get("run_dir")
        resume = f": bench run --resume {folder}" if folder else ""
        print(f"\nbench: interrupted; finished work is kept and the run can be resumed{resume}",
              file=sys.stderr)
        sys.exit(130)


if __name__ == "__main__":
    entry()
