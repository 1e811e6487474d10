"""Could a learned filter, rather than more rules, lift the extractor's precision? A probe
on every hand-labelled item under tests/data/extractor-check (all rounds, all texts; an
item is right when every label it has says ok): a logistic regression on the question's and
answer's surface features (wh-word and where it stands, lengths, the question's first
words, pronouns, names, how much of the question is copied from the evidence, the answer's
shape), trained leave-one-text-out so that each text is scored by a model that never saw
it. It prints the AUC (the chance that a bad item scores below a good one) and the share
right among the items each cut keeps.

    .venv/bin/python benchmarks/extractor_filter_probe.py
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import numpy as np

LABELS = Path(__file__).resolve().parent.parent / "tests" / "data" / "extractor-check"
_PRONOUNS = {"he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "this",
             "that", "these", "those", "there", "then"}
_WH = re.compile(r"\b(what|who|whom|whose|which|when|where|how many|how much|how|why)\b", re.I)


def labelled_items() -> dict[tuple[str, str, str, str], bool]:
    """(text, question, answer, evidence) -> right by every label it has."""
    labels: dict[tuple, list[bool]] = defaultdict(list)
    for path in sorted(LABELS.glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("label"):
                key = (row["text"], row["question"], row["answer"], row["evidence"])
                labels[key].append(row["label"] == "ok")
    return {key: all(oks) for key, oks in labels.items()}


def features(question: str, answer: str, evidence: str) -> dict[str, float]:
    """Surface features of one item (no parse, no text's own words)."""
    words = [w.lower() for w in re.findall(r"[\w'-]+|[^\w\s]", question)]
    said = set(re.findall(r"[\w'-]+", evidence.lower()))
    parts = answer.split()
    wh = _WH.search(question)
    found = {
        "question_length": min(len(words), 60) / 60, "answer_length": min(len(parts), 15) / 15,
        "evidence_length": min(len(said), 80) / 80,
        f"answer_words={min(len(parts), 6)}": 1.0,
        f"wh={wh.group(1).lower() if wh else 'none'}": 1.0,
        f"wh_at_start={bool(wh and wh.start() < 3)}": 1.0,
        f"opening={' '.join(words[:3])}": 1.0,
        "answer_capital": float(bool(parts) and parts[0][:1].isupper()),
        "answer_digit": float(bool(re.search(r"\d", answer))),
        "answer_list": float("," in answer or " and " in answer),
        "copied": len(set(words) & said) / max(1, len(set(words))),
        f"names={min(sum(w[:1].isupper() for w in question.split()[1:]), 3)}": 1.0,
    }
    found.update({f"pronoun={w}": 1.0 for w in set(words) & _PRONOUNS})
    return found


def _fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 400) -> np.ndarray:
    """Logistic regression weights (last one the bias) by gradient descent with an L2 term."""
    design = np.hstack([x, np.ones((len(x), 1))])
    weights = np.zeros(design.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-design @ weights))
        gradient = design.T @ (p - y) / len(y) + l2 * np.r_[weights[:-1], 0] / len(y)
        weights -= 2.0 * gradient
    return weights


def _auc(scores: np.ndarray, right: np.ndarray) -> float:
    """The chance that a right item scores above a wrong one (ties count half)."""
    good, bad = scores[right], scores[~right]
    return float(((good[:, None] > bad[None, :]) + 0.5 * (good[:, None] == bad[None, :])).mean())


def main() -> None:
    items = labelled_items()
    keys = list(items)
    rows = [features(q, a, e) for _, q, a, e in keys]
    names = sorted({name for row in rows for name in row})
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, row in enumerate(rows):
        for name, value in row.items():
            x[i, column[name]] = value
    right = np.array([items[k] for k in keys])
    texts = np.array([k[0] for k in keys])
    scores = np.zeros(len(keys))
    for text in sorted(set(texts)):
        held = texts == text
        weights = _fit(x[~held], right[~held].astype(float))
        scores[held] = np.hstack([x[held], np.ones((held.sum(), 1))]) @ weights
    print(f"{len(keys)} labelled items from {len(set(texts))} texts, {right.mean():.1%} right")
    print(f"leave-one-text-out AUC: {_auc(scores, right):.3f}")
    order = np.argsort(-scores, kind="stable")
    for keep in (1.0, 0.9, 0.8, 0.7, 0.5):
        kept = order[:round(keep * len(keys))]
        print(f"keep the best {keep:.0%}: {right[kept].mean():.1%} right ({len(kept)} items)")


if __name__ == "__main__":
    main()
