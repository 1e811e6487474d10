"""`bench train` and `bench fixtures ...`: train variants and look after the adapter cache."""

from __future__ import annotations

import json
import time
from typing import Optional

import typer

fixtures_app = typer.Typer(help="List, show and prune cached adapter fixtures.",
                           no_args_is_help=True)


def train(
    suite: str = typer.Argument("default", help="Suite name in tasks/ or a path to a YAML file."),
    variant: list[str] = typer.Option(None, "--variant", "-v", metavar="NAME",
                                      help="Variant(s) to train (default: all that train)."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Override the suite's model."),
):
    """Train (or take from the cache) the adapters of a suite's variants, without evaluating;
    on a CPU one adapter per core at a time, as `bench run` trains them."""
    from rich.console import Console

    from bench.config.suite import select_variants
    from bench.core.progress import RichReporter
    from bench.fixtures.parallel import ensure_fixtures
    from bench.fixtures.training_checks import check_training
    from bench.models.resolve import resolve_model
    from bench.runs.suites import load_suite
    from bench.tasks.build import build_tasks

    err = Console(stderr=True)
    reporter = RichReporter(err)
    loaded = load_suite(suite, model_override=model)
    if variant:
        loaded = select_variants(loaded, variant, where="--variant")
    resolved = resolve_model(loaded.model, progress=reporter.message)
    for spec in loaded.variants:  # a misspelt optimizer or LoRA target: one line, now
        if spec.trains:
            check_training(spec, resolved, f"{loaded.path}: variant {spec.name}")
    tasks = build_tasks(loaded)
    for spec in loaded.variants:
        if not spec.trains:
            reporter.message(f"{spec.name}: method none, nothing to train")
    # As `bench run` trains them: one adapter per core on a CPU (BENCH_TRAIN_WORKERS).
    jobs = [(task, spec) for spec in loaded.variants if spec.trains for task in tasks.values()]
    for (task, spec), fixture in zip(jobs, ensure_fixtures(resolved, jobs, reporter)):
        state = "cache hit" if fixture.reused else \
            f"trained in {fixture.manifest.get('train_seconds', 0):.2f} s"
        typer.echo(f"{spec.name}\t{task.name}\t{fixture.key}\t{state}\t{fixture.path}")


@fixtures_app.command("list")
def list_fixtures():
    """One line per cached adapter: key, variant, task, training data, date, training time,
    size (and model, where the cache holds adapters of more than one)."""
    from rich.console import Console
    from rich.table import Table

    from bench.fixtures.cache import fixtures_root, scan

    found, bad = scan()
    if not found and not bad:
        typer.echo(f"no cached adapters in {fixtures_root()} (bench run or bench train "
                   f"trains them there)", err=True)
        return
    # The data's fingerprint and the date tell apart two entries of one variant and task
    # name (the tiny suite's story and a story of your own, say).
    models = len({entry.manifest["model"]["name"] for entry in found}) > 1
    table = Table(box=None, title_justify="left", title=None if models or not found else
                  f"adapters of {found[0].manifest['model']['name']}")
    for column in ("key", "variant", "task", "data") + ("model",) * models + (
            "trained", "train s", "MB"):
        table.add_column(column, no_wrap=column in ("key", "variant"))
    for entry in found:
        m = entry.manifest
        table.add_row(entry.key[:12], m["variant"]["name"], m.get("task", "?"),
                      str(m.get("data_fingerprint", "?"))[:8],
                      *([m["model"]["name"]] if models else []),
                      time.strftime("%m-%d %H:%M", time.localtime(entry.modified)),
                      f"{m.get('train_seconds', 0):.0f}", f"{entry.size_bytes / 1e6:.1f}")
    Console().print(table)
    if bad:
        typer.echo(f"{len(bad)} broken entr{'y' if len(bad) == 1 else 'ies'} (an adapter that no "
                   f"longer matches its manifest; `bench fixtures prune` removes them): "
                   f"{', '.join(k[:12] for k in bad)}", err=True)


@fixtures_app.command("show")
def show(key: str = typer.Argument(..., help="Key or key prefix from `bench fixtures list`.")):
    """Print a fixture's manifest (spec, data fingerprint, losses, timings, versions)."""
    from bench.fixtures.cache import find

    entry = find(key)
    typer.echo(json.dumps({"path": str(entry.path), **entry.manifest}, indent=2, sort_keys=True))


@fixtures_app.command("prune")
def prune(
    all_: bool = typer.Option(False, "--all", help="Remove every cached adapter and answer."),
    older_than: Optional[float] = typer.Option(None, "--older-than", metavar="DAYS", min=0,
                                               help="Remove adapters and answer-cache files "
                                                    "not written for DAYS days."),
):
    """Remove leftovers of interrupted trainings, broken entries, and what you ask for.

    An adapter another process is training is kept. A run that reuses an adapter does not
    lock it while it answers: prune between runs, not during one."""
    from bench.fixtures.cache import prune as prune_cache

    if all_ and older_than is not None:
        raise typer.BadParameter("give --all or --older-than, not both")
    pruned = prune_cache(everything=all_, older_than_days=older_than)
    count = len(pruned.removed)
    typer.echo(f"removed {count} entr{'y' if count == 1 else 'ies'}"
               + (f": {', '.join(pruned.removed[:20])}" if count else "")
               + (", ..." if count > 20 else ""))
    if pruned.in_use:
        typer.echo(f"kept {len(pruned.in_use)} being trained now: {', '.join(pruned.in_use)}")
