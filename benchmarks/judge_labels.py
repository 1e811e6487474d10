"""The judge's labelled agreement set: sample the answers a person labels, then, once they
are labelled, record a judge's verdicts on them and its agreement with the labels.

    # 1. the answers (no judge anywhere near them)
    .venv/bin/bench run tests/data/judge-labels/labelling.yaml --run-id labelling
    .venv/bin/python benchmarks/judge_labels.py sample runs/labelling \
        [-o tests/data/judge-labels/answers.jsonl] [--max 260] [--seed 25]
    # 2. a person labels answers.jsonl from GUIDE.md alone, blind to any judge
    # 3. a judge on the labelled file (the embedded SmolLM2 here; --base-url for a served one)
    .venv/bin/python benchmarks/judge_labels.py judge [--judge-model smollm2-135m-instruct] \
        [--base-url URL] [--name smollm2-135m]
    # any time: a judge on the easy pairs of every question of the QA file (no labels needed)
    .venv/bin/python benchmarks/judge_labels.py sanity [--judge-model ...] [--base-url URL]

`sample` takes every greedy answer of the run (base model and adapters, held-out and
trained questions, every template), keeps one row per distinct (question, gold, answer) and,
above `--max`, a seeded sample. Each row carries what the labeller needs (question, gold,
answer), an empty `label`, and where the answer came from (task, variant, template, kind)
for the analysis. Nothing in it comes from a judge: the labeller must see no verdict and
not the grading template (tests/data/judge-labels/GUIDE.md is what to give them with it).

`judge` refuses an unlabelled file (so no verdict exists before the labels do), writes the
judge's replies to `tests/data/judge-labels/verdicts/NAME.json` (what
tests/bench/scoring/judge/test_labelled_agreement.py measures, without loading the judge
again) and prints the figures as the Markdown row docs/judge.md and the README carry.

`sanity` grades the sanity pairs of a run (the gold answer: CORRECT, another question's
gold answer: INCORRECT, "I don't know.": NOT_ATTEMPTED) for every question of the QA file,
not three: how a judge does on answers whose grade is not in doubt.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.runs.result import RunResult  # noqa: E402
from bench.scoring.judge.agreement import labelled_only, read_labels  # noqa: E402
from bench.scoring.judge.results import LabelAgreement  # noqa: E402
from bench.scoring.judge.verdicts import JudgePair  # noqa: E402

LABELS_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "judge-labels"
DEFAULT_OUT = LABELS_DIR / "answers.jsonl"


def answer_rows(result: RunResult) -> list[dict]:
    """One row per distinct (question, gold, answer) to an answerable item, in the run's
    order (unanswerable items have no gold fact to judge against; empty answers nothing to
    judge)."""
    rows: dict[str, dict] = {}
    for item in result.items:
        if item.kind == "unanswerable" or not item.answer.strip():
            continue
        key = JudgePair(item.question, tuple(item.answers), item.answer).key
        rows.setdefault(key, {"id": key[:12], "task": item.task, "variant": item.variant,
                              "template": item.template, "kind": item.kind,
                              "question": item.question, "gold": list(item.answers),
                              "answer": item.answer, "label": ""})
    return list(rows.values())


def sample_rows(rows: list[dict], most: int, seed: int) -> list[dict]:
    """At most `most` rows, a seeded sample kept in the run's order."""
    if len(rows) <= most:
        return rows
    keep = set(random.Random(seed).sample(range(len(rows)), most))
    return [row for index, row in enumerate(rows) if index in keep]


def figures_row(name: str, found: LabelAgreement) -> str:
    """The Markdown row docs/judge.md gives for one grader on the labelled set."""
    return (f"| {name} | {found.n} | {100 * found.accuracy:.1f} [{100 * found.accuracy_low:.1f}, "
            f"{100 * found.accuracy_high:.1f}] | {found.kappa:.2f} [{found.kappa_low:.2f}, "
            f"{found.kappa_high:.2f}] | {found.unparseable} |")


def _sample(args: argparse.Namespace) -> None:
    rows = sample_rows(answer_rows(RunResult.read(args.run)), args.max, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows),
                        encoding="utf-8")
    variants = sorted({row["variant"] for row in rows})
    print(f"{len(rows)} answers ({', '.join(variants)}) -> {args.out}")


def _judge(args: argparse.Namespace) -> None:
    from bench.core.storage import write_json
    from bench.scoring.judge.agreement import agreement
    from bench.scoring.judge.run import Judge

    rows = read_labels(args.labels)
    labelled = labelled_only(rows, args.labels)
    if len(labelled) < len(rows):
        raise SystemExit(f"{args.labels}: {len(rows) - len(labelled)} rows still unlabelled; "
                         f"no judge is asked before every answer is labelled")
    judge = Judge(_judge_settings(args), use_cache=False)
    verdicts = judge.grade([r.pair for r in labelled])
    out = args.verdicts_dir / f"{args.name}.json"
    write_json(out, {"judge": judge.identity, "name": args.name,
                     "replies": {r.pair.key: verdicts[r.pair.key].reply for r in labelled}})
    print(f"{judge.identity}: {len(labelled)} verdicts -> {out}")
    print(figures_row(args.name, agreement(labelled, verdicts, str(args.labels))))


def _judge_settings(args: argparse.Namespace):
    from bench.config.suite import judge_settings

    return judge_settings({"backend": "openai" if args.base_url else "hf",
                           "model": args.judge_model, "base_url": args.base_url or ""},
                          "judge_labels.py")


def _sanity(args: argparse.Namespace) -> None:
    from collections import Counter

    from bench.core.types import QAItem, Task
    from bench.scoring.judge.run import Judge
    from bench.scoring.judge.sanity import check_sanity, sanity_pairs

    pairs = [json.loads(line) for line in args.qa_file.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    task = Task("qa", "", (), tuple(QAItem(f"q{n}", row["question"], (row["answer"],),
                                           "imported", "test") for n, row in enumerate(pairs)))
    cases = sanity_pairs({"qa": task}, per_task=len(pairs), limit=len(pairs))
    judge = Judge(_judge_settings(args), use_cache=False)
    verdicts = judge.grade([pair for pair, _ in cases])
    check = check_sanity(cases, verdicts, 0.9)
    wrong = Counter(case.expected for case in check.failures)
    unparseable = sum(verdicts[pair.key].grade is None for pair, _ in cases)
    per = ", ".join(f"{expected} {len(pairs) - wrong[expected]}/{len(pairs)}"
                    for expected in ("correct", "incorrect", "not_attempted"))
    print(f"{judge.identity} on the sanity pairs of all {len(pairs)} questions of "
          f"{args.qa_file.name}: {check.correct} of {check.total} as expected ({per}); "
          f"{unparseable} unparseable")
    replies = Counter(verdicts[pair.key].reply.strip() for pair, _ in cases)
    print(f"{len(replies)} distinct replies; the most common:")
    for reply, count in replies.most_common(5):
        print(f"  {count:4d}  {reply!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sample = commands.add_parser("sample", help="write the unlabelled answers file")
    sample.add_argument("run", type=Path, help="the run folder (or its results.json)")
    sample.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    sample.add_argument("--max", type=int, default=260, help="rows at most (seeded sample)")
    sample.add_argument("--seed", type=int, default=25)
    sample.set_defaults(run_command=_sample)
    judge = commands.add_parser("judge", help="a judge's verdicts on the labelled file")
    judge.add_argument("--labels", type=Path, default=DEFAULT_OUT)
    judge.add_argument("--name", default="smollm2-135m", help="the verdicts file's name")
    judge.add_argument("--verdicts-dir", type=Path, default=LABELS_DIR / "verdicts")
    judge.set_defaults(run_command=_judge)
    sanity = commands.add_parser("sanity", help="a judge on easy pairs of every question")
    sanity.add_argument("--qa-file", type=Path, default=LABELS_DIR / "surgery-sentences.jsonl")
    sanity.set_defaults(run_command=_sanity)
    for command in (judge, sanity):
        command.add_argument("--judge-model", default="smollm2-135m-instruct")
        command.add_argument("--base-url", default="", help="an OpenAI-compatible server")
    args = parser.parse_args()
    args.run_command(args)


if __name__ == "__main__":
    main()
