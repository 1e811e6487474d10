"""The knowledge-injection table's paired tests (docs/generators.md): each adapter of a run
of tasks/wiki.yaml against the base model on the same human (SQuAD) questions, templates
pooled per question, a two-sided cluster sign-flip test with the SQuAD paragraph as the
cluster (bench.scoring.clustered), for exact match and F1, with the smallest change each
test detects with 80% power; and how many of the questions
have an answer that some train item has (the `answer-only` overlap bucket). The table's
other columns are `bench report RUN`'s.

    .venv/bin/python benchmarks/knowledge_injection.py runs/wiki
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.core.types import ItemScore, is_draw
from bench.runs.result import RunResult
from bench.scoring.aggregate import pool_templates
from bench.scoring.clustered import cluster_sign_flip, detectable_drop

HUMAN = "imported"  # the SQuAD questions' kind; "trained" items are the bench's own


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("run", type=Path, help="a run folder of tasks/wiki.yaml")
    parser.add_argument("--base", default="base")
    args = parser.parse_args()
    run = RunResult.read(args.run)
    pooled = pool_templates([s for s in run.items if s.kind == HUMAN and not is_draw(s.template)])
    by_variant: dict[str, dict[str, ItemScore]] = {}
    for score in pooled:
        by_variant.setdefault(score.variant, {})[score.item_key] = score
    if args.base not in by_variant:
        raise SystemExit(f"{args.run}: no variant {args.base!r} (--base); the run has "
                         f"{', '.join(sorted(by_variant))}")
    base = by_variant[args.base]
    print(f"{len(base)} human questions in {len({s.cluster for s in base.values()})} "
          f"clusters; {sum(s.bucket == 'answer-only' for s in base.values())} have a train "
          f"item's answer")
    for variant in sorted(set(by_variant) - {args.base}):
        other = by_variant[variant]
        if other.keys() != base.keys():
            raise SystemExit(f"{args.run}: {variant!r} and {args.base!r} answered different "
                             f"human questions")
        keys = sorted(base)
        for metric in ("exact_match", "f1"):
            test = cluster_sign_flip([base[k].scores[metric] for k in keys],
                                     [other[k].scores[metric] for k in keys],
                                     [base[k].cluster for k in keys], "two-sided")
            # The smallest change the two-sided 5% test finds with 80% power, for these
            # items, clusters and churn (detectable_drop is symmetric in its direction).
            reach = detectable_drop([base[k].scores[metric] for k in keys],
                                    [other[k].scores[metric] for k in keys],
                                    [base[k].cluster for k in keys], alpha=0.025)
            print(f"{variant} vs {args.base}, {metric}: {100 * test.delta:+.1f} points, "
                  f"p = {test.p_value:.3f} ({test.discordant} clusters differ); detectable "
                  f"with 80% power: {100 * reach:.1f} points")


if __name__ == "__main__":
    main()
