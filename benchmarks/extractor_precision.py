"""Precision of the extractor's hand-checked sample (docs/generators.md's table): for each
labeller (label folders under tests/data/extractor-check, read in order, a later folder's
label of an item replacing an earlier one's), the items of the current sample labelled ok,
per text and in all, with 95% intervals clustered by fact (an item's phrasings share one);
the items every labeller calls ok; and how often two labellers agree.

    .venv/bin/python benchmarks/extractor_report.py --sample /tmp/sample
    .venv/bin/python benchmarks/extractor_precision.py /tmp/sample   # LABELLERS below
    .venv/bin/python benchmarks/extractor_precision.py /tmp/sample --group stories=a,b
    # items of the sample no labeller has seen, for the next blind round:
    .venv/bin/python benchmarks/extractor_precision.py /tmp/sample --labeller round8 \\
        --missing /tmp/next-round
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.scoring.clustered import clustered_interval
from bench.scoring.judge.agreement import cohen_kappa

LABELS = Path(__file__).resolve().parent.parent / "tests" / "data" / "extractor-check"
# The two labellers of the current sample (the same instructions per labeller, one helper
# session per round): rounds 8 and 9 labelled the whole sample, 10 to 17 what it gained.
LABELLERS = ("round8,round10,round12,round14,round16,round18,round20,round22,round24,round26,"
             "round28,round30,round32,round34,round36,round38,round40,round42,round44,round46,round48,round50,round52,round54,round56,round58,round60,round62,round64,round66,round68,round70,round72,round74,round76,round78,round80,round82,round84,round86,round88,round90,round92,round94,round96,round98,round100,round102,round104,round106,round108,round110,round112,round114,round116,round118,round120,round122,round124,round126,round128,round130,round132,round134,round136,round138,round140,round142,round144,round146,round148,round150,round152,round154,round156,round158,round160,round162,round164,round166,round168,round170,round172,round174,round176,round178,round180,round182,round184,round186,round188,round190,round192,round194,round196,round198,round200,round202,round204,round206,round208,round210,round212,round214,round216,round218,round220,round222,round224,round226,round230,round232,round234,round236,round238,round240,round242,round244,round246,round248,round250,round252,round254,round256,round258,round260,round262,round264,round266,round268,round270,round272",
             "round9,round11,round13,round15,round17,round19,round21,round23,round25,round27,"
             "round29,round31,round33,round35,round37,round39,round41,round43,round45,round47,round49,round51,round53,round55,round57,round59,round61,round63,round65,round67,round69,round71,round73,round75,round77,round79,round81,round83,round85,round87,round89,round91,round93,round95,round97,round99,round101,round103,round105,round107,round109,round111,round113,round115,round117,round119,round121,round123,round125,round127,round129,round131,round133,round135,round137,round139,round141,round143,round145,round147,round149,round151,round153,round155,round157,round159,round161,round163,round165,round167,round169,round171,round173,round175,round177,round179,round181,round183,round185,round187,round189,round191,round193,round195,round197,round199,round201,round203,round205,round207,round209,round211,round213,round215,round217,round219,round221,round223,round225,round227,round231,round233,round235,round237,round239,round241,round243,round245,round247,round249,round251,round253,round255,round257,round259,round261,round263,round265,round267,round269,round271,round273")


def _rows(folder: Path) -> list[dict]:
    return [json.loads(line) for path in sorted(folder.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _key(row: dict) -> tuple[str, str, str, str]:
    return row["text"], row["question"], row["answer"], row["evidence"]


def labeller(folders: str) -> dict[tuple, bool]:
    """Item -> ok?, from comma-separated label folders (later ones win)."""
    labels: dict[tuple, bool] = {}
    for folder in folders.split(","):
        labels.update({_key(r): r["label"] == "ok" for r in _rows(LABELS / folder)
                       if r.get("label")})
    return labels


def _line(name: str, rows: list[dict], ok: list[bool]) -> str:
    value = clustered_interval([float(o) for o in ok],
                               [f"{r['text']}:{r['item'].split('-')[0]}" for r in rows], True)
    return (f"| {name} | {sum(ok)}/{len(ok)} = {value.value:.1%} [{value.ci_low:.1%}, "
            f"{value.ci_high:.1%}] | {value.clusters} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sample", type=Path, help="a folder written by extractor_report --sample")
    parser.add_argument("--labeller", action="append",
                        help=f"comma-separated label folders of one labeller (default: "
                             f"{' and '.join(LABELLERS)})")
    parser.add_argument("--missing", type=Path,
                        help="write the sample's items no labeller has labelled here")
    parser.add_argument("--group", action="append", default=[], metavar="NAME=TEXT,TEXT",
                        help="also a line for these texts together (repeatable)")
    args = parser.parse_args()
    rows = _rows(args.sample)
    args.labeller = args.labeller or list(LABELLERS)
    labellers = [labeller(folders) for folders in args.labeller]
    if args.missing:
        missing = [r for r in rows if not any(_key(r) in labels for labels in labellers)]
        if args.missing.exists() and any(args.missing.iterdir()):
            sys.exit(f"{args.missing}: not empty; give a new folder for the next round's items")
        args.missing.mkdir(parents=True, exist_ok=True)
        for text in sorted({r["text"] for r in missing}):
            (args.missing / f"{text}.jsonl").write_text("".join(
                json.dumps(r, ensure_ascii=False) + "\n" for r in missing if r["text"] == text),
                encoding="utf-8")
        print(f"{len(missing)} of {len(rows)} items unlabelled -> {args.missing}")
        return
    for folders, labels in zip(args.labeller, labellers):
        unlabelled = sum(_key(r) not in labels for r in rows)
        if unlabelled:
            sys.exit(f"{folders}: {unlabelled} of the sample's {len(rows)} items have no label")
    texts = sorted({r["text"] for r in rows})
    for name, verdict in [(f, lambda r, labels=labels: labels[_key(r)])
                          for f, labels in zip(args.labeller, labellers)] + [
            ("all labellers", lambda r: all(labels[_key(r)] for labels in labellers))]:
        print(f"\n{name}\n\n| text | ok [95%, clustered] | facts |\n| --- | --- | --- |")
        for text in texts:
            own = [r for r in rows if r["text"] == text]
            print(_line(text, own, [verdict(r) for r in own]))
        for name_texts in args.group:
            group, _, members = name_texts.partition("=")
            own = [r for r in rows if r["text"] in members.split(",")]
            print(_line(group, own, [verdict(r) for r in own]))
        print(_line("all", rows, [verdict(r) for r in rows]))
    if len(labellers) == 2:
        first, second = ([str(labels[_key(r)]) for r in rows] for labels in labellers)
        agree = sum(a == b for a, b in zip(first, second))
        print(f"\nagreement {agree}/{len(rows)}, kappa {cohen_kappa(first, second):.2f}")


if __name__ == "__main__":
    main()
