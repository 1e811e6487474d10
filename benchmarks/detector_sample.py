"""Draw real answers from finished runs for a blind check of the refusal and invented-entity
detectors: a stratified sample (every task x variant x template, unanswerable items first so
refusals are not rare), written without any detector verdict, with each task's source text
beside it for the labeller.

    python benchmarks/detector_sample.py RUN_DIR [RUN_DIR ...] --per-cell 14 --out DIR

writes DIR/unlabelled.jsonl (suite, task, variant, template, item_id, kind, question,
answer) and DIR/sources/TASK.txt (the text a name must occur in to be known)."""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

from bench.core.types import split_draw

FIELDS = ("suite", "task", "variant", "template", "item_id", "kind", "question", "answer")


def sample_rows(run_dirs: list[Path], per_cell: int, seed: int) -> list[dict]:
    """Up to `per_cell` answers per (suite, task, variant, template): half unanswerable items
    where there are any, the rest other kinds; greedy answers only (no probe or sample draws)."""
    rng = random.Random(seed)
    rows = []
    for run in run_dirs:
        config = json.loads((run / "config.json").read_text())
        suite = config.get("suite", {}).get("name") or config.get("name") or run.name
        items = {}
        for task_file in (run / "tasks").glob("*.json"):
            task = json.loads(task_file.read_text())
            items.update({(task["name"], i["id"]): i for i in task["test"]})
        cells = defaultdict(list)
        for line in (run / "predictions.jsonl").read_text().splitlines():
            p = json.loads(line)
            if split_draw(p["template"])[1]:  # a sampled or probe draw, not a greedy answer
                continue
            item = items[(p["task"], p["item_id"])]
            cells[(p["task"], p["variant"], p["template"])].append((item, p["output"]))
        for (task, variant, template), answers in sorted(cells.items()):
            rng.shuffle(answers)
            refusable = [a for a in answers if a[0]["kind"] == "unanswerable"]
            others = [a for a in answers if a[0]["kind"] != "unanswerable"]
            take = refusable[: per_cell // 2]
            take += others[: per_cell - len(take)]
            for item, output in take:
                rows.append(dict(zip(FIELDS, (suite, task, variant, template, item["id"],
                                              item["kind"], item["question"], output))))
    rng.shuffle(rows)  # the labeller sees no grouping by variant or kind
    return rows


def write_sources(run_dirs: list[Path], out: Path) -> None:
    (out / "sources").mkdir(parents=True, exist_ok=True)
    for run in run_dirs:
        for task_file in (run / "tasks").glob("*.json"):
            task = json.loads(task_file.read_text())
            (out / "sources" / f"{task['name']}.txt").write_text(task["corpus"], encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--per-cell", type=int, default=14)
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rows = sample_rows(args.runs, args.per_cell, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "unlabelled.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    write_sources(args.runs, args.out)
    print(f"{len(rows)} answers -> {args.out / 'unlabelled.jsonl'}")


if __name__ == "__main__":
    main()
