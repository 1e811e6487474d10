"""The knowledge-injection table's paired tests (docs/generators.md): each adapter of a run
of tasks/wiki.yaml against the base model on the same human (SQuAD) questions, templates
pooled per question, a two-sided cluster sign-flip test with the SQuAD paragraph as the
cluster (bench.scoring.clustered), for exact match and F1; and how many of the questions
have an answer that some train item has (the `answer-only` overlap bucket). The table's
other columns are `bench report RUN`'s.

    .venv/bin/python benchmarks/knowledge_injection.py runs/wiki
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from bench.scoring.clustered import cluster_sign_flip

HUMAN = "imported"  # the SQuAD questions' kind; "trained" items are the bench's own


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("run", type=Path, help="a run folder of tasks/wiki.yaml")
    parser.add_argument("--base", default="base")
    args = parser.parse_args()
    items = [i for i in json.loads((args.run / "results.json").read_text())["items"]
             if i["kind"] == HUMAN]
    scores: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    cluster, bucket = {}, {}
    for item in items:
        for metric in ("exact_match", "f1"):
            scores[item["variant"], metric][item["item_key"]].append(item["scores"][metric])
        cluster[item["item_key"]], bucket[item["item_key"]] = item["cluster"], item["bucket"]
    keys = sorted(cluster)
    for variant in {v for v, _ in scores}:
        if len(scores[variant, "exact_match"]) != len(keys):
            raise SystemExit(f"{args.run}: variant {variant!r} did not answer every human question")
    if (args.base, "exact_match") not in scores:
        raise SystemExit(f"{args.run}: no variant {args.base!r} (--base); the run has "
                         f"{', '.join(sorted({v for v, _ in scores}))}")
    print(f"{len(keys)} human questions in {len(set(cluster.values()))} clusters; "
          f"{sum(bucket[k] == 'answer-only' for k in keys)} have a train item's answer")
    variants = sorted({v for v, _ in scores if v != args.base})
    for variant in variants:
        for metric in ("exact_match", "f1"):
            base, other = ([sum(scores[v, metric][k]) / len(scores[v, metric][k]) for k in keys]
                           for v in (args.base, variant))
            test = cluster_sign_flip(base, other, [cluster[k] for k in keys], "two-sided")
            print(f"{variant} vs {args.base}, {metric}: {100 * test.delta:+.1f} points, "
                  f"p = {test.p_value:.3f} ({test.discordant} clusters differ)")


if __name__ == "__main__":
    main()
