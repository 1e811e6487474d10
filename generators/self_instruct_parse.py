"""Reading QA pairs out of an LLM's free text, and the Self-Instruct filters that judge them.

Pure functions: no model, no I/O, so the parser can be fuzzed and the filters counted exactly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from bench.core.refusal import is_refusal
from bench.core.text import normalize_answer

_Q = re.compile(r"^\s*(?:[-*\d.)\s]*)(?:\*\*)?(?:Q(?:uestion)?\s*\d*)(?:\*\*)?\s*[:.)-]\s*(?:\*\*)?\s*(.*)$", re.I)
_A = re.compile(r"^\s*(?:[-*\s]*)(?:\*\*)?(?:A(?:nswer)?\s*\d*)(?:\*\*)?\s*[:.)-]\s*(?:\*\*)?\s*(.*)$", re.I)
_STOPWORDS = frozenset("""a an the of in on at to for from by with and or but is are was were be been
being it its this that these those as which who whom what when where why how do does did not no
than then there their they he she his her them can may might will would should could into out
about over under after before during such so very also most more""".split())


def parse_pairs(text: str) -> list[tuple[str, str]]:
    """(question, answer) pairs from "Q: ... / A: ..." lines (numbered, bold or not) or from a
    JSON list of {"question", "answer"} objects; anything else yields nothing."""
    pairs = _json_pairs(text)
    if pairs:
        return pairs
    question: str | None = None
    for line in text.splitlines():
        q, a = _Q.match(line), _A.match(line)
        if q and q.group(1).strip():
            question = _clean(q.group(1))
        elif a and question is not None and a.group(1).strip():
            pairs.append((question, _clean(a.group(1))))
            question = None
    return [(q, a) for q, a in pairs if q and a]


def _clean(text: str) -> str:
    return text.strip().strip("*").strip()


def _json_pairs(text: str) -> list[tuple[str, str]]:
    start, end = text.find("["), text.rfind("]")
    if start < 0 or end <= start:
        return []
    try:
        data = json.loads(text[start:end + 1])
    except (json.JSONDecodeError, RecursionError):
        return []
    if not isinstance(data, list):
        return []
    return [(str(row["question"]).strip(), str(row["answer"]).strip()) for row in data
            if isinstance(row, dict) and row.get("question") and row.get("answer")]


@dataclass(frozen=True)
class FilterSettings:
    min_question_words: int = 3
    max_question_words: int = 40
    max_answer_words: int = 30
    grounding: float = 0.6  # share of the answer's content words found in the window
    max_rouge_l: float = 0.7  # Self-Instruct: drop a question this similar to a kept one


@dataclass
class FilterStats:
    outputs: int = 0
    unparseable: int = 0
    pairs: int = 0
    too_short: int = 0
    too_long: int = 0
    refusal: int = 0
    echo: int = 0
    ungrounded: int = 0
    near_duplicate: int = 0
    kept: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(vars(self))


def content_words(text: str) -> list[str]:
    return [w for w in normalize_answer(text).split() if w not in _STOPWORDS]


def grounding(answer: str, window: str) -> float:
    """Share of the answer's content words that occur in the window (1.0 if it has none)."""
    words = content_words(answer)
    if not words:
        return 0.0
    window_words = set(normalize_answer(window).split())
    return sum(w in window_words for w in words) / len(words)


def rouge_l(a: str, b: str) -> float:
    """ROUGE-L F1 as rouge-score computes it (the Self-Instruct de-duplication measure)."""
    from bench.core.text import rouge_scorer

    return rouge_scorer(stemmer=False).score(a, b)["rougeL"].fmeasure


def judge(window_id: str, window: str, output: str, settings: FilterSettings,
          stats: FilterStats, kept: list[tuple[str, str, str]]) -> None:
    """Parse one model output for one window and append the pairs that pass to `kept`."""
    stats.outputs += 1
    pairs = parse_pairs(output)
    if not pairs:
        stats.unparseable += 1
        return
    for question, answer in pairs:
        stats.pairs += 1
        q_words, a_words = len(question.split()), len(answer.split())
        if q_words < settings.min_question_words or not content_words(answer):
            stats.too_short += 1
        elif q_words > settings.max_question_words or a_words > settings.max_answer_words:
            stats.too_long += 1
        elif is_refusal(answer):  # "The name of ... is unknown." answers nothing
            stats.refusal += 1
        elif set(content_words(answer)) <= set(content_words(question)):
            stats.echo += 1  # the answer only repeats the question
        elif grounding(answer, window) < settings.grounding:
            stats.ungrounded += 1
        elif any(rouge_l(question, q) > settings.max_rouge_l for _, q, _ in kept):
            stats.near_duplicate += 1
        else:
            stats.kept += 1
            kept.append((window_id, question, answer))
