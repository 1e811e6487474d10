"""`bench judge check`: how far a judge agrees with people, before trusting it in a run."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

judge_app = typer.Typer(help="The judge model that grades sentence answers by meaning.",
                        no_args_is_help=True)


@judge_app.command("check")
def check(
    labels: Path = typer.Option(..., "--labels",
                                help="Labelled answers (JSONL: question, gold, answer, label "
                                     "correct / incorrect / not_attempted)."),
    judge_model: str = typer.Option("smollm2-135m-instruct", "--judge-model",
                                    help="The judge: its id on the server with --base-url, "
                                         "else a local model folder or the embedded model."),
    base_url: Optional[str] = typer.Option(None, "--base-url",
                                           help="An OpenAI-compatible server, e.g. "
                                                "http://localhost:8000/v1 (vLLM, `transformers "
                                                "serve`); without it the judge runs here."),
    api_key_env: str = typer.Option("OPENAI_API_KEY", "--api-key-env",
                                    help="The environment variable holding the server's key."),
    concurrency: int = typer.Option(4, "--concurrency", help="Requests in flight."),
    cache: bool = typer.Option(True, "--cache/--no-cache",
                               help="Reuse verdicts this judge gave before (the verdict cache)."),
    seed: int = typer.Option(0, "--seed", help="Seed of kappa's cluster bootstrap."),
    out: Optional[Path] = typer.Option(None, "--out", "-o",
                                       help="Also write the figures as JSON here."),
):
    """Grade a labelled answers file with a judge and print its agreement with the labels:
    accuracy and Cohen's kappa with 95% intervals clustered by question, beside the rules
    grader's (exact match, refusal detector) and the most common label's share on the same
    labels, the confusion table, unparseable verdicts, and the sanity check a run would
    give it (pairs built from the file's own questions)."""
    from collections import Counter

    from rich.console import Console
    from rich.table import Table

    from bench.config.suite import judge_settings
    from bench.core.storage import write_json
    from bench.core.text import counted
    from bench.core.typed_json import to_json
    from bench.core.types import QAItem, Task
    from bench.scoring.judge.agreement import (
        LABELS,
        UNPARSEABLE,
        agreement,
        labelled_only,
        read_labels,
        rules_verdicts,
    )
    from bench.scoring.judge.run import Judge
    from bench.scoring.judge.sanity import check_sanity, sanity_pairs

    settings = judge_settings({"backend": "openai" if base_url else "hf", "model": judge_model,
                               "base_url": base_url or "", "api_key_env": api_key_env,
                               "concurrency": concurrency}, "bench judge check")
    rows = read_labels(labels)
    labelled = labelled_only(rows, labels)
    judge = Judge(settings, use_cache=cache)
    questions = {(r.pair.question, r.pair.gold) for r in labelled}
    task = Task("labels", "", (), tuple(QAItem(f"q{i}", q, gold, "imported", "test")
                                        for i, (q, gold) in enumerate(sorted(questions))))
    sanity = sanity_pairs({"labels": task})
    sane = check_sanity(sanity, judge.grade([p for p, _ in sanity]), settings.min_sanity)
    found = agreement(labelled, judge.grade([r.pair for r in labelled]), str(labels), seed)
    floor = agreement(labelled, rules_verdicts(labelled), str(labels), seed)
    majority, count = Counter(r.label for r in labelled).most_common(1)[0]

    console = Console()
    waiting = len(rows) - found.n
    console.print(f"judge {judge.identity} on "
                  f"{labels}: {found.n} labelled answers, {found.clusters} questions"
                  + (f", {counted(waiting, 'row')} without a label left out"
                     if waiting else ""),
                  highlight=False, markup=False)
    console.print(f"accuracy {100 * found.accuracy:.1f}% [{100 * found.accuracy_low:.1f}, "
                  f"{100 * found.accuracy_high:.1f}]; Cohen's kappa {found.kappa:.2f} "
                  f"[{found.kappa_low:.2f}, {found.kappa_high:.2f}] (95%, clustered by "
                  f"question); {found.unparseable} unparseable verdicts", highlight=False)
    console.print(f"beside it, on the same labels: the rules grader (exact match, refusal "
                  f"detector) {100 * floor.accuracy:.1f}% [{100 * floor.accuracy_low:.1f}, "
                  f"{100 * floor.accuracy_high:.1f}], kappa {floor.kappa:.2f} "
                  f"[{floor.kappa_low:.2f}, {floor.kappa_high:.2f}]; always "
                  f"'{majority}' {100 * count / len(labelled):.1f}% (kappa 0): a judge is "
                  f"worth its metrics only well above both", highlight=False)
    console.print(f"sanity check: {sane.correct} of {sane.total} pairs as expected (a run "
                  f"needs {100 * sane.threshold:.0f}%): {'passed' if sane.passed else 'failed'}",
                  highlight=False)
    table = Table("label \\ judge", *LABELS, UNPARSEABLE, title="confusion (answers)",
                  title_justify="left")
    for label in LABELS:
        table.add_row(label, *(str(found.confusion[label][g]) for g in LABELS + (UNPARSEABLE,)))
    console.print(table)
    if out:
        write_json(out, {"judge": judge.identity, "agreement": to_json(found),
                         "rules_agreement": to_json(floor), "sanity": to_json(sane)})
        typer.echo(f"wrote {out}", err=True)
