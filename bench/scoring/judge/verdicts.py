"""Asking the judge, and keeping every verdict as it arrives.

A verdict is fixed by the judge (backend, model, weights), the template version, and the
(question, gold answers, answer) it grades, so it is kept twice: in the run folder
(`verdicts.jsonl`, what a resumed run reads back first) and in the shared verdict cache
(`<cache>/verdicts/<judge and template>.jsonl`, for the next run that asks the same). Both
are appended and fsynced chunk by chunk (bench.core.storage), so a run killed while grading
loses at most the chunk in flight and asks only what neither file has.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from bench.core.storage import append_records, cache_dir, read_jsonl, stable_hash
from bench.models.chat import ChatBackend
from bench.scoring.judge.template import TEMPLATE_VERSION, judge_messages, parse_verdict

RUN_VERDICTS = "verdicts.jsonl"


@dataclass(frozen=True)
class JudgePair:
    """One answer to grade: the question, its gold answers, the answer."""

    question: str
    gold: tuple[str, ...]
    answer: str

    @property
    def key(self) -> str:
        return stable_hash([self.question, sorted(self.gold), self.answer], 24)


@dataclass(frozen=True)
class Verdict:
    grade: str | None  # correct / incorrect / not_attempted; None: unparseable
    reply: str  # what the judge wrote


class VerdictFile:
    """Verdicts by pair key in one JSONL file, appended and fsynced; with a lock file, safe
    for several processes sharing it (the cache)."""

    def __init__(self, path: Path, lock: Path | None = None):
        self.path, self.lock = Path(path), lock

    def read(self) -> dict[str, Verdict]:
        found: dict[str, Verdict] = {}
        for record in read_jsonl(self.path):
            key, reply = record.get("key"), record.get("reply")
            if isinstance(key, str) and isinstance(reply, str):
                # Parsed again on reading: the file keeps what the judge said, not a guess.
                found.setdefault(key, Verdict(parse_verdict(reply), reply))
        return found

    def add(self, verdicts: Iterable[tuple[str, Verdict]]) -> None:
        append_records(self.path, [{"key": key, "reply": v.reply, "grade": v.grade}
                                   for key, v in verdicts], self.lock)


def verdict_cache(backend_id: str, max_tokens: int) -> VerdictFile:
    """The shared cache of one judge under the current template."""
    key = stable_hash({"judge": backend_id, "template": TEMPLATE_VERSION,
                       "max_tokens": max_tokens}, 24)
    return VerdictFile(cache_dir() / "verdicts" / f"{key}.jsonl",
                       cache_dir() / "locks" / f"verdicts-{key}.lock")


@dataclass(frozen=True)
class Grading:
    verdicts: dict[str, Verdict]  # pair key -> verdict
    asked: int
    reused: int


def grade_pairs(backend: ChatBackend, pairs: Iterable[JudgePair], files: list[VerdictFile],
                max_tokens: int, chunk: int = 16,
                progress: Callable[[int], None] = lambda done: None) -> Grading:
    """A verdict for every distinct pair: from `files` (first found wins) where one is kept,
    else asked, `chunk` at a time, each chunk written to every file before the next."""
    distinct = {pair.key: pair for pair in pairs}
    kept = [file.read() for file in files]
    verdicts: dict[str, Verdict] = {}
    for found in kept:
        for key, verdict in found.items():
            if key in distinct:
                verdicts.setdefault(key, verdict)
    reused = len(verdicts)
    # A verdict kept in only some files goes to the others too (the cache's verdicts into a
    # resumed run's folder), so each file ends up whole.
    for file, found in zip(files, kept):
        file.add((k, v) for k, v in verdicts.items() if k not in found)
    missing = [pair for key, pair in distinct.items() if key not in verdicts]
    if reused:
        progress(reused)  # the kept verdicts count as done (the bar ended at 0 of N)
    for start in range(0, len(missing), chunk):
        batch = missing[start:start + chunk]
        replies = backend.complete([judge_messages(p.question, p.gold, p.answer) for p in batch],
                                   max_tokens)
        fresh = [(p.key, Verdict(parse_verdict(reply), reply)) for p, reply in zip(batch, replies)]
        for file in files:
            file.add(fresh)
        verdicts.update(fresh)
        progress(len(batch))
    return Grading(verdicts, asked=len(missing), reused=reused)
