"""The judge against people: labelled answers, Cohen's kappa and accuracy with intervals.

A labels file is JSONL, one answer a line: `question`, `gold` (a list of gold answers),
`answer`, and `label` (correct, incorrect or not_attempted; empty while a person has not
labelled it yet: such rows are left out). Other fields (task, variant, ...) are kept for
people and ignored here.

Several answers share a question (base model, adapters, templates), so they are not
independent: accuracy gets the fact-clustered Wilson interval the bench uses everywhere
(bench.scoring.clustered, clusters = questions), and kappa a seeded cluster bootstrap
(questions resampled with replacement, percentile interval). An unparseable verdict
agrees with no label: it is a category of its own in kappa and the confusion table.
"""

from __future__ import annotations

import json
import math
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.core.errors import DataError
from bench.core.refusal import is_refusal
from bench.core.text import counted
from bench.core.types import CORRECT, INCORRECT, NOT_ATTEMPTED, QAItem
from bench.scoring.answered import Answered, three_way
from bench.scoring.clustered import clustered_interval
from bench.scoring.hallucination import NOT_APPLICABLE
from bench.scoring.judge.results import LabelAgreement
from bench.scoring.judge.verdicts import JudgePair, Verdict
from bench.scoring.normalize import normalize_answer

LABELS = (CORRECT, INCORRECT, NOT_ATTEMPTED)
UNPARSEABLE = "unparseable"
BOOTSTRAP_DRAWS = 2000


@dataclass(frozen=True)
class LabelledAnswer:
    pair: JudgePair
    label: str  # one of LABELS; "" while unlabelled

    @property
    def cluster(self) -> str:
        return normalize_answer(self.pair.question)


def read_labels(path: Path) -> list[LabelledAnswer]:
    """Every row of a labels file (labelled or not); a bad row is one DataError naming the
    file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DataError(f"{path}: labels file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read the labels file ({exc})") from None
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}: line {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{where}: not valid JSON ({exc.msg})") from None
        gold = row.get("gold") if isinstance(row, dict) else None
        if not isinstance(row, dict) or not isinstance(row.get("question"), str) or \
                not isinstance(row.get("answer"), str) or not isinstance(gold, list) or \
                not gold or not all(isinstance(g, str) for g in gold):
            raise DataError(f"{where}: expected an object with question (text), gold (a list "
                            f"of answers), answer (text) and label")
        label = str(row.get("label") or "").strip().lower()
        if label and label not in LABELS:
            raise DataError(f"{where}: label {row.get('label')!r}: expected one of "
                            f"{', '.join(LABELS)}, or empty while unlabelled")
        rows.append(LabelledAnswer(JudgePair(row["question"], tuple(gold), row["answer"]), label))
    return rows


def labelled_only(rows: list[LabelledAnswer], path: Path | str) -> list[LabelledAnswer]:
    """The labelled rows; none at all is an error (the file waits for its labeller)."""
    done = [r for r in rows if r.label]
    if not done:
        raise DataError(f"{path}: no labelled rows yet ("
                        f"{counted(len(rows), 'row')} with an empty label); "
                        f"label them (correct, incorrect or not_attempted) first")
    return done


def cohen_kappa(labels: list[str], verdicts: list[str]) -> float:
    """Cohen's kappa of two raters over the same items (NaN when chance agreement is 1)."""
    n = len(labels)
    if n == 0:
        return float("nan")
    observed = sum(a == b for a, b in zip(labels, verdicts)) / n
    left, right = Counter(labels), Counter(verdicts)
    expected = sum(left[c] * right[c] for c in left) / (n * n)
    return float("nan") if expected >= 1 else (observed - expected) / (1 - expected)


def _kappa_interval(labels: list[str], verdicts: list[str], clusters: list[str],
                    seed: int) -> tuple[float, float]:
    """95% percentile interval of kappa over cluster-bootstrap resamples."""
    groups: dict[str, list[int]] = {}
    for index, cluster in enumerate(clusters):
        groups.setdefault(cluster, []).append(index)
    members = list(groups.values())
    rng = random.Random(seed)
    draws = []
    for _ in range(BOOTSTRAP_DRAWS):
        picked = [i for _ in members for i in members[rng.randrange(len(members))]]
        value = cohen_kappa([labels[i] for i in picked], [verdicts[i] for i in picked])
        if not math.isnan(value):
            draws.append(value)
    if not draws:
        return float("nan"), float("nan")
    draws.sort()
    return draws[int(0.025 * (len(draws) - 1))], draws[int(0.975 * (len(draws) - 1))]


def agreement(rows: list[LabelledAnswer], verdicts: dict[str, Verdict], labels_file: str,
              seed: int = 0) -> LabelAgreement:
    """The judge's verdicts on labelled rows against their labels."""
    labels = [r.label for r in rows]
    given = [verdicts[r.pair.key].grade or UNPARSEABLE for r in rows]
    clusters = [r.cluster for r in rows]
    accuracy = clustered_interval([float(a == b) for a, b in zip(labels, given)], clusters,
                                  binary=True)
    kappa_low, kappa_high = _kappa_interval(labels, given, clusters, seed)
    confusion = {label: {grade: sum(1 for a, b in zip(labels, given) if (a, b) == (label, grade))
                         for grade in LABELS + (UNPARSEABLE,)} for label in LABELS}
    return LabelAgreement(labels=labels_file, n=len(rows), clusters=accuracy.clusters,
                          accuracy=accuracy.value, accuracy_low=accuracy.ci_low,
                          accuracy_high=accuracy.ci_high, kappa=cohen_kappa(labels, given),
                          kappa_low=kappa_low, kappa_high=kappa_high,
                          unparseable=given.count(UNPARSEABLE), confusion=confusion)


def rules_verdicts(rows: list[LabelledAnswer]) -> dict[str, Verdict]:
    """What the bench grades without a judge would say of each labelled answer: exact match
    with a gold answer, the refusal detector for not attempted. The floor a judge must beat
    on the same labels."""
    verdicts = {}
    for row in rows:
        item = QAItem("x", row.pair.question, row.pair.gold, "imported", "test")
        answered = Answered(row.pair.answer, item, is_refusal(row.pair.answer), NOT_APPLICABLE)
        verdicts[row.pair.key] = Verdict(three_way(answered), "")
    return verdicts
