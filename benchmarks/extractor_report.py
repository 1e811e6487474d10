"""The extractors' yield and human-answer coverage on the SQuAD dev articles and the test
texts (docs/generators.md's table), and the random items for the blind precision check.

    .venv/bin/python benchmarks/extractor_report.py               # the table
    .venv/bin/python benchmarks/extractor_report.py --sample tests/data/extractor-check
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

from bench.core.errors import DataError
from bench.core.types import UNANSWERABLE
from bench.generators import GENERATORS
from bench.generators.coverage import article_documents, human_answer_coverage
from bench.generators.qa_import import read_qa_file
from bench.generators.text_facts import find_facts

ROOT = Path(__file__).resolve().parent.parent
SQUAD = ROOT.parent / "shared" / "corpora" / "squad2-dev-subset.json"
TEXTS = ROOT / "tests" / "data" / "texts"
SAMPLE = 50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=Path, help="write 50 random items per text here")
    args = parser.parse_args()
    items = list(read_qa_file(SQUAD).items)
    print("| text | words | facts | facts per 100 words | one per | coverage | build |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for document in article_documents(items):
        started = time.perf_counter()
        found, _ = find_facts([document])
        seconds = time.perf_counter() - started
        own = [i for i in items if dict(i.meta).get("article") == document.name]
        covered, answerable = human_answer_coverage(found, own)
        _row(document.name, len(document.text.split()), len(found), seconds,
             f"{covered}/{answerable} = {covered / answerable:.1%}")
        if args.sample:
            _sample(args.sample, document)
    for path, task, seconds in _text_tasks():
        if task is None:  # a text with nothing to ask is a row of its own: no facts
            _row(path.name, len(path.read_text(encoding="utf-8").split()), 0, seconds, "-")
            continue
        _row(path.name, task.meta["words"], task.meta["facts"], seconds, "-")
        if args.sample:
            _write(args.sample, path.stem, task)


def write_sample(out: Path, jobs: int = 1) -> None:
    """Only the sample (what `--sample` writes), without the table's own extraction of the
    dev articles: the sample test's way to check the labels cover this commit's items.
    With jobs > 1 the test texts are built in that many processes (each text's sample
    depends on that text alone, so the files are the same)."""
    for document in article_documents(list(read_qa_file(SQUAD).items)):
        _sample(out, document)
    paths = sorted(TEXTS.glob("*.txt"))
    if jobs <= 1:
        for path in paths:
            _write_text_sample(out, path)
        return
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    # spawn, not fork: the parent may hold torch's threads, which a fork would copy mid-state
    with ProcessPoolExecutor(jobs, mp_context=get_context("spawn")) as pool:
        list(pool.map(_write_text_sample, [out] * len(paths), paths, chunksize=8))


def _write_text_sample(out: Path, path: Path) -> None:
    task = _text_task(path)
    if task is not None:
        _write(out, path.stem, task)


def _text_task(path: Path):
    """The text generator's task for one test text, or None when it gives no facts."""
    try:
        return GENERATORS.get("text")(path.stem, {"path": str(path), "max_facts": 100000}, 1)
    except DataError:
        return None


def _text_tasks():
    """(path, task or None when the text gives no facts, seconds) of every test text."""
    for path in sorted(TEXTS.glob("*.txt")):
        started = time.perf_counter()
        task = _text_task(path)
        yield path, task, time.perf_counter() - started


def _row(name: str, words: int, facts: int, seconds: float, coverage: str) -> None:
    one_per = f"{words / facts:,.0f} words" if facts else "none"
    print(f"| {name} | {words:,} | {facts} | {100 * facts / words:.2f} | {one_per} | {coverage} "
          f"| {seconds:.1f} s |")


def _sample(out: Path, document) -> None:
    """An article's task as the text generator builds it (defaults, every fact)."""
    from bench.generators.text_tasks import text_task, text_task_params

    params = text_task_params("text", {"max_facts": 100000})
    _write(out, document.name, text_task(document.name, [document], params, 1,
                                         {"source": document.name}))


def _write(out: Path, name: str, task) -> None:
    """50 answerable items (train and test) for a checker who did not write the rules: those
    whose question and answer hash lowest, a random sample that a change of the extractor
    only moves where it adds or removes items (earlier labels stay usable)."""
    items = [i for i in task.train + task.test if i.kind != UNANSWERABLE]
    picks = sorted(items, key=lambda i: hashlib.sha256(
        f"{name}\n{i.question}\n{i.answers[0]}".encode()).hexdigest())[:SAMPLE]
    out.mkdir(parents=True, exist_ok=True)
    rows = [{"text": name, "item": i.id, "question": i.question, "answer": i.answers[0],
             "evidence": i.evidence, "label": ""} for i in picks]
    (out / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                              for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
